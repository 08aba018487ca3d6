// The Session facade as the UI uses it: batched status rounds with every torrent, session
// figures, events in plain words, settings checked and applied without a restart, removal with
// and without the data, and an ordered shutdown.

#include <QFileInfo>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

#include "input/torrentsource.h"
#include "localswarm.h"
#include "testutil.h"

using namespace swarmplay;
using namespace swarmplay::test;

class tst_Session : public QObject
{
    Q_OBJECT

private slots:
    void statusRoundsCarryEveryTorrent();
    void snapshotAndEventsWhileDownloading();
    void invalidSettingsAreRefused();
    void settingsApplyWithoutRestart();
    void listenEventsNameTheEndpoint();
    void removeKeepsOrDeletesData();
    void magnetWaitingForChoice();
    void trackersSwitchOffAndOn();
};

void tst_Session::statusRoundsCarryEveryTorrent()
{
    LocalSwarm swarm;
    const QString a = swarm.makeTorrent(swarm.makeFile(QStringLiteral("a/one.mkv"), 100000, 1), {});
    const QString b = swarm.makeTorrent(swarm.makeFile(QStringLiteral("b/two.mkv"), 100000, 2), {});
    Session *s = swarm.addSession(QStringLiteral("s"));
    AddOptions paused;
    paused.paused = true;
    AddResult ra;
    AddResult rb;
    QVERIFY(await(s->addTorrent(a, paused), &ra) && ra.ok());
    QVERIFY(await(s->addTorrent(b, paused), &rb) && rb.ok());
    QTRY_COMPARE(s->torrent(ra.id).state, TorrentState::Paused);

    // Resume one: the next round names both, in one signal.
    QSignalSpy rounds(s, &Session::torrentsUpdated);
    s->setPaused(ra.id, false);
    QVERIFY(rounds.wait(scaledMs(5000)));
    const auto snapshots = rounds.last().first().value<QVector<TorrentSnapshot>>();
    QCOMPARE(snapshots.size(), 2);
    QCOMPARE(s->torrents().size(), 2);
    QVERIFY(s->torrent(rb.id).state == TorrentState::Paused);
    // The resume reaches libtorrent on the worker's thread: a slow (sanitized) round may come
    // before it.
    QTRY_VERIFY_WITH_TIMEOUT(s->torrent(ra.id).state != TorrentState::Paused, scaledMs(5000));
}

void tst_Session::snapshotAndEventsWhileDownloading()
{
    LocalSwarm swarm;
    const QString content = swarm.makeFile(QStringLiteral("src/ep.mkv"), 3 * 1024 * 1024, 4);
    TorrentCreator::Options opt;
    opt.pieceSize = 64 * 1024;
    const QString torrent = swarm.makeTorrent(content, opt);
    swarm.addSeeder(torrent, swarm.path(QStringLiteral("src")), 600 * 1024);
    swarm.addSeeder(torrent, swarm.path(QStringLiteral("src")), 600 * 1024);

    Session *s = swarm.addSession(QStringLiteral("leech"));
    QVector<SessionEvent> events;
    connect(s, &Session::eventsLogged, this,
            [&events](const QVector<SessionEvent> &e) { events += e; });
    QSignalSpy finished(s, &Session::torrentFinished);
    AddResult r;
    QVERIFY(await(s->addTorrent(swarm.magnetWithPeers(torrent)), &r) && r.ok());

    // Mid-download: rates, peers and an ETA are reported.
    QVERIFY(QTest::qWaitFor(
        [&] {
            const TorrentSnapshot t = s->torrent(r.id);
            return t.state == TorrentState::Downloading && t.downloadRate > 0 &&
                   t.peersConnected == 2 && t.seedsConnected == 2 && t.etaSeconds >= 0 &&
                   t.wantedDone > 0;
        },
        scaledMs(30000)));
    const TorrentSnapshot mid = s->torrent(r.id);
    QCOMPARE(mid.name, QStringLiteral("ep.mkv"));
    QCOMPARE(mid.totalBytes, qint64(3 * 1024 * 1024));
    QVERIFY(mid.progress > 0.0 && mid.progress < 1.0);
    QVERIFY(s->stats().downloadRate > 0);
    QVERIFY(s->stats().listening);
    QVERIFY(!s->stats().dhtEnabled);

    QVector<PeerEntry> peers;
    QVERIFY(await(s->peers(r.id), &peers));
    QCOMPARE(peers.size(), 2);
    for (const PeerEntry &p : peers) {
        QVERIFY(p.seed);
        QCOMPARE(p.progress, 1.0);
        QVERIFY(p.address.startsWith(QLatin1String("127.")));
        QVERIFY(p.client.contains(QLatin1String("Swarmplay")) ||
                p.client.contains(QLatin1String("libtorrent")));
    }

    QVERIFY(finished.wait(60000) || finished.count() > 0);
    QTRY_COMPARE(s->torrent(r.id).state, TorrentState::Seeding);
    const auto kinds = [&events] {
        QSet<int> k;
        for (const SessionEvent &e : events)
            k.insert(int(e.kind));
        return k;
    };
    QVERIFY(kinds().contains(int(SessionEvent::Kind::MetadataReceived)));
    QVERIFY(kinds().contains(int(SessionEvent::Kind::PeerConnected)));
    // The state changes as the alert comes; the log lines of its batch follow.
    QTRY_VERIFY(kinds().contains(int(SessionEvent::Kind::Finished)));
    for (const SessionEvent &e : events)
        QVERIFY(!e.message.isEmpty());
}

