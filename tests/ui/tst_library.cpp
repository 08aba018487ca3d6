// The Library as a viewer meets it, in the real window on a real swarm on loopback: a torrent
// played and closed is in the library after a restart with its progress and where it stopped,
// and a double-click plays on from there; removing a torrent from the session keeps it in the
// library, removing it from the library with its files deletes them; "Free space…" lists the
// least recently watched torrent and deletes only once confirmed; the size limit survives a
// restart and a wrong one is refused with a message.

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMediaPlayer>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QTabWidget>
#include <QTreeView>
#include <QtTest>
#include <QVideoFrame>
#include <QVideoSink>

#include "localswarm.h"
#include "model/units.h"
#include "models/librarymodel.h"
#include "player/playerwidget.h"
#include "playertestkit.h"
#include "screenshot.h"
#include "settings/appsettings.h"
#include "storage/diskusage.h"
#include "storage/library.h"
#include "testutil.h"
#include "window/librarykeeper.h"
#include "window/librarypane.h"
#include "window/mainwindow.h"
#include "window/settingsdialog.h"
#include "windowtestkit.h"

using namespace swarmplay;
using namespace swarmplay::test;

class tst_Library : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void modelPassesTheTester();
    void libraryAndPositionSurviveARestart();
    void removingFromTheLibraryDeletesTheFiles();
    void freeSpaceDeletesTheLeastRecentlyWatched();
    void automaticCleanupOnlyWhenSettingsSaySo();
    void sizeLimitSurvivesARestartAndWrongOnesAreRefused();

private:
    // A window on a session over the named state folder (the same name: the same library).
    void start(const QString &name);
    void stop();
    TorrentId open(const QString &torrent, bool wholeTorrent);
    int rowOf(const TorrentId &id) const;
    QString cell(const TorrentId &id, int column) const;
    // Presses the button called `button` of the next message box, or Escape after 10 s.
    void answerNextBox(const QString &button, QString *text, QString *informative = nullptr);

    std::unique_ptr<LocalSwarm> m_swarm;
    QString m_clipTorrent;
    QString m_packTorrent;
    QString m_notesTorrent;
    SessionSettings m_settings;
    Session *m_session = nullptr;
    std::unique_ptr<AppSettings> m_appSettings;
    std::unique_ptr<MainWindow> m_window;
    FrameLog m_frames;
};

void tst_Library::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("ffmpeg")).isEmpty())
        QSKIP("ffmpeg is not installed");
    qRegisterMetaType<TorrentId>();
    m_swarm = std::make_unique<LocalSwarm>();
    const QString clip = m_swarm->path(QStringLiteral("clip/Big Buck Sample.mp4"));
    QDir().mkpath(QFileInfo(clip).absolutePath());
    const ProcessResult r = runFfmpeg(testVideoArgs(30, true), clip);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    m_clipTorrent = m_swarm->seed(QStringLiteral("clip/Big Buck Sample.mp4"));
    m_swarm->makeFile(QStringLiteral("pack/Lecture Pack/part1.bin"), 1536 * 1024, 7);
    m_swarm->makeFile(QStringLiteral("pack/Lecture Pack/part2.bin"), 512 * 1024, 8);
    m_packTorrent = m_swarm->seed(QStringLiteral("pack/Lecture Pack"));
    m_swarm->makeFile(QStringLiteral("notes/Field notes.bin"), 1536 * 1024, 9);
    m_notesTorrent = m_swarm->seed(QStringLiteral("notes/Field notes.bin"));
}

