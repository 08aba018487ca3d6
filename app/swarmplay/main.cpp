// swarmplay: the player window. Opens what the command line names, or the demo when it names
// nothing.

#include <memory>

#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QJsonDocument>
#include <QSet>
#include <QTextStream>
#include <QTimer>

#include "api/apihost.h"
#include "buildinfo.h"
#include "demolauncher.h"
#include "demoswarm.h"
#include "fileopenfilter.h"
#include "http/streamserver.h"
#include "i18n/translations.h"
#include "playbenchmark.h"
#include "session/session.h"
#include "settings/appsettings.h"
#include "singleinstance.h"
#include "swarmplayoptions.h"
#include "window/mainwindow.h"
#include "window/remotecontrol.h"
#include "window/remotesettingskeeper.h"
#include "window/statusbarwidget.h"

using namespace swarmplay;

namespace {

QStringList rawArguments(int argc, char *argv[])
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    return args;
}

// --help, --version and command-line errors: text on the terminal only.
int printOnly(const SwarmplayOptions &options, bool parsed)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!parsed) {
        err << QCoreApplication::translate("main", "Error: %1").arg(options.error()) << Qt::endl
            << QCoreApplication::translate("main", "Run swarmplay --help for the options.")
            << Qt::endl;
        return 2;
    }
    if (options.helpRequested()) {
        out << options.helpText();
        return 0;
    }
    out << QCoreApplication::translate("main", "%1 %2 (commit %3)")
               .arg(QCoreApplication::applicationName(), QCoreApplication::applicationVersion(),
                    QStringLiteral(SWARMPLAY_BUILD_COMMIT))
        << Qt::endl;
    return 0;
}

// --benchmark-play: the real window offscreen, figures as JSON on stdout.
int runBenchmark(const SwarmplayOptions &options)
{
    PlayBenchmark::Options b;
    b.source = options.benchmarkSource();
    b.seekFraction = options.benchmarkSeek();
    if (options.benchmarkDurationSeconds() > 0)
        b.playSeconds = options.benchmarkDurationSeconds();
    b.bindAddress = options.bindAddress();
    b.subtitleTrack = options.benchmarkSubtitleTrack();
    b.grabAtMs = options.benchmarkGrabAtMs();
    b.grabFile = options.benchmarkGrabFile();
    PlayBenchmark benchmark(b);
    int exitCode = 0;
    QObject::connect(&benchmark, &PlayBenchmark::finished, qApp, [&exitCode](int code) {
        exitCode = code;
        QCoreApplication::exit(code);
    });
    QTimer::singleShot(0, &benchmark, &PlayBenchmark::start);
    QCoreApplication::exec();
    QTextStream(stdout) << QJsonDocument(benchmark.result()).toJson(QJsonDocument::Compact)
                        << Qt::endl;
    return exitCode;
}

// The language chosen in Settings, else the system's (LC_ALL, LC_MESSAGES, LANG, LANGUAGE). Read
// once at start, so a change in the dialog shows at the next start.
void installLanguage(const AppSettings &settings)
{
    const QString language = settings.language();
    Translations::install(language.isEmpty() ? QLocale() : QLocale(language));
}

// Without a window there is no need for a display: --version works over ssh and in scripts.
int runWithoutWindow(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    installLanguage(AppSettings());
    SwarmplayOptions options;
    const bool parsed = options.parse(QCoreApplication::arguments());
    return printOnly(options, parsed);
}

} // namespace

