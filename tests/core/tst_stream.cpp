// Reading a torrent's file while it downloads: byte-exact reads at random offsets from a
// rate-limited swarm, a blocked read that completes when its piece lands, abort() that releases a
// blocked read at once, a far seek served long before the file is complete, two readers that do
// not starve each other, and the QIODevice the player reads.

#include <atomic>

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QThread>
#include <QtTest>

#include "input/torrentsource.h"
#include "localswarm.h"
#include "stream/bytereader.h"
#include "stream/pieceavailability.h"
#include "stream/streamcatalog.h"
#include "stream/streamtuning.h"
#include "stream/torrentstreamdevice.h"
#include "testutil.h"

using namespace swarmplay;
using namespace swarmplay::test;

class tst_Stream : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void randomReadsAreByteExact();
    void blockedReadCompletesWhenPieceLands();
    void abortReleasesBlockedRead();
    void farSeekBeforeFileIsComplete();
    void twoReadersBothProgress();
    void removedTorrentEndsReaders();
    void deviceForThePlayer();
    void deviceFetchesARangeBeforeItIsRead();
    void followerFetchesNothingAndStaysBehind();

private:
    // Adds the torrent to a new leecher session as a player does: nothing chosen yet.
    TorrentId addLeecher(Session **out, bool headStart = true);
    QByteArray expected(qint64 offset, qint64 length) const { return m_bytes.mid(offset, length); }
    // What a leecher's torrent and its peers look like, for a read that waited too long.
    static QString describe(Session *leech, const TorrentId &id);

    std::unique_ptr<LocalSwarm> m_swarm;
    QString m_torrent;
    QByteArray m_bytes;
    Session *m_seeder = nullptr;
    TorrentId m_seedId;
    static constexpr qint64 Piece = 64 * 1024;
    static constexpr qint64 Size = 6 * 1024 * 1024 + 4321;
};

void tst_Stream::init()
{
    m_swarm = std::make_unique<LocalSwarm>();
    const QString content = m_swarm->makeFile(QStringLiteral("src/movie.mkv"), Size, 77);
    m_bytes = readFile(content);
    TorrentCreator::Options opt;
    opt.pieceSize = int(Piece);
    m_torrent = m_swarm->makeTorrent(content, opt);
    // 1 MiB/s: a 6 MiB file takes seconds, so reads really wait for pieces.
    m_seeder = m_swarm->addSeeder(m_torrent, m_swarm->path(QStringLiteral("src")), 1024 * 1024);
    m_seedId = TorrentSource::parse(m_torrent).id();
}

void tst_Stream::cleanup()
{
    m_swarm.reset();
}

TorrentId tst_Stream::addLeecher(Session **out, bool headStart)
{
    Session *leech = m_swarm->addSession(
        QStringLiteral("leech%1").arg(QRandomGenerator::global()->generate() % 100000));
    AddOptions add;
    add.files = AddOptions::Files::None;
    add.headStart = headStart;
    AddResult r;
    if (!await(leech->addTorrent(m_torrent, add), &r) || !r.ok())
        qFatal("cannot add");
    m_swarm->connectToSeeders(leech, r.id);
    if (!QTest::qWaitFor([&] { return leech->cachedInfo(r.id).isValid(); }, scaledMs(10000)))
        qFatal("no metadata");
    *out = leech;
    return r.id;
}

QString tst_Stream::describe(Session *leech, const TorrentId &id)
{
    const TorrentSnapshot s = leech->torrent(id);
    QString out = QStringLiteral("torrent: state %1, %2 of %3 bytes verified, %4 B/s, %5 peers")
                      .arg(int(s.state))
                      .arg(s.totalDone)
                      .arg(s.totalBytes)
                      .arg(s.downloadRate)
                      .arg(s.peersConnected);
    QVector<PeerEntry> peers;
    if (!await(leech->peers(id), &peers, 5000))
        return out + QStringLiteral("; no answer about its peers");
    for (const PeerEntry &p : std::as_const(peers))
        out += QStringLiteral("\n  peer %1 '%2' flags '%3' %4 B/s, %5 bytes from it")
                   .arg(p.endpoint(), p.client, p.flags)
                   .arg(p.downloadRate)
                   .arg(p.totalDownloaded);
    return out;
}

