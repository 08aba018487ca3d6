// One Swarmplay window per user, display and state folder, tested with real processes: a second
// `swarmplay` hands its sources (files made absolute) to the first and exits 0, and the first
// opens them; --new-instance opens its own window; a socket left by a killed instance does not
// stop the next launch from becoming the first. Each test has its own --state-dir, so it never
// meets a Swarmplay the user has open, and every window uses --bind 127.0.0.1 (no DHT, LSD,
// UPnP or NAT-PMP: nothing leaves the machine).

#include <memory>

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocalServer>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "create/torrentcreator.h"
#include "input/torrentsource.h"
#include "singleinstance.h"
#include "testutil.h"

using namespace swarmplay;
using namespace swarmplay::test;

namespace {

constexpr int StartTimeoutMs = 30000;

QString magnetFor(char c)
{
    return QStringLiteral("magnet:?xt=urn:btih:") + QString(40, QLatin1Char(c));
}

QProcessEnvironment launchEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("QT_FORCE_STDERR_LOGGING"), QStringLiteral("1"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("swarmplay.instance.info=true"));
    return env;
}

// A swarmplay process whose stderr is collected as it comes.
class Launch
{
public:
    Launch(const QStringList &args, const QString &workingDir = {})
    {
        m_process.setProcessEnvironment(launchEnvironment());
        m_process.setStandardInputFile(QProcess::nullDevice());
        if (!workingDir.isEmpty())
            m_process.setWorkingDirectory(workingDir);
        m_process.start(QStringLiteral(SWARMPLAY_PLAYER_PATH), args);
    }
    ~Launch()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(scaledMs(10000));
        }
    }
    QString err()
    {
        m_err += QString::fromUtf8(m_process.readAllStandardError());
        return m_err;
    }
    bool waitForErr(const QString &text, int timeoutMs = StartTimeoutMs)
    {
        return QTest::qWaitFor([&] { return err().contains(text); }, scaledMs(timeoutMs));
    }
    bool waitForExit(int timeoutMs)
    {
        return QTest::qWaitFor([&] { return m_process.state() == QProcess::NotRunning; },
                               scaledMs(timeoutMs));
    }
    bool running() const { return m_process.state() == QProcess::Running; }
    int exitCode() const
    {
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }
    // SIGKILL: nothing is cleaned up, as after a crash.
    void crash()
    {
        m_process.kill();
        m_process.waitForFinished(scaledMs(10000));
    }
    // The socket path from "listening on PATH".
    QString listeningOn()
    {
        static const QRegularExpression line(QStringLiteral("listening on (\\S+)"));
        return line.match(err()).captured(1);
    }

private:
    QProcess m_process;
    QString m_err;
};

} // namespace

class tst_SingleInstance : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void absoluteSources();
    void serverNames();
    void secondLaunchHandsItsSourcesOver();
    void newInstanceOpensItsOwnWindow();
    void staleSocketFromACrash();

private:
    QStringList windowArgs() const;
    bool waitForOpened(const QString &key) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_SingleInstance::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_SingleInstance::cleanup()
{
    // The windows a test started are killed when it ends, as after a crash: their sockets stay
    // (in $XDG_RUNTIME_DIR, or the temporary folder) unless removed here.
    QLocalServer::removeServer(
        SingleInstance::serverNameFor(m_dir->filePath(QStringLiteral("state"))));
}

QStringList tst_SingleInstance::windowArgs() const
{
    return {QStringLiteral("--state-dir"), m_dir->filePath(QStringLiteral("state")),
            QStringLiteral("--download-dir"), m_dir->filePath(QStringLiteral("downloads"))};
}

// The window has added the torrent to its session: its record is in the state folder
// (ResumeStore writes <state>/torrents/<info hash>.json as soon as a torrent is added).
bool tst_SingleInstance::waitForOpened(const QString &key) const
{
    const QString path =
        m_dir->filePath(QStringLiteral("state/torrents/") + key + QStringLiteral(".json"));
    return QTest::qWaitFor([&] { return QFileInfo::exists(path); }, scaledMs(StartTimeoutMs));
}

