// The library of every torrent opened: records follow the session and the player, come back
// after a restart in the order they were last watched, a damaged file is reported (and kept)
// rather than crashing or silently lost, cleanup under a size limit picks the least recently
// watched first and never what is kept, and the space counted is what the files really take
// on the disk, measured on a real download.

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include "input/torrentsource.h"
#include "localswarm.h"
#include "storage/diskusage.h"
#include "storage/library.h"
#include "storage/playbackmemory.h"
#include "storage/resumestore.h"
#include "testutil.h"

using namespace swarmplay;
using namespace swarmplay::test;

namespace {

const QString KeyA = QStringLiteral("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
const QString KeyB = QStringLiteral("bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb");
const QString KeyC = QStringLiteral("cccccccccccccccccccccccccccccccccccccccc");

TorrentSnapshot snapshot(const QString &key, const QString &name, qint64 wanted, qint64 done)
{
    TorrentSnapshot s;
    s.id = TorrentId::fromString(key);
    s.name = name;
    s.state = TorrentState::Downloading;
    s.hasMetadata = true;
    s.wantedBytes = wanted;
    s.wantedDone = done;
    s.totalBytes = wanted;
    s.savePath = QStringLiteral("/films");
    return s;
}

Library::Record record(const QString &key, qint64 added, qint64 watched)
{
    Library::Record r;
    r.key = key;
    r.addedMs = added;
    r.lastWatchedMs = watched;
    return r;
}

} // namespace

class tst_Library : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void recordsFollowTheSessionAndThePlayer();
    void survivesAReload();
    void damagedFileIsReportedAndKept();
    void damagedPlaybackPositionsAreReportedAndKept();
    void cleanupTakesTheLeastRecentlyWatchedFirst();
    void keptMetadataOpensItAgain();
    void sparseFilesCountTheirBlocks();
    void deletingLeavesOtherFilesAlone();
    void measuresARealDownload();

private:
    QString libraryPath() const { return m_dir->filePath(QStringLiteral("library.json")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_Library::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_Library::recordsFollowTheSessionAndThePlayer()
{
    Library library(libraryPath());
    QVERIFY(library.loadError().isEmpty()); // no file yet: empty, no complaint
    QCOMPARE(library.size(), 0);

    library.noteTorrent(snapshot(KeyA, QStringLiteral("Film A"), 1000, 250));
    library.noteTorrent(snapshot(KeyB, QStringLiteral("Show B"), 2000, 2000));
    QCOMPARE(library.size(), 2);
    QVERIFY(library.isDirty());
    QCOMPARE(library.record(KeyA).progress(), 0.25);
    QCOMPARE(library.record(KeyA).savePath, QStringLiteral("/films"));
    // While the session checks its files the last known progress stands.
    TorrentSnapshot checking = snapshot(KeyA, QStringLiteral("Film A"), 1000, 0);
    checking.state = TorrentState::Checking;
    library.noteTorrent(checking);
    QCOMPARE(library.record(KeyA).wantedDone, 250);

    TorrentInfo info;
    info.id = TorrentId::fromString(KeyB);
    info.name = QStringLiteral("Show B");
    info.pieceCount = 4;
    info.totalSize = 2000;
    FileEntry e1;
    e1.index = 0;
    e1.path = QStringLiteral("Show B/E01.mkv");
    FileEntry e2;
    e2.index = 2; // index 1 is a pad file
    e2.path = QStringLiteral("Show B/E02.mkv");
    info.files = {e1, e2};
    library.noteInfo(info);
    QCOMPARE(library.record(KeyB).files, (QStringList{QStringLiteral("Show B/E01.mkv"), QString(),
                                                      QStringLiteral("Show B/E02.mkv")}));

    // Played: B a minute ago, A now. Most recently watched first.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    library.notePlayed(KeyB, 2, 5000, 60000, now - 60000);
    library.notePlayed(KeyA, 0, -1, 0, now);
    QCOMPARE(library.records().size(), 2);
    QCOMPARE(library.records().at(0).key, KeyA);
    QCOMPARE(library.records().at(1).key, KeyB);
    QCOMPARE(library.record(KeyB).lastFile, 2);
    QCOMPARE(library.record(KeyB).lastPositionMs, 5000);

    // The player records where A stopped: the library takes it. An older position of another
    // file of A does not replace the file started last.
    PlaybackMemory memory(m_dir->filePath(QStringLiteral("playback.json")));
    memory.setPosition(KeyA, 0, 754000, 5400000);
    library.syncFrom(memory);
    QCOMPARE(library.record(KeyA).lastFile, 0);
    QCOMPARE(library.record(KeyA).lastPositionMs, 754000);
    QCOMPARE(library.record(KeyA).lastDurationMs, 5400000);
    library.notePlayed(KeyB, 0, -1, 0, QDateTime::currentMSecsSinceEpoch() + 1000);
    memory.setPosition(KeyB, 2, 9000, 60000); // recorded before E01 was started
    library.syncFrom(memory);
    QCOMPARE(library.record(KeyB).lastFile, 0);
    QCOMPARE(library.records().at(0).key, KeyB);

    QVERIFY(library.remove(KeyA));
    QVERIFY(!library.remove(KeyA));
    QCOMPARE(library.size(), 1);
}

void tst_Library::survivesAReload()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    {
        Library library(libraryPath());
        library.noteTorrent(snapshot(KeyA, QStringLiteral("Film A"), 1000, 400));
        library.noteTorrent(snapshot(KeyB, QStringLiteral("Show B"), 2000, 2000));
        library.noteTorrent(snapshot(KeyC, QStringLiteral("Never played"), 10, 0));
        // Opened a moment ago; A watched a minute from now, B two minutes from now.
        library.notePlayed(KeyA, 0, 120000, 5400000, now + 60000);
        library.notePlayed(KeyB, 1, 30000, 60000, now + 120000);
        QString error;
        QVERIFY2(library.save(&error), qPrintable(error));
        QVERIFY(!library.isDirty());
    }
    Library again(libraryPath());
    QVERIFY2(again.loadError().isEmpty(), qPrintable(again.loadError()));
    QCOMPARE(again.size(), 3);
    // Last watched first; C, never played, counts from when it was opened.
    QStringList order;
    for (const Library::Record &r : again.records())
        order << r.key;
    QCOMPARE(order, (QStringList{KeyB, KeyA, KeyC}));
    const Library::Record a = again.record(KeyA);
    QCOMPARE(a.name, QStringLiteral("Film A"));
    QCOMPARE(a.wantedDone, 400);
    QCOMPARE(a.lastPositionMs, 120000);
    QCOMPARE(a.lastDurationMs, 5400000);
    QCOMPARE(a.lastWatchedMs, now + 60000);
    QCOMPARE(again.record(KeyC).lastWatchedMs, 0);
    QVERIFY(again.record(KeyC).addedMs >= now - 1000);
}

void tst_Library::damagedFileIsReportedAndKept()
{
    const QByteArray garbage = "{\"version\": 1, \"torrents\": [ {\"key\": \"aa";
    for (const QByteArray &content :
         {garbage, QByteArray("[1, 2, 3]"), QByteArray("\x00\xff", 2)}) {
        QFile file(libraryPath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        Library library(libraryPath());
        QCOMPARE(library.size(), 0);
        QVERIFY2(library.loadError().contains(QLatin1String("damaged")) &&
                     library.loadError().contains(QLatin1String("library.json")),
                 qPrintable(library.loadError()));
        // Kept aside for whoever wants to repair it; the next save starts a good file.
        QFile kept(libraryPath() + QStringLiteral(".damaged"));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), content);
        library.noteTorrent(snapshot(KeyA, QStringLiteral("Film A"), 10, 10));
        QVERIFY(library.save());
        QCOMPARE(Library(libraryPath()).size(), 1);
    }
    // Well-formed but with records of no use: those are skipped, the rest is read.
    QFile file(libraryPath());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"version":1,"torrents":[{"key":"xyz"},42,{"key":")" + KeyB.toLatin1() +
               R"(","name":"B","lastFile":"nonsense"}]})");
    file.close();
    Library partial(libraryPath());
    QVERIFY(partial.loadError().isEmpty());
    QCOMPARE(partial.size(), 1);
    QCOMPARE(partial.record(KeyB).name, QStringLiteral("B"));
    QCOMPARE(partial.record(KeyB).lastFile, -1);
}

