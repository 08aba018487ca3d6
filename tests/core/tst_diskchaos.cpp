// The download folder fails under a download: the disk fills up (a small tmpfs), or the folder is
// read-only. The torrent says why (state cannot-write, a message that says what to do, an error
// in the log and the API), keeps what it has, and carries on by itself once the folder takes
// writes again. The mounts live in this process's own mount namespace when it can have one, so
// nothing is left mounted if the test dies.

#include <sched.h>
#include <sys/mount.h>
#include <unistd.h>

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QtTest>

#include "api/apijson.h"
#include "localswarm.h"
#include "testutil.h"

using namespace swarmplay;
using namespace swarmplay::test;

namespace {

// Why mounting cannot be done here; empty when it can.
QString g_noMounts;
bool g_privateMounts = false;

// Before any thread exists: a mount namespace of our own (unshare fails once there are threads).
void prepareMounts()
{
    if (::geteuid() != 0) {
        g_noMounts = QStringLiteral("mounting a small file system needs root");
        return;
    }
    if (::unshare(CLONE_NEWNS) == 0 &&
        ::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) == 0)
        g_privateMounts = true; // else mounts go to the shared namespace and are undone in cleanup
}

bool mountTmpfs(const QString &dir, qint64 bytes, bool readOnly, QString *error)
{
    QDir().mkpath(dir);
    const QByteArray options = "size=" + QByteArray::number(bytes);
    if (::mount("tmpfs", QFile::encodeName(dir).constData(), "tmpfs", readOnly ? MS_RDONLY : 0,
                options.constData()) != 0) {
        *error = QString::fromLocal8Bit(strerror(errno));
        return false;
    }
    return true;
}

bool remountWritable(const QString &dir, qint64 bytes)
{
    const QByteArray options = "size=" + QByteArray::number(bytes);
    return ::mount(nullptr, QFile::encodeName(dir).constData(), nullptr, MS_REMOUNT,
                   options.constData()) == 0;
}

// The log's errors and warnings so far, for a failure's message.
QString problems(const QSignalSpy &spy)
{
    QStringList lines;
    for (const QList<QVariant> &args : spy) {
        for (const SessionEvent &e : args.at(0).value<QVector<SessionEvent>>()) {
            if (e.severity != SessionEvent::Severity::Info)
                lines << e.message;
        }
    }
    return lines.join(QLatin1String(" | "));
}

bool waitCannotWrite(Session *leech, const TorrentId &id)
{
    return QTest::qWaitFor([&] { return leech->torrent(id).state == TorrentState::CannotWrite; },
                           scaledMs(30000));
}

// The torrent's state and error, and the log's problems: what a failed wait says.
QString stateAndLog(Session *leech, const TorrentId &id, const QSignalSpy &events)
{
    const TorrentSnapshot t = leech->torrent(id);
    return torrentStateName(t.state) + QLatin1Char(' ') + t.errorMessage +
           QLatin1String("; log: ") + problems(events);
}

bool hasEvent(const QSignalSpy &spy, SessionEvent::Kind kind, QString *message = nullptr)
{
    for (const QList<QVariant> &args : spy) {
        for (const SessionEvent &e : args.at(0).value<QVector<SessionEvent>>()) {
            if (e.kind == kind) {
                if (message)
                    *message = e.message;
                return true;
            }
        }
    }
    return false;
}

} // namespace

class tst_DiskChaos : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void fullDiskStopsDownloadingUntilThereIsRoom();
    void readOnlyFolderSaysSoAndCarriesOnWhenWritable();

private:
    // A seeded film and a leecher saving to folder; returns the torrent's id.
    TorrentId startDownload(const QString &folder, qint64 size, Session **leech);

    std::unique_ptr<LocalSwarm> m_swarm;
    Session *m_leech = nullptr;
    QString m_film;
    QStringList m_mounts;
};

void tst_DiskChaos::init()
{
    if (!g_noMounts.isEmpty())
        QSKIP(qPrintable(g_noMounts));
    m_swarm = std::make_unique<LocalSwarm>();
}

void tst_DiskChaos::cleanup()
{
    if (m_leech)
        m_swarm->stop(m_leech); // it holds files on the mounts
    m_leech = nullptr;
    for (const QString &dir : std::as_const(m_mounts))
        ::umount2(QFile::encodeName(dir).constData(), MNT_DETACH);
    m_mounts.clear();
    m_swarm.reset();
}

TorrentId tst_DiskChaos::startDownload(const QString &folder, qint64 size, Session **leech)
{
    m_film = m_swarm->makeFile(QStringLiteral("src/film.mkv"), size, 11);
    TorrentCreator::Options opt;
    opt.pieceSize = 256 * 1024;
    const QString torrent = m_swarm->makeTorrent(m_film, opt);
    // Rate-limited, so the disk fills in the middle of the download, not at its end.
    m_swarm->addSeeder(torrent, m_swarm->path(QStringLiteral("src")), 4 * 1024 * 1024);

    SessionSettings settings =
        m_swarm->settingsFor(QStringLiteral("leech"), m_swarm->nextAddress());
    settings.downloadDir = folder; // the state folder stays on the ordinary disk
    *leech = m_leech = m_swarm->addSession(QStringLiteral("leech"), settings);
    AddResult r;
    if (!await((*leech)->addTorrent(torrent), &r) || !r.ok())
        return {};
    m_swarm->connectToSeeders(*leech, r.id);
    return r.id;
}

