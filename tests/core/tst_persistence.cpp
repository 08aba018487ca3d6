// What survives a stop: a half-downloaded torrent comes back with its file choices and without a
// full recheck; a damaged resume file is reported and the torrent re-added and checked, not
// dropped; kill -9 at any moment never leaves a resume file that cannot be read; the state
// folder an earlier version wrote (tests/fixtures/b72cdd2) loads unchanged.

#include <csignal>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QLockFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QtTest>

#include "input/torrentsource.h"
#include "localswarm.h"
#include "storage/library.h"
#include "storage/playbackmemory.h"
#include "testutil.h"

using namespace swarmplay;
using namespace swarmplay::test;

class tst_Persistence : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void restartContinuesWithoutRecheck();
    void damagedResumeFileIsReportedAndRechecked();
    void nothingChosenFetchesNothingAfterDamage();
    void metadataGivenByUploadIsKept();
    void killNineNeverCorruptsResumeData();
    void stateWrittenByB72cdd2Loads();

private:
    struct Running
    {
        std::unique_ptr<Session> session;
        QVector<SessionEvent> events;
    };
    // Starts a session on these settings, recording every event from the first one on.
    std::unique_ptr<Running> start(const SessionSettings &settings);
    // Downloads the chosen episode until at least half of it is there, then stops.
    qint64 downloadHalfAndStop(const SessionSettings &settings);
    static bool hasEvent(const Running &r, SessionEvent::Kind kind);
    static bool complete(Session *s, const TorrentId &id);
    static bool copyTree(const QString &from, const QString &to);
    static QJsonObject readJson(const QString &path);

    std::unique_ptr<LocalSwarm> m_swarm;
    QString m_torrent;
    QString m_episode;
    TorrentId m_id;
    int m_episodeIndex = -1;
    int m_otherIndex = -1;
};

void tst_Persistence::init()
{
    m_swarm = std::make_unique<LocalSwarm>();
    m_episode = m_swarm->makeFile(QStringLiteral("src/Season/ep1.mkv"), 3 * 1024 * 1024 + 11, 21);
    m_swarm->makeFile(QStringLiteral("src/Season/ep2.mkv"), 1024 * 1024 + 5, 22);
    TorrentCreator::Options opt;
    opt.pieceSize = 64 * 1024;
    m_torrent = m_swarm->makeTorrent(m_swarm->path(QStringLiteral("src/Season")), opt,
                                     m_swarm->path(QStringLiteral("season.torrent")));
    const TorrentSource source = TorrentSource::parse(m_torrent);
    m_id = source.id();
    for (const FileEntry &f : source.info().files)
        (f.path.endsWith(QLatin1String("ep1.mkv")) ? m_episodeIndex : m_otherIndex) = f.index;
    // Slow enough that "half" is a moment a test can catch.
    m_swarm->addSeeder(m_torrent, m_swarm->path(QStringLiteral("src")), 384 * 1024);
}

void tst_Persistence::cleanup()
{
    m_swarm.reset();
}

std::unique_ptr<tst_Persistence::Running> tst_Persistence::start(const SessionSettings &settings)
{
    auto r = std::make_unique<Running>();
    r->session = std::make_unique<Session>(settings);
    Running *raw = r.get();
    connect(r->session.get(), &Session::eventsLogged, this,
            [raw](const QVector<SessionEvent> &events) { raw->events += events; });
    if (!LocalSwarm::waitListening(r->session.get()))
        qFatal("session does not listen");
    return r;
}

bool tst_Persistence::hasEvent(const Running &r, SessionEvent::Kind kind)
{
    return std::any_of(r.events.begin(), r.events.end(),
                       [kind](const SessionEvent &e) { return e.kind == kind; });
}

bool tst_Persistence::complete(Session *s, const TorrentId &id)
{
    const TorrentSnapshot snap = s->torrent(id);
    return snap.hasMetadata && snap.wantedBytes > 0 && snap.wantedDone == snap.wantedBytes &&
           snap.state == TorrentState::Finished;
}

bool tst_Persistence::copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = to + file.mid(from.size());
        if (!QDir().mkpath(QFileInfo(target).path()) || !QFile::copy(file, target))
            return false;
    }
    return true;
}

QJsonObject tst_Persistence::readJson(const QString &path)
{
    return QJsonDocument::fromJson(readFile(path)).object();
}