void tst_Session::invalidSettingsAreRefused()
{
    LocalSwarm swarm;
    Session *s = swarm.addSession(QStringLiteral("s"));
    SessionSettings bad = s->settings();
    bad.listenInterfaces = QStringLiteral("127.0.0.1:99999");
    QVERIFY(s->applySettings(bad).contains(QStringLiteral("99999")));
    bad = s->settings();
    bad.tcp = false;
    bad.utp = false;
    QVERIFY(s->applySettings(bad).contains(QStringLiteral("TCP")));
    bad = s->settings();
    bad.uploadRateLimit = -5;
    QVERIFY(!s->applySettings(bad).isEmpty());
    // Nothing of the refused values was applied.
    QCOMPARE(s->settings().uploadRateLimit, 0);
    QVERIFY(s->settings().tcp);
}

void tst_Session::settingsApplyWithoutRestart()
{
    LocalSwarm swarm;
    Session *s = swarm.addSession(QStringLiteral("s"));
    const int before = s->stats().listenPort;
    // A free port: bind one, note it, let it go.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress(s->settings().outgoingInterface)));
    const int port = probe.serverPort();
    probe.close();
    QVERIFY(port != before);

    SessionSettings changed = s->settings();
    changed.listenInterfaces = QStringLiteral("%1:%2").arg(changed.outgoingInterface).arg(port);
    changed.dht = true;
    changed.dhtBootstrapNodes.clear();
    QCOMPARE(s->applySettings(changed), QString());
    QTRY_VERIFY_WITH_TIMEOUT(
        s->stats().listenEndpoints.join(QLatin1Char(' ')).contains(QString::number(port)),
        scaledMs(10000));
    QTRY_VERIFY_WITH_TIMEOUT(s->stats().dhtEnabled, scaledMs(5000));
    // The new port takes connections.
    QTcpSocket socket;
    socket.connectToHost(changed.outgoingInterface, static_cast<quint16>(port));
    QVERIFY(socket.waitForConnected(scaledMs(5000)));
}

