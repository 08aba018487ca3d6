// The control API's live events: a real Session downloading from a LocalSwarm, seen through
// EventHub by fake subscribers (the server's side of an event stream) — events in order with
// "<epoch>:<n>" ids, a reconnect with Last-Event-ID gets exactly what it missed, another run's id
// or an old one gets a snapshot, a subscriber that is gone is forgotten while the others keep
// receiving, a heartbeat, and state changes told at once rather than on the status tick.

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QThread>
#include <QtTest>

#include "api/apihost.h"
#include "api/eventhub.h"
#include "http/streamserver.h"
#include "input/torrentsource.h"
#include "localswarm.h"
#include "testutil.h"

using namespace swarmplay;
using namespace swarmplay::test;

namespace {

struct Frame
{
    QByteArray id;
    QByteArray type;    // empty for a comment
    QByteArray comment; // ": keepalive" without ": "
    QJsonObject data;
    qint64 atMs = 0; // when it reached the subscriber
    qint64 revision() const { return id.mid(id.lastIndexOf(':') + 1).toLongLong(); }
};

QElapsedTimer &testClock()
{
    static QElapsedTimer timer = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return timer;
}

// The server's side of one event stream: keeps what is pushed, or refuses once told to.
class FakeSink : public EventSink
{
public:
    bool push(const QByteArray &bytes) override
    {
        QMutexLocker lock(&m_mutex);
        if (!m_open)
            return false;
        m_bytes += bytes;
        m_times.push_back({m_bytes.size(), testClock().elapsed()});
        return true;
    }
    void close() override
    {
        QMutexLocker lock(&m_mutex);
        m_open = false;
        m_closed = true;
    }
    bool isOpen() const override
    {
        QMutexLocker lock(&m_mutex);
        return m_open;
    }
    // As the server does when the client has gone.
    void hangUp()
    {
        QMutexLocker lock(&m_mutex);
        m_open = false;
    }
    bool closedByHub() const
    {
        QMutexLocker lock(&m_mutex);
        return m_closed;
    }
    QByteArray bytes() const
    {
        QMutexLocker lock(&m_mutex);
        return m_bytes;
    }

    QVector<Frame> frames() const
    {
        QMutexLocker lock(&m_mutex);
        QVector<Frame> result;
        qsizetype start = 0;
        while (true) {
            const qsizetype end = m_bytes.indexOf("\n\n", start);
            if (end < 0)
                break;
            Frame f;
            for (const QByteArray &line : m_bytes.mid(start, end - start).split('\n')) {
                if (line.startsWith("id: "))
                    f.id = line.mid(4);
                else if (line.startsWith("event: "))
                    f.type = line.mid(7);
                else if (line.startsWith("data: "))
                    f.data = QJsonDocument::fromJson(line.mid(6)).object();
                else if (line.startsWith(": "))
                    f.comment = line.mid(2);
            }
            for (const auto &[size, ms] : m_times) {
                if (size >= end + 2) {
                    f.atMs = ms;
                    break;
                }
            }
            result << f;
            start = end + 2;
        }
        return result;
    }
    QVector<Frame> events(const QByteArray &type = {}) const
    {
        QVector<Frame> result;
        for (const Frame &f : frames()) {
            if (!f.type.isEmpty() && (type.isEmpty() || f.type == type))
                result << f;
        }
        return result;
    }

private:
    mutable QMutex m_mutex;
    bool m_open = true;
    bool m_closed = false;
    QByteArray m_bytes;
    QVector<QPair<qsizetype, qint64>> m_times; // bytes received so far, when
};

class FakeExchange : public ApiExchange
{
public:
    void answer(const ApiAnswer &answer) override { answered = answer.status; }
    std::shared_ptr<EventSink> openEventStream(const HttpHeaders &h, qint64 limit,
                                               const QByteArray &bye) override
    {
        headers = h;
        queueLimit = limit;
        farewell = bye;
        opened = true;
        return sink;
    }
    bool isConnected() const override { return true; }

