// The torrent view's item models: each passes QAbstractItemModelTester through added, changed and
// removed rows; routine updates never reset a model, so a view's selection stays on its item;
// files come media first in counting order; the log drops its oldest rows past the cap. The last
// test feeds the models from a real swarm on loopback.

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QItemSelectionModel>
#include <QTimer>
#include <QtTest>

#include "localswarm.h"
#include "model/units.h"
#include "models/filelistmodel.h"
#include "models/logmodel.h"
#include "models/peerlistmodel.h"
#include "models/torrentlistmodel.h"
#include "models/trackerlistmodel.h"
#include "testutil.h"

using namespace swarmplay;
using namespace swarmplay::test;

namespace {

constexpr auto Fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

TorrentSnapshot torrent(char hexDigit, const QString &name, double progress)
{
    TorrentSnapshot t;
    t.id = TorrentId::fromString(QString(40, QLatin1Char(hexDigit)));
    t.name = name;
    t.state = TorrentState::Downloading;
    t.hasMetadata = true;
    t.wantedBytes = t.totalBytes = 1000000;
    t.wantedDone = t.totalDone = qint64(progress * 1000000);
    t.progress = progress;
    return t;
}

FileEntry file(int index, const QString &path, qint64 size, qint64 done = 0)
{
    FileEntry f;
    f.index = index;
    f.path = path;
    f.size = size;
    f.bytesDone = done;
    f.kind = mediaKindForPath(path);
    return f;
}

PeerEntry peer(const QString &address, qint64 down, qint64 up = 0)
{
    PeerEntry p;
    p.address = address;
    p.port = 6881;
    p.client = QStringLiteral("libtorrent 2.0.8");
    p.flags = QStringLiteral("DIE");
    p.downloadRate = down;
    p.uploadRate = up;
    p.encrypted = true;
    p.incoming = true;
    return p;
}

SessionEvent logEvent(int n, SessionEvent::Severity severity = SessionEvent::Severity::Info)
{
    SessionEvent e;
    e.time = QDateTime::currentDateTime();
    e.kind = severity == SessionEvent::Severity::Error ? SessionEvent::Kind::TrackerError
                                                       : SessionEvent::Kind::PeerConnected;
    e.severity = severity;
    e.message = QStringLiteral("event %1").arg(n);
    return e;
}

QStringList column(const QAbstractItemModel &model, int col, int role = Qt::DisplayRole)
{
    QStringList values;
    for (int r = 0; r < model.rowCount(); ++r)
        values << model.index(r, col).data(role).toString();
    return values;
}

// The rows a selection holds, named by what the rows show in column 0.
QStringList selectedNames(const QItemSelectionModel &selection)
{
    QStringList names;
    for (const QModelIndex &index : selection.selectedRows(0))
        names << index.data().toString();
    return names;
}

} // namespace

class tst_Models : public QObject
{
    Q_OBJECT

private slots:
    void torrentRowsFollowRounds();
    void filesMediaFirstInCountingOrder();
    void fileProgressIsDataChangedOnly();
    void peerUpdateKeepsSelection();
    void trackersDiffByUrl();
    void logDropsOldestPastCap();
    void realSwarmFillsModels();
};

