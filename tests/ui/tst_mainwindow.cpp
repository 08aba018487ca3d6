// The main window against a real swarm on loopback, through the ways a user opens torrents: the
// command line's entry point with a magnet, Ctrl+V, a dropped .torrent file; what the panes then
// show (media first in counting order, a progressing row, connected peers); the core's own message
// for a bad magnet with the window still working after it; the largest video chosen for the
// player; a copied stream URL that serves the file's bytes; and the external player given it.
// Nothing here depends on real playback: the window's playRequested() says what the player was
// asked for.

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QLineEdit>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtTest>

#include "http/streamrouter.h"
#include "http/streamserver.h"
#include "input/torrentsource.h"
#include "localswarm.h"
#include "models/filelistmodel.h"
#include "models/peerlistmodel.h"
#include "models/torrentlistmodel.h"
#include "player/playerwidget.h"
#include "sourcemutator.h"
#include "testutil.h"
#include "window/mainwindow.h"
#include "window/messagebar.h"
#include "window/playchoice.h"
#include "window/torrentlistview.h"
#include "window/torrentview.h"

using namespace swarmplay;
using namespace swarmplay::test;

namespace {

QStringList fileNames(const FileListModel *model)
{
    QStringList names;
    for (int r = 0; r < model->rowCount(); ++r)
        names << model->index(r, FileListModel::NameColumn).data().toString();
    return names;
}

} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void automaticChoice();
    void magnetFillsTheWindow();
    void ctrlVOpensTheClipboard();
    void droppedTorrentFileOpens();
    void badMagnetShowsTheCoreMessage();
    void damagedTorrentsSayWhy();
    void torrentWithoutMediaSaysSo();
    void userChoiceBeatsTheAutomaticOne();
    void diskErrorSaysWhy();
    void copiedStreamUrlServesTheFile();
    void externalPlayerGetsTheUrl();

private:
    // Opens the Show magnet and waits until the window asked the player for its largest video.
    TorrentId openShow();
    // The same from the .torrent file, then connected to the seeders.
    TorrentId openShowFile();

    std::unique_ptr<LocalSwarm> m_swarm;
    QString m_showTorrent;
    QString m_docsTorrent;
    TorrentId m_showId;
    TorrentId m_docsId;
    QString m_clipTorrent;
    TorrentId m_clipId;
    int m_e2Index = -1;
    QByteArray m_e2Head;

    Session *m_session = nullptr;
    std::unique_ptr<StreamServer> m_server;
    std::unique_ptr<MainWindow> m_window;
    int m_sessionCounter = 0;
};

