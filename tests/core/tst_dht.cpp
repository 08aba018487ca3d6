// A magnet resolves and downloads among sessions that find each other only through the DHT:
// no tracker, no x.pe, no direct connection, no local discovery.

#include <QtTest>

#include "input/torrentsource.h"
#include "localswarm.h"
#include "testutil.h"

using namespace swarmplay;
using namespace swarmplay::test;

class tst_Dht : public QObject
{
    Q_OBJECT

private slots:
    void magnetThroughDhtOnly();
};

void tst_Dht::magnetThroughDhtOnly()
{
    LocalSwarm swarm;
    const QString content =
        swarm.makeFile(QStringLiteral("src/dht-movie.mkv"), 1536 * 1024 + 77, 3);
    TorrentCreator::Options opt;
    opt.pieceSize = 64 * 1024; // no trackers, no web seeds
    const QString torrent = swarm.makeTorrent(content, opt);
    const TorrentSource source = TorrentSource::parse(torrent);
    QVERIFY(source.info().trackers.isEmpty());

    // Four sessions, each on its own address, DHT on, no public routers.
    const QStringList names = {QStringLiteral("seeder"), QStringLiteral("leech"),
                               QStringLiteral("node1"), QStringLiteral("node2")};
    QVector<Session *> sessions;
    for (const QString &name : names) {
        SessionSettings s = swarm.settingsFor(name, swarm.nextAddress());
        s.dht = true;
        s.lsd = false;
        s.dhtBootstrapNodes.clear();
        // Every address is in 127.0.0.0/8; a table restricted to one node per /24 would not grow.
        s.dhtRestrictRoutingIps = false;
        sessions.push_back(swarm.addSession(name, s));
    }
    // Each learns the others as DHT nodes (not as routers, which never enter routing tables).
    for (Session *a : sessions) {
        for (Session *b : sessions) {
            if (a != b)
                a->addDhtNode(swarm.endpointOf(b).address, swarm.endpointOf(b).port);
        }
    }
    for (Session *s : sessions) {
        QVERIFY2(QTest::qWaitFor([s] { return s->stats().dhtNodes >= 2; }, scaledMs(30000)),
                 qPrintable(QStringLiteral("only %1 DHT nodes").arg(s->stats().dhtNodes)));
    }

    Session *seeder = sessions[0];
    Session *leech = sessions[1];
    AddOptions seed;
    seed.savePath = swarm.path(QStringLiteral("src"));
    seed.seedMode = true;
    AddResult seeded;
    QVERIFY(await(seeder->addTorrent(source, seed), &seeded));
    QVERIFY(seeded.ok());
    seeder->reannounce(seeded.id); // announces to the DHT now rather than at the next interval

    const QString magnet = QStringLiteral("magnet:?xt=urn:btih:") + source.id().v1Hex();
    AddResult r;
    QVERIFY(await(leech->addTorrent(magnet), &r));
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QVERIFY(QTest::qWaitFor([&] { return leech->torrent(r.id).hasMetadata; }, scaledMs(60000)));
    QVERIFY(QTest::qWaitFor(
        [&] {
            const TorrentSnapshot s = leech->torrent(r.id);
            return s.state == TorrentState::Seeding && s.wantedDone == s.wantedBytes;
        },
        scaledMs(60000)));
    QVERIFY(readFile(swarm.path(QStringLiteral("leech/data/dht-movie.mkv"))) == readFile(content));

    // The seeder was found through the DHT: its peer entry carries the DHT source flag.
    QVector<PeerEntry> peers;
    QVERIFY(await(leech->peers(r.id), &peers));
    const QString seederAddress = swarm.endpointOf(seeder).address;
    bool viaDht = false;
    for (const PeerEntry &p : peers)
        viaDht = viaDht || (p.address == seederAddress && p.flags.contains(QLatin1Char('H')));
    QVERIFY2(viaDht, "the seeder was not found through the DHT");
}

QTEST_GUILESS_MAIN(tst_Dht)
#include "tst_dht.moc"
