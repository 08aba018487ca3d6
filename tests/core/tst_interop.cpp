// Interoperability with other BitTorrent programs: real qBittorrent, aria2 and Transmission
// seeders behind a real opentracker, all on loopback. Swarmplay finds them only through the
// tracker, downloads a .torrent and resolves a magnet from them, and gets the source's bytes.

#include <memory>

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QThread>
#include <QtTest>

#include "input/torrentsource.h"
#include "localswarm.h"
#include "stream/bytereader.h"
#include "testutil.h"
#include "thirdpartyswarm.h"

using namespace swarmplay;
using namespace swarmplay::test;

class tst_Interop : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void torrentFromRealSeeders();
    void magnetFromRealSeeders();
    void streamingKeepsSeedersUnchoked();
    void waitingForChoiceKeepsEverySeeder();

private:
    // What the leech saw of one peer address while the download ran.
    struct Seen
    {
        QSet<QString> clients; // names it gave itself; empty while it never got past connecting
        qint64 downloaded = 0;
    };
    using SeenPeers = QHash<QString, Seen>;

    // A session throttled to `rate` bytes/s (loopback included).
    Session *addLeech(const QString &name, int rate);
    // Waits until every wanted byte is in, asking for the peers list all along: seeders close
    // their connections to a leech once it has become a seed, so afterwards it is too late.
    bool downloadWatchingPeers(Session *session, const TorrentId &id, SeenPeers *seen,
                               int timeoutMs = 90000);
    // The third-party programs among the seen peers, by the names they give themselves.
    QStringList clientsAmong(const SeenPeers &seen) const;
    QString describe(const SeenPeers &seen) const;

    std::unique_ptr<LocalSwarm> m_swarm;
    std::unique_ptr<ThirdPartySwarm> m_thirdParty;
    QString m_content;
    QString m_torrent;
};

void tst_Interop::initTestCase()
{
    // Not a skip: the project's test command installs these, so a missing one is a broken setup.
    const QString missing = ThirdPartySwarm::missingPrograms();
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("tst_interop needs real BitTorrent programs. ") + missing));

    m_swarm = std::make_unique<LocalSwarm>();
    m_thirdParty = std::make_unique<ThirdPartySwarm>(m_swarm.get());
    // Not a whole number of pieces, so the short last piece crosses every client too.
    m_content =
        m_swarm->makeFile(QStringLiteral("src/interop-movie.mkv"), 4 * 1024 * 1024 + 54321, 2024);
    TorrentCreator::Options opt;
    opt.pieceSize = 256 * 1024;
    opt.trackers = {m_thirdParty->announceUrl()};
    m_torrent = m_swarm->makeTorrent(m_content, opt);

    QElapsedTimer timer;
    timer.start();
    const QString error = m_thirdParty->start(m_torrent, m_content, 60000);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList names;
    for (const ThirdPartySwarm::Seeder &s : m_thirdParty->seeders())
        names << ThirdPartySwarm::clientName(s.client) + QLatin1Char('@') + s.endpoint();
    qInfo("seeding after %lld ms: %s, tracker %s", static_cast<long long>(timer.elapsed()),
          qPrintable(names.join(QStringLiteral(", "))), qPrintable(m_thirdParty->announceUrl()));
}

void tst_Interop::cleanupTestCase()
{
    // The programs first: their folders are inside the LocalSwarm's.
    m_thirdParty.reset();
    m_swarm.reset();
}

Session *tst_Interop::addLeech(const QString &name, int rate)
{
    SessionSettings s = m_swarm->settingsFor(name, m_swarm->nextAddress());
    s.downloadRateLimit = rate;
    s.rateLimitLocalPeers = true;
    return m_swarm->addSession(name, s);
}