void tst_MainWindow::initTestCase()
{
    qRegisterMetaType<TorrentId>();
    m_swarm = std::make_unique<LocalSwarm>();
    // The largest video is the middle episode, so neither "first" nor "last" would find it.
    m_swarm->makeFile(QStringLiteral("src/Show/Show.E1.mkv"), 2 * 1024 * 1024, 1);
    const QString e2 =
        m_swarm->makeFile(QStringLiteral("src/Show/Show.E2.mkv"), 3 * 1024 * 1024 + 17, 2);
    m_swarm->makeFile(QStringLiteral("src/Show/Show.E10.mkv"), 1024 * 1024, 3);
    m_swarm->makeFile(QStringLiteral("src/Show/OST.flac"), 700 * 1024, 4);
    m_swarm->makeFile(QStringLiteral("src/Show/Show.nfo"), 3000, 5);
    m_e2Head = readFile(e2).left(100);
    TorrentCreator::Options opt;
    opt.pieceSize = 64 * 1024;
    opt.withDate = false; // the same bytes in every run, and so the same damaged copies
    m_showTorrent = m_swarm->makeTorrent(m_swarm->path(QStringLiteral("src/Show")), opt,
                                         m_swarm->path(QStringLiteral("show.torrent")));
    m_swarm->makeFile(QStringLiteral("docs/Docs/readme.txt"), 5000, 6);
    m_swarm->makeFile(QStringLiteral("docs/Docs/manual.pdf"), 200 * 1024, 7);
    m_docsTorrent = m_swarm->makeTorrent(m_swarm->path(QStringLiteral("docs/Docs")), opt,
                                         m_swarm->path(QStringLiteral("docs.torrent")));

    m_swarm->makeFile(QStringLiteral("clip/clip.mp4"), 300 * 1024, 8);
    m_clipTorrent = m_swarm->makeTorrent(m_swarm->path(QStringLiteral("clip/clip.mp4")), opt,
                                         m_swarm->path(QStringLiteral("clip.torrent")));
    m_clipId = TorrentSource::parse(m_clipTorrent).id();

    const TorrentSource show = TorrentSource::parse(m_showTorrent);
    m_showId = show.id();
    m_docsId = TorrentSource::parse(m_docsTorrent).id();
    for (const FileEntry &f : show.info().files) {
        if (f.path.endsWith(QLatin1String("Show.E2.mkv")))
            m_e2Index = f.index;
    }
    QVERIFY(m_e2Index >= 0);
    // Rate-limited so the download lasts seconds and the peers are there to be listed.
    m_swarm->addSeeder(m_showTorrent, m_swarm->path(QStringLiteral("src")), 1024 * 1024);
    m_swarm->addSeeder(m_showTorrent, m_swarm->path(QStringLiteral("src")), 1024 * 1024);
    m_swarm->addSeeder(m_docsTorrent, m_swarm->path(QStringLiteral("docs")));
    m_swarm->addSeeder(m_clipTorrent, m_swarm->path(QStringLiteral("clip")));
}