qint64 tst_Persistence::downloadHalfAndStop(const SessionSettings &settings)
{
    auto first = start(settings);
    AddOptions add;
    add.files = AddOptions::Files::Listed;
    add.wantedFiles = {m_episodeIndex};
    AddResult r;
    if (!await(first->session->addTorrent(m_torrent, add), &r) || !r.ok())
        qFatal("cannot add the torrent");
    m_swarm->connectToSeeders(first->session.get(), r.id);
    const bool half = QTest::qWaitFor(
        [&] {
            const TorrentSnapshot s = first->session->torrent(r.id);
            return s.wantedBytes > 0 && s.wantedDone * 2 >= s.wantedBytes;
        },
        scaledMs(60000));
    if (!half)
        qFatal("did not reach half");
    first->session->shutdown();
    return first->session->torrent(r.id).wantedDone;
}

void tst_Persistence::restartContinuesWithoutRecheck()
{
    SessionSettings settings =
        m_swarm->settingsFor(QStringLiteral("leech"), m_swarm->nextAddress());
    settings.restoreTorrents = true;
    const qint64 before = downloadHalfAndStop(settings);
    QVERIFY(before > 0);
    const QString resumeFile =
        QDir(settings.stateDir).filePath(QStringLiteral("torrents/%1.fastresume").arg(m_id.key()));
    QVERIFY(QFile::exists(resumeFile));

    auto again = start(settings);
    Session *s = again->session.get();
    QTRY_COMPARE_WITH_TIMEOUT(s->torrents().size(), 1, scaledMs(10000));
    const TorrentId id = s->torrents().first().id;
    QCOMPARE(id, m_id);
    // The pieces are known from the resume data at once, not found by reading the files again.
    QTRY_VERIFY_WITH_TIMEOUT(s->torrent(id).hasMetadata &&
                                 s->torrent(id).state != TorrentState::Checking,
                             scaledMs(10000));
    QVERIFY2(s->torrent(id).wantedDone >= before,
             qPrintable(QStringLiteral("%1 < %2").arg(s->torrent(id).wantedDone).arg(before)));

    QVector<FileEntry> files;
    QVERIFY(await(s->files(id), &files));
    for (const FileEntry &f : files)
        QCOMPARE(f.wanted, f.index == m_episodeIndex);

    m_swarm->connectToSeeders(s, id);
    QVERIFY(QTest::qWaitFor([&] { return complete(s, id); }, scaledMs(60000)));
    QVERIFY(readFile(m_swarm->path(QStringLiteral("leech/data/Season/ep1.mkv"))) ==
            readFile(m_episode));
    QVERIFY(!hasEvent(*again, SessionEvent::Kind::CheckingFiles));
    QVERIFY(!hasEvent(*again, SessionEvent::Kind::ResumeRejected));
    QVERIFY(!hasEvent(*again, SessionEvent::Kind::ResumeDamaged));
}

void tst_Persistence::damagedResumeFileIsReportedAndRechecked()
{
    SessionSettings settings =
        m_swarm->settingsFor(QStringLiteral("leech"), m_swarm->nextAddress());
    settings.restoreTorrents = true;
    const qint64 before = downloadHalfAndStop(settings);

    const QString resumeFile =
        QDir(settings.stateDir).filePath(QStringLiteral("torrents/%1.fastresume").arg(m_id.key()));
    QFile f(resumeFile);
    QVERIFY(f.open(QIODevice::ReadWrite));
    const QByteArray good = f.readAll();
    QVERIFY(good.size() > 100);
    f.resize(good.size() / 2); // a torn write, as a crash in the middle of one would leave
    f.close();

    auto again = start(settings);
    Session *s = again->session.get();
    QTRY_COMPARE_WITH_TIMEOUT(s->torrents().size(), 1, scaledMs(10000));
    const TorrentId id = s->torrents().first().id;
    QCOMPARE(id, m_id);
    QTRY_VERIFY_WITH_TIMEOUT(hasEvent(*again, SessionEvent::Kind::ResumeDamaged), scaledMs(5000));
    const auto damaged =
        std::find_if(again->events.begin(), again->events.end(), [](const SessionEvent &e) {
            return e.kind == SessionEvent::Kind::ResumeDamaged;
        });
    QVERIFY2(damaged->message.contains(QLatin1String("Season")), qPrintable(damaged->message));

    // The data on disk is checked and kept: what was downloaded before is found again.
    QTRY_VERIFY_WITH_TIMEOUT(hasEvent(*again, SessionEvent::Kind::CheckingFiles), scaledMs(5000));
    QTRY_VERIFY_WITH_TIMEOUT(s->torrent(id).state != TorrentState::Checking &&
                                 s->torrent(id).hasMetadata,
                             scaledMs(20000));
    QVERIFY2(s->torrent(id).wantedDone >= before * 9 / 10,
             qPrintable(QStringLiteral("%1 after recheck, %2 before")
                            .arg(s->torrent(id).wantedDone)
                            .arg(before)));
    QVector<FileEntry> files;
    QVERIFY(await(s->files(id), &files));
    for (const FileEntry &file : files)
        QCOMPARE(file.wanted, file.index == m_episodeIndex);

    m_swarm->connectToSeeders(s, id);
    QVERIFY(QTest::qWaitFor([&] { return complete(s, id); }, scaledMs(60000)));
    QVERIFY(readFile(m_swarm->path(QStringLiteral("leech/data/Season/ep1.mkv"))) ==
            readFile(m_episode));
}

