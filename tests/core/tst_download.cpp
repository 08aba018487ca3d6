// Downloads from in-process seeders on loopback: a .torrent and a magnet (its x.pe peers plain or
// percent-encoded) give the source's bytes, one chosen file of a multi-file torrent downloads
// alone (and can be chosen later, when part of the piece it shares is in), and adding twice keeps
// one torrent.

#include <QDir>
#include <QFileInfo>
#include <QtTest>

#include "input/torrentsource.h"
#include "localswarm.h"
#include "testutil.h"

using namespace swarmplay;
using namespace swarmplay::test;

class tst_Download : public QObject
{
    Q_OBJECT

private slots:
    void torrentFileDownload();
    void magnetDownload();
    void magnetWithEncodedPeer();
    void oneFileOfMany();
    void choosingAFileWhoseEdgePieceIsHalfIn();
    void addingTwiceKeepsOne();

private:
    static bool waitComplete(Session *s, const TorrentId &id, int timeoutMs = 60000)
    {
        return QTest::qWaitFor(
            [&] {
                const TorrentSnapshot snap = s->torrent(id);
                return snap.wantedBytes > 0 && snap.chosenFilesComplete();
            },
            scaledMs(timeoutMs));
    }
};

void tst_Download::torrentFileDownload()
{
    LocalSwarm swarm;
    const QString content =
        swarm.makeFile(QStringLiteral("src/movie.mkv"), 3 * 1024 * 1024 + 12345, 7);
    TorrentCreator::Options opt;
    opt.pieceSize = 256 * 1024;
    const QString torrent = swarm.makeTorrent(content, opt);
    // Rate-limited, so the download has a rate to report until it ends.
    swarm.addSeeder(torrent, swarm.path(QStringLiteral("src")), 1024 * 1024);
    swarm.addSeeder(torrent, swarm.path(QStringLiteral("src")), 1024 * 1024);

    Session *leech = swarm.addSession(QStringLiteral("leech"));
    AddResult r;
    QVERIFY(await(leech->addTorrent(torrent), &r));
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QVERIFY(!r.alreadyPresent);
    swarm.connectToSeeders(leech, r.id);
    QVERIFY(waitComplete(leech, r.id));

    const QString got = swarm.path(QStringLiteral("leech/data/movie.mkv"));
    QCOMPARE(readFile(got).size(), readFile(content).size());
    QVERIFY(readFile(got) == readFile(content));

    // Both seeders were used: the peers list names them.
    QVector<PeerEntry> peers;
    QVERIFY(await(leech->peers(r.id), &peers));
    QVERIFY(!peers.isEmpty());

    // Once it is all in, the list and the status bar stop showing a download rate (libtorrent
    // stops reporting a finished torrent with the last rate it had).
    QVERIFY2(
        QTest::qWaitFor([&] { return leech->torrent(r.id).downloadRate == 0; }, scaledMs(15000)),
        qPrintable(QStringLiteral("still %1 B/s").arg(leech->torrent(r.id).downloadRate)));
}

void tst_Download::magnetDownload()
{
    LocalSwarm swarm;
    const QString content =
        swarm.makeFile(QStringLiteral("src/show.mp4"), 2 * 1024 * 1024 + 999, 11);
    TorrentCreator::Options opt;
    opt.pieceSize = 64 * 1024;
    const QString torrent = swarm.makeTorrent(content, opt);
    swarm.addSeeder(torrent, swarm.path(QStringLiteral("src")));
    swarm.addSeeder(torrent, swarm.path(QStringLiteral("src")));

    // No tracker and no DHT: the peers come from the magnet's x.pe entries.
    const QString magnet = swarm.magnetWithPeers(torrent);
    const TorrentSource source = TorrentSource::parse(magnet);
    QCOMPARE(source.kind(), TorrentSource::Kind::Magnet);
    QCOMPARE(source.peers().size(), 2);

    Session *leech = swarm.addSession(QStringLiteral("leech"));
    QSignalSpy metadata(leech, &Session::metadataReceived);
    AddResult r;
    QVERIFY(await(leech->addTorrent(source), &r));
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(r.id.v1Hex(), TorrentSource::parse(torrent).id().v1Hex());
    QVERIFY(metadata.wait(30000) || metadata.count() > 0);
    QCOMPARE(leech->cachedInfo(r.id).name, QStringLiteral("show.mp4"));
    QVERIFY(waitComplete(leech, r.id));
    QVERIFY(readFile(swarm.path(QStringLiteral("leech/data/show.mp4"))) == readFile(content));
}