void tst_Library::damagedPlaybackPositionsAreReportedAndKept()
{
    const QString path = m_dir->filePath(QStringLiteral("playback.json"));
    const QByteArray cut = "{\"files\": {\"aaaa/0\": {\"position\": 12";
    for (const QByteArray &content : {cut, QByteArray("[]"), QByteArray("\x00\xff", 2)}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        PlaybackMemory memory(path);
        QVERIFY2(memory.loadError().contains(QLatin1String("damaged")) &&
                     memory.loadError().contains(QLatin1String("playback.json")),
                 qPrintable(memory.loadError()));
        QFile kept(path + QStringLiteral(".damaged"));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), content);
        memory.setPosition(KeyA, 0, 600000, 5400000);
        QVERIFY(memory.save());
        const PlaybackMemory again(path);
        QVERIFY(again.loadError().isEmpty());
        QCOMPARE(again.resumePosition(KeyA, 0), 600000);
    }
    // A missing file is no damage.
    QVERIFY(QFile::remove(path));
    QVERIFY(PlaybackMemory(path).loadError().isEmpty());
}

void tst_Library::cleanupTakesTheLeastRecentlyWatchedFirst()
{
    const qint64 day = 24 * 3600 * 1000;
    // A watched 10 days ago, B 5 days ago, C added 7 days ago and never watched, D yesterday.
    const QString keyD = QStringLiteral("dddddddddddddddddddddddddddddddddddddddd");
    const QString keyE = QStringLiteral("eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee");
    const QVector<Library::Record> records = {
        record(KeyA, 20 * day, 30 * day - 10 * day),
        record(KeyB, 20 * day, 25 * day),
        record(KeyC, 23 * day, 0),
        record(keyD, 20 * day, 29 * day),
        record(keyE, 1 * day, 0), // no data on disk: nothing to free
    };
    const QHash<QString, qint64> bytes = {
        {KeyA, 4000}, {KeyB, 3000}, {KeyC, 2000}, {keyD, 1000}, {keyE, 0}};

    // 10000 in use, cap 5000: A (oldest) then C (opened day 23, older than B's day 25).
    Library::Cleanup c = Library::chooseCleanup(records, bytes, 5000, {});
    QCOMPARE(c.usedBytes, 10000);
    QCOMPARE(c.keys, (QStringList{KeyA, KeyC}));
    QCOMPARE(c.freedBytes, 6000);
    QVERIFY(c.reachesCap);

    // The one playing (A) is never chosen.
    c = Library::chooseCleanup(records, bytes, 5000, {KeyA});
    QCOMPARE(c.keys, (QStringList{KeyC, KeyB}));
    QVERIFY(c.reachesCap);

    // Under the cap, or no cap: nothing.
    QVERIFY(Library::chooseCleanup(records, bytes, 10000, {}).keys.isEmpty());
    QVERIFY(Library::chooseCleanup(records, bytes, 0, {}).keys.isEmpty());

    // A cap that cannot be reached without deleting what is kept: everything else, and says so.
    c = Library::chooseCleanup(records, bytes, 1000, {KeyA});
    QCOMPARE(c.keys, (QStringList{KeyC, KeyB, keyD}));
    QVERIFY(!c.reachesCap);
    QCOMPARE(c.usedBytes - c.freedBytes, 4000);
}