void tst_MainWindow::init()
{
    // A fresh session for each test, so each opens its torrents anew.
    m_session = m_swarm->addSession(QStringLiteral("player%1").arg(++m_sessionCounter));
    m_server = std::make_unique<StreamServer>(m_session->streamSource());
    QString error;
    QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    m_window = std::make_unique<MainWindow>(m_session, m_server.get());
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void tst_MainWindow::cleanup()
{
    m_window.reset();
    m_server.reset();
    m_swarm->stop(m_session);
    m_session = nullptr;
}

TorrentId tst_MainWindow::openShow()
{
    QSignalSpy played(m_window.get(), &MainWindow::playRequested);
    m_window->openSource(m_swarm->magnetWithPeers(m_showTorrent));
    if (!QTest::qWaitFor([&] { return !played.isEmpty(); }, scaledMs(30000)))
        return {};
    return played.first().at(0).value<TorrentId>();
}

TorrentId tst_MainWindow::openShowFile()
{
    QSignalSpy played(m_window.get(), &MainWindow::playRequested);
    m_window->openSource(m_showTorrent);
    if (!QTest::qWaitFor([&] { return !played.isEmpty(); }, scaledMs(30000)))
        return {};
    const TorrentId id = played.first().at(0).value<TorrentId>();
    m_swarm->connectToSeeders(m_session, id);
    return id;
}

void tst_MainWindow::automaticChoice()
{
    const auto file = [](int index, const char *path, qint64 size) {
        FileEntry f;
        f.index = index;
        f.path = QString::fromLatin1(path);
        f.size = size;
        f.kind = mediaKindForPath(f.path);
        return f;
    };
    // The feature, not the bigger bonus disc image or the sample.
    const QVector<FileEntry> film = {file(0, "Film/sample.mkv", 5000),
                                     file(1, "Film/Film.mkv", 900000),
                                     file(2, "Film/extras.iso", 5000000)};
    QCOMPARE(PlayChoice::automatic(film), 1);
    // An album: the largest track.
    const QVector<FileEntry> album = {file(0, "Album/01.flac", 300), file(1, "Album/02.flac", 700),
                                      file(2, "Album/cover.jpg", 90000)};
    QCOMPARE(PlayChoice::automatic(album), 1);
    const QVector<FileEntry> docs = {file(0, "Docs/a.pdf", 10), file(1, "Docs/b.txt", 20)};
    QCOMPARE(PlayChoice::automatic(docs), -1);
    QCOMPARE(PlayChoice::automatic({}), -1);
    QVERIFY(PlayChoice::find(album, 2) && PlayChoice::find(album, 2)->path.endsWith("cover.jpg"));
    QVERIFY(!PlayChoice::find(album, 7));
}

void tst_MainWindow::magnetFillsTheWindow()
{
    QSignalSpy opened(m_window.get(), &MainWindow::torrentOpened);
    QSignalSpy played(m_window.get(), &MainWindow::playRequested);
    // The entry point the command line uses.
    m_window->openSource(m_swarm->magnetWithPeers(m_showTorrent));
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, scaledMs(15000));
    QCOMPARE(opened.first().first().value<TorrentId>(), m_showId);
    QCOMPARE(m_window->currentTorrent(), m_showId);

    // Metadata from the swarm: the files, media first, episodes in counting order.
    const FileListModel *files = m_window->torrentView()->fileModel();
    QTRY_COMPARE_WITH_TIMEOUT(files->rowCount(), 5, scaledMs(30000));
    QCOMPARE(fileNames(files),
             (QStringList{QStringLiteral("Show/Show.E1.mkv"), QStringLiteral("Show/Show.E2.mkv"),
                          QStringLiteral("Show/Show.E10.mkv"), QStringLiteral("Show/OST.flac"),
                          QStringLiteral("Show/Show.nfo")}));

    // Nobody picked a file, so the largest video is what the player was asked for, once.
    QTRY_COMPARE_WITH_TIMEOUT(played.count(), 1, scaledMs(10000));
    QCOMPARE(played.first().at(0).value<TorrentId>(), m_showId);
    QCOMPARE(played.first().at(1).toInt(), m_e2Index);
    QCOMPARE(m_window->torrentView()->selectedFileIndex(), m_e2Index);

    // The chosen video downloads; what the user did not tick stays unticked.
    const auto wantedFiles = [&] {
        QVector<FileEntry> entries;
        await(m_session->files(m_showId), &entries, 5000);
        QVector<int> wanted;
        for (const FileEntry &f : entries) {
            if (f.wanted)
                wanted << f.index;
        }
        return wanted;
    };
    QTRY_COMPARE_WITH_TIMEOUT(wantedFiles(), QVector<int>{m_e2Index}, scaledMs(10000));

    // The torrent list has its row, and it progresses.
    const TorrentListModel *torrents = m_window->torrentListModel();
    QCOMPARE(torrents->rowCount(), 1);
    QCOMPARE(m_window->torrentList()->currentTorrent(), m_showId);
    const auto progress = [&] {
        const int row = torrents->row(m_showId);
        return row < 0 ? -1.0
                       : torrents->index(row, TorrentListModel::ProgressColumn)
                             .data(TorrentListModel::RawRole)
                             .toDouble();
    };
    QTRY_VERIFY_WITH_TIMEOUT(progress() > 0.0, scaledMs(30000));
    const int row = torrents->row(m_showId);
    QCOMPARE(torrents->index(row, TorrentListModel::NameColumn).data().toString(),
             QStringLiteral("Show"));
    QVERIFY(torrents->index(row, TorrentListModel::ProgressColumn)
                .data()
                .toString()
                .endsWith(QLatin1Char('%')));

    // The Peers tab lists the seeders while it is shown.
    m_window->torrentView()->setCurrentIndex(TorrentView::PeersTab);
    const PeerListModel *peers = m_window->torrentView()->peerModel();
    QTRY_VERIFY_WITH_TIMEOUT(peers->rowCount() > 0, scaledMs(15000));
    QVERIFY(peers->index(0, PeerListModel::AddressColumn)
                .data()
                .toString()
                .startsWith(QLatin1String("127.")));
}