void tst_Library::start(const QString &name)
{
    m_settings = m_swarm->settingsFor(name, m_swarm->nextAddress());
    m_settings.restoreTorrents = true;
    m_session = m_swarm->addSession(name, m_settings);
    m_appSettings = std::make_unique<AppSettings>(
        QDir(m_settings.stateDir).filePath(QStringLiteral("settings.ini")));
    m_window = std::make_unique<MainWindow>(m_session, nullptr);
    m_window->setAppSettings(m_appSettings.get());
    connect(m_window->player()->videoSink(), &QVideoSink::videoFrameChanged, m_window.get(),
            [this](const QVideoFrame &frame) {
                if (frame.isValid())
                    m_frames.startUs.push_back(frame.startTime());
            });
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_Library::stop()
{
    if (m_window)
        m_window->close();
    m_window.reset();
    m_appSettings.reset();
    if (m_session)
        m_swarm->stop(m_session);
    m_session = nullptr;
    m_frames = FrameLog();
}

void tst_Library::cleanup()
{
    stop();
}

TorrentId tst_Library::open(const QString &torrent, bool wholeTorrent)
{
    const TorrentId id = openInWindow(m_window.get(), torrent);
    if (!id.isValid())
        return id;
    if (wholeTorrent)
        m_session->setAllFilesWanted(id);
    m_swarm->connectToSeeders(m_session, id);
    return id;
}

int tst_Library::rowOf(const TorrentId &id) const
{
    return m_window->library()->model()->row(id.key());
}

QString tst_Library::cell(const TorrentId &id, int column) const
{
    LibraryModel *model = m_window->library()->model();
    return model->index(rowOf(id), column).data().toString();
}

void tst_Library::answerNextBox(const QString &button, QString *text, QString *informative)
{
    auto *poll = new QTimer(this);
    auto *since = new QElapsedTimer;
    since->start();
    poll->setInterval(50);
    connect(poll, &QTimer::timeout, this, [=] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            if (since->elapsed() > 10000) {
                poll->stop();
                delete since;
            }
            return;
        }
        poll->stop();
        delete since;
        *text = box->text();
        if (informative)
            *informative = box->informativeText();
        for (QAbstractButton *b : box->buttons()) {
            if (b->text().remove(QLatin1Char('&')) == button) {
                b->click();
                return;
            }
        }
        box->reject();
    });
    poll->start();
}

void tst_Library::modelPassesTheTester()
{
    LibraryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto row = [](const char *key, const char *name, qint64 watched, qint64 bytes) {
        LibraryRow r;
        r.record.key = QString::fromLatin1(key).repeated(40);
        r.record.name = QString::fromLatin1(name);
        r.record.addedMs = 1000;
        r.record.lastWatchedMs = watched;
        r.record.files = {QStringLiteral("a/b.mkv")};
        r.record.lastFile = 0;
        r.record.lastPositionMs = 61000;
        r.record.lastDurationMs = 120000;
        r.bytesOnDisk = bytes;
        r.lastFileName = QStringLiteral("b.mkv");
        return r;
    };
    model.setRows({row("a", "Alpha", 5000, 10), row("b", "Beta", 9000, 0)});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.key(0), QStringLiteral("b").repeated(40)); // newest watched first
    QCOMPARE(model.index(0, LibraryModel::StateColumn).data().toString(),
             QStringLiteral("Not open, no files"));
    QCOMPARE(model.index(1, LibraryModel::PositionColumn).data().toString(),
             QStringLiteral("1:01 of 2:00"));
    model.setRows({row("a", "Alpha", 12000, 10), row("c", "Gamma", 1, 5)});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.key(0), QStringLiteral("a").repeated(40));
    model.sort(LibraryModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(model.index(0, LibraryModel::NameColumn).data().toString(), QStringLiteral("Gamma"));
    model.setRows({});
    QCOMPARE(model.rowCount(), 0);
}