int main(int argc, char *argv[])
{
    // Qt 6.4 picks GStreamer on Linux, which never plays a QIODevice source; the FFmpeg backend
    // does (see ARCHITECTURE.md). Must be set before the application object exists.
    if (qEnvironmentVariableIsEmpty("QT_MEDIA_BACKEND"))
        qputenv("QT_MEDIA_BACKEND", "ffmpeg");
    QCoreApplication::setApplicationName(QStringLiteral("swarmplay"));
    QCoreApplication::setOrganizationName(QStringLiteral("Swarmplay"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SWARMPLAY_VERSION));

    if (SwarmplayOptions::printsOnly(rawArguments(argc, argv)))
        return runWithoutWindow(argc, argv);
    // A benchmark needs no display; the window is real all the same, only drawn offscreen.
    if (SwarmplayOptions::benchmarks(rawArguments(argc, argv)) &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Swarmplay"));
    // The desktop entry's name (resources/linux), which is also the Wayland app id.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.swarmplay.Swarmplay"));
    // PNGs as well as the SVG: drawing an SVG icon needs Qt's SVG plugin, not always installed.
    QIcon icon(QStringLiteral(":/icons/swarmplay.svg"));
    for (const int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/hicolor/%1x%1/swarmplay.png").arg(size));
    QApplication::setWindowIcon(icon);
    // The viewer's settings (~/.config/Swarmplay/swarmplay.conf on Linux).
    AppSettings appSettings;
    installLanguage(appSettings);

    // Parsed again now that Qt has taken its own options (-platform, -style) out of argv.
    SwarmplayOptions options;
    const bool parsed = options.parse(QCoreApplication::arguments());
    if (parsed && options.benchmarkRequested())
        return runBenchmark(options);
    if (!parsed || !options.needsWindow())
        return printOnly(options, parsed);

    QTextStream err(stderr);
    // A Swarmplay already open for this user, display and state folder takes the sources.
    SingleInstance instance(options.stateDir());
    if (!options.newInstance()) {
        const bool first =
            instance.claim(SingleInstance::absoluteSources(options.sources(), QDir::currentPath()));
        if (!instance.message().isEmpty())
            err << instance.message() << Qt::endl;
        if (!first)
            return instance.exitCode();
    }

    SessionSettings settings;
    settings.stateDir = options.stateDir();
    settings.downloadDir = options.downloadDir();
    appSettings.applyTo(&settings);
    if (options.downloadDirGiven())
        settings.downloadDir = options.downloadDir();
    options.applyBind(&settings);
    if (options.demo()) {
        // The demo's seeders sit on 127.0.0.1, .2, ... where the system routes all of 127/8;
        // only where they must share one address does the player need several connections to it.
        const QStringList addresses = DemoSwarm::defaultAddresses(DemoSwarm::Options().seeders);
        settings.allowMultipleConnectionsPerIp =
            QSet<QString>(addresses.begin(), addresses.end()).size() < addresses.size();
    }
    for (const QString &dir : {settings.stateDir, settings.downloadDir}) {
        if (!QDir().mkpath(dir)) {
            err << QCoreApplication::translate("main",
                                               "Error: cannot create the folder %1; choose "
                                               "another with --state-dir or --download-dir.")
                       .arg(QDir::toNativeSeparators(dir))
                << Qt::endl;
            return 1;
        }
    }
    const QString invalid = settings.validate();
    if (!invalid.isEmpty()) {
        err << QCoreApplication::translate("main", "Error: %1").arg(invalid) << Qt::endl;
        return 1;
    }

    auto session = std::make_unique<Session>(settings);
    // Loopback only, a random port and a per-run token: exactly what `swarmplay-engine serve`
    // uses, so the URLs the window copies behave the same.
    auto server = std::make_unique<StreamServer>(session->streamSource());
    // The control API rides on the same server (it must be plugged in before listen()) and stays
    // off unless the viewer allows other programs in.
    auto apiHost = std::make_unique<ApiHost>(session.get(), server.get());
    auto remote = std::make_unique<RemoteControl>(apiHost.get());
    RemoteSettingsKeeper keeper(apiHost.get(), &appSettings); // what clients change is kept
    QString serverError;
    const bool serving = server->listen(QHostAddress::LocalHost, 0, &serverError);

    auto window = std::make_unique<MainWindow>(session.get(), server.get());
    window->setAppSettings(&appSettings);
    window->setRemoteControl(remote.get());
    window->show();
    QString remoteError;
    if (serving && appSettings.remoteControl() && !remote->setEnabled(true, &remoteError))
        window->showError(remoteError);
    if (!serving)
        window->showError(QCoreApplication::translate("main",
                                                      "The stream server cannot listen, so "
                                                      "other players cannot be given stream "
                                                      "URLs: %1")
                              .arg(serverError));

    std::unique_ptr<DemoLauncher> demo;
    if (options.demo()) {
        demo = std::make_unique<DemoLauncher>();
        QObject::connect(demo.get(), &DemoLauncher::status, window.get(),
                         [w = window.get()](const QString &text) {
                             w->statusBarWidget()->showMessage(text, 0);
                         });
        QObject::connect(demo.get(), &DemoLauncher::ready, window.get(),
                         [w = window.get()](const QString &magnet) {
                             w->statusBarWidget()->clearMessage();
                             w->openSource(magnet);
                         });
        QObject::connect(demo.get(), &DemoLauncher::failed, window.get(),
                         [w = window.get()](const QString &message) {
                             w->statusBarWidget()->clearMessage();
                             w->showError(message);
                         });
    }
    // Sources from a later launch, or from macOS: the window comes to the front and opens them.
    const auto bringToFrontAndOpen = [w = window.get()](const QStringList &sources) {
        w->setWindowState(w->windowState() & ~Qt::WindowMinimized);
        w->raise();
        w->activateWindow();
        w->openSources(sources);
    };
    QObject::connect(&instance, &SingleInstance::sourcesReceived, window.get(),
                     bringToFrontAndOpen);
    FileOpenFilter fileOpen;
    QObject::connect(&fileOpen, &FileOpenFilter::sourcesRequested, window.get(),
                     bringToFrontAndOpen);
    // Once the event loop runs, so the window is on screen while sources are fetched.
    QTimer::singleShot(0, window.get(), [&] {
        window->openSources(options.sources());
        if (demo)
            demo->start();
    });

    const int exitCode = app.exec();
    instance.close(); // a launch from now on starts afresh rather than wait for this one
    // Ordered stop: the player's readers, then the HTTP readers, then resume data and the
    // session; the demo's seeders last, so the player never waits on a vanished peer.
    window.reset();
    remote.reset();
    apiHost->close(); // ends the event streams, saying why; closes the server
    server->close();
    apiHost.reset(); // its streams' readers go before the session
    server.reset();
    session->shutdown();
    session.reset();
    demo.reset();
    return exitCode;
}