    std::shared_ptr<FakeSink> sink = std::make_shared<FakeSink>();
    std::atomic<bool> opened{false};
    int answered = 0;
    HttpHeaders headers;
    qint64 queueLimit = 0;
    QByteArray farewell;
};

// Subscribes as the server does: from its own thread, then waits for the stream to open.
std::shared_ptr<FakeExchange> subscribe(EventHub &hub, const QByteArray &lastEventId = {})
{
    auto exchange = std::make_shared<FakeExchange>();
    ApiRequest request;
    request.method = "GET";
    request.target = "/api/v1/events";
    request.headers = {{"host", "127.0.0.1"}, {"accept", "text/event-stream"}};
    if (!lastEventId.isNull())
        request.headers.push_back({"last-event-id", lastEventId});
    QThread *server = QThread::create([&hub, request, exchange] { hub.handle(request, exchange); });
    server->start();
    server->wait();
    delete server;
    if (!QTest::qWaitFor([&] { return exchange->opened.load(); }, scaledMs(5000)))
        qWarning("the event stream did not open");
    return exchange;
}

QStringList typesOf(const QVector<Frame> &frames)
{
    QStringList types;
    for (const Frame &f : frames)
        types << QString::fromLatin1(f.type);
    return types;
}

int indexOf(const QVector<Frame> &frames, const QByteArray &type, int from = 0)
{
    for (int i = from; i < frames.size(); ++i) {
        if (frames[i].type == type)
            return i;
    }
    return -1;
}

} // namespace

class tst_EventHub : public QObject
{
    Q_OBJECT

private slots:
    void downloadInOrder();
    void replayAfterLastEventId();
    void snapshotForOtherIds();
    void tooOldGetsSnapshot();
    void goneSubscriberForgotten();
    void heartbeat();
    void stateToldAtOnce();
    void removedAndError();
    void stalledReaderOverTheServer();
};