void tst_Stream::randomReadsAreByteExact()
{
    Session *leech = nullptr;
    const TorrentId id = addLeecher(&leech);
    std::unique_ptr<ByteReader> reader = leech->openStream(id, 0);
    QVERIFY(reader);
    QCOMPARE(reader->size(), Size);

    // Reads run in a thread of their own, as QMediaPlayer's demuxer and HTTP connections do.
    std::atomic<int> bad{0};
    std::atomic<int> done{0};
    QThread *t = QThread::create([&] {
        QRandomGenerator rng(5);
        QByteArray buf(200 * 1024, Qt::Uninitialized);
        for (int i = 0; i < 25; ++i) {
            const qint64 offset = qint64(rng.bounded(quint64(Size)));
            const qint64 want = 1 + rng.bounded(150 * 1024);
            qint64 got = 0;
            while (got < want && offset + got < Size) {
                ByteReader::Status status;
                const qint64 n =
                    reader->read(offset + got, buf.data() + got, want - got, 30000, &status);
                if (n <= 0) {
                    qWarning("read at %lld failed: status %d", offset + got, int(status));
                    ++bad;
                    return;
                }
                got += n;
            }
            if (buf.left(int(got)) != expected(offset, got)) {
                qWarning("wrong bytes at %lld + %lld", offset, got);
                ++bad;
            }
            ++done;
        }
    });
    t->start();
    QVERIFY(QTest::qWaitFor([&] { return t->isFinished(); }, scaledMs(120000)));
    delete t;
    QCOMPARE(bad.load(), 0);
    QCOMPARE(done.load(), 25);
    // The reads were served while the file was still arriving.
    QVERIFY(leech->torrent(id).state != TorrentState::Seeding ||
            leech->torrent(id).totalDone == Size);
}

void tst_Stream::blockedReadCompletesWhenPieceLands()
{
    m_seeder->setPaused(m_seedId, true);
    Session *leech = nullptr;
    const TorrentId id = addLeecher(&leech);
    std::unique_ptr<ByteReader> reader = leech->openStream(id, 0);
    QVERIFY(reader);
    const qint64 offset = 3 * Piece + 100;
    QByteArray buf(1000, Qt::Uninitialized);
    std::atomic<qint64> got{-2};
    QThread *t = QThread::create([&] {
        ByteReader::Status status;
        got = reader->read(offset, buf.data(), buf.size(), 60000, &status);
    });
    t->start();
    QTest::qWait(700);
    QCOMPARE(got.load(), qint64(-2)); // still waiting: the swarm gives nothing
    QVERIFY(reader->readyAt(offset) == 0);

    m_seeder->setPaused(m_seedId, false);
    m_swarm->connectToSeeders(leech, id);
    QVERIFY(QTest::qWaitFor([&] { return t->isFinished(); }, scaledMs(30000)));
    delete t;
    QVERIFY(got.load() > 0);
    QVERIFY(buf.left(int(got.load())) == expected(offset, got.load()));
}

void tst_Stream::abortReleasesBlockedRead()
{
    m_seeder->setPaused(m_seedId, true);
    Session *leech = nullptr;
    const TorrentId id = addLeecher(&leech);
    std::unique_ptr<ByteReader> reader = leech->openStream(id, 0);
    QVERIFY(reader);
    std::atomic<bool> finished{false};
    ByteReader::Status status = ByteReader::Status::Ok;
    QElapsedTimer released;
    QThread *t = QThread::create([&] {
        char buf[100];
        const qint64 n = reader->read(Piece * 10, buf, sizeof buf, -1, &status);
        Q_UNUSED(n);
        finished = true;
    });
    t->start();
    QTest::qWait(300);
    QVERIFY(!finished);
    released.start();
    reader->abort();
    QVERIFY(t->wait(2000));
    const qint64 ms = released.elapsed();
    delete t;
    QVERIFY2(ms < 100, qPrintable(QStringLiteral("released after %1 ms").arg(ms)));
    QCOMPARE(status, ByteReader::Status::Aborted);
    // Every later read fails at once too.
    char buf[10];
    QCOMPARE(reader->read(0, buf, 10, -1, &status), qint64(-1));
    QCOMPARE(status, ByteReader::Status::Aborted);
}