void tst_Library::keptMetadataOpensItAgain()
{
    ResumeStore store(ResumeStore::dirIn(m_dir->path()));
    QVERIFY(store.writeTorrentFile(KeyA, "d4:infod4:name1:xee", nullptr));
    Library library(libraryPath());
    library.noteTorrent(snapshot(KeyA, QStringLiteral("Film A"), 10, 10));
    library.noteTorrent(snapshot(KeyB, QStringLiteral("Show B & more"), 10, 10));
    library.keepTorrentFiles(store);
    const QString kept = library.torrentFile(KeyA);
    QVERIFY(!kept.isEmpty());
    QCOMPARE(readFile(kept), QByteArray("d4:infod4:name1:xee"));
    // The session forgets it; the library still has it.
    store.remove(KeyA);
    QCOMPARE(library.source(KeyA), kept);
    // Without metadata: a magnet link the session can parse, with the name.
    const QString magnet = library.source(KeyB);
    QVERIFY2(magnet.startsWith(QStringLiteral("magnet:?xt=urn:btih:") + KeyB), qPrintable(magnet));
    const TorrentSource parsed = TorrentSource::parse(magnet);
    QVERIFY2(parsed.isValid(), qPrintable(parsed.error().message));
    QCOMPARE(parsed.id().key(), KeyB);
    QCOMPARE(parsed.name(), QStringLiteral("Show B & more"));
    // Removing from the library drops the kept copy too.
    QVERIFY(library.remove(KeyA));
    QVERIFY(!QFile::exists(kept));
}