bool tst_Interop::downloadWatchingPeers(Session *session, const TorrentId &id, SeenPeers *seen,
                                        int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        QVector<PeerEntry> peers;
        if (await(session->peers(id), &peers, 5000)) {
            for (const PeerEntry &p : peers) {
                Seen &peer = (*seen)[p.address];
                if (!p.client.isEmpty())
                    peer.clients.insert(p.client);
                peer.downloaded = std::max(peer.downloaded, p.totalDownloaded);
            }
        }
        const TorrentSnapshot snap = session->torrent(id);
        if (snap.hasMetadata && snap.wantedBytes > 0 && snap.wantedDone == snap.wantedBytes &&
            (snap.state == TorrentState::Seeding || snap.state == TorrentState::Finished))
            return true;
        QTest::qWait(100);
    }
    return false;
}

QStringList tst_Interop::clientsAmong(const SeenPeers &seen) const
{
    QStringList found;
    for (const ThirdPartySwarm::Seeder &s : m_thirdParty->seeders()) {
        const QString name = ThirdPartySwarm::clientName(s.client);
        for (const Seen &peer : seen) {
            for (const QString &client : peer.clients) {
                if (client.contains(name, Qt::CaseInsensitive) && !found.contains(name))
                    found << name;
            }
        }
    }
    return found;
}

QString tst_Interop::describe(const SeenPeers &seen) const
{
    QStringList out;
    for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
        const QStringList clients = it->clients.values();
        out << QStringLiteral("%1 %2 %3 bytes")
                   .arg(it.key(), clients.isEmpty() ? QStringLiteral("(connecting only)")
                                                    : clients.join(QLatin1Char('/')))
                   .arg(it->downloaded);
    }
    return out.join(QStringLiteral(", "));
}

void tst_Interop::torrentFromRealSeeders()
{
    // Unthrottled, a few MiB come from the first seeder to answer in a fraction of a second. The
    // others need longer: the leech tries uTP first and reaches aria2, which has only TCP, after
    // uTP has timed out (about 5 s); Transmission unchokes a new peer at its next 10 s round.
    // At this rate the download lasts about 15 s, so pieces come from more than one program.
    Session *leech = addLeech(QStringLiteral("leech-torrent"), 320 * 1024);
    AddResult r;
    QVERIFY(await(leech->addTorrent(m_torrent), &r));
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    // No connectPeer and no x.pe: the only way to the seeders is the tracker in the .torrent.
    SeenPeers seen;
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(downloadWatchingPeers(leech, r.id, &seen),
             qPrintable(QStringLiteral("not complete; peers seen: %1\n%2")
                            .arg(describe(seen), m_thirdParty->diagnostics())));
    qInfo("downloaded in %lld ms from %s", static_cast<long long>(timer.elapsed()),
          qPrintable(describe(seen)));

    const QString got = m_swarm->path(QStringLiteral("leech-torrent/data/interop-movie.mkv"));
    QCOMPARE(readFile(got).size(), readFile(m_content).size());
    QVERIFY(readFile(got) == readFile(m_content));

    // Handshakes with at least two different programs, by the names they give themselves.
    const QStringList clients = clientsAmong(seen);
    QVERIFY2(clients.size() >= 2,
             qPrintable(QStringLiteral("third-party clients seen: %1; all peers: %2")
                            .arg(clients.join(QLatin1Char(',')), describe(seen))));
    // And pieces from at least two of them, each from the address the tracker gave for it.
    QStringList served;
    for (const ThirdPartySwarm::Seeder &s : m_thirdParty->seeders()) {
        if (seen.value(s.address).downloaded > 0)
            served << ThirdPartySwarm::clientName(s.client);
    }
    QVERIFY2(served.size() >= 2, qPrintable(describe(seen)));

    m_swarm->stop(leech);
}