void tst_Persistence::nothingChosenFetchesNothingAfterDamage()
{
    // Added with nothing chosen and no head start (as the API adds "files": []): re-added from
    // its .torrent copy when its resume data is lost, it still fetches nothing.
    SessionSettings settings =
        m_swarm->settingsFor(QStringLiteral("later"), m_swarm->nextAddress());
    settings.restoreTorrents = true;
    {
        auto first = start(settings);
        AddOptions add;
        add.files = AddOptions::Files::None;
        add.headStart = false;
        AddResult r;
        QVERIFY(await(first->session->addTorrent(m_torrent, add), &r) && r.ok());
        QTRY_VERIFY_WITH_TIMEOUT(first->session->torrent(r.id).hasMetadata, scaledMs(10000));
        first->session->shutdown();
    }
    const QDir torrents(QDir(settings.stateDir).filePath(QStringLiteral("torrents")));
    const QJsonObject meta = readJson(torrents.filePath(m_id.key() + QStringLiteral(".json")));
    QCOMPARE(meta.value(QStringLiteral("headStart")).toBool(true), false);
    QVERIFY(QFile::remove(torrents.filePath(m_id.key() + QStringLiteral(".fastresume"))));

    auto again = start(settings);
    Session *s = again->session.get();
    QTRY_COMPARE_WITH_TIMEOUT(s->torrents().size(), 1, scaledMs(10000));
    m_swarm->connectToSeeders(s, m_id);
    QTRY_VERIFY_WITH_TIMEOUT(s->torrent(m_id).hasMetadata, scaledMs(10000));
    QSignalSpy rounds(s, &Session::torrentsUpdated);
    QVERIFY(QTest::qWaitFor([&] { return rounds.count() >= 5; }, scaledMs(10000)));
    QVector<FileEntry> files;
    QVERIFY(await(s->files(m_id), &files));
    for (const FileEntry &f : files)
        QVERIFY(!f.wanted);
    QCOMPARE(s->torrent(m_id).totalDownloaded, 0);
}

void tst_Persistence::metadataGivenByUploadIsKept()
{
    // A magnet with no peer to ask waits for its metadata; the .torrent added next gives it.
    SessionSettings settings =
        m_swarm->settingsFor(QStringLiteral("given"), m_swarm->nextAddress());
    settings.restoreTorrents = true;
    const QString folder = m_swarm->path(QStringLiteral("given-folder"));
    {
        auto first = start(settings);
        Session *s = first->session.get();
        AddOptions add;
        add.savePath = folder;
        add.paused = true;
        AddResult r;
        QVERIFY(
            await(s->addTorrent(QStringLiteral("magnet:?xt=urn:btih:") + m_id.key(), add), &r) &&
            r.ok());
        QTRY_COMPARE_WITH_TIMEOUT(s->torrent(m_id).state, TorrentState::Paused, scaledMs(10000));
        QVERIFY(await(s->addTorrent(TorrentSource::parse(m_torrent)), &r) && r.ok());
        QVERIFY(r.alreadyPresent);
        QVERIFY(s->torrent(m_id).hasMetadata);
        QVERIFY(s->cachedInfo(m_id).isValid());
        first->session->shutdown();
    }

    auto again = start(settings);
    Session *s = again->session.get();
    QTRY_COMPARE_WITH_TIMEOUT(s->torrents().size(), 1, scaledMs(10000));
    QTRY_VERIFY_WITH_TIMEOUT(s->torrent(m_id).hasMetadata, scaledMs(5000));
    QTRY_COMPARE_WITH_TIMEOUT(s->torrent(m_id).state, TorrentState::Paused, scaledMs(5000));
    QCOMPARE(s->torrent(m_id).savePath, folder);
    QVERIFY(!hasEvent(*again, SessionEvent::Kind::ResumeDamaged));
}

