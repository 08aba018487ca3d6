// Reading blocks before their piece is whole and verified, on a rate-limited swarm on loopback:
// the first 64 KiB of a 4 MiB piece come to the player while the piece is incomplete, and with
// every piece checked they do not; HTTP readers get them early only when told to (serve
// --responsive); a piece a peer (aria2 seeding a damaged copy without checking it) sends
// wrong is read, fails its hash check once the peer has left and an honest seeder sent the rest,
// is fetched again from the honest one, and the reader reads on to the end while the file on
// disk ends byte-exact.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

#include "input/torrentsource.h"
#include "localswarm.h"
#include "stream/bytereader.h"
#include "stream/pieceavailability.h"
#include "stream/streamcatalog.h"
#include "testutil.h"

Q_DECLARE_METATYPE(swarmplay::ReaderRole)

using namespace swarmplay;
using namespace swarmplay::test;

class tst_BlockReads : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void readsBlocksBeforeTheirPieceIsWhole_data();
    void readsBlocksBeforeTheirPieceIsWhole();
    void keepsWrittenBlocksThroughAPauseAndResume();
    void readsBlocksOfAHybridTorrentAddedByItsV1Magnet();
    void readsOnPastAPieceAPeerSentWrong();

private:
    // The content of `pieces` pieces of pieceSize (the last one shorter) and its torrent.
    void makeTorrent(qint64 pieceSize, int pieces,
                     TorrentCreator::Format format = TorrentCreator::Format::V1);
    // Reads the file's first 64 KiB through a reader of `role` and compares them with the
    // source; *wholeWhenRead: piece 0 was verified at every read that returned.
    void readHead(const TorrentId &id, ReaderRole role, bool *wholeWhenRead);
    TorrentId addLeecher(const QString &savePath, bool blockReads = true,
                         bool httpBlockReads = false);
    QString describe(const TorrentId &id) const;

    std::unique_ptr<LocalSwarm> m_swarm;
    QString m_content;
    QString m_torrent;
    QByteArray m_bytes;
    Session *m_leech = nullptr;
};

void tst_BlockReads::init()
{
    m_swarm = std::make_unique<LocalSwarm>();
}

void tst_BlockReads::cleanup()
{
    m_leech = nullptr;
    m_swarm.reset();
}

void tst_BlockReads::makeTorrent(qint64 pieceSize, int pieces, TorrentCreator::Format format)
{
    m_content = m_swarm->makeFile(QStringLiteral("src/film.bin"), pieces * pieceSize - 4321, 91);
    m_bytes = readFile(m_content);
    TorrentCreator::Options opt;
    opt.pieceSize = int(pieceSize);
    opt.format = format;
    m_torrent = m_swarm->makeTorrent(m_content, opt);
}

TorrentId tst_BlockReads::addLeecher(const QString &savePath, bool blockReads, bool httpBlockReads)
{
    m_leech = m_swarm->addSession(QStringLiteral("leech"));
    if (!blockReads || httpBlockReads) {
        SessionSettings settings = m_leech->settings();
        settings.blockReads = blockReads;
        settings.httpBlockReads = httpBlockReads;
        if (!m_leech->applySettings(settings).isEmpty())
            qFatal("settings refused");
    }
    AddOptions add;
    add.files = AddOptions::Files::None;
    add.savePath = savePath;
    AddResult r;
    if (!await(m_leech->addTorrent(m_torrent, add), &r) || !r.ok())
        qFatal("cannot add");
    if (!QTest::qWaitFor([&] { return m_leech->cachedInfo(r.id).isValid(); }, scaledMs(10000)))
        qFatal("no metadata");
    return r.id;
}

void tst_BlockReads::readHead(const TorrentId &id, ReaderRole role, bool *wholeWhenRead)
{
    const auto pieces = m_leech->streams()->pieces(id.key());
    QVERIFY(pieces);
    std::unique_ptr<ByteReader> reader = m_leech->openStream(id, 0, role);
    QVERIFY(reader);
    QByteArray got;
    *wholeWhenRead = true;
    while (got.size() < 64 * 1024) {
        QByteArray buf(64 * 1024 - got.size(), Qt::Uninitialized);
        ByteReader::Status status = ByteReader::Status::Ok;
        const qint64 n = reader->read(got.size(), buf.data(), buf.size(), 30000, &status);
        QVERIFY2(n > 0, qPrintable(describe(id)));
        *wholeWhenRead = *wholeWhenRead && pieces->has(0);
        got += buf.left(int(n));
    }
    QVERIFY(got == m_bytes.left(got.size()));
}