void tst_Session::listenEventsNameTheEndpoint()
{
    // Where the session listens, and where it cannot, as the log pane and the stats say it:
    // "address:port", an IPv6 address in brackets.
    LocalSwarm swarm;
    const QHostAddress loopback6(QStringLiteral("::1"));
    QTcpServer probe;
    if (!probe.listen(loopback6))
        QSKIP("no IPv6 loopback here");
    const QString free = QStringLiteral("[::1]:%1").arg(probe.serverPort());
    probe.close();
    // An address of no interface here (2001:db8::/32 is for documentation).
    const QString elsewhere = QStringLiteral("[2001:db8::1]:%1").arg(probe.serverPort());

    SessionSettings settings =
        SessionSettings::loopback(swarm.path(QStringLiteral("v6/state")),
                                  swarm.path(QStringLiteral("v6/data")), QStringLiteral("::1"));
    settings.listenInterfaces = free + QLatin1Char(',') + elsewhere;
    Session session(settings);
    QVector<SessionEvent> events;
    connect(&session, &Session::eventsLogged, this,
            [&events](const QVector<SessionEvent> &logged) { events += logged; });
    const auto logged = [&events](SessionEvent::Kind kind, const QString &start) {
        return std::any_of(events.begin(), events.end(), [&](const SessionEvent &e) {
            return e.kind == kind && e.message.startsWith(start);
        });
    };
    QTRY_VERIFY_WITH_TIMEOUT(logged(SessionEvent::Kind::Listening,
                                    QStringLiteral("Listening for peers on %1 (TCP).").arg(free)),
                             scaledMs(10000));
    QTRY_VERIFY_WITH_TIMEOUT(
        logged(SessionEvent::Kind::ListenFailed,
               QStringLiteral("Cannot listen for peers on %1: ").arg(elsewhere)),
        scaledMs(10000));
    QVERIFY(session.stats().listenEndpoints.contains(free + QStringLiteral(" (TCP)")));
}

void tst_Session::removeKeepsOrDeletesData()
{
    LocalSwarm swarm;
    const QString content = swarm.makeFile(QStringLiteral("src/keep.mkv"), 200000, 8);
    const QString torrent = swarm.makeTorrent(content, {});
    swarm.addSeeder(torrent, swarm.path(QStringLiteral("src")));
    Session *s = swarm.addSession(QStringLiteral("leech"));
    AddResult r;
    QVERIFY(await(s->addTorrent(swarm.magnetWithPeers(torrent)), &r) && r.ok());
    QTRY_COMPARE_WITH_TIMEOUT(s->torrent(r.id).state, TorrentState::Seeding, scaledMs(30000));
    const QString data = swarm.path(QStringLiteral("leech/data/keep.mkv"));
    const QString resume =
        swarm.path(QStringLiteral("leech/state/torrents/%1.fastresume").arg(r.id.key()));
    QTRY_VERIFY(QFileInfo::exists(resume));

    QSignalSpy removed(s, &Session::torrentRemoved);
    s->removeTorrent(r.id, false);
    QVERIFY(removed.wait(5000));
    QVERIFY(!s->contains(r.id));
    QVERIFY(QFileInfo::exists(data));
    QVERIFY(!QFileInfo::exists(resume)); // forgotten: it does not come back at the next start

    // Added again, the data on disk is found; removed with its data, the file goes.
    QVERIFY(await(s->addTorrent(torrent), &r) && r.ok());
    QTRY_COMPARE_WITH_TIMEOUT(s->torrent(r.id).state, TorrentState::Seeding, scaledMs(30000));
    s->removeTorrent(r.id, true);
    QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(data), scaledMs(10000));
}