void tst_Interop::magnetFromRealSeeders()
{
    const TorrentSource file = TorrentSource::parse(m_torrent);
    QVERIFY(file.isValid());
    const QString announce = m_thirdParty->announceUrl();
    // Only the hash and the tracker: the metadata has to come from the third-party seeders.
    const QString magnet =
        QStringLiteral("magnet:?xt=urn:btih:%1&tr=%2")
            .arg(file.id().v1Hex(), QString::fromLatin1(QUrl::toPercentEncoding(announce)));
    const TorrentSource source = TorrentSource::parse(magnet);
    QCOMPARE(source.kind(), TorrentSource::Kind::Magnet);
    QVERIFY(source.peers().isEmpty());
    QCOMPARE(source.trackers(), QStringList{announce});

    // Throttled only so that the peers list catches the seeders before they drop the new seed.
    Session *leech = addLeech(QStringLiteral("leech-magnet"), 2 * 1024 * 1024);
    QSignalSpy metadata(leech, &Session::metadataReceived);
    AddResult r;
    QVERIFY(await(leech->addTorrent(source), &r));
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(r.id.v1Hex(), file.id().v1Hex());

    SeenPeers seen;
    QVERIFY2(downloadWatchingPeers(leech, r.id, &seen),
             qPrintable(QStringLiteral("not complete (metadata %1); peers seen: %2\n%3")
                            .arg(leech->torrent(r.id).hasMetadata ? QStringLiteral("yes")
                                                                  : QStringLiteral("no"),
                                 describe(seen), m_thirdParty->diagnostics())));
    QVERIFY(metadata.count() > 0 || metadata.wait(5000));
    QCOMPARE(leech->cachedInfo(r.id).name, QStringLiteral("interop-movie.mkv"));
    QVERIFY(readFile(m_swarm->path(QStringLiteral("leech-magnet/data/interop-movie.mkv"))) ==
            readFile(m_content));
    QVERIFY2(!clientsAmong(seen).isEmpty(), qPrintable(describe(seen)));
    qInfo("magnet resolved and downloaded from %s", qPrintable(describe(seen)));

    m_swarm->stop(leech);
}

void tst_Interop::streamingKeepsSeedersUnchoked()
{
    // A demuxer reads one box at a time: each read wants only its own piece. When the last
    // wanted piece lands and nothing else is wanted, the leech tells its peers it is no longer
    // interested; aria2 and Transmission choke such a peer and unchoke it again only at their
    // next round, up to 10 s later (on the bench swarm two of three seeders went silent for the
    // rest of the start). While a file is streamed, no seeder that has unchoked the leech may
    // choke it again.
    Session *leech = addLeech(QStringLiteral("leech-stream"), 512 * 1024);
    AddOptions add;
    add.files = AddOptions::Files::None;
    AddResult r;
    QVERIFY(await(leech->addTorrent(m_torrent, add), &r));
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QVERIFY(QTest::qWaitFor([&] { return leech->cachedInfo(r.id).isValid(); }, scaledMs(30000)));
    std::unique_ptr<ByteReader> reader = leech->openStream(r.id, 0);
    QVERIFY(reader);

    const QByteArray source = readFile(m_content);
    constexpr qint64 Piece = 256 * 1024;
    constexpr int Pieces = 12;
    std::atomic<int> read{0};
    std::atomic<bool> wrong{false};
    QThread *t = QThread::create([&] {
        QByteArray buf(int(Piece), Qt::Uninitialized);
        for (int k = 0; k < Pieces; ++k) {
            reader->expect(k * Piece, Piece);
            qint64 got = 0;
            while (got < Piece) {
                ByteReader::Status status;
                const qint64 n =
                    reader->read(k * Piece + got, buf.data() + got, Piece - got, 30000, &status);
                if (n <= 0)
                    return;
                got += n;
            }
            if (buf != source.mid(int(k * Piece), int(Piece)))
                wrong = true;
            ++read;
            QThread::msleep(150); // the demuxer parses what it got
        }
    });
    t->start();
    QHash<QString, bool> unchokedOnce; // address -> has sent data
    QHash<QString, QString> timeline;  // address -> its flags each time they changed
    QHash<QString, QString> lastFlags;
    QStringList choked;
    QElapsedTimer clock;
    clock.start();
    const QDeadlineTimer deadline(90000);
    while (!t->isFinished() && !deadline.hasExpired()) {
        QVector<PeerEntry> peers;
        if (await(leech->peers(r.id), &peers, 5000)) {
            for (const PeerEntry &p : peers) {
                if (lastFlags.value(p.address, QStringLiteral("?")) != p.flags) {
                    lastFlags[p.address] = p.flags;
                    timeline[p.address] += QStringLiteral(" %1ms:'%2'(read %3)")
                                               .arg(clock.elapsed())
                                               .arg(p.flags)
                                               .arg(read.load());
                }
                if (p.flags.contains(QLatin1Char('D')))
                    unchokedOnce[p.address] = true;
                // 'd': interested, but the peer chokes us.
                if (p.flags.contains(QLatin1Char('d')) && unchokedOnce.value(p.address) &&
                    !choked.contains(p.client + QLatin1Char('@') + p.address))
                    choked << p.client + QLatin1Char('@') + p.address;
            }
        }
        QTest::qWait(50);
    }
    reader->abort();
    QVERIFY(t->wait(10000));
    delete t;
    QCOMPARE(read.load(), Pieces);
    QVERIFY(!wrong);
    QVERIFY2(unchokedOnce.size() >= 2, "fewer than two seeders ever sent data");
    if (!choked.isEmpty()) { // QVERIFY2 cuts long messages short
        QString history;
        for (auto it = timeline.cbegin(); it != timeline.cend(); ++it)
            history += QStringLiteral("\n  %1:%2").arg(it.key(), it.value());
        qWarning("peers' flags when they changed:%s\n%s", qPrintable(history),
                 qPrintable(m_thirdParty->diagnostics()));
    }
    QVERIFY2(choked.isEmpty(), qPrintable(QStringLiteral("choked while interested by: %1")
                                              .arg(choked.join(QStringLiteral(", ")))));
    m_swarm->stop(leech);
}