void tst_Stream::farSeekBeforeFileIsComplete()
{
    Session *leech = nullptr;
    const TorrentId id = addLeecher(&leech);
    std::unique_ptr<ByteReader> reader = leech->openStream(id, 0);
    QVERIFY(reader);
    const qint64 offset = Size * 9 / 10;
    // What the torrent list shows meanwhile: the chosen file's bytes, not the scheduler's
    // window of pieces (which made the progress jump back and forth).
    QVector<qint64> wantedSeen;
    QVector<double> progressSeen;
    connect(leech, &Session::torrentsUpdated, this, [&](const QVector<TorrentSnapshot> &all) {
        for (const TorrentSnapshot &s : all) {
            if (s.id == id && s.hasMetadata) {
                wantedSeen << s.wantedBytes;
                progressSeen << s.progress;
            }
        }
    });
    QByteArray buf(256 * 1024, Qt::Uninitialized);
    std::atomic<qint64> got{-2};
    QThread *t = QThread::create([&] {
        ByteReader::Status status;
        qint64 total = 0;
        while (total < buf.size()) {
            const qint64 n = reader->read(offset + total, buf.data() + total, buf.size() - total,
                                          60000, &status);
            if (n <= 0)
                break;
            total += n;
        }
        got = total;
    });
    t->start();
    QVERIFY(QTest::qWaitFor([&] { return t->isFinished(); }, scaledMs(60000)));
    delete t;
    QCOMPARE(got.load(), qint64(buf.size()));
    QVERIFY(buf == expected(offset, buf.size()));
    // The pieces there came first: most of the file was not downloaded yet.
    auto pieces = leech->streams()->pieces(id.key());
    QVERIFY(pieces);
    const int have = pieces->haveCount();
    QVERIFY2(
        have * 2 < pieces->pieceCount(),
        qPrintable(
            QStringLiteral("%1 of %2 pieces already there").arg(have).arg(pieces->pieceCount())));
    // The read may return from written blocks before their pieces pass their hash check.
    QVERIFY(QTest::qWaitFor(
        [&] {
            return pieces->hasRange(int(offset / Piece), int((offset + buf.size() - 1) / Piece));
        },
        scaledMs(10000)));

    QVERIFY(!wantedSeen.isEmpty());
    for (int i = 0; i < wantedSeen.size(); ++i) {
        QCOMPARE(wantedSeen[i], Size);
        if (i > 0)
            QVERIFY2(progressSeen[i] >= progressSeen[i - 1],
                     qPrintable(QStringLiteral("progress went from %1 to %2")
                                    .arg(progressSeen[i - 1])
                                    .arg(progressSeen[i])));
    }
}

void tst_Stream::twoReadersBothProgress()
{
    Session *leech = nullptr;
    const TorrentId id = addLeecher(&leech);
    std::unique_ptr<ByteReader> player = leech->openStream(id, 0, ReaderRole::Player);
    std::unique_ptr<ByteReader> http = leech->openStream(id, 0, ReaderRole::Http);
    QVERIFY(player && http);
    // Each reader notes how many pieces were in when it had its bytes: neither may have had
    // to wait for the whole file.
    const PieceAvailability *pieces = leech->streams()->pieces(id.key()).get();
    QElapsedTimer clock;
    clock.start();
    const auto readAll = [&](ByteReader *r, qint64 offset, qint64 length, std::atomic<int> *have,
                             std::atomic<qint64> *ms) {
        QByteArray buf(int(length), Qt::Uninitialized);
        qint64 total = 0;
        ByteReader::Status status;
        while (total < length) {
            const qint64 n =
                r->read(offset + total, buf.data() + total, length - total, 60000, &status);
            if (n <= 0)
                return;
            total += n;
        }
        *have = pieces->haveCount();
        *ms = clock.elapsed();
        if (buf != expected(offset, length))
            *have = -1;
    };
    std::atomic<int> a{-2};
    std::atomic<int> b{-2};
    std::atomic<qint64> aMs{0};
    std::atomic<qint64> bMs{0};
    QThread *ta = QThread::create(readAll, player.get(), qint64(0), qint64(256 * 1024), &a, &aMs);
    // The server announces a Range that stops short (`bytes=a-b`) before reading it; the player
    // reads on and on. (Two open reads at 0 and the middle would want the whole file at once.)
    http->expect(Size / 2, 256 * 1024);
    QThread *tb = QThread::create(readAll, http.get(), Size / 2, qint64(256 * 1024), &b, &bMs);
    ta->start();
    tb->start();
    QVERIFY(QTest::qWaitFor([&] { return ta->isFinished() && tb->isFinished(); }, scaledMs(60000)));
    delete ta;
    delete tb;
    const int all = int((Size + Piece - 1) / Piece);
    const QString when = QStringLiteral("the player had its bytes after %1 ms with %2 of %3 pieces "
                                        "in, the HTTP reader after %4 ms with %5")
                             .arg(aMs.load())
                             .arg(a.load())
                             .arg(all)
                             .arg(bMs.load())
                             .arg(b.load());
    qInfo("%s", qPrintable(when));
    QVERIFY2(a.load() >= 0 && b.load() >= 0,
             qPrintable(QStringLiteral("a read failed or was wrong: ") + when));
    QVERIFY2(a.load() < all && b.load() < all, qPrintable(when));
}