void tst_EventHub::downloadInOrder()
{
    LocalSwarm swarm;
    const qint64 size = 3 * 1024 * 1024 + 123;
    swarm.makeFile(QStringLiteral("src/film.mkv"), size, 7);
    const QString torrent = swarm.seed(QStringLiteral("src/film.mkv"));
    Session *session = swarm.addSession(QStringLiteral("leech"));
    EventHub hub(session);
    QVERIFY(!hub.epoch().isEmpty());
    QVERIFY(!hub.epoch().contains(':'));

    const auto client = subscribe(hub);
    QCOMPARE(client->queueLimit, qint64(1024 * 1024));
    QVERIFY(client->headers.contains(
        qMakePair(QByteArray("Content-Type"), QByteArray("text/event-stream; charset=utf-8"))));
    QVERIFY(client->farewell.startsWith("event: dropped\n"));
    QVERIFY(client->farewell.contains("\"reason\":\"overflow\""));

    AddResult r;
    QVERIFY(await(session->addTorrent(torrent), &r));
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    swarm.connectToSeeders(session, r.id);
    const QString ih = r.id.key();
    QVERIFY2(QTest::qWaitFor([&] { return client->sink->events("finished").size() == 1; },
                             scaledMs(60000)),
             qPrintable(typesOf(client->sink->events()).join(QLatin1Char(' '))));
    // The last bytes of the file are told within a second or so of their arrival.
    QVERIFY(QTest::qWaitFor(
        [&] {
            const QVector<Frame> fp = client->sink->events("file_progress");
            return !fp.isEmpty() && fp.last()
                                            .data[QStringLiteral("files")]
                                            .toArray()
                                            .last()[QStringLiteral("bytes_done")] == size;
        },
        scaledMs(5000)));

    const QVector<Frame> events = client->sink->events();
    // A client with no id starts from the snapshot: no torrent yet, the session's figures.
    QCOMPARE(events.first().type, QByteArray("snapshot"));
    QVERIFY(events.first().id.startsWith(hub.epoch() + ':'));
    QVERIFY(events.first().data[QStringLiteral("torrents")].toArray().isEmpty());
    QVERIFY(events.first().data[QStringLiteral("stats")].toObject().contains(
        QStringLiteral("listen_port")));
    // Then every event of this run after the snapshot's revision, without a gap.
    const qint64 base = events.first().revision();
    for (int i = 1; i < events.size(); ++i)
        QCOMPARE(events[i].id, hub.epoch() + ':' + QByteArray::number(base + i));
    QCOMPARE(hub.lastId(), events.last().id);

    const int added = indexOf(events, "torrent_added");
    const int metadata = indexOf(events, "metadata");
    const int finished = indexOf(events, "finished");
    QVERIFY(added > 0 && metadata > added && finished > metadata);
    QCOMPARE(events[added].data[QStringLiteral("info_hash")].toString(), ih);
    QCOMPARE(events[metadata].data[QStringLiteral("name")].toString(), QStringLiteral("film.mkv"));
    QCOMPARE(events[metadata].data[QStringLiteral("total_bytes")].toInteger(), size);
    QCOMPARE(events[finished].data[QStringLiteral("info_hash")].toString(), ih);
    QCOMPARE(events[finished].data[QStringLiteral("progress")].toDouble(), 1.0);

    // States as they changed, each once: never the same state twice in a row.
    QStringList states = {events[added].data[QStringLiteral("state")].toString()};
    for (const Frame &f : client->sink->events("state"))
        states << f.data[QStringLiteral("state")].toString();
    QVERIFY2(states.size() > 1, "no state event");
    for (int i = 1; i < states.size(); ++i)
        QVERIFY2(states[i] != states[i - 1], qPrintable(states.join(QLatin1Char(' '))));
    QVERIFY2(states.contains(QStringLiteral("downloading")),
             qPrintable(states.join(QLatin1Char(' '))));
    QVERIFY2(states.last() == QStringLiteral("seeding") ||
                 states.last() == QStringLiteral("finished"),
             qPrintable(states.join(QLatin1Char(' '))));

    // File progress: only bytes that changed, at most once a second, never backwards.
    const QVector<Frame> progress = client->sink->events("file_progress");
    qint64 last = -1;
    for (int i = 0; i < progress.size(); ++i) {
        QCOMPARE(progress[i].data[QStringLiteral("info_hash")].toString(), ih);
        const QJsonObject file =
            progress[i].data[QStringLiteral("files")].toArray().first().toObject();
        QCOMPARE(file[QStringLiteral("index")].toInt(), 0);
        const qint64 done = file[QStringLiteral("bytes_done")].toInteger();
        QVERIFY2(done > last, qPrintable(QStringLiteral("%1 after %2").arg(done).arg(last)));
        last = done;
        if (i > 0)
            QVERIFY2(progress[i].atMs - progress[i - 1].atMs >= 800,
                     qPrintable(QString::number(progress[i].atMs - progress[i - 1].atMs)));
    }

    // Session figures and log lines come too.
    QVERIFY(!client->sink->events("stats").isEmpty());
    const QVector<Frame> log = client->sink->events("log");
    QVERIFY(std::any_of(log.begin(), log.end(), [&](const Frame &f) {
        return f.data[QStringLiteral("kind")] == QStringLiteral("finished") &&
               f.data[QStringLiteral("info_hash")] == ih &&
               f.data[QStringLiteral("message")].toString().contains(QLatin1String("film.mkv"));
    }));

    // And what ControlApi publishes, from any thread.
    const QJsonObject buffer{{QStringLiteral("id"), QStringLiteral("s1")},
                             {QStringLiteral("state"), QStringLiteral("ready")}};
    QThread *other = QThread::create([&] { hub.publish(QStringLiteral("stream"), buffer); });
    other->start();
    other->wait();
    delete other;
    QTRY_COMPARE(client->sink->events("stream").size(), 1);
    QCOMPARE(client->sink->events("stream").first().data, buffer);
}