void tst_Persistence::killNineNeverCorruptsResumeData()
{
    const QString dir = m_swarm->path(QStringLiteral("cli"));
    const LocalSwarm::Peer seeder = m_swarm->seeders().front();
    const QString address = m_swarm->nextAddress();
    const QStringList args = {QStringLiteral("download"),  m_torrent,
                              QStringLiteral("--file"),    QString::number(m_episodeIndex),
                              QStringLiteral("--dir"),     dir,
                              QStringLiteral("--bind"),    address,
                              QStringLiteral("--bt-port"), QStringLiteral("0"),
                              QStringLiteral("--peer"),    seeder.endpoint(),
                              QStringLiteral("--no-dht"),  QStringLiteral("--no-lsd"),
                              QStringLiteral("--no-upnp"), QStringLiteral("--no-natpmp"),
                              QStringLiteral("--quiet")};
    SessionSettings check = m_swarm->settingsFor(QStringLiteral("check"), m_swarm->nextAddress());
    check.stateDir = dir + QStringLiteral("/.swarmplay");
    check.downloadDir = dir;
    check.restoreTorrents = true;

    QRandomGenerator rng(42);
    for (int round = 0; round < 6; ++round) {
        QProcess engine;
        engine.start(QStringLiteral(SWARMPLAY_ENGINE_PATH), args);
        QVERIFY(engine.waitForStarted(scaledMs(5000)));
        QTest::qWait(150 + static_cast<int>(rng.bounded(1200)));
        ::kill(static_cast<pid_t>(engine.processId()), SIGKILL);
        QVERIFY(engine.waitForFinished(scaledMs(5000)));
        QCOMPARE(engine.exitStatus(), QProcess::CrashExit);

        // Whatever the kill interrupted, the saved state reads back.
        auto restored = start(check);
        QTRY_COMPARE_WITH_TIMEOUT(restored->session->torrents().size(), 1, scaledMs(10000));
        QTest::qWait(200);
        QVERIFY2(!hasEvent(*restored, SessionEvent::Kind::ResumeDamaged),
                 qPrintable(QStringLiteral("round %1").arg(round)));
        restored->session->shutdown();
        const QDir leftovers(check.stateDir + QStringLiteral("/torrents"));
        // No half-written temporary files pile up as resume data.
        for (const QString &name : leftovers.entryList(QDir::Files))
            QVERIFY2(name.endsWith(QLatin1String(".fastresume")) ||
                         name.endsWith(QLatin1String(".torrent")) ||
                         name.endsWith(QLatin1String(".json")),
                     qPrintable(name));
    }

    // And the interrupted download completes.
    QProcess engine;
    engine.start(QStringLiteral(SWARMPLAY_ENGINE_PATH), args);
    QVERIFY(engine.waitForFinished(scaledMs(90000)));
    QCOMPARE(engine.exitStatus(), QProcess::NormalExit);
    QVERIFY2(engine.exitCode() == 0, engine.readAllStandardError().constData());
    QVERIFY(readFile(dir + QStringLiteral("/Season/ep1.mkv")) == readFile(m_episode));
}