void tst_Library::libraryAndPositionSurviveARestart()
{
    start(QStringLiteral("restart"));
    // Something else opened first, downloaded whole and never played.
    const TorrentId pack = open(m_packTorrent, true);
    QVERIFY(pack.isValid());
    QTRY_VERIFY_WITH_TIMEOUT(m_session->torrent(pack).chosenFilesComplete(), scaledMs(30000));
    const TorrentId clip = open(m_clipTorrent, false);
    QVERIFY(clip.isValid());
    PlayerWidget *player = m_window->player();
    QTRY_VERIFY_WITH_TIMEOUT(player->stage() == PlayerWidget::Stage::Playing &&
                                 m_frames.count() > 0 && player->mediaPlayer()->position() > 300,
                             scaledMs(40000));
    const qint64 at = 12000;
    player->seekTo(at);
    QTRY_VERIFY_WITH_TIMEOUT(player->mediaPlayer()->position() > at + 500, scaledMs(20000));
    const qint64 stoppedAt = player->mediaPlayer()->position();
    // Both are in the library now, the one playing first.
    m_window->library()->refresh();
    QCOMPARE(m_window->library()->model()->rowCount(), 2);
    QCOMPARE(m_window->library()->model()->key(0), clip.key());
    QCOMPARE(cell(clip, LibraryModel::StateColumn), QStringLiteral("Playing"));
    QCOMPARE(cell(pack, LibraryModel::ProgressColumn), QStringLiteral("100.0%"));
    stop();
    QVERIFY(QFile::exists(QDir(m_settings.stateDir).filePath(QStringLiteral("library.json"))));

    // The next start: same state folder, a new session and window.
    start(QStringLiteral("restart"));
    LibraryKeeper *library = m_window->library();
    QCOMPARE(library->model()->rowCount(), 2);
    QCOMPARE(library->model()->key(0), clip.key());
    QCOMPARE(cell(clip, LibraryModel::NameColumn), QStringLiteral("Big Buck Sample.mp4"));
    QCOMPARE(cell(clip, LibraryModel::LastFileColumn), QStringLiteral("Big Buck Sample.mp4"));
    const Library::Record record = library->library()->record(clip.key());
    QVERIFY2(record.lastPositionMs >= at && record.lastPositionMs <= stoppedAt + 1000,
             qPrintable(QStringLiteral("remembered %1 ms, stopped at %2 ms")
                            .arg(record.lastPositionMs)
                            .arg(stoppedAt)));
    QVERIFY2(cell(clip, LibraryModel::PositionColumn)
                 .startsWith(formatDuration(record.lastPositionMs / 1000)),
             qPrintable(cell(clip, LibraryModel::PositionColumn)));
    QVERIFY(cell(clip, LibraryModel::WatchedColumn) != QStringLiteral("Never"));
    QCOMPARE(cell(pack, LibraryModel::WatchedColumn), QStringLiteral("Never"));
    // Restored by the session (which finds its peers again by itself outside a test): its
    // progress is there again, and so are its files.
    QTRY_COMPARE_WITH_TIMEOUT(m_session->torrents().size(), 2, scaledMs(10000));
    m_swarm->connectToSeeders(m_session, clip);
    m_swarm->connectToSeeders(m_session, pack);
    QTRY_COMPARE_WITH_TIMEOUT(cell(pack, LibraryModel::ProgressColumn), QStringLiteral("100.0%"),
                              scaledMs(10000));
    QVERIFY(library->bytesOnDisk().value(pack.key()) >= 2048 * 1024);
    QVERIFY(library->pane()->usageLabel()->text().startsWith(QLatin1String("Library uses")));

    // Seen in the Library tab (the picture in the README).
    QTabWidget *tabs = m_window->listTabs();
    tabs->setCurrentIndex(tabs->indexOf(library->pane()));
    QTRY_VERIFY(library->pane()->isVisible());
    m_appSettings->setLibraryCapMiB(10 * 1024);
    library->refresh();
    QVERIFY2(library->pane()->usageLabel()->text().contains(QLatin1String("of 10.0 GiB")),
             qPrintable(library->pane()->usageLabel()->text()));
    // A third torrent, added behind the window's back (nothing to play in it).
    AddResult added;
    QVERIFY(await(m_session->addTorrent(m_notesTorrent), &added));
    m_swarm->connectToSeeders(m_session, added.id);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->torrent(added.id).chosenFilesComplete(), scaledMs(30000));

    // Double-click: the file watched last plays on from where it stopped.
    QTreeView *view = library->pane()->view();
    library->refresh();
    const QModelIndex index = library->model()->index(rowOf(clip), LibraryModel::NameColumn);
    QSignalSpy playAsked(library->pane(), &LibraryPane::playRequested);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    QCOMPARE(playAsked.count(), 1);
    player = m_window->player();
    const bool resumed = QTest::qWaitFor(
        [&] {
            return player->stage() == PlayerWidget::Stage::Playing &&
                   player->mediaPlayer()->position() >= record.lastPositionMs;
        },
        scaledMs(40000));
    QVERIFY2(resumed, qPrintable(QStringLiteral("stage %1, torrent %2, file %3, position %4 ms")
                                     .arg(int(player->stage()))
                                     .arg(player->torrentId().key())
                                     .arg(player->fileIndex())
                                     .arg(player->mediaPlayer()->position())));
    QVERIFY(player->mediaPlayer()->position() < record.lastPositionMs + 8000);
    library->refresh();
    // Wide enough for every column of the library.
    m_window->resize(1280, 800);
    m_window->findChild<QSplitter *>(QStringLiteral("panels"))->setSizes({880, 400});
    QTest::qWait(200);
    saveScreenshot(m_window.get(), QStringLiteral("library.png"));
}