void tst_Stream::removedTorrentEndsReaders()
{
    m_seeder->setPaused(m_seedId, true);
    Session *leech = nullptr;
    const TorrentId id = addLeecher(&leech);
    std::unique_ptr<ByteReader> reader = leech->openStream(id, 0);
    QVERIFY(reader);
    ByteReader::Status status = ByteReader::Status::Ok;
    QThread *t = QThread::create([&] {
        char buf[100];
        reader->read(0, buf, sizeof buf, 60000, &status);
    });
    t->start();
    QTest::qWait(300);
    leech->removeTorrent(id, false);
    QVERIFY(QTest::qWaitFor([&] { return t->isFinished(); }, scaledMs(5000)));
    delete t;
    QCOMPARE(status, ByteReader::Status::Closed);
    QVERIFY(!leech->openStream(id, 0)); // gone for new readers too
}

void tst_Stream::deviceForThePlayer()
{
    Session *leech = nullptr;
    const TorrentId id = addLeecher(&leech);
    TorrentStreamDevice *device = leech->createStreamDevice(id, 0, this);
    QVERIFY(device);
    QVERIFY(device->open(QIODevice::ReadOnly));
    QVERIFY(!device->isSequential());
    QCOMPARE(device->size(), Size);
    QSignalSpy buffering(device, &TorrentStreamDevice::bufferingChanged);

    std::atomic<int> ok{0};
    std::atomic<int> step{0};
    QThread *t = QThread::create([&] {
        // A demuxer's pattern: the head, the tail, then back near the start.
        const QList<QPair<qint64, qint64>> reads = {
            {0, 4096}, {Size - 8192, 8192}, {100000, 300000}};
        for (const auto &[offset, length] : reads) {
            ++step;
            if (!device->seek(offset))
                return;
            // Like a demuxer, take what each read gives and ask for the rest.
            QByteArray got;
            while (got.size() < length) {
                const QByteArray part = device->read(length - got.size());
                if (part.isEmpty())
                    return;
                got += part;
            }
            if (got != expected(offset, length))
                return;
        }
        ok = 1;
    });
    t->start();
    if (!QTest::qWaitFor([&] { return t->isFinished(); }, scaledMs(60000))) {
        const QString state = describe(leech, id);
        device->abort(); // releases the read: the thread may end before the test does
        t->wait(10000);
        QFAIL(qPrintable(QStringLiteral("read %1 of 3 still waits at byte %2 after 60 s; %3")
                             .arg(step.load())
                             .arg(device->pos())
                             .arg(state)));
    }
    delete t;
    QCOMPARE(ok.load(), 1);
    QVERIFY(buffering.count() >= 2); // it waited at least once, and said so
    QCOMPARE(buffering.last().first().toBool(), false);
    // What the demuxer read, in file order, each byte once (a benchmark's limit comes from it).
    const QVector<ByteRange> spans = {{0, 4096}, {100000, 300000}, {Size - 8192, 8192}};
    QCOMPARE(device->readSpans(), spans);
    device->forgetReads();
    QVERIFY(device->readSpans().isEmpty());
    QVERIFY(device->seek(Size));
    QVERIFY(device->atEnd());
    QCOMPARE(device->read(10).size(), 0);
    device->abort();
    QVERIFY(device->seek(0));
    QCOMPARE(device->read(10).size(), 0); // aborted: no more data
    delete device;
}