void tst_Persistence::stateWrittenByB72cdd2Loads()
{
    // tests/fixtures/b72cdd2 is what b72cdd2 left (tests/fixtures/makestatefixture.cpp): a
    // torrent with its second file chosen and downloaded and two trackers, a paused magnet still
    // without metadata, and the viewer's library and playback memory. Its resume data names this
    // folder as the save path.
    const QString root = QStringLiteral("/tmp/swarmplay-b72cdd2-fixture");
    QLockFile lock(root + QStringLiteral(".lock"));
    QVERIFY(lock.tryLock(60000));
    QDir(root).removeRecursively();
    const QString fixture = QStringLiteral(SWARMPLAY_SOURCE_DIR "/tests/fixtures/b72cdd2");
    const auto removeCopy = qScopeGuard([&] { QDir(root).removeRecursively(); });
    QVERIFY(copyTree(fixture, root));
    const QString state = root + QStringLiteral("/state");
    const QString season = QStringLiteral("284fa97005c774dc3d830d0ee1c7134446b67f74");
    const QString pending = QStringLiteral("0123456789abcdef0123456789abcdef01234567");

    const Library library(state + QStringLiteral("/library.json"));
    QVERIFY2(library.loadError().isEmpty(), qPrintable(library.loadError()));
    QCOMPARE(library.size(), 2);
    const Library::Record watched = library.record(season);
    QCOMPARE(watched.name, QStringLiteral("Season"));
    QCOMPARE(watched.files,
             (QStringList{QStringLiteral("Season/ep2.mkv"), QStringLiteral("Season/ep1.mkv")}));
    QCOMPARE(watched.lastFile, 1);
    QCOMPARE(watched.lastPositionMs, Q_INT64_C(12000));
    QCOMPARE(watched.lastWatchedMs, Q_INT64_C(1700000000000));
    QCOMPARE(watched.wantedDone, watched.wantedBytes);
    QVERIFY(QFile::exists(library.torrentFile(season)));
    QCOMPARE(library.record(pending).name, QStringLiteral("Pending Film"));
    const PlaybackMemory memory(state + QStringLiteral("/playback.json"));
    const PlaybackMemory::Entry played = memory.entry(season, 1);
    QCOMPARE(played.positionMs, Q_INT64_C(42000));
    QCOMPARE(played.audioTrack, 1);
    QCOMPARE(played.subtitleFile, QStringLiteral("torrent:Season/ep1.srt"));
    QCOMPARE(played.subtitleDelayMs, Q_INT64_C(250));
    QCOMPARE(memory.resumePosition(season, 1), Q_INT64_C(42000));

    SessionSettings settings =
        SessionSettings::loopback(state, root + QStringLiteral("/data"), m_swarm->nextAddress());
    settings.restoreTorrents = true;
    auto running = start(settings);
    Session *s = running->session.get();
    QTRY_COMPARE_WITH_TIMEOUT(s->torrents().size(), 2, scaledMs(10000));
    const TorrentId id = TorrentId::fromString(season);
    // The chosen episode is there, known from the resume data without reading it again.
    QTRY_VERIFY_WITH_TIMEOUT(complete(s, id), scaledMs(10000));
    // The first status round counts the chosen file's bytes, not its pieces'.
    QTRY_COMPARE_WITH_TIMEOUT(s->torrent(id).wantedBytes, Q_INT64_C(96 * 1024 + 7), scaledMs(5000));
    QVERIFY(complete(s, id));
    QCOMPARE(s->torrent(id).name, QStringLiteral("Season"));
    QVector<FileEntry> files;
    QVERIFY(await(s->files(id), &files));
    QCOMPARE(files.size(), 2);
    for (const FileEntry &f : files)
        QCOMPARE(f.wanted, f.index == 1);
    QVector<TrackerEntry> trackers;
    QVERIFY(await(s->trackers(id), &trackers));
    QMap<QString, int> tiers;
    for (const TrackerEntry &t : trackers)
        tiers.insert(t.url, t.tier);
    QCOMPARE(trackers.size(), 2);
    QCOMPARE(tiers, (QMap<QString, int>{{QStringLiteral("http://127.0.0.1:9/announce"), 0},
                                        {QStringLiteral("udp://127.0.0.2:9/extra"), 1}}));

    // The magnet stays paused, waiting for its metadata.
    const TorrentSnapshot magnet = s->torrent(TorrentId::fromString(pending));
    QCOMPARE(magnet.state, TorrentState::Paused);
    QVERIFY(!magnet.hasMetadata);
    QCOMPARE(magnet.name, QStringLiteral("Pending Film"));

    QVERIFY(!hasEvent(*running, SessionEvent::Kind::CheckingFiles));
    QVERIFY(!hasEvent(*running, SessionEvent::Kind::ResumeRejected));
    QVERIFY(!hasEvent(*running, SessionEvent::Kind::ResumeDamaged));
    s->shutdown();

    // What the session writes of each torrent again is what it read.
    for (const QString &key : {season, pending}) {
        const QString meta = QStringLiteral("/state/torrents/%1.json").arg(key);
        QCOMPARE(readJson(root + meta), readJson(fixture + meta));
    }
}

QTEST_GUILESS_MAIN(tst_Persistence)
#include "tst_persistence.moc"