void tst_EventHub::replayAfterLastEventId()
{
    LocalSwarm swarm;
    Session *session = swarm.addSession(QStringLiteral("one"));
    EventHub hub(session);
    const auto first = subscribe(hub);
    for (int i = 1; i <= 6; ++i)
        hub.publish(QStringLiteral("stream"), {{QStringLiteral("n"), i}});
    QTRY_COMPARE(first->sink->events("stream").size(), 6);
    const Frame third = first->sink->events("stream")[2];

    // Reconnecting after the third: exactly what the first client got after it, byte for byte.
    const auto again = subscribe(hub, " " + third.id + " ");
    const auto after = [&](const QByteArray &bytes) {
        return bytes.mid(bytes.indexOf("\n\n", bytes.indexOf(third.id)) + 2);
    };
    QTRY_COMPARE(again->sink->bytes(), after(first->sink->bytes()));
    QCOMPARE(again->sink->events("stream").first().data[QStringLiteral("n")].toInt(), 4);
    QCOMPARE(again->sink->events("stream").size(), 3);

    // Up to date: nothing old replayed, then live like everyone.
    const QByteArray last = hub.lastId();
    const auto current = subscribe(hub, last);
    QVERIFY(!current->sink->bytes().contains(last));
    QVERIFY(current->sink->events("snapshot").isEmpty());
    hub.publish(QStringLiteral("stream"), {{QStringLiteral("n"), 7}});
    for (const auto &c : {first, again, current})
        QTRY_COMPARE(c->sink->events("stream").last().data[QStringLiteral("n")].toInt(), 7);
    QCOMPARE(current->sink->events("stream").last().id, first->sink->events("stream").last().id);
    QCOMPARE(hub.subscriberCount(), 3);

    // A type that would break the frame is not sent.
    hub.publish(QStringLiteral("bad\ntype"), {});
    hub.publish(QStringLiteral("stream"), {{QStringLiteral("n"), 8}});
    QTRY_COMPARE(first->sink->events("stream").last().data[QStringLiteral("n")].toInt(), 8);
    // (Not a bare "bad": event ids are hex and may hold those letters.)
    QVERIFY(!first->sink->bytes().contains("event: bad"));
    QVERIFY(!first->sink->bytes().contains("\ntype\n"));
}

void tst_EventHub::snapshotForOtherIds()
{
    LocalSwarm swarm;
    swarm.makeFile(QStringLiteral("src/a.mkv"), 200 * 1024, 3);
    const QString torrent = swarm.seed(QStringLiteral("src/a.mkv"));
    Session *session = swarm.addSession(QStringLiteral("one"));
    AddOptions paused;
    paused.paused = true;
    AddResult r;
    QVERIFY(await(session->addTorrent(torrent, paused), &r));
    QVERIFY(r.ok());
    QTRY_COMPARE(session->torrent(r.id).state, TorrentState::Paused);

    EventHub hub(session);
    const auto quiet = subscribe(hub);
    hub.publish(QStringLiteral("stream"), {{QStringLiteral("n"), 1}});
    hub.publish(QStringLiteral("stream"), {{QStringLiteral("n"), 2}});
    QCOMPARE(hub.lastId(), hub.epoch() + ":2");

    // Another run's id (a restart), one from the future, and things that are no id at all.
    const QByteArrayList ids = {"0123456789abcdef:1",
                                hub.epoch() + ":1000",
                                hub.epoch() + ":-1",
                                hub.epoch() + ":+1",
                                hub.epoch() + ":x",
                                hub.epoch(),
                                ":1",
                                "",
                                "garbage"};
    for (const QByteArray &id : ids) {
        const auto client = subscribe(hub, id);
        const QVector<Frame> got = client->sink->events();
        QVERIFY(!got.isEmpty());
        QCOMPARE(got.first().type, QByteArray("snapshot"));
        // Its id is the revision it shows: reconnecting with it replays what came after.
        QVERIFY(got.first().id.startsWith(hub.epoch() + ':'));
        QVERIFY(got.first().revision() >= 2);
        QVERIFY(client->sink->events("stream").isEmpty());
        const QJsonArray torrents = got.first().data[QStringLiteral("torrents")].toArray();
        QCOMPARE(torrents.size(), 1);
        QCOMPARE(torrents.first()[QStringLiteral("info_hash")].toString(), r.id.key());
        QCOMPARE(torrents.first()[QStringLiteral("state")].toString(), QStringLiteral("paused"));
        QCOMPARE(torrents.first()[QStringLiteral("name")].toString(), QStringLiteral("a.mkv"));
    }

    // A paused torrent's bytes do not move: nothing is said of it, whatever the ticks.
    QTest::qWait(2500);
    QVERIFY(quiet->sink->events("file_progress").isEmpty());
    QVERIFY(quiet->sink->events("state").isEmpty());
}

