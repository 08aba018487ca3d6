// The swarmplay executable's command line: --version and --help print and exit 0 without
// needing a display (tst_benchmarkplay runs --benchmark-play), a bad option exits 2 with Qt's
// message; SwarmplayOptions' defaults (no source: the demo); and the demo's message when ffmpeg is
// missing.

#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include "buildinfo.h"
#include "demolauncher.h"
#include "session/sessionsettings.h"
#include "swarmplayoptions.h"
#include "testutil.h"

using namespace swarmplay;
using namespace swarmplay::test;

namespace {

// Unsets a variable for the lifetime of the object.
class EnvUnset
{
public:
    explicit EnvUnset(const char *name)
        : m_name(name)
        , m_had(qEnvironmentVariableIsSet(name))
        , m_old(qgetenv(name))
    {
        qunsetenv(name);
    }
    ~EnvUnset()
    {
        if (m_had)
            qputenv(m_name, m_old);
    }

private:
    const char *m_name;
    bool m_had;
    QByteArray m_old;
};

ProcessResult runSwarmplay(const QStringList &args)
{
    return runProcess(QStringLiteral(SWARMPLAY_PLAYER_PATH), args, 30000);
}

} // namespace

class tst_Swarmplay : public QObject
{
    Q_OBJECT

private slots:
    void versionNeedsNoDisplay();
    void help();
    void badCommandLines_data();
    void badCommandLines();
    void optionsDefaults();
    void optionsSources();
    void optionsBind();
    void demoWithoutFfmpegSaysWhatToInstall();
};

void tst_Swarmplay::versionNeedsNoDisplay()
{
    EnvUnset platform("QT_QPA_PLATFORM");
    EnvUnset display("DISPLAY");
    EnvUnset wayland("WAYLAND_DISPLAY");
    const ProcessResult r = runSwarmplay({QStringLiteral("--version")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // The version and the commit the build comes from ("unknown" outside a git checkout).
    QCOMPARE(r.out.trimmed(),
             QStringLiteral("swarmplay " SWARMPLAY_VERSION " (commit " SWARMPLAY_BUILD_COMMIT ")"));
}

void tst_Swarmplay::help()
{
    EnvUnset display("DISPLAY");
    const ProcessResult r = runSwarmplay({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    for (const char *option : {"--demo", "--state-dir", "--download-dir", "--new-instance",
                               "--bind", "--benchmark-play", "MAGNET", "--version"})
        QVERIFY2(r.out.contains(QLatin1String(option)), option);
}

void tst_Swarmplay::badCommandLines_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("--frobnicate")} << QStringLiteral("frobnicate");
    QTest::newRow("seek without benchmark")
        << QStringList{QStringLiteral("--seek"), QStringLiteral("0.5")}
        << QStringLiteral("--benchmark-play");
    QTest::newRow("bind not an address, without benchmark")
        << QStringList{QStringLiteral("--bind"), QStringLiteral("localhost")}
        << QStringLiteral("\"localhost\"");
    QTest::newRow("seek out of range")
        << QStringList{QStringLiteral("--benchmark-play"), QStringLiteral("x"),
                       QStringLiteral("--seek"), QStringLiteral("2")}
        << QStringLiteral("from 0 to 1");
    QTest::newRow("bind not an address")
        << QStringList{QStringLiteral("--benchmark-play"), QStringLiteral("x"),
                       QStringLiteral("--bind"), QStringLiteral("localhost")}
        << QStringLiteral("\"localhost\"");
    QTest::newRow("duration not a number")
        << QStringList{QStringLiteral("--benchmark-play"), QStringLiteral("x"),
                       QStringLiteral("--duration"), QStringLiteral("soon")}
        << QStringLiteral("\"soon\"");
}

void tst_Swarmplay::badCommandLines()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const ProcessResult r = runSwarmplay(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("--help")), qPrintable(r.err));
}

void tst_Swarmplay::optionsDefaults()
{
    SwarmplayOptions options;
    QVERIFY(options.parse({QStringLiteral("swarmplay")}));
    QVERIFY(options.demo()); // nothing to open: the demo
    QVERIFY(options.needsWindow());
    QVERIFY(options.sources().isEmpty());
    QCOMPARE(options.stateDir(), QDir::cleanPath(SwarmplayOptions::defaultStateDir()));
    QVERIFY(options.downloadDir().endsWith(QLatin1String("/Swarmplay")));
    QVERIFY(!SwarmplayOptions::printsOnly({QStringLiteral("swarmplay")}));
    QVERIFY(SwarmplayOptions::printsOnly({QStringLiteral("swarmplay"), QStringLiteral("-v")}));
    // After "--" everything is a source, even what looks like an option.
    QVERIFY(!SwarmplayOptions::printsOnly(
        {QStringLiteral("swarmplay"), QStringLiteral("--"), QStringLiteral("--version")}));
}