void tst_Stream::deviceFetchesARangeBeforeItIsRead()
{
    // What the player does before a seek: wait in a worker thread until the bytes the demuxer
    // will read are here, so that the read itself does not wait.
    Session *leech = nullptr;
    const TorrentId id = addLeecher(&leech);
    TorrentStreamDevice *device = leech->createStreamDevice(id, 0, this);
    QVERIFY(device && device->open(QIODevice::ReadOnly));
    QSignalSpy buffering(device, &TorrentStreamDevice::bufferingChanged);
    const qint64 offset = 4 * 1024 * 1024 + 1000;
    const qint64 length = 700 * 1000;
    std::atomic<bool> fetched{false};
    QThread *t = QThread::create([&] { fetched = device->fetch(offset, length); });
    t->start();
    QTRY_VERIFY_WITH_TIMEOUT(t->isFinished(), scaledMs(60000));
    delete t;
    QVERIFY(fetched);
    QVERIFY(buffering.count() >= 2); // it waited, and said so
    QCOMPARE(buffering.last().first().toBool(), false);
    QVERIFY(!device->isWaiting());
    QCOMPARE(device->readPosition(), offset); // where the reader's window opens again
    QVERIFY(device->bytesReadyAhead() >= length);

    // The read finds everything there: no wait, the right bytes.
    buffering.clear();
    QVERIFY(device->seek(offset));
    QByteArray got;
    while (got.size() < length) {
        const QByteArray part = device->read(length - got.size());
        QVERIFY(!part.isEmpty());
        got += part;
    }
    QCOMPARE(got, expected(offset, length));
    QCOMPARE(buffering.count(), 0);

    // An abort releases a fetch that waits, which then says it failed.
    m_seeder->setPaused(m_seedId, true);
    const auto have = leech->streams()->pieces(id.key());
    int missing = int((Size - 1) / Piece);
    while (missing >= 0 && have->has(missing))
        --missing;
    if (missing < 0)
        QSKIP("the whole file arrived before the seeder paused");
    fetched = true;
    t = QThread::create([&] { fetched = device->fetch(missing * Piece, 1000); });
    t->start();
    QTRY_VERIFY_WITH_TIMEOUT(device->isWaiting() || t->isFinished(), scaledMs(10000));
    device->abort();
    QTRY_VERIFY_WITH_TIMEOUT(t->isFinished(), scaledMs(5000));
    delete t;
    QVERIFY(!fetched);
    QVERIFY(!device->isWaiting());
}

void tst_Stream::followerFetchesNothingAndStaysBehind()
{
    // The embedded-subtitle demuxer reads as a follower: it waits for what viewers fetch.
    Session *leech = nullptr;
    const TorrentId id = addLeecher(&leech, false);
    std::unique_ptr<ByteReader> follower = leech->openStream(id, 0, ReaderRole::Follower);
    QVERIFY(follower);
    const qint64 offset = 40 * Piece + 10;
    QByteArray buf(1000, Qt::Uninitialized);
    ByteReader::Status status = ByteReader::Status::Ok;
    QCOMPARE(follower->read(offset, buf.data(), buf.size(), 2500, &status), qint64(-1));
    QCOMPARE(status, ByteReader::Status::TimedOut);
    QTest::qWait(500);                                 // a status round
    QCOMPARE(leech->torrent(id).totalDone, qint64(0)); // not one piece was asked for

    // A viewer reads there: the follower gets the bytes it fetched.
    std::unique_ptr<ByteReader> player = leech->openStream(id, 0, ReaderRole::Player);
    QByteArray first(1000, Qt::Uninitialized);
    QVERIFY2(player->read(offset, first.data(), first.size(), 30000, &status) > 0,
             qPrintable(describe(leech, id)));
    const qint64 n = follower->read(offset, buf.data(), buf.size(), 5000, &status);
    QVERIFY(n > 0);
    QVERIFY(buf.left(int(n)) == expected(offset, n));

    // It paces itself by the viewers: a little past the furthest one, whatever has arrived.
    QCOMPARE(follower->readLimit(), offset + tuning::FollowerLeadBytes);
    std::unique_ptr<ByteReader> probe = leech->openStream(id, 0, ReaderRole::Probe);
    probe->expect(Size - 100, 100); // the prober reading an index at the end does not count
    QCOMPARE(follower->readLimit(), offset + tuning::FollowerLeadBytes);
    QCOMPARE(player->readLimit(), qint64(-1)); // a viewer has none
    player.reset();
    QCOMPARE(follower->readLimit(), tuning::FollowerLeadBytes); // no viewer: only the head
}

QTEST_GUILESS_MAIN(tst_Stream)
#include "tst_stream.moc"