void tst_Session::magnetWaitingForChoice()
{
    // A magnet opened without a file choice (the player chooses once it sees the list): when
    // its metadata lands it must neither look finished (seeds would hang up) nor download the
    // whole torrent; a later choice downloads that file whole and byte-exact.
    LocalSwarm swarm;
    const QString extras = swarm.makeFile(QStringLiteral("src/show/a-extras.mkv"), 3000000, 21);
    swarm.makeFile(QStringLiteral("src/show/b-movie.mkv"), 48000000, 22);
    TorrentCreator::Options opt;
    opt.pieceSize = 256 * 1024;
    const QString torrent = swarm.makeTorrent(swarm.path(QStringLiteral("src/show")), opt,
                                              swarm.path(QStringLiteral("show.torrent")));
    // Fast enough to send far more than the head in the three seconds below, were it all wanted.
    swarm.addSeeder(torrent, swarm.path(QStringLiteral("src")), 16 * 1024 * 1024);
    Session *s = swarm.addSession(QStringLiteral("leech"));
    AddOptions add;
    add.files = AddOptions::Files::None;
    AddResult r;
    QVERIFY(await(s->addTorrent(swarm.magnetWithPeers(torrent), add), &r) && r.ok());
    QTRY_VERIFY_WITH_TIMEOUT(s->cachedInfo(r.id).isValid(), scaledMs(20000));
    QTest::qWait(3000);
    const TorrentSnapshot waiting = s->torrent(r.id);
    QVERIFY2(waiting.state != TorrentState::Error, qPrintable(waiting.errorMessage));
    QVERIFY(waiting.state != TorrentState::Seeding);
    QVERIFY2(waiting.peersConnected >= 1, "the seed hung up on a torrent waiting for a choice");
    // The head of the largest file (16 MiB, see SessionWorker::keepInterested()), plus what the
    // seed sent of the first file (wanted until the metadata lands, see SessionWorker::insert())
    // before the worker narrowed the choice, 3 MB at most, and the pieces at the edges: far from
    // the whole 51 MB.
    QVERIFY2(waiting.totalDone <= 16 * 1024 * 1024 + 3000000 + 2 * 256 * 1024,
             qPrintable(QString::number(waiting.totalDone)));
    // Of the movie, its head and no more: not what peers were asked for while libtorrent
    // wanted the whole file for a moment (see PosixDiskIo::setPiecePrioritiesAfterFiles()).
    QVector<FileEntry> files;
    QVERIFY(await(s->files(r.id), &files) && files.size() == 2);
    const FileEntry &movie = files[0].size > files[1].size ? files[0] : files[1];
    QVERIFY2(movie.bytesDone <= 16 * 1024 * 1024 + 256 * 1024,
             qPrintable(QString::number(movie.bytesDone)));

    s->setWantedFiles(r.id, {0});
    const QString got = swarm.path(QStringLiteral("leech/data/show/a-extras.mkv"));
    QTRY_VERIFY_WITH_TIMEOUT(readFile(got) == readFile(extras), scaledMs(30000));
    QTest::qWait(500);
    const TorrentSnapshot chosen = s->torrent(r.id);
    QVERIFY2(chosen.state != TorrentState::Error, qPrintable(chosen.errorMessage));
    QVERIFY(chosen.totalDone < 24000000); // the movie was not chosen
}

void tst_Session::trackersSwitchOffAndOn()
{
    LocalSwarm swarm;
    TorrentCreator::Options opt;
    opt.trackers = {QStringLiteral("http://127.0.0.1:1/announce"),
                    QStringLiteral("udp://127.0.0.1:2")};
    const QString torrent =
        swarm.makeTorrent(swarm.makeFile(QStringLiteral("t/x.mkv"), 100000, 9), opt);
    SessionSettings settings = swarm.settingsFor(QStringLiteral("s"), swarm.nextAddress());
    settings.trackers = false;
    settings.restoreTorrents = true;
    Session *s = swarm.addSession(QStringLiteral("s"), settings);
    AddOptions paused;
    paused.paused = true;
    AddResult r;
    QVERIFY(await(s->addTorrent(torrent, paused), &r) && r.ok());
    const auto urls = [&] {
        QVector<TrackerEntry> list;
        await(s->trackers(r.id), &list);
        QStringList u;
        for (const TrackerEntry &t : list)
            u << t.url;
        return u;
    };
    QVERIFY(urls().isEmpty()); // off: nothing is announced anywhere

    settings.trackers = true;
    QCOMPARE(s->applySettings(settings), QString());
    QTRY_COMPARE(urls().size(), 2);
    QVERIFY(urls().contains(QStringLiteral("udp://127.0.0.1:2")));

    settings.trackers = false;
    QCOMPARE(s->applySettings(settings), QString());
    QTRY_VERIFY(urls().isEmpty());

    // Saved while off, the trackers come back at the next start with trackers on.
    swarm.stop(s);
    settings.trackers = true;
    s = swarm.addSession(QStringLiteral("s"), settings);
    QTRY_COMPARE(s->torrents().size(), 1);
    QTRY_COMPARE(urls().size(), 2);
}

QTEST_GUILESS_MAIN(tst_Session)
#include "tst_session.moc"