void tst_DiskChaos::fullDiskStopsDownloadingUntilThereIsRoom()
{
    // 12 MiB of film on a 16 MiB disk that 8 MiB of other files already fill.
    const qint64 disk = 16 * 1024 * 1024;
    const qint64 filmSize = 12 * 1024 * 1024 + 4321;
    const QString dir = m_swarm->path(QStringLiteral("smalldisk"));
    QString error;
    QVERIFY2(mountTmpfs(dir, disk, false, &error), qPrintable(error));
    m_mounts << dir;
    QFile filler(dir + QStringLiteral("/other-files.bin"));
    QVERIFY(filler.open(QIODevice::WriteOnly));
    QVERIFY(filler.write(QByteArray(8 * 1024 * 1024, 'x')) == 8 * 1024 * 1024);
    filler.close();

    Session *leech = nullptr;
    QElapsedTimer clock;
    clock.start();
    const TorrentId id = startDownload(dir, filmSize, &leech);
    QVERIFY(id.isValid());
    QSignalSpy events(leech, &Session::eventsLogged);

    // It says so: the state, what to do, and an error in the log.
    QVERIFY2(waitCannotWrite(leech, id), qPrintable(stateAndLog(leech, id, events)));
    const qint64 toldMs = clock.elapsed();
    TorrentSnapshot stuck = leech->torrent(id);
    qInfo("disk full reported %lld ms after the download began, %lld of %lld bytes in", toldMs,
          stuck.totalDone, filmSize);
    QVERIFY2(stuck.errorMessage.contains(QLatin1String("is full")) &&
                 stuck.errorMessage.contains(QLatin1String("carries on by itself")),
             qPrintable(stuck.errorMessage));
    QVERIFY(QTest::qWaitFor([&] { return hasEvent(events, SessionEvent::Kind::FileError); },
                            scaledMs(5000)));
    QCOMPARE(ApiJson::torrent(stuck).value(QStringLiteral("state")).toString(),
             QStringLiteral("cannot-write"));
    QCOMPARE(ApiJson::torrent(stuck).value(QStringLiteral("error")).toString(), stuck.errorMessage);
    QVERIFY(stuck.totalDone > 0 && stuck.totalDone < filmSize);

    // While nothing is freed it stays so, and keeps every verified piece.
    QTest::qWait(3000);
    stuck = leech->torrent(id);
    QCOMPARE(stuck.state, TorrentState::CannotWrite);
    const qint64 kept = stuck.totalDone;
    QVERIFY(!hasEvent(events, SessionEvent::Kind::WritingAgain));

    // Room again: it carries on by itself and finishes with the film's bytes.
    QVERIFY(QFile::remove(filler.fileName()));
    clock.restart();
    QString again;
    QVERIFY(
        QTest::qWaitFor([&] { return hasEvent(events, SessionEvent::Kind::WritingAgain, &again); },
                        scaledMs(15000)));
    qInfo("downloading again %lld ms after space was freed: %s", clock.elapsed(),
          qPrintable(again));
    QVERIFY2(
        QTest::qWaitFor([&] { return leech->torrent(id).chosenFilesComplete(); }, scaledMs(60000)),
        qPrintable(leech->torrent(id).errorMessage));
    const TorrentSnapshot done = leech->torrent(id);
    QVERIFY(done.totalDone >= kept);
    // What had been downloaded was not fetched again (blocks in flight when the disk filled
    // were, once).
    QVERIFY2(done.totalDownloaded < filmSize + 4 * 1024 * 1024,
             qPrintable(QString::number(done.totalDownloaded)));
    QVERIFY(readFile(dir + QStringLiteral("/film.mkv")) == readFile(m_film));
}

void tst_DiskChaos::readOnlyFolderSaysSoAndCarriesOnWhenWritable()
{
    const qint64 disk = 16 * 1024 * 1024;
    const qint64 filmSize = 3 * 1024 * 1024 + 77;
    const QString dir = m_swarm->path(QStringLiteral("readonly"));
    QString error;
    QVERIFY2(mountTmpfs(dir, disk, true, &error), qPrintable(error));
    m_mounts << dir;

    Session *leech = nullptr;
    const TorrentId id = startDownload(dir, filmSize, &leech);
    QVERIFY(id.isValid());
    QSignalSpy events(leech, &Session::eventsLogged);
    QVERIFY2(waitCannotWrite(leech, id), qPrintable(stateAndLog(leech, id, events)));
    const QString message = leech->torrent(id).errorMessage;
    QVERIFY2(message.contains(QLatin1String("cannot be written")) &&
                 message.contains(QLatin1String("Read-only file system")),
             qPrintable(message));

    QVERIFY(remountWritable(dir, disk));
    QVERIFY(QTest::qWaitFor([&] { return hasEvent(events, SessionEvent::Kind::WritingAgain); },
                            scaledMs(15000)));
    QVERIFY2(
        QTest::qWaitFor([&] { return leech->torrent(id).chosenFilesComplete(); }, scaledMs(60000)),
        qPrintable(leech->torrent(id).errorMessage));
    QVERIFY(readFile(dir + QStringLiteral("/film.mkv")) == readFile(m_film));
}

int main(int argc, char **argv)
{
    prepareMounts();
    QCoreApplication app(argc, argv);
    tst_DiskChaos test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_diskchaos.moc"