QString tst_BlockReads::describe(const TorrentId &id) const
{
    const TorrentSnapshot s = m_leech->torrent(id);
    return QStringLiteral("torrent: state %1, %2 of %3 bytes verified, %4 B/s, %5 peers")
        .arg(int(s.state))
        .arg(s.totalDone)
        .arg(s.totalBytes)
        .arg(s.downloadRate)
        .arg(s.peersConnected);
}

void tst_BlockReads::readsBlocksBeforeTheirPieceIsWhole_data()
{
    QTest::addColumn<ReaderRole>("role");
    QTest::addColumn<bool>("blockReads");
    QTest::addColumn<bool>("httpBlockReads");
    QTest::addColumn<bool>("early"); // the bytes come before their piece is whole
    QTest::newRow("player") << ReaderRole::Player << true << false << true;
    QTest::newRow("player, every piece checked") << ReaderRole::Player << false << false << false;
    QTest::newRow("http") << ReaderRole::Http << true << false << false;
    QTest::newRow("http, responsive") << ReaderRole::Http << true << true << true;
}

void tst_BlockReads::readsBlocksBeforeTheirPieceIsWhole()
{
    // 4 MiB pieces from a seeder at 1 MiB/s: the first piece takes 4 s to be whole.
    QFETCH(ReaderRole, role);
    QFETCH(bool, blockReads);
    QFETCH(bool, httpBlockReads);
    QFETCH(bool, early);
    const qint64 pieceSize = 4 * 1024 * 1024;
    makeTorrent(pieceSize, 3);
    m_swarm->addSeeder(m_torrent, m_swarm->path(QStringLiteral("src")), 1024 * 1024);
    const TorrentId id =
        addLeecher(m_swarm->path(QStringLiteral("leech")), blockReads, httpBlockReads);
    m_swarm->connectToSeeders(m_leech, id);
    const auto pieces = m_leech->streams()->pieces(id.key());
    QVERIFY(pieces);

    bool wholeWhenRead = true;
    readHead(id, role, &wholeWhenRead);
    if (QTest::currentTestFailed())
        return;
    if (!early) {
        QVERIFY(wholeWhenRead); // nothing of a piece not yet verified
        return;
    }
    QVERIFY2(!wholeWhenRead, "the first 64 KiB came only once their piece was whole");
    QVERIFY2(QTest::qWaitFor([&] { return pieces->has(0); }, scaledMs(30000)),
             qPrintable(describe(id)));
    QCOMPARE(pieces->failedReadBytes(), qint64(0));
}

void tst_BlockReads::readsBlocksOfAHybridTorrentAddedByItsV1Magnet()
{
    // The disk I/O names a torrent by its best info hash, and a hybrid torrent's is the v2 one
    // once its metadata is in: a v1 magnet's torrent must still hear of its written blocks.
    const qint64 pieceSize = 4 * 1024 * 1024;
    makeTorrent(pieceSize, 3, TorrentCreator::Format::Hybrid);
    const TorrentSource source = TorrentSource::parse(m_torrent);
    QVERIFY(source.id().hasV1() && source.id().hasV2());
    m_swarm->addSeeder(m_torrent, m_swarm->path(QStringLiteral("src")), 1024 * 1024);
    m_leech = m_swarm->addSession(QStringLiteral("leech"));
    AddOptions add;
    add.savePath = m_swarm->path(QStringLiteral("leech"));
    AddResult r;
    QVERIFY(await(m_leech->addTorrent(
                      QStringLiteral("magnet:?xt=urn:btih:%1").arg(source.id().v1Hex()), add),
                  &r) &&
            r.ok());
    const TorrentId id = r.id;
    m_swarm->connectToSeeders(m_leech, id);
    QVERIFY2(QTest::qWaitFor([&] { return m_leech->cachedInfo(id).isValid(); }, scaledMs(15000)),
             qPrintable(describe(id)));
    bool wholeWhenRead = true;
    readHead(id, ReaderRole::Player, &wholeWhenRead);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(!wholeWhenRead, "the first 64 KiB came only once their piece was whole");
}