void tst_Download::magnetWithEncodedPeer()
{
    LocalSwarm swarm;
    const QString content = swarm.makeFile(QStringLiteral("src/clip.mkv"), 700 * 1024 + 17, 12);
    TorrentCreator::Options opt;
    opt.pieceSize = 64 * 1024;
    const QString torrent = swarm.makeTorrent(content, opt);
    swarm.addSeeder(torrent, swarm.path(QStringLiteral("src")));

    // The seeder's one way in is x.pe written as URI encoders write it, ':' escaped.
    const QString magnet =
        QStringLiteral("magnet:?xt=urn:btih:") + TorrentSource::parse(torrent).id().v1Hex() +
        QStringLiteral("&x.pe=") +
        QString::fromLatin1(QUrl::toPercentEncoding(swarm.seeders().front().endpoint()));
    QVERIFY(magnet.contains(QLatin1String("%3A")));

    Session *leech = swarm.addSession(QStringLiteral("leech"));
    AddResult r;
    QVERIFY(await(leech->addTorrent(magnet), &r));
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QVERIFY(waitComplete(leech, r.id));
    QVERIFY(readFile(swarm.path(QStringLiteral("leech/data/clip.mkv"))) == readFile(content));
}

void tst_Download::oneFileOfMany()
{
    LocalSwarm swarm;
    const qint64 piece = 64 * 1024;
    // Sizes that are not multiples of the piece size, so the chosen file shares its edge pieces.
    swarm.makeFile(QStringLiteral("src/Pack/a-extras.bin"), 10 * piece + 1000, 1);
    const QString chosen =
        swarm.makeFile(QStringLiteral("src/Pack/b-episode.mkv"), 20 * piece + 5000, 2);
    swarm.makeFile(QStringLiteral("src/Pack/c-sample.bin"), 12 * piece + 300, 3);
    TorrentCreator::Options opt;
    opt.pieceSize = static_cast<int>(piece);
    const QString torrent = swarm.makeTorrent(swarm.path(QStringLiteral("src/Pack")), opt,
                                              swarm.path(QStringLiteral("pack.torrent")));
    swarm.addSeeder(torrent, swarm.path(QStringLiteral("src")));

    const TorrentSource source = TorrentSource::parse(torrent);
    QVERIFY(source.isValid());
    int chosenIndex = -1;
    for (const FileEntry &f : source.info().files) {
        if (f.path.endsWith(QLatin1String("b-episode.mkv")))
            chosenIndex = f.index;
    }
    QVERIFY(chosenIndex >= 0);

    Session *leech = swarm.addSession(QStringLiteral("leech"));
    AddOptions add;
    add.files = AddOptions::Files::Listed;
    add.wantedFiles = {chosenIndex};
    AddResult r;
    QVERIFY(await(leech->addTorrent(source, add), &r));
    QVERIFY(r.ok());
    swarm.connectToSeeders(leech, r.id);
    QVERIFY(waitComplete(leech, r.id));
    QCOMPARE(leech->torrent(r.id).state, TorrentState::Finished);

    QVERIFY(readFile(swarm.path(QStringLiteral("leech/data/Pack/b-episode.mkv"))) ==
            readFile(chosen));

    QVector<FileEntry> files;
    QVERIFY(await(leech->files(r.id), &files));
    for (const FileEntry &f : files) {
        if (f.index == chosenIndex) {
            QVERIFY(f.wanted);
            QCOMPARE(f.bytesDone, f.size);
            continue;
        }
        QVERIFY(!f.wanted);
        // At most the one piece each neighbour shares with the chosen file.
        QVERIFY2(f.bytesDone <= piece,
                 qPrintable(QStringLiteral("%1 has %2 bytes").arg(f.path).arg(f.bytesDone)));
        // Unchosen files are never created; shared edge bytes go to the part file.
        QVERIFY2(!QFileInfo::exists(swarm.path(QStringLiteral("leech/data/")) + f.path),
                 qPrintable(f.path));
    }
    const TorrentSnapshot snap = leech->torrent(r.id);
    QVERIFY(snap.totalDone <= 20 * piece + 5000 + 2 * piece);
    QVERIFY(snap.totalDone < snap.totalBytes);
}