void tst_Library::removingFromTheLibraryDeletesTheFiles()
{
    start(QStringLiteral("remove"));
    m_appSettings->setRemovePolicy(AppSettings::RemovePolicy::KeepFiles);
    const TorrentId notes = open(m_notesTorrent, true);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->torrent(notes).chosenFilesComplete(), scaledMs(30000));
    const QString file = QDir(m_settings.downloadDir).filePath(QStringLiteral("Field notes.bin"));
    // Removed the moment it says complete, and every byte stays (checked below): it once said
    // complete before the file choice had reached libtorrent, leaving an empty file.

    // Removed from the open torrents, files kept: still in the library.
    m_window->setCurrentTorrent(notes);
    QAction *remove = nullptr;
    for (QAction *a : m_window->findChildren<QAction *>()) {
        if (a->text() == QLatin1String("&Remove torrent"))
            remove = a;
    }
    QVERIFY(remove);
    remove->trigger();
    QTRY_COMPARE(m_session->torrents().size(), 0);
    LibraryKeeper *library = m_window->library();
    library->refresh();
    QVERIFY(rowOf(notes) >= 0);
    QTRY_COMPARE_WITH_TIMEOUT((library->refresh(), cell(notes, LibraryModel::StateColumn)),
                              QStringLiteral("Not open, files kept"), scaledMs(10000));
    QVERIFY(library->bytesOnDisk().value(notes.key()) >= 1536 * 1024);

    // Removed from the library: asked first; Cancel changes nothing.
    library->pane()->selectKey(notes.key());
    QString asked;
    answerNextBox(QStringLiteral("Cancel"), &asked);
    library->pane()->removeButton()->click();
    QVERIFY2(asked.contains(QLatin1String("Field notes.bin")), qPrintable(asked));
    QVERIFY(rowOf(notes) >= 0);
    QVERIFY(QFile::exists(file));
    // Played from the library, it is opened again from the metadata the library kept.
    QVERIFY(!library->library()->torrentFile(notes.key()).isEmpty());
    library->play(notes.key());
    QTRY_VERIFY_WITH_TIMEOUT(m_session->contains(notes), scaledMs(10000));
    QTRY_VERIFY_WITH_TIMEOUT(m_session->torrent(notes).chosenFilesComplete(), scaledMs(30000));
    // Delete files: gone from the session, the disk, the list and library.json.
    library->pane()->selectKey(notes.key());
    answerNextBox(QStringLiteral("Delete files"), &asked);
    library->pane()->removeButton()->click();
    QVERIFY(!asked.isEmpty());
    QVERIFY(rowOf(notes) < 0);
    QTRY_COMPARE(m_session->torrents().size(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(file), scaledMs(10000));
    library->refresh();
    QVERIFY(rowOf(notes) < 0); // the last status round did not bring it back
    QVERIFY(!Library(QDir(m_settings.stateDir).filePath(QStringLiteral("library.json")))
                 .contains(notes.key()));
}

void tst_Library::freeSpaceDeletesTheLeastRecentlyWatched()
{
    start(QStringLiteral("cleanup"));
    const TorrentId pack = open(m_packTorrent, true);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->torrent(pack).chosenFilesComplete(), scaledMs(30000));
    QTest::qWait(20); // the two are opened at different times
    const TorrentId notes = open(m_notesTorrent, true);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->torrent(notes).chosenFilesComplete(), scaledMs(30000));
    LibraryKeeper *library = m_window->library();
    library->refresh();
    // 2 MiB + 1.5 MiB on disk, 3 MiB allowed: the pack, opened first and never watched, goes.
    m_appSettings->setLibraryCapMiB(3);
    library->refresh();
    // The session's disk threads write what was verified a moment later.
    QTRY_VERIFY_WITH_TIMEOUT((library->refresh(), library->usedBytes() > 3 * 1024 * 1024),
                             scaledMs(10000));
    QVERIFY2(library->pane()->usageLabel()->text().contains(QLatin1String("of 3.00 MiB")),
             qPrintable(library->pane()->usageLabel()->text()));
    const Library::Cleanup plan = library->planCleanup();
    QCOMPARE(plan.keys, QStringList{pack.key()});

    QString asked;
    QString listed;
    answerNextBox(QStringLiteral("Cancel"), &asked, &listed);
    library->pane()->cleanupButton()->click();
    QVERIFY2(listed.contains(QLatin1String("Lecture Pack")) &&
                 !listed.contains(QLatin1String("Field notes")),
             qPrintable(listed));
    QCOMPARE(m_session->torrents().size(), 2);
    const QString packFile =
        QDir(m_settings.downloadDir).filePath(QStringLiteral("Lecture Pack/part1.bin"));
    QVERIFY(QFile::exists(packFile));

    answerNextBox(QStringLiteral("Delete files"), &asked, &listed);
    library->pane()->cleanupButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(packFile), scaledMs(10000));
    QVERIFY(
        QFile::exists(QDir(m_settings.downloadDir).filePath(QStringLiteral("Field notes.bin"))));
    // Still in the library, without its files; the library fits its limit now.
    library->refresh();
    QVERIFY(rowOf(pack) >= 0);
    QTRY_COMPARE_WITH_TIMEOUT(cell(pack, LibraryModel::StateColumn),
                              QStringLiteral("Not open, no files"), scaledMs(10000));
    QVERIFY(library->usedBytes() <= 3 * 1024 * 1024);
}