void tst_BlockReads::keepsWrittenBlocksThroughAPauseAndResume()
{
    // Resuming a torrent publishes its stream state again, as the end of its hash check does
    // right after it is added: the blocks written meanwhile stay readable (they were forgotten,
    // and a start then waited for its whole first piece).
    const qint64 pieceSize = 4 * 1024 * 1024;
    makeTorrent(pieceSize, 3);
    m_swarm->addSeeder(m_torrent, m_swarm->path(QStringLiteral("src")), 1024 * 1024);
    const TorrentId id = addLeecher(m_swarm->path(QStringLiteral("leech")));
    m_swarm->connectToSeeders(m_leech, id);
    const auto pieces = m_leech->streams()->pieces(id.key());
    QVERIFY(pieces);
    std::unique_ptr<ByteReader> player = m_leech->openStream(id, 0, ReaderRole::Player);
    QVERIFY(player);
    QByteArray buf(64 * 1024, Qt::Uninitialized);
    ByteReader::Status status = ByteReader::Status::Ok;
    QVERIFY2(player->read(0, buf.data(), buf.size(), 30000, &status) > 0, qPrintable(describe(id)));
    QVERIFY2(QTest::qWaitFor([&] { return player->readyAt(0) >= buf.size(); }, scaledMs(30000)),
             qPrintable(describe(id)));
    m_leech->setPaused(id, true);
    QVERIFY(QTest::qWaitFor([&] { return m_leech->torrent(id).state == TorrentState::Paused; },
                            scaledMs(10000)));
    if (pieces->has(0))
        QSKIP("the first piece was whole before the pause");
    m_leech->setPaused(id, false);
    QVERIFY(QTest::qWaitFor([&] { return m_leech->torrent(id).state != TorrentState::Paused; },
                            scaledMs(10000)));
    const qint64 ready = player->readyAt(0);
    const bool whole = pieces->has(0);
    QVERIFY2(whole || ready >= buf.size(),
             qPrintable(QStringLiteral("%1 bytes readable at 0 after the resume; %2")
                            .arg(ready)
                            .arg(describe(id))));
}