void tst_Download::choosingAFileWhoseEdgePieceIsHalfIn()
{
    // The bytes of an unchosen file that share a piece with a chosen one are kept in the part
    // file. Choosing that file while the shared piece is only partly in moves them into it:
    // the download carries on and both files end byte-exact (libtorrent 2.0.8's posix storage
    // stopped the torrent there with "Resource temporarily unavailable").
    LocalSwarm swarm;
    const qint64 piece = 256 * 1024;
    // Fifteen of the sixteen blocks of piece 1 are the first file's; the second file starts in
    // its last block.
    const QString first =
        swarm.makeFile(QStringLiteral("src/Two/a-first.mkv"), piece + 15 * 16 * 1024, 11);
    const QString second = swarm.makeFile(QStringLiteral("src/Two/b-second.mkv"), piece + 5000, 12);
    TorrentCreator::Options opt;
    opt.pieceSize = static_cast<int>(piece);
    const QString torrent = swarm.makeTorrent(swarm.path(QStringLiteral("src/Two")), opt,
                                              swarm.path(QStringLiteral("two.torrent")));
    // Slow enough that the shared piece takes seconds to come in.
    swarm.addSeeder(torrent, swarm.path(QStringLiteral("src")), 128 * 1024);

    const TorrentSource source = TorrentSource::parse(torrent);
    QVERIFY(source.isValid());
    QCOMPARE(source.info().files.size(), 2);
    int firstIndex = -1;
    int secondIndex = -1;
    for (const FileEntry &f : source.info().files)
        (f.path.endsWith(QLatin1String("a-first.mkv")) ? firstIndex : secondIndex) = f.index;

    Session *leech = swarm.addSession(QStringLiteral("leech"));
    AddOptions add;
    add.files = AddOptions::Files::Listed;
    add.wantedFiles = {secondIndex};
    AddResult r;
    QVERIFY(await(leech->addTorrent(source, add), &r) && r.ok());
    swarm.connectToSeeders(leech, r.id);

    // The part file appears with the first block of the first file's share of piece 1.
    const QDir data(swarm.path(QStringLiteral("leech/data")));
    QVERIFY(QTest::qWaitFor(
        [&] {
            return !data.entryList({QStringLiteral("*.parts")}, QDir::Files | QDir::Hidden)
                        .isEmpty();
        },
        scaledMs(30000)));
    leech->setWantedFiles(r.id, {firstIndex, secondIndex});

    QVERIFY(QTest::qWaitFor(
        [&] {
            const TorrentSnapshot t = leech->torrent(r.id);
            return t.state == TorrentState::Error || t.chosenFilesComplete();
        },
        scaledMs(60000)));
    const TorrentSnapshot done = leech->torrent(r.id);
    QVERIFY2(done.state != TorrentState::Error, qPrintable(done.errorMessage));
    QCOMPARE(done.totalDone, done.totalBytes);
    QVERIFY(readFile(data.filePath(QStringLiteral("Two/a-first.mkv"))) == readFile(first));
    QVERIFY(readFile(data.filePath(QStringLiteral("Two/b-second.mkv"))) == readFile(second));
}

void tst_Download::addingTwiceKeepsOne()
{
    LocalSwarm swarm;
    const QString content = swarm.makeFile(QStringLiteral("src/clip.webm"), 300 * 1024, 5);
    TorrentCreator::Options opt;
    opt.trackers = {QStringLiteral("http://127.0.0.1:1/announce")};
    const QString torrent = swarm.makeTorrent(content, opt);

    Session *s = swarm.addSession(QStringLiteral("one"));
    AddOptions paused;
    paused.paused = true;
    AddResult first;
    QVERIFY(await(s->addTorrent(torrent, paused), &first));
    QVERIFY(first.ok());

    const QString extra = QStringLiteral("udp://127.0.0.1:2/announce");
    const QString magnet =
        QStringLiteral("magnet:?xt=urn:btih:%1&tr=%2")
            .arg(first.id.v1Hex(), QString::fromLatin1(QUrl::toPercentEncoding(extra)));
    AddResult second;
    QVERIFY(await(s->addTorrent(magnet), &second));
    QVERIFY(second.ok());
    QVERIFY(second.alreadyPresent);
    QCOMPARE(second.id, first.id);
    QTRY_COMPARE(s->torrents().size(), 1);

    QVector<TrackerEntry> trackers;
    QVERIFY(await(s->trackers(first.id), &trackers));
    QStringList urls;
    for (const TrackerEntry &t : trackers)
        urls << t.url;
    QVERIFY(urls.contains(QStringLiteral("http://127.0.0.1:1/announce")));
    QVERIFY2(urls.contains(extra), qPrintable(urls.join(QLatin1Char(' '))));
}

QTEST_GUILESS_MAIN(tst_Download)
#include "tst_download.moc"