void tst_EventHub::tooOldGetsSnapshot()
{
    LocalSwarm swarm;
    Session *session = swarm.addSession(QStringLiteral("one"));
    EventHub::Options options;
    options.journalEvents = 5;
    EventHub hub(session, options);
    for (int i = 1; i <= 10; ++i)
        hub.publish(QStringLiteral("stream"), {{QStringLiteral("n"), i}});
    QCOMPARE(hub.lastId(), hub.epoch() + ":10");

    // 6 to 10 are kept: after 8 they replay, after 2 the gap is told by a snapshot.
    const auto recent = subscribe(hub, hub.epoch() + ":8");
    QCOMPARE(recent->sink->events().first().data[QStringLiteral("n")].toInt(), 9);
    QCOMPARE(recent->sink->events("stream").size(), 2);
    const auto behind = subscribe(hub, hub.epoch() + ":2");
    QCOMPARE(behind->sink->events().first().type, QByteArray("snapshot"));
    QVERIFY(behind->sink->events("stream").isEmpty());

    // A replay that would fill half the subscriber's queue: a snapshot instead.
    EventHub::Options small;
    small.queueLimitBytes = 600;
    EventHub tight(session, small);
    for (int i = 1; i <= 10; ++i)
        tight.publish(QStringLiteral("stream"), {{QStringLiteral("n"), i}});
    QCOMPARE(subscribe(tight, tight.epoch() + ":8")->sink->events("stream").size(), 2);
    const auto far = subscribe(tight, tight.epoch() + ":1");
    QCOMPARE(far->sink->events().first().type, QByteArray("snapshot"));
    QVERIFY(far->sink->events("stream").isEmpty());
}

void tst_EventHub::goneSubscriberForgotten()
{
    LocalSwarm swarm;
    Session *session = swarm.addSession(QStringLiteral("one"));
    EventHub hub(session);
    const auto slow = subscribe(hub);
    const auto fine = subscribe(hub);
    QCOMPARE(hub.subscriberCount(), 2);

    // The server has dropped the slow one (overflow): its push() says so and the hub lets go.
    slow->sink->hangUp();
    hub.publish(QStringLiteral("stream"), {{QStringLiteral("n"), 1}});
    QTRY_COMPARE(hub.subscriberCount(), 1);
    QVERIFY(!slow->sink->bytes().contains("\"n\":1"));
    for (int i = 2; i <= 5; ++i)
        hub.publish(QStringLiteral("stream"), {{QStringLiteral("n"), i}});
    QTRY_COMPARE(fine->sink->events("stream").size(), 5);
    QCOMPARE(fine->sink->events("stream").last().data[QStringLiteral("n")].toInt(), 5);

    // Closing says why before it ends the stream.
    hub.closeAll(QStringLiteral("shutdown"), QStringLiteral("The engine is stopping."));
    QCOMPARE(hub.subscriberCount(), 0);
    QVERIFY(fine->sink->closedByHub());
    const Frame bye = fine->sink->events().last();
    QCOMPARE(bye.type, QByteArray("dropped"));
    QCOMPARE(bye.data[QStringLiteral("reason")].toString(), QStringLiteral("shutdown"));
    QCOMPARE(bye.data[QStringLiteral("message")].toString(),
             QStringLiteral("The engine is stopping."));
    QVERIFY(bye.id.isEmpty());
}

void tst_EventHub::heartbeat()
{
    LocalSwarm swarm;
    Session *session = swarm.addSession(QStringLiteral("one"));
    EventHub hub(session);
    const auto client = subscribe(hub);
    QTest::qWait(400);
    QVERIFY(!client->sink->bytes().contains(": keepalive\n\n")); // 15 s by default
    hub.setHeartbeatInterval(100);
    QVERIFY(QTest::qWaitFor([&] { return client->sink->bytes().count(": keepalive\n\n") >= 3; },
                            scaledMs(3000)));
    // A comment, not an event: no id, no type.
    int comments = 0;
    for (const Frame &f : client->sink->frames()) {
        if (f.type.isEmpty()) {
            QCOMPARE(f.comment, QByteArray("keepalive"));
            QVERIFY(f.id.isEmpty());
            ++comments;
        }
    }
    QVERIFY(comments >= 3);
}