void tst_BlockReads::readsOnPastAPieceAPeerSentWrong()
{
    if (QStandardPaths::findExecutable(QStringLiteral("aria2c")).isEmpty())
        QSKIP("aria2c is not installed (Debian: aria2)");
    const qint64 pieceSize = 1024 * 1024;
    makeTorrent(pieceSize, 6);
    // aria2 seeds a copy whose first piece is wrong, without checking it, at 256 KiB/s: the
    // reader gets blocks of that piece seconds before it is whole and fails its check.
    const QString bad = m_swarm->path(QStringLiteral("bad"));
    QVERIFY(QDir().mkpath(bad));
    QByteArray damaged = m_bytes;
    for (qint64 i = 0; i < pieceSize; ++i)
        damaged[i] = char(damaged[i] ^ 0x5a);
    QFile copy(QDir(bad).filePath(QStringLiteral("film.bin")));
    QVERIFY(copy.open(QIODevice::WriteOnly) && copy.write(damaged) == damaged.size());
    copy.close();
    const QString address = QStringLiteral("127.0.0.77");
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress(address), 0));
    const int port = probe.serverPort();
    probe.close();
    QProcess aria2;
    aria2.setProcessChannelMode(QProcess::MergedChannels);
    aria2.start(QStringLiteral("aria2c"), {QStringLiteral("--no-conf=true"),
                                           QStringLiteral("--dir=") + bad,
                                           QStringLiteral("--interface=") + address,
                                           QStringLiteral("--listen-port=%1").arg(port),
                                           QStringLiteral("--disable-ipv6=true"),
                                           QStringLiteral("--enable-dht=false"),
                                           QStringLiteral("--enable-dht6=false"),
                                           QStringLiteral("--bt-enable-lpd=false"),
                                           QStringLiteral("--enable-peer-exchange=false"),
                                           QStringLiteral("--check-integrity=false"),
                                           QStringLiteral("--bt-seed-unverified=true"),
                                           QStringLiteral("--seed-ratio=0.0"),
                                           QStringLiteral("--max-overall-upload-limit=256K"),
                                           QStringLiteral("--file-allocation=none"),
                                           QStringLiteral("--bt-save-metadata=false"),
                                           QStringLiteral("--bt-require-crypto=false"),
                                           QStringLiteral("--enable-rpc=false"),
                                           QStringLiteral("--console-log-level=warn"),
                                           QStringLiteral("--summary-interval=0"),
                                           m_torrent});
    QVERIFY(aria2.waitForStarted(scaledMs(10000)));
    const auto stopAria2 = [&aria2] {
        if (aria2.state() == QProcess::NotRunning)
            return;
        aria2.terminate();
        if (!aria2.waitForFinished(scaledMs(5000)))
            aria2.kill();
        aria2.waitForFinished(scaledMs(5000));
    };
    const auto stopAtEnd = qScopeGuard(stopAria2);
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     QTcpSocket s;
                     s.connectToHost(address, quint16(port));
                     return s.waitForConnected(200);
                 },
                 scaledMs(10000)),
             aria2.readAll().constData());

    const QString leechDir = m_swarm->path(QStringLiteral("leech"));
    const TorrentId id = addLeecher(leechDir);
    const auto pieces = m_leech->streams()->pieces(id.key());
    QVERIFY(pieces);
    m_leech->connectPeer(id, address, port);

    // A player reads from the start: its first bytes are the wrong ones.
    std::unique_ptr<ByteReader> player = m_leech->openStream(id, 0, ReaderRole::Player);
    QVERIFY(player);
    QByteArray first(64 * 1024, Qt::Uninitialized);
    ByteReader::Status status = ByteReader::Status::Ok;
    const qint64 n = player->read(0, first.data(), first.size(), 30000, &status);
    QVERIFY2(n > 0, qPrintable(describe(id)));
    QVERIFY(!pieces->has(0));
    QVERIFY2(first.left(int(n)) == damaged.left(int(n)), "the first bytes were not aria2's");

    // aria2 leaves (so that the piece cannot come from it again) and the honest seeder joins: the
    // piece fails its check and is fetched again.
    QTest::qWait(300); // a few more of its blocks
    stopAria2();
    m_swarm->addSeeder(m_torrent, m_swarm->path(QStringLiteral("src")), 1024 * 1024);
    m_swarm->connectToSeeders(m_leech, id);
    QVERIFY2(QTest::qWaitFor([&] { return pieces->failedReadBytes() > 0; }, scaledMs(60000)),
             qPrintable(describe(id)));
    qInfo("%lld bytes were read from the piece before it failed its check",
          pieces->failedReadBytes());

    // The reader reads on to the end without an error, and gets the right bytes of the piece
    // once it is verified.
    qint64 offset = n;
    while (offset < m_bytes.size()) {
        QByteArray buf(256 * 1024, Qt::Uninitialized);
        const qint64 got = player->read(offset, buf.data(), buf.size(), 60000, &status);
        QVERIFY2(got > 0, qPrintable(QStringLiteral("at %1: status %2; %3")
                                         .arg(offset)
                                         .arg(int(status))
                                         .arg(describe(id))));
        offset += got;
    }
    QVERIFY2(QTest::qWaitFor([&] { return pieces->has(0); }, scaledMs(60000)),
             qPrintable(describe(id)));
    QByteArray again(64 * 1024, Qt::Uninitialized);
    QCOMPARE(player->read(0, again.data(), again.size(), 10000, &status), qint64(again.size()));
    QVERIFY(again == m_bytes.left(again.size()));

    // Every piece passes in the end, and the file on disk is the source.
    QVERIFY2(QTest::qWaitFor([&] { return pieces->haveCount() == pieces->pieceCount(); },
                             scaledMs(60000)),
             qPrintable(describe(id)));
    QVERIFY(readFile(QDir(leechDir).filePath(QStringLiteral("film.bin"))) == m_bytes);
}

QTEST_GUILESS_MAIN(tst_BlockReads)
#include "tst_blockreads.moc"