void tst_Models::torrentRowsFollowRounds()
{
    TorrentListModel model;
    QAbstractItemModelTester tester(&model, Fatal);
    QItemSelectionModel selection(&model);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

    TorrentSnapshot a = torrent('a', QStringLiteral("Alpha"), 0.4237);
    TorrentSnapshot b = torrent('b', QStringLiteral("Bravo"), 0.0);
    model.update({a, b});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.row(b.id), 1);
    QCOMPARE(model.id(0), a.id);
    QCOMPARE(model.id(7), TorrentId());
    const QModelIndex progress = model.index(0, TorrentListModel::ProgressColumn);
    QCOMPARE(progress.data().toString(), QStringLiteral("42.3%"));
    QCOMPARE(progress.data(TorrentListModel::RawRole).toDouble(), 0.4237);
    QCOMPARE(progress.data(Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
    QCOMPARE(model.index(0, TorrentListModel::StateColumn).data().toString(),
             torrentStateName(TorrentState::Downloading));
    QVERIFY(!model.index(0, TorrentListModel::NameColumn).data(Qt::TextAlignmentRole).isValid());

    // Same round again: nothing changed, nothing announced.
    model.update({a, b});
    QCOMPARE(changed.count(), 0);

    // Alpha speeds up, Charlie arrives: one dataChanged for Alpha's row, one insertion.
    selection.select(model.index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    a.downloadRate = 512 * 1024;
    const TorrentSnapshot c = torrent('c', QStringLiteral("Charlie"), 1.0);
    model.update({c, a, b});
    QCOMPARE(changed.count(), 1);
    const auto topLeft = changed.first().at(0).value<QModelIndex>();
    const auto bottomRight = changed.first().at(1).value<QModelIndex>();
    QCOMPARE(topLeft.row(), 0);
    QCOMPARE(bottomRight.row(), 0);
    QVERIFY(topLeft.column() <= TorrentListModel::DownloadRateColumn &&
            bottomRight.column() >= TorrentListModel::DownloadRateColumn);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(model.row(c.id), 2);
    QCOMPARE(model.index(2, TorrentListModel::ProgressColumn).data().toString(),
             QStringLiteral("100.0%"));

    // Alpha goes: Bravo and Charlie move up, and the selection moves with Bravo.
    model.update({b, c});
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.row(b.id), 0);
    QCOMPARE(selectedNames(selection), QStringList{QStringLiteral("Bravo")});

    // Sorted by name, descending; kept sorted when a new torrent arrives.
    model.sort(TorrentListModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(column(model, 0), (QStringList{QStringLiteral("Charlie"), QStringLiteral("Bravo")}));
    model.update({b, c, torrent('d', QStringLiteral("Delta"), 0.5)});
    QCOMPARE(column(model, 0), (QStringList{QStringLiteral("Delta"), QStringLiteral("Charlie"),
                                            QStringLiteral("Bravo")}));
    QCOMPARE(selectedNames(selection), QStringList{QStringLiteral("Bravo")});

    // A torrent added between rounds shows at once; a removal likewise.
    model.add(torrent('e', QStringLiteral("Echo"), 0.0));
    QCOMPARE(model.rowCount(), 4);
    model.remove(c.id);
    QCOMPARE(model.row(c.id), -1);
    model.update({});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(resets.count(), 0);
}

void tst_Models::filesMediaFirstInCountingOrder()
{
    FileListModel model;
    QAbstractItemModelTester tester(&model, Fatal);
    model.setFiles({file(0, QStringLiteral("Show/Show.nfo"), 2000),
                    file(1, QStringLiteral("Show/Show.E10.mkv"), 700000000),
                    file(2, QStringLiteral("Show/Show.E2.srt"), 40000),
                    file(3, QStringLiteral("Show/OST.flac"), 30000000),
                    file(4, QStringLiteral("Show/Show.E2.mkv"), 650000000),
                    file(5, QStringLiteral("Show/Show.E1.mkv"), 710000000)});
    const QStringList defaultOrder = {
        QStringLiteral("Show/Show.E1.mkv"),  QStringLiteral("Show/Show.E2.mkv"),
        QStringLiteral("Show/Show.E10.mkv"), QStringLiteral("Show/OST.flac"),
        QStringLiteral("Show/Show.E2.srt"),  QStringLiteral("Show/Show.nfo")};
    QCOMPARE(column(model, FileListModel::NameColumn), defaultOrder);
    QCOMPARE(model.fileIndex(2), 1);
    QCOMPARE(model.row(1), 2);
    QCOMPARE(model.fileIndex(6), -1);
    QCOMPARE(model.row(42), -1);
    QCOMPARE(model.largestVideoRow(), 0); // E1, 710 MB

    // Every kind has an icon, offscreen and without an icon theme too.
    for (int r = 0; r < model.rowCount(); ++r) {
        const QVariant icon = model.index(r, 0).data(Qt::DecorationRole);
        QVERIFY2(icon.canConvert<QIcon>() && !icon.value<QIcon>().isNull(),
                 qPrintable(QString::number(r)));
    }
    for (MediaKind kind : {MediaKind::Video, MediaKind::Audio, MediaKind::Subtitle,
                           MediaKind::Image, MediaKind::Archive, MediaKind::Other})
        QVERIFY(!FileListModel::iconFor(kind).isNull());
    QCOMPARE(model.index(0, FileListModel::KindColumn).data().toString(),
             mediaKindName(MediaKind::Video));
    QCOMPARE(model.index(0, FileListModel::SizeColumn).data(FileListModel::RawRole).toLongLong(),
             qint64(710000000));

    // By size, then back to the default order.
    model.sort(FileListModel::SizeColumn, Qt::DescendingOrder);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Show/Show.E1.mkv"));
    QCOMPARE(model.index(5, 0).data().toString(), QStringLiteral("Show/Show.nfo"));
    QCOMPARE(model.largestVideoRow(), 0);
    model.sort(FileListModel::NameColumn); // by name alone: no media groups
    QCOMPARE(column(model, FileListModel::NameColumn),
             (QStringList{QStringLiteral("Show/OST.flac"), QStringLiteral("Show/Show.E1.mkv"),
                          QStringLiteral("Show/Show.E2.mkv"), QStringLiteral("Show/Show.E2.srt"),
                          QStringLiteral("Show/Show.E10.mkv"), QStringLiteral("Show/Show.nfo")}));
    model.sort(-1);
    QCOMPARE(column(model, FileListModel::NameColumn), defaultOrder);

    // The check box asks for the new set of wanted files.
    QSignalSpy requested(&model, &FileListModel::wantedFilesRequested);
    QVERIFY(model.flags(model.index(0, 0)) & Qt::ItemIsUserCheckable);
    QCOMPARE(model.index(5, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QVERIFY(model.setData(model.index(5, 0), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().first().value<QVector<int>>(), (QVector<int>{1, 2, 3, 4, 5}));
    QCOMPARE(model.index(5, 0).data(FileListModel::WantedRole).toBool(), false);
}

void tst_Models::fileProgressIsDataChangedOnly()
{
    FileListModel model;
    QAbstractItemModelTester tester(&model, Fatal);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QVector<FileEntry> files = {file(0, QStringLiteral("a/Show.E2.mkv"), 1000),
                                file(1, QStringLiteral("a/Show.E10.mkv"), 1000),
                                file(2, QStringLiteral("a/info.nfo"), 10)};
    files[2].bytesDone = -1; // unknown yet
    model.setFiles(files);
    QCOMPARE(resets.count(), 1);
    QCOMPARE(model.index(2, FileListModel::ProgressColumn).data().toString(), QStringLiteral("–"));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy layouts(&model, &QAbstractItemModel::layoutChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    FileEntry e10 = files[1];
    e10.bytesDone = 999;
    FileEntry unknown = files[0];
    unknown.bytesDone = -1; // a round that does not know E2's progress keeps what is shown
    model.updateProgress({e10, unknown, file(9, QStringLiteral("not/listed.mkv"), 1)});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().value<QModelIndex>().row(), model.row(1));
    QCOMPARE(model.index(model.row(1), FileListModel::ProgressColumn).data().toString(),
             QStringLiteral("99.9%")); // rounded down: not complete until it is
    QCOMPARE(model.index(model.row(0), FileListModel::ProgressColumn).data().toString(),
             QStringLiteral("0.0%"));

    // The same files again (another Session::files answer) update in place.
    files[1].bytesDone = 1000;
    files[2].wanted = false;
    model.setFiles(files);
    QCOMPARE(resets.count(), 1);
    QCOMPARE(model.index(model.row(1), FileListModel::ProgressColumn).data().toString(),
             QStringLiteral("100.0%"));
    QCOMPARE(model.index(model.row(2), 0).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QCOMPARE(layouts.count(), 0);
    QCOMPARE(inserted.count(), 0);

    // Another torrent's files: a reset.
    model.setFiles({file(0, QStringLiteral("movie.mp4"), 5)});
    QCOMPARE(resets.count(), 2);
    QCOMPARE(model.rowCount(), 1);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.largestVideoRow(), -1);
}

void tst_Models::peerUpdateKeepsSelection()
{
    PeerListModel model;
    QAbstractItemModelTester tester(&model, Fatal);
    QItemSelectionModel selection(&model);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    const PeerEntry one = peer(QStringLiteral("127.0.0.1"), 1000);
    PeerEntry two = peer(QStringLiteral("127.0.0.2"), 2000);
    PeerEntry six = peer(QStringLiteral("::1"), 3000);
    six.utp = true;
    six.flags = QStringLiteral("dUEP");
    model.update({one, two, six});
    QCOMPARE(column(model, PeerListModel::AddressColumn),
             (QStringList{QStringLiteral("127.0.0.1:6881"), QStringLiteral("127.0.0.2:6881"),
                          QStringLiteral("[::1]:6881")}));
    QCOMPARE(model.index(2, PeerListModel::TransportColumn).data().toString(),
             QStringLiteral("uTP"));
    QCOMPARE(model.index(0, PeerListModel::TransportColumn).data().toString(),
             QStringLiteral("TCP"));
    const QString tip = model.index(2, PeerListModel::FlagsColumn).data(Qt::ToolTipRole).toString();
    QCOMPARE(tip.split(QLatin1Char('\n')).size(), 4);
    QVERIFY(tip.contains(QStringLiteral("E: encrypted")));
    QVERIFY(tip.contains(QStringLiteral("P: ")));
    QVERIFY(model.headerData(PeerListModel::FlagsColumn, Qt::Horizontal, Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("X: ")));

    const QModelIndex twoRate = model.index(1, PeerListModel::DownloadRateColumn);
    selection.setCurrentIndex(twoRate,
                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

    // Rates change, the peer above leaves, a new one arrives: in place, never a reset.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    two.downloadRate = 250000;
    two.uploadRate = 1000;
    const PeerEntry four = peer(QStringLiteral("127.0.0.4"), 10);
    model.update({six, two, four});
    QCOMPARE(resets.count(), 0);
    QCOMPARE(changed.count(), 1);
    const auto topLeft = changed.first().at(0).value<QModelIndex>();
    const auto bottomRight = changed.first().at(1).value<QModelIndex>();
    QCOMPARE(topLeft.row(), model.row(two.endpoint()));
    QVERIFY(topLeft.column() <= PeerListModel::DownloadRateColumn);
    QVERIFY(bottomRight.column() >= PeerListModel::UploadRateColumn);
    QCOMPARE(model.row(two.endpoint()), 0);
    QCOMPARE(selectedNames(selection), QStringList{two.endpoint()});
    QCOMPARE(selection.currentIndex().data(PeerListModel::EndpointRole).toString(), two.endpoint());
    QCOMPARE(model.index(0, PeerListModel::DownloadRateColumn).data(PeerListModel::RawRole),
             QVariant(qint64(250000)));

    // Fastest first, kept so as rates change; the selection stays on its peer as rows move.
    model.sort(PeerListModel::DownloadRateColumn, Qt::DescendingOrder);
    QCOMPARE(model.endpoint(0), two.endpoint());
    PeerEntry fourFaster = four;
    fourFaster.downloadRate = 900000;
    model.update({six, two, fourFaster});
    QCOMPARE(model.endpoint(0), four.endpoint());
    QCOMPARE(model.endpoint(1), two.endpoint());
    QCOMPARE(selectedNames(selection), QStringList{two.endpoint()});
    QCOMPARE(selection.currentIndex().row(), 1);
    QCOMPARE(resets.count(), 0);

    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void tst_Models::trackersDiffByUrl()
{
    TrackerListModel model;
    QAbstractItemModelTester tester(&model, Fatal);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    TrackerEntry http;
    http.url = QStringLiteral("http://tracker.example/announce");
    TrackerEntry udp;
    udp.url = QStringLiteral("udp://tracker.example:1337");
    udp.tier = 1;
    model.update({http, udp});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, TrackerListModel::StatusColumn).data().toString(),
             TrackerEntry::statusName(TrackerEntry::Status::NotContacted));
    QCOMPARE(model.index(0, TrackerListModel::PeersColumn).data().toString(), QStringLiteral("–"));

    udp.status = TrackerEntry::Status::Error;
    udp.message = QStringLiteral("Connection refused");
    http.status = TrackerEntry::Status::Working;
    http.peers = 12;
    http.seeds = 3;
    http.nextAnnounceSeconds = 1805;
    model.update({http, udp});
    QCOMPARE(changed.count(), 2);
    QCOMPARE(model.index(1, TrackerListModel::StatusColumn).data(Qt::ToolTipRole).toString(),
             udp.message);
    QCOMPARE(model.index(1, 0).data(TrackerListModel::StatusRole).toInt(),
             int(TrackerEntry::Status::Error));
    QCOMPARE(model.index(0, TrackerListModel::SeedsColumn).data().toString(), QStringLiteral("3"));
    QCOMPARE(model.index(0, TrackerListModel::NextAnnounceColumn).data().toString(),
             formatDuration(1805));

    model.update({udp});
    QCOMPARE(model.url(0), udp.url);
    QCOMPARE(model.row(http.url), -1);
    QCOMPARE(resets.count(), 0);
}

void tst_Models::logDropsOldestPastCap()
{
    LogModel model;
    QAbstractItemModelTester tester(&model, Fatal);
    QCOMPARE(model.maximumRows(), LogModel::DefaultMaximumRows);
    QVERIFY(LogModel::DefaultMaximumRows >= 1000);

    QVector<SessionEvent> first;
    for (int i = 0; i < LogModel::DefaultMaximumRows; ++i)
        first << logEvent(i);
    model.append(first);
    QCOMPARE(model.rowCount(), LogModel::DefaultMaximumRows);

    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.append({logEvent(100000, SessionEvent::Severity::Error), logEvent(100001)});
    QCOMPARE(model.rowCount(), LogModel::DefaultMaximumRows);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 0); // first removed row
    QCOMPARE(removed.first().at(2).toInt(), 1); // last removed row
    QCOMPARE(model.index(0, 0).data(LogModel::MessageRole).toString(), QStringLiteral("event 2"));
    const QModelIndex error = model.index(model.rowCount() - 2, 0);
    QVERIFY(error.data().toString().endsWith(QStringLiteral("event 100000")));
    QCOMPARE(error.data(LogModel::SeverityRole).toInt(), int(SessionEvent::Severity::Error));
    QCOMPARE(error.data(LogModel::KindRole).toInt(), int(SessionEvent::Kind::TrackerError));
    QVERIFY(!error.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(error.data(Qt::ToolTipRole)
                .toString()
                .contains(LogModel::kindName(SessionEvent::Kind::TrackerError)));

    // A smaller cap trims at once; a burst larger than the cap keeps its newest events.
    model.setMaximumRows(3);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(2, 0).data(LogModel::MessageRole).toString(),
             QStringLiteral("event 100001"));
    model.append({logEvent(1), logEvent(2), logEvent(3), logEvent(4), logEvent(5)});
    QCOMPARE(column(model, 0, LogModel::MessageRole),
             (QStringList{QStringLiteral("event 3"), QStringLiteral("event 4"),
                          QStringLiteral("event 5")}));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void tst_Models::realSwarmFillsModels()
{
    // Models first: the swarm (and its sessions) goes before them.
    TorrentListModel torrents;
    PeerListModel peers;
    FileListModel files;
    LogModel log;
    QAbstractItemModelTester torrentsTester(&torrents, Fatal);
    QAbstractItemModelTester peersTester(&peers, Fatal);
    QAbstractItemModelTester filesTester(&files, Fatal);
    QAbstractItemModelTester logTester(&log, Fatal);
    QSignalSpy torrentResets(&torrents, &QAbstractItemModel::modelReset);

    LocalSwarm swarm;
    swarm.makeFile(QStringLiteral("src/Show/Show.E2.mkv"), 3 * 1024 * 1024, 21);
    swarm.makeFile(QStringLiteral("src/Show/Show.E10.mkv"), 1024 * 1024, 22);
    swarm.makeFile(QStringLiteral("src/Show/Show.nfo"), 3000, 23);
    TorrentCreator::Options opt;
    opt.pieceSize = 64 * 1024;
    const QString torrentFile = swarm.makeTorrent(swarm.path(QStringLiteral("src/Show")), opt);
    // Rate-limited so the download lasts a few seconds while the peers list is polled.
    swarm.addSeeder(torrentFile, swarm.path(QStringLiteral("src")), 1024 * 1024);
    swarm.addSeeder(torrentFile, swarm.path(QStringLiteral("src")), 1024 * 1024);

    Session *leech = swarm.addSession(QStringLiteral("leech"));
    connect(leech, &Session::torrentsUpdated, &torrents, &TorrentListModel::update);
    connect(leech, &Session::torrentAdded, &torrents, &TorrentListModel::add);
    connect(leech, &Session::torrentRemoved, &torrents, &TorrentListModel::remove);
    connect(leech, &Session::eventsLogged, &log, &LogModel::append);
    AddResult added;
    QVERIFY(await(leech->addTorrent(swarm.magnetWithPeers(torrentFile)), &added) && added.ok());
    const TorrentId id = added.id;

    // The window's way: ask for peers and files on a timer, take the answers when they come.
    QTimer poll;
    poll.setInterval(200);
    connect(&poll, &QTimer::timeout, &peers, [&] {
        leech->peers(id).then(&peers, [&peers](const QVector<PeerEntry> &p) { peers.update(p); });
        leech->files(id).then(&files, [&files](const QVector<FileEntry> &f) {
            if (files.rowCount() == 0)
                files.setFiles(f);
            else
                files.updateProgress(f);
        });
    });
    poll.start();

    const auto loopbackPeerListed = [&peers] {
        for (int r = 0; r < peers.rowCount(); ++r) {
            if (peers.index(r, PeerListModel::AddressColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("127.")))
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(loopbackPeerListed(), scaledMs(30000));
    QTRY_VERIFY_WITH_TIMEOUT(torrents.row(id) >= 0 &&
                                 torrents.index(torrents.row(id), TorrentListModel::ProgressColumn)
                                         .data(TorrentListModel::RawRole)
                                         .toDouble() >= 1.0,
                             scaledMs(60000));
    const int row = torrents.row(id);
    QCOMPARE(torrents.index(row, TorrentListModel::ProgressColumn).data().toString(),
             QStringLiteral("100.0%"));
    QCOMPARE(torrents.index(row, TorrentListModel::NameColumn).data().toString(),
             QStringLiteral("Show"));
    QCOMPARE(torrentResets.count(), 0);

    // The file list came in counting order and completes too.
    QTRY_COMPARE_WITH_TIMEOUT(files.rowCount(), 3, scaledMs(10000));
    QCOMPARE(column(files, FileListModel::NameColumn),
             (QStringList{QStringLiteral("Show/Show.E2.mkv"), QStringLiteral("Show/Show.E10.mkv"),
                          QStringLiteral("Show/Show.nfo")}));
    QCOMPARE(files.largestVideoRow(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(
        files.index(0, FileListModel::ProgressColumn).data(FileListModel::RawRole).toDouble(), 1.0,
        scaledMs(10000));
    QVERIFY(log.rowCount() > 0);
    poll.stop();
}

QTEST_MAIN(tst_Models)
#include "tst_models.moc"