void tst_MainWindow::ctrlVOpensTheClipboard()
{
    const QString magnet = m_swarm->magnetWithPeers(m_showTorrent);
    QGuiApplication::clipboard()->setText(magnet);
    QSignalSpy opened(m_window.get(), &MainWindow::torrentOpened);

    // In a text field Ctrl+V pastes into the field and opens nothing.
    auto *edit = new QLineEdit;
    m_window->statusBar()->addPermanentWidget(edit);
    edit->setFocus();
    QTRY_VERIFY(edit->hasFocus());
    QTest::keyClick(edit, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(edit->text(), magnet);
    QTest::qWait(300);
    QCOMPARE(opened.count(), 0);
    delete edit;

    // Anywhere else it opens what the clipboard holds.
    m_window->torrentList()->setFocus();
    QTRY_VERIFY(m_window->torrentList()->hasFocus());
    QTest::keyClick(m_window->torrentList(), Qt::Key_V, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, scaledMs(15000));
    QCOMPARE(opened.first().first().value<TorrentId>(), m_showId);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->torrentView()->fileModel()->rowCount(), 5, scaledMs(30000));
}

void tst_MainWindow::droppedTorrentFileOpens()
{
    QSignalSpy opened(m_window.get(), &MainWindow::torrentOpened);

    // Nothing to open: the window does not take the drag.
    QMimeData empty;
    QDragEnterEvent refused(QPoint(20, 20), Qt::CopyAction, &empty, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &refused);
    QVERIFY(!refused.isAccepted());

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(m_showTorrent)});
    QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    QVERIFY(drop.isAccepted());

    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, scaledMs(15000));
    QCOMPARE(opened.first().first().value<TorrentId>(), m_showId);
    // A .torrent carries its metadata: the files are there at once.
    QTRY_COMPARE_WITH_TIMEOUT(m_window->torrentView()->fileModel()->rowCount(), 5, scaledMs(5000));
    QCOMPARE(m_window->torrentListModel()->rowCount(), 1);
}

void tst_MainWindow::badMagnetShowsTheCoreMessage()
{
    const QString bad = QStringLiteral("magnet:?xt=urn:btih:zz");
    const QString expected = TorrentSource::parse(bad).error().message;
    QVERIFY(!expected.isEmpty());
    QSignalSpy failed(m_window.get(), &MainWindow::openFailed);
    QSignalSpy opened(m_window.get(), &MainWindow::torrentOpened);

    m_window->openSource(bad);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, scaledMs(10000));
    QCOMPARE(failed.first().at(1).toString(), expected);
    QVERIFY(m_window->messageBar()->isVisible());
    QCOMPARE(m_window->messageBar()->text(), expected);
    QCOMPARE(m_window->messageBar()->kind(), MessageBar::Kind::Error);
    QCOMPARE(m_window->torrentListModel()->rowCount(), 0);
    QCOMPARE(opened.count(), 0);

    // The window still works: a good magnet opens and plays.
    QCOMPARE(openShow(), m_showId);
    QCOMPARE(m_window->torrentListModel()->rowCount(), 1);
    QCOMPARE(m_window->torrentView()->fileModel()->rowCount(), 5);
}