void tst_Swarmplay::optionsSources()
{
    const QString magnet = QStringLiteral("magnet:?xt=urn:btih:") + QString(40, QLatin1Char('b'));
    QTemporaryDir dir;
    SwarmplayOptions options;
    QVERIFY(options.parse({QStringLiteral("swarmplay"), QStringLiteral("a.torrent"), magnet,
                           QStringLiteral("--state-dir"), dir.filePath(QStringLiteral("s")),
                           QStringLiteral("--download-dir=") + dir.filePath(QStringLiteral("d"))}));
    QCOMPARE(options.sources(), (QStringList{QStringLiteral("a.torrent"), magnet}));
    QVERIFY(!options.demo());
    QCOMPARE(options.stateDir(), dir.filePath(QStringLiteral("s")));
    QCOMPARE(options.downloadDir(), dir.filePath(QStringLiteral("d")));

    QVERIFY(options.parse({QStringLiteral("swarmplay"), QStringLiteral("--demo"), magnet}));
    QVERIFY(options.demo());
    QCOMPARE(options.sources(), QStringList{magnet});
}

void tst_Swarmplay::optionsBind()
{
    SwarmplayOptions options;
    SessionSettings settings;
    settings.stateDir = QStringLiteral("/s");
    settings.downloadDir = QStringLiteral("/d");
    // Without --bind the defaults stay.
    QVERIFY(options.parse({QStringLiteral("swarmplay")}));
    QVERIFY(!options.newInstance());
    options.applyBind(&settings);
    QVERIFY(settings.dht);
    // A loopback address keeps everything on this computer.
    QVERIFY(options.parse({QStringLiteral("swarmplay"), QStringLiteral("--bind"),
                           QStringLiteral("127.0.0.3"), QStringLiteral("--new-instance")}));
    QVERIFY(options.newInstance());
    options.applyBind(&settings);
    QCOMPARE(settings.listenInterfaces, QStringLiteral("127.0.0.3:0"));
    QCOMPARE(settings.outgoingInterface, QStringLiteral("127.0.0.3"));
    QVERIFY(!settings.dht && !settings.lsd && !settings.upnp && !settings.natpmp);
    QCOMPARE(settings.stateDir, QStringLiteral("/s"));
    // Another address only pins the listener and outgoing connections.
    SessionSettings lan;
    QVERIFY(options.parse({QStringLiteral("swarmplay"), QStringLiteral("--bind=192.0.2.7")}));
    options.applyBind(&lan);
    QCOMPARE(lan.listenInterfaces, QStringLiteral("192.0.2.7:6881"));
    QCOMPARE(lan.outgoingInterface, QStringLiteral("192.0.2.7"));
    QVERIFY(lan.dht);
}

void tst_Swarmplay::demoWithoutFfmpegSaysWhatToInstall()
{
    QTemporaryDir cache;
    DemoMedia::Options media;
    media.cacheDir = cache.filePath(QStringLiteral("demo"));
    media.ffmpegProgram = QStringLiteral("swarmplay-test-no-such-ffmpeg");
    DemoLauncher demo(media, DemoSwarm::Options());
    QSignalSpy status(&demo, &DemoLauncher::status);
    QSignalSpy ready(&demo, &DemoLauncher::ready);
    QSignalSpy failed(&demo, &DemoLauncher::failed);
    demo.start();
    QVERIFY(
        QTest::qWaitFor([&] { return !failed.isEmpty() || !ready.isEmpty(); }, scaledMs(10000)));
    QVERIFY(ready.isEmpty());
    const QString message = failed.first().first().toString();
    QVERIFY2(message.startsWith(QLatin1String("The demo video could not be made: ")) &&
                 message.contains(QLatin1String("sudo apt")),
             qPrintable(message));
    QVERIFY(!status.isEmpty()); // the status bar said what was being prepared
}

QTEST_MAIN(tst_Swarmplay)
#include "tst_swarmplay.moc"