void tst_EventHub::stateToldAtOnce()
{
    LocalSwarm swarm;
    swarm.makeFile(QStringLiteral("src/b.mkv"), 2 * 1024 * 1024, 4);
    const QString torrent = swarm.seed(QStringLiteral("src/b.mkv"));
    // Status rounds every 10 s: what arrives sooner came from the alerts.
    SessionSettings settings = swarm.settingsFor(QStringLiteral("slow"), swarm.nextAddress());
    settings.statusIntervalMs = 10000;
    Session *session = swarm.addSession(QStringLiteral("slow"), settings);
    EventHub hub(session);
    const auto client = subscribe(hub);

    AddOptions paused;
    paused.paused = true;
    AddResult r;
    QVERIFY(await(session->addTorrent(torrent, paused), &r));
    QTRY_VERIFY(!client->sink->events("torrent_added").isEmpty());

    const auto stateAfter = [&](qint64 sinceMs, const QString &state) {
        for (const Frame &f : client->sink->events("state")) {
            if (f.atMs >= sinceMs && f.data[QStringLiteral("state")] == state)
                return f.atMs - sinceMs;
        }
        return qint64(-1);
    };
    qint64 start = testClock().elapsed();
    session->setPaused(r.id, false);
    swarm.connectToSeeders(session, r.id);
    QVERIFY(QTest::qWaitFor([&] { return stateAfter(start, QStringLiteral("seeding")) >= 0; },
                            scaledMs(9000)));
    QVERIFY2(testClock().elapsed() - start < scaledMs(9000), "the state waited for a status round");

    start = testClock().elapsed();
    session->setPaused(r.id, true);
    QVERIFY(QTest::qWaitFor([&] { return stateAfter(start, QStringLiteral("paused")) >= 0; },
                            scaledMs(2000)));
    QVERIFY2(stateAfter(start, QStringLiteral("paused")) < 300,
             qPrintable(QString::number(stateAfter(start, QStringLiteral("paused")))));

    start = testClock().elapsed();
    session->setPaused(r.id, false);
    QVERIFY(QTest::qWaitFor([&] { return stateAfter(start, QStringLiteral("seeding")) >= 0; },
                            scaledMs(2000)));
    QVERIFY2(stateAfter(start, QStringLiteral("seeding")) < 300,
             qPrintable(QString::number(stateAfter(start, QStringLiteral("seeding")))));
}

void tst_EventHub::removedAndError()
{
    LocalSwarm swarm;
    swarm.makeFile(QStringLiteral("src/c.mkv"), 1024 * 1024, 5);
    const QString torrent = swarm.seed(QStringLiteral("src/c.mkv"));
    swarm.makeFile(QStringLiteral("src2/d.mkv"), 1024 * 1024, 6);
    const QString other = swarm.seed(QStringLiteral("src2/d.mkv"));
    Session *session = swarm.addSession(QStringLiteral("one"));
    EventHub hub(session);
    const auto client = subscribe(hub);
    const auto lastStateBefore = [&](const Frame &error) {
        QString state;
        for (const Frame &f : client->sink->events()) {
            if (f.revision() < error.revision() &&
                f.data[QStringLiteral("info_hash")] == error.data[QStringLiteral("info_hash")])
                state = f.data[QStringLiteral("state")].toString();
        }
        return state;
    };

    // Its download folder cannot be made: a file stands where a folder should be. Added paused
    // (nothing to write yet), the file is put there before it resumes.
    const QString folder = swarm.path(QStringLiteral("later"));
    AddOptions add;
    add.savePath = folder;
    add.paused = true;
    AddResult r;
    QVERIFY(await(session->addTorrent(torrent, add), &r));
    QTRY_VERIFY(!client->sink->events("torrent_added").isEmpty());
    swarm.makeFile(QStringLiteral("later"), 10, 1);
    session->setPaused(r.id, false);
    swarm.connectToSeeders(session, r.id);
    QVERIFY2(
        QTest::qWaitFor([&] { return !client->sink->events("error").isEmpty(); }, scaledMs(20000)),
        qPrintable(typesOf(client->sink->events()).join(QLatin1Char(' '))));
    const Frame error = client->sink->events("error").first();
    QCOMPARE(error.data[QStringLiteral("info_hash")].toString(), r.id.key());
    QCOMPARE(error.data[QStringLiteral("state")].toString(), QStringLiteral("error"));
    QVERIFY(!error.data[QStringLiteral("error")].toString().isEmpty());
    QCOMPARE(lastStateBefore(error), QStringLiteral("error")); // told as a state change first

    // Already failing when added (the file is there from the start): said at once too.
    add.savePath = folder + QStringLiteral("/in");
    add.paused = false;
    AddResult second;
    QVERIFY(await(session->addTorrent(other, add), &second));
    QTRY_COMPARE(client->sink->events("error").size(), 2);
    const Frame error2 = client->sink->events("error").last();
    QCOMPARE(error2.data[QStringLiteral("info_hash")].toString(), second.id.key());
    QCOMPARE(lastStateBefore(error2), QStringLiteral("error"));

    session->removeTorrent(r.id);
    QTRY_COMPARE(client->sink->events("torrent_removed").size(), 1);
    QCOMPARE(client->sink->events("torrent_removed").first().data,
             (QJsonObject{{QStringLiteral("info_hash"), r.id.key()}}));
}