void tst_MainWindow::damagedTorrentsSayWhy()
{
    // Damaged copies of a real .torrent, opened as a double-click opens them: each one either
    // opens or shows the engine's own words for what is wrong with it.
    const QByteArray original = readFile(m_showTorrent);
    QVERIFY(!original.isEmpty());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSignalSpy failed(m_window.get(), &MainWindow::openFailed);
    QSignalSpy opened(m_window.get(), &MainWindow::torrentOpened);
    int refused = 0;
    for (int i = 0; i < 40; ++i) {
        SourceMutator mutator{quint32(500 + i)};
        QString how;
        const QByteArray damaged = mutator.torrent(original, &how);
        const QString path = dir.filePath(QStringLiteral("damaged-%1.torrent").arg(i));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(damaged) == damaged.size());
        file.close();
        const TorrentSource expected = TorrentSource::parse(path);
        const qsizetype failedBefore = failed.count();
        const qsizetype openedBefore = opened.count();
        m_window->openSource(path);
        QVERIFY2(QTest::qWaitFor(
                     [&] { return failed.count() > failedBefore || opened.count() > openedBefore; },
                     scaledMs(10000)),
                 qPrintable(how));
        if (expected.isValid()) {
            QVERIFY2(opened.count() > openedBefore, qPrintable(how));
            continue;
        }
        ++refused;
        QVERIFY2(failed.count() > failedBefore, qPrintable(how));
        QCOMPARE(failed.last().at(1).toString(), expected.error().message);
        QCOMPARE(m_window->messageBar()->text(), expected.error().message);
        QCOMPARE(m_window->messageBar()->kind(), MessageBar::Kind::Error);
    }
    QVERIFY(refused >= 10);
    // The window still opens another torrent.
    const qsizetype before = opened.count();
    m_window->openSource(m_docsTorrent);
    QTRY_VERIFY_WITH_TIMEOUT(opened.count() > before, scaledMs(10000));
    QCOMPARE(opened.last().first().value<TorrentId>(), m_docsId);
}

void tst_MainWindow::torrentWithoutMediaSaysSo()
{
    QSignalSpy played(m_window.get(), &MainWindow::playRequested);
    QSignalSpy opened(m_window.get(), &MainWindow::torrentOpened);
    m_window->openSource(m_docsTorrent);
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, scaledMs(15000));
    QCOMPARE(opened.first().first().value<TorrentId>(), m_docsId);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->messageBar()->isVisible(), scaledMs(10000));
    const QString text = m_window->messageBar()->text();
    QVERIFY2(text.contains(QLatin1String("Docs")) && text.contains(QLatin1String("no video")),
             qPrintable(text));
    QCOMPARE(played.count(), 0);
    QCOMPARE(m_window->torrentView()->fileModel()->rowCount(), 2);
    QCOMPARE(m_window->player()->stage(), PlayerWidget::Stage::Idle);
}

void tst_MainWindow::userChoiceBeatsTheAutomaticOne()
{
    QSignalSpy played(m_window.get(), &MainWindow::playRequested);
    QSignalSpy opened(m_window.get(), &MainWindow::torrentOpened);
    m_window->openSource(m_clipTorrent);
    QTRY_COMPARE_WITH_TIMEOUT(played.count(), 1, scaledMs(15000));
    QCOMPARE(played.last().at(0).value<TorrentId>(), m_clipId);

    // A magnet that knows no peer: its metadata waits until the test connects it.
    m_window->openSource(QStringLiteral("magnet:?xt=urn:btih:%1&dn=Show").arg(m_showId.v1Hex()));
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 2, scaledMs(15000));
    QVERIFY(!m_session->cachedInfo(m_showId).isValid());
    // Meanwhile the viewer picks a file (what a double-click in the Files tab calls).
    m_window->playFile(m_clipId, 0);
    QCOMPARE(played.count(), 2);

    m_swarm->connectToSeeders(m_session, m_showId);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->cachedInfo(m_showId).isValid(), scaledMs(30000));
    QCOMPARE(m_session->cachedInfo(m_showId).files.size(), 5);
    QTest::qWait(500);
    QCOMPARE(played.count(), 2); // the metadata did not take the player away from the clip
    QCOMPARE(played.last().at(0).value<TorrentId>(), m_clipId);
    QCOMPARE(m_window->currentTorrent(), m_clipId);
}