void tst_Library::automaticCleanupOnlyWhenSettingsSaySo()
{
    start(QStringLiteral("auto"));
    const TorrentId pack = open(m_packTorrent, true);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->torrent(pack).chosenFilesComplete(), scaledMs(30000));
    QTest::qWait(20);
    const TorrentId notes = open(m_notesTorrent, true);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->torrent(notes).chosenFilesComplete(), scaledMs(30000));
    LibraryKeeper *library = m_window->library();
    QTRY_VERIFY_WITH_TIMEOUT((library->refresh(), library->usedBytes() > 3 * 1024 * 1024),
                             scaledMs(10000));
    const QString packFile =
        QDir(m_settings.downloadDir).filePath(QStringLiteral("Lecture Pack/part1.bin"));

    // Over the limit with the setting off (the default): nothing goes by itself.
    m_appSettings->setLibraryCapMiB(3);
    library->refresh();
    QTest::qWait(500);
    library->refresh();
    QVERIFY(QFile::exists(packFile));
    QCOMPARE(m_session->torrents().size(), 2);

    // On: the least recently watched goes without a question, and the window says what went.
    m_appSettings->setLibraryAutoCleanup(true);
    library->refresh();
    QVERIFY(!QApplication::activeModalWidget());
    QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(packFile), scaledMs(10000));
    QVERIFY(
        QFile::exists(QDir(m_settings.downloadDir).filePath(QStringLiteral("Field notes.bin"))));
    QVERIFY(rowOf(pack) >= 0);
    bool told = false;
    for (const QLabel *l : m_window->findChildren<QLabel *>())
        told = told || (l->isVisible() && l->text().contains(QLatin1String("Lecture Pack")) &&
                        l->text().contains(QLatin1String("over its limit")));
    QVERIFY(told);
}

void tst_Library::sizeLimitSurvivesARestartAndWrongOnesAreRefused()
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("settings.ini"));
    {
        AppSettings settings(ini);
        QCOMPARE(settings.libraryCapMiB(), 0); // no limit until one is set
        QVERIFY(!settings.libraryAutoCleanup());
        settings.setDownloadDir(dir.filePath(QStringLiteral("dl")));
        SettingsDialog dialog(&settings, nullptr);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *cap = dialog.findChild<QLineEdit *>(QStringLiteral("libraryCapEdit"));
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
        QVERIFY(cap && error);
        const auto refused = [&](const QString &typed, const char *expected) {
            cap->setText(typed);
            if (dialog.apply())
                return false;
            qInfo("%s -> %s", qPrintable(typed), qPrintable(error->text()));
            return error->isVisible() && error->text().contains(QLatin1String(expected));
        };
        QVERIFY(refused(QStringLiteral("ten"), "\"ten\" is not"));
        QVERIFY(refused(QStringLiteral("-5"), "cannot be negative"));
        const QStorageInfo disk(dir.path());
        const qint64 diskGiB = disk.bytesTotal() / (1024 * 1024 * 1024);
        QVERIFY(refused(QString::number(diskGiB * 2 + 1), "more than the whole disk"));
        QVERIFY(refused(QStringLiteral("9000000000"), "more than any disk holds"));
        QCOMPARE(AppSettings(ini).libraryCapMiB(), 0); // nothing stored
        cap->setText(QStringLiteral("2.5"));
        dialog.findChild<QCheckBox *>(QStringLiteral("autoCleanupCheck"))->setChecked(true);
        QVERIFY2(dialog.apply(), qPrintable(dialog.errorText()));
        QVERIFY(!error->isVisible());
        saveScreenshot(&dialog, QStringLiteral("settings.png"));
    }
    AppSettings again(ini);
    QCOMPARE(again.libraryCapMiB(), 2560);
    QVERIFY(again.libraryAutoCleanup());
    SettingsDialog reopened(&again, nullptr);
    QCOMPARE(reopened.findChild<QLineEdit *>(QStringLiteral("libraryCapEdit"))->text(),
             QLocale().toString(2.5, 'g', 6));
}

int main(int argc, char **argv)
{
    // As the application does: GStreamer, Qt 6.4's default on Linux, cannot play a QIODevice.
    qputenv("QT_MEDIA_BACKEND", "ffmpeg");
    QApplication app(argc, argv);
    tst_Library test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_library.moc"