void tst_SingleInstance::absoluteSources()
{
    QTemporaryDir work;
    QFile file(work.filePath(QStringLiteral("a b.torrent")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const QString hash = QString(40, QLatin1Char('c'));
    const QStringList in = {QStringLiteral("a b.torrent"),
                            QStringLiteral("sub/../missing.torrent"),
                            magnetFor('a'),
                            QStringLiteral("https://example.invalid/x.torrent"),
                            QStringLiteral("file:///srv/y.torrent"),
                            hash,
                            QStringLiteral("/srv/./z.torrent")};
    const QStringList out = SingleInstance::absoluteSources(in, work.path());
    QCOMPARE(out, (QStringList{work.filePath(QStringLiteral("a b.torrent")),
                               work.filePath(QStringLiteral("missing.torrent")), magnetFor('a'),
                               QStringLiteral("https://example.invalid/x.torrent"),
                               QStringLiteral("file:///srv/y.torrent"), hash,
                               QStringLiteral("/srv/z.torrent")}));
    // A file that happens to be named like an info hash is a file.
    QFile named(work.filePath(hash));
    QVERIFY(named.open(QIODevice::WriteOnly));
    named.close();
    QCOMPARE(SingleInstance::absoluteSources({hash}, work.path()),
             QStringList{work.filePath(hash)});
}

void tst_SingleInstance::serverNames()
{
    const QString a = SingleInstance::serverNameFor(QStringLiteral("/x/state"));
    QCOMPARE(SingleInstance::serverNameFor(QStringLiteral("/x/./state/")), a);
    QVERIFY(SingleInstance::serverNameFor(QStringLiteral("/y/state")) != a);
    const QByteArray display = qgetenv("DISPLAY");
    const QByteArray wayland = qgetenv("WAYLAND_DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
    qputenv("DISPLAY", ":97");
    const QString on97 = SingleInstance::serverNameFor(QStringLiteral("/x/state"));
    qputenv("DISPLAY", ":98");
    const QString on98 = SingleInstance::serverNameFor(QStringLiteral("/x/state"));
    qputenv("DISPLAY", display);
    qputenv("WAYLAND_DISPLAY", wayland);
    QVERIFY(on97 != on98);
    QVERIFY(QFileInfo(a).fileName().startsWith(QLatin1String("swarmplay-")));
}

void tst_SingleInstance::secondLaunchHandsItsSourcesOver()
{
    // A real .torrent, given to the second launch by a path relative to its own working folder.
    const QString work = m_dir->filePath(QStringLiteral("work"));
    QVERIFY(QDir().mkpath(work));
    QFile content(QDir(work).filePath(QStringLiteral("clip.bin")));
    QVERIFY(content.open(QIODevice::WriteOnly));
    content.write(QByteArray(100000, 'x'));
    content.close();
    QString error;
    const QByteArray torrent = TorrentCreator::create(content.fileName(), {}, &error);
    QVERIFY2(!torrent.isEmpty(), qPrintable(error));
    QFile torrentFile(QDir(work).filePath(QStringLiteral("clip.torrent")));
    QVERIFY(torrentFile.open(QIODevice::WriteOnly));
    torrentFile.write(torrent);
    torrentFile.close();
    const TorrentSource parsed = TorrentSource::parse(torrentFile.fileName());
    QVERIFY(parsed.isValid());

    Launch first(windowArgs() << QStringLiteral("--bind") << QStringLiteral("127.0.0.1")
                              << magnetFor('1'));
    QVERIFY2(first.waitForErr(QStringLiteral("listening on ")), qPrintable(first.err()));
    QVERIFY2(waitForOpened(QString(40, QLatin1Char('1'))), qPrintable(first.err()));

    QElapsedTimer clock;
    clock.start();
    Launch second(windowArgs() << QStringLiteral("clip.torrent") << magnetFor('2'), work);
    QVERIFY(second.waitForExit(20000));
    QVERIFY2(second.exitCode() == 0, qPrintable(second.err()));
    QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY2(!second.err().contains(QLatin1String("listening on")), qPrintable(second.err()));

    QVERIFY2(first.waitForErr(QStringLiteral("received 2 source(s) from another launch: ") +
                              torrentFile.fileName() + QLatin1Char(' ') + magnetFor('2')),
             qPrintable(first.err()));
    QVERIFY2(waitForOpened(parsed.id().key()), qPrintable(first.err()));
    QVERIFY2(waitForOpened(QString(40, QLatin1Char('2'))), qPrintable(first.err()));
    QVERIFY(first.running());

    // Launched again with nothing to open: the window only comes to the front.
    Launch third(windowArgs());
    QVERIFY(third.waitForExit(20000));
    QVERIFY2(third.exitCode() == 0, qPrintable(third.err()));
    QVERIFY2(first.waitForErr(QStringLiteral("received 0 source(s) from another launch")),
             qPrintable(first.err()));
    QVERIFY(first.running());
}

void tst_SingleInstance::newInstanceOpensItsOwnWindow()
{
    Launch first(windowArgs() << QStringLiteral("--bind") << QStringLiteral("127.0.0.1")
                              << magnetFor('3'));
    QVERIFY2(first.waitForErr(QStringLiteral("listening on ")), qPrintable(first.err()));

    Launch own(windowArgs() << QStringLiteral("--new-instance") << QStringLiteral("--bind")
                            << QStringLiteral("127.0.0.2") << magnetFor('4'));
    // It opens the magnet in its own session and keeps running; the first one hears nothing.
    QVERIFY2(waitForOpened(QString(40, QLatin1Char('4'))), qPrintable(own.err()));
    QVERIFY2(own.running(), qPrintable(own.err()));
    QVERIFY(!own.err().contains(QLatin1String("listening on")));
    QVERIFY(!own.err().contains(QLatin1String("handed")));
    QVERIFY(!first.err().contains(QLatin1String("from another launch")));
}

void tst_SingleInstance::staleSocketFromACrash()
{
    QString socketPath;
    {
        Launch crashed(windowArgs() << QStringLiteral("--bind") << QStringLiteral("127.0.0.1")
                                    << magnetFor('5'));
        QVERIFY2(crashed.waitForErr(QStringLiteral("listening on ")), qPrintable(crashed.err()));
        socketPath = crashed.listeningOn();
        crashed.crash();
    }
#ifdef Q_OS_UNIX
    // What a crash leaves: the socket file, with nobody accepting on it.
    QVERIFY2(QFileInfo::exists(socketPath), qPrintable(socketPath));
#endif

    Launch next(windowArgs() << QStringLiteral("--bind") << QStringLiteral("127.0.0.1")
                             << magnetFor('6'));
    QVERIFY2(next.waitForErr(QStringLiteral("listening on ") + socketPath), qPrintable(next.err()));
    QVERIFY2(waitForOpened(QString(40, QLatin1Char('6'))), qPrintable(next.err()));
    QVERIFY(next.running());

    // And it is the first instance now: a later launch hands over to it.
    Launch later(windowArgs() << magnetFor('7'));
    QVERIFY(later.waitForExit(20000));
    QVERIFY2(later.exitCode() == 0, qPrintable(later.err()));
    QVERIFY2(next.waitForErr(QStringLiteral("received 1 source(s) from another launch: ") +
                             magnetFor('7')),
             qPrintable(next.err()));
}

QTEST_MAIN(tst_SingleInstance)
#include "tst_singleinstance.moc"