void tst_Library::sparseFilesCountTheirBlocks()
{
    const QString path = m_dir->filePath(QStringLiteral("sparse.bin"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    // 64 MiB apparent size, 64 KiB written: what torrent data looks like early on.
    QVERIFY(file.seek(64 * 1024 * 1024 - 65536));
    QCOMPARE(file.write(QByteArray(65536, 'x')), 65536);
    file.close();
    QCOMPARE(QFileInfo(path).size(), 64 * 1024 * 1024);
    const qint64 allocated = DiskUsage::allocatedBytes(path);
#ifdef Q_OS_UNIX
    QVERIFY2(allocated >= 65536 && allocated < 4 * 1024 * 1024,
             qPrintable(QString::number(allocated)));
#else
    QCOMPARE(allocated, 64 * 1024 * 1024);
#endif
    QCOMPARE(DiskUsage::allocatedBytes(m_dir->filePath(QStringLiteral("missing"))), 0);
    QCOMPARE(DiskUsage::allocatedBytes(m_dir->path()), 0); // a folder is not a file
}

void tst_Library::deletingLeavesOtherFilesAlone()
{
    const QString root = m_dir->filePath(QStringLiteral("downloads"));
    QDir().mkpath(root + QStringLiteral("/Show/Season 1"));
    QDir().mkpath(root + QStringLiteral("/Other"));
    for (const char *name :
         {"Show/Season 1/E01.mkv", "Show/Season 1/E02.mkv", "Other/mine.txt", "outside.txt"}) {
        QFile f(root + QLatin1Char('/') + QLatin1String(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("data");
    }
    // What the torrent names, and names that try to leave the folder.
    const QStringList paths = DiskUsage::filesUnder(
        root, {QStringLiteral("Show/Season 1/E01.mkv"), QStringLiteral("Show/Season 1/E02.mkv"),
               QStringLiteral("../escape.txt"), QStringLiteral("Show/../../escape.txt"),
               QStringLiteral("/etc/passwd")});
    QCOMPARE(paths.size(), 2);
    QString error;
    QVERIFY2(DiskUsage::deleteFiles(root, paths, &error), qPrintable(error));
    QVERIFY(!QFile::exists(root + QStringLiteral("/Show/Season 1/E01.mkv")));
    QVERIFY(!QFileInfo::exists(root + QStringLiteral("/Show"))); // left empty: gone
    QVERIFY(QFile::exists(root + QStringLiteral("/Other/mine.txt")));
    QVERIFY(QFile::exists(root + QStringLiteral("/outside.txt")));
    QVERIFY(QFileInfo(root).isDir()); // the download folder itself stays
}

void tst_Library::measuresARealDownload()
{
    LocalSwarm swarm;
    swarm.makeFile(QStringLiteral("src/Pack/a.bin"), 700 * 1024, 1);
    swarm.makeFile(QStringLiteral("src/Pack/b.bin"), 300 * 1024, 2);
    TorrentCreator::Options opt;
    opt.pieceSize = 64 * 1024;
    const QString torrent = swarm.makeTorrent(swarm.path(QStringLiteral("src/Pack")), opt);
    swarm.addSeeder(torrent, swarm.path(QStringLiteral("src")));
    Session *session = swarm.addSession(QStringLiteral("viewer"));
    AddResult added;
    QVERIFY(await(session->addTorrent(torrent), &added));
    QVERIFY(added.ok());
    swarm.connectToSeeders(session, added.id);
    QTRY_VERIFY_WITH_TIMEOUT(session->torrent(added.id).chosenFilesComplete(), scaledMs(30000));

    Library library(libraryPath());
    library.noteTorrent(session->torrent(added.id));
    library.noteInfo(session->cachedInfo(added.id));
    const Library::Record r = library.record(added.id.key());
    QCOMPARE(r.name, QStringLiteral("Pack"));
    QCOMPARE(r.files.size(), 2);
    QCOMPARE(r.progress(), 1.0);
    const qint64 onDisk = DiskUsage::allocatedBytes(Library::dataFiles(r));
    // Every byte is there; blocks round up a little.
    QVERIFY2(onDisk >= 1000 * 1024 && onDisk < 1100 * 1024, qPrintable(QString::number(onDisk)));

    // Removed from the session with its files: nothing left on disk, the record stays.
    session->removeTorrent(added.id, true);
    QTRY_VERIFY_WITH_TIMEOUT(DiskUsage::allocatedBytes(Library::dataFiles(r)) == 0,
                             scaledMs(10000));
    QVERIFY(library.contains(added.id.key()));
}

QTEST_GUILESS_MAIN(tst_Library)
#include "tst_library.moc"