void tst_Interop::waitingForChoiceKeepsEverySeeder()
{
    // A torrent added before its file is chosen (what `serve` and the player do) wants the
    // head of its largest file from its first moment. Were it to want nothing for an
    // instant, its handshake would say "upload only", and qBittorrent, a seed, hangs up on such
    // a peer as redundant and is not asked again: one start of `serve` in three on the bench
    // swarm lost a third of its swarm that way. Three fresh leeches, each throttled so the
    // first piece takes seconds, must each meet every seeder.
    const qsizetype seeders = qsizetype(m_thirdParty->seeders().size());
    for (int round = 0; round < 3; ++round) {
        Session *leech = addLeech(QStringLiteral("leech-choice-%1").arg(round), 32 * 1024);
        AddOptions add;
        add.files = AddOptions::Files::None;
        AddResult r;
        QVERIFY(await(leech->addTorrent(m_torrent, add), &r));
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        // Its first state already wants something: it never looked finished.
        const TorrentSnapshot first = leech->torrent(r.id);
        QVERIFY2(first.wantedBytes > 0 && first.wantedDone < first.wantedBytes,
                 qPrintable(QStringLiteral("wants %1 bytes, has %2")
                                .arg(first.wantedBytes)
                                .arg(first.wantedDone)));
        SeenPeers seen;
        const QDeadlineTimer deadline(6000);
        while (!deadline.hasExpired() && clientsAmong(seen).size() < seeders) {
            QVector<PeerEntry> peers;
            if (await(leech->peers(r.id), &peers, 5000)) {
                for (const PeerEntry &p : peers) {
                    if (!p.client.isEmpty())
                        seen[p.address].clients.insert(p.client);
                }
            }
            QTest::qWait(20);
        }
        QVERIFY2(clientsAmong(seen).size() == seeders,
                 qPrintable(QStringLiteral("round %1 met only %2").arg(round).arg(describe(seen))));
        m_swarm->stop(leech);
    }
}

QTEST_GUILESS_MAIN(tst_Interop)
#include "tst_interop.moc"