void tst_EventHub::stalledReaderOverTheServer()
{
    // The real server and ControlApi in front of the hub, as the daemon has them.
    LocalSwarm swarm;
    Session *session = swarm.addSession(QStringLiteral("one"));
    StreamServer server(session->streamSource());
    ApiHost host(session, &server);
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const QByteArray request =
        "GET /api/v1/events HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(server.port()) +
        "\r\nAuthorization: Bearer " + host.token() + "\r\nAccept: text/event-stream\r\n\r\n";

    // One client asks for the events and then reads nothing, with a small receive buffer.
    const int stalled = ::socket(AF_INET, SOCK_STREAM, 0);
    QVERIFY(stalled >= 0);
    const int small = 4096;
    ::setsockopt(stalled, SOL_SOCKET, SO_RCVBUF, &small, sizeof(small));
    sockaddr_in to = {};
    to.sin_family = AF_INET;
    to.sin_port = htons(server.port());
    to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    QCOMPARE(::connect(stalled, reinterpret_cast<sockaddr *>(&to), sizeof(to)), 0);
    QCOMPARE(::send(stalled, request.constData(), size_t(request.size()), 0),
             ssize_t(request.size()));
    // Another reads everything.
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest r(QUrl(server.apiBaseUrl().toString() + QStringLiteral("/events")));
    r.setRawHeader("Authorization", "Bearer " + host.token());
    std::unique_ptr<QNetworkReply> reader(network.get(r));
    QByteArray read;
    connect(reader.get(), &QNetworkReply::readyRead, this, [&] { read += reader->readAll(); });
    QVERIFY(QTest::qWaitFor([&] { return host.events()->subscriberCount() == 2; }, scaledMs(5000)));

    // 3 MiB of events, far past the stalled one's 1 MiB queue and its socket's buffers.
    const QString filler(10 * 1024, QLatin1Char('x'));
    QElapsedTimer clock;
    clock.start();
    for (int i = 1; i <= 300; ++i) {
        host.events()->publish(QStringLiteral("stream"),
                               {{QStringLiteral("n"), i}, {QStringLiteral("filler"), filler}});
        if (i % 20 == 0)
            QTest::qWait(20);
    }
    QVERIFY2(
        QTest::qWaitFor([&] { return host.events()->subscriberCount() == 1; }, scaledMs(10000)),
        "the stalled reader was not dropped");
    QVERIFY2(clock.elapsed() < scaledMs(10000), qPrintable(QString::number(clock.elapsed())));
    QVERIFY(QTest::qWaitFor([&] { return read.count("event: stream\n") == 300; }, scaledMs(20000)));
    QVERIFY(read.contains("\"n\":300"));
    ::close(stalled);
}

QTEST_GUILESS_MAIN(tst_EventHub)
#include "tst_eventhub.moc"