void tst_MainWindow::diskErrorSaysWhy()
{
    // A file where the torrent's folder must go: libtorrent cannot write the video.
    const QString blocker =
        QDir(m_session->settings().downloadDir).filePath(QStringLiteral("Show"));
    QVERIFY(QDir().mkpath(m_session->settings().downloadDir));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();

    QCOMPARE(openShow(), m_showId);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->torrent(m_showId).state == TorrentState::Error,
                             scaledMs(30000));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->messageBar()->isVisible(), scaledMs(5000));
    const QString text = m_window->messageBar()->text();
    // libtorrent may report a second file's failure after the first one stopped the torrent
    // ("Not a directory (Show/Show.nfo)", then "(Show/Show.mkv)"); the bar keeps the first.
    const QString core = m_session->torrent(m_showId).errorMessage;
    const QString cause = core.section(QStringLiteral(" ("), 0, 0);
    QVERIFY2(!cause.isEmpty() && text.startsWith(QStringLiteral("\"Show\" stopped: ") + cause),
             qPrintable(text + QStringLiteral(" / ") + core));
    QCOMPARE(m_window->messageBar()->kind(), MessageBar::Kind::Error);
}

void tst_MainWindow::copiedStreamUrlServesTheFile()
{
    QCOMPARE(openShowFile(), m_showId);
    QVERIFY(m_window->copyStreamUrlAction()->isEnabled());
    QGuiApplication::clipboard()->clear();
    m_window->copyStreamUrlAction()->trigger();
    const QString text = QGuiApplication::clipboard()->text();
    const QString prefix = QStringLiteral("http://127.0.0.1:%1/stream/%2/%3/%4/")
                               .arg(m_server->port())
                               .arg(QString::fromLatin1(StreamRouter::urlToken(
                                        m_server->token().toLatin1(), m_showId.key(), m_e2Index)),
                                    m_showId.key(), QString::number(m_e2Index));
    QVERIFY2(text.startsWith(prefix), qPrintable(text));

    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request{QUrl(text)};
    request.setRawHeader("Range", "bytes=0-99");
    std::unique_ptr<QNetworkReply> reply(network.get(request));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), scaledMs(30000));
    const QByteArray body = reply->readAll();
    QVERIFY2(reply->error() == QNetworkReply::NoError,
             qPrintable(QStringLiteral("%1: %2 [state %3 error '%4' bar '%5']")
                            .arg(text, reply->errorString())
                            .arg(int(m_session->torrent(m_showId).state))
                            .arg(m_session->torrent(m_showId).errorMessage,
                                 m_window->messageBar()->text())));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 206);
    QCOMPARE(body, m_e2Head);
}

void tst_MainWindow::externalPlayerGetsTheUrl()
{
    QCOMPARE(openShowFile(), m_showId);
    // A stand-in mpv that writes down what it was given (PATH holds only it: /bin/mv in full).
    QTemporaryDir bin;
    QVERIFY(bin.isValid());
    const QString argsFile = bin.filePath(QStringLiteral("args.txt"));
    QFile script(bin.filePath(QStringLiteral("mpv")));
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write(QStringLiteral("#!/bin/sh\nprintf '%s\\n' \"$@\" > '%1.part' && /bin/mv '%1.part' "
                                "'%1'\n")
                     .arg(argsFile)
                     .toUtf8());
    script.close();
    script.setPermissions(script.permissions() | QFileDevice::ExeOwner);

    PathOverride path(bin.path());
    QVERIFY(m_window->externalPlayerAction()->isEnabled());
    m_window->externalPlayerAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(argsFile), scaledMs(10000));
    const QUrl expected = m_window->streamUrl(m_showId, m_e2Index);
    QCOMPARE(QString::fromUtf8(readFile(argsFile)).trimmed(),
             expected.toString(QUrl::FullyEncoded));
    // The window's own player let go of the file: two players would split its download.
    QCOMPARE(m_window->player()->stage(), PlayerWidget::Stage::Idle);
    QVERIFY(m_window->messageBar()->text().isEmpty());
}

int main(int argc, char **argv)
{
    // As the application does: GStreamer, Qt 6.4's default on Linux, cannot play a QIODevice.
    qputenv("QT_MEDIA_BACKEND", "ffmpeg");
    QApplication app(argc, argv);
    tst_MainWindow test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_mainwindow.moc"
