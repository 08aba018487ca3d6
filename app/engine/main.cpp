// swarmplay-engine: Swarmplay's engine without a window (info, download, serve, daemon) and a
// client of a running one (remote).

#include <memory>

#include <QCoreApplication>
#include <QTextStream>

#include "daemoncommand.h"
#include "downloadcommand.h"
#include "engineoptions.h"
#include "i18n/translations.h"
#include "infocommand.h"
#include "remotecommand.h"
#include "servecommand.h"
#include "signalwatcher.h"

using namespace swarmplay::engine;

namespace {

// `remote` is a client of a running engine, with a command line of its own.
int runRemote(QCoreApplication &app)
{
    RemoteOptions options;
    QTextStream err(stderr);
    if (!options.parse(QCoreApplication::arguments())) {
        err << QCoreApplication::translate("main", "Error: %1").arg(options.error()) << Qt::endl
            << QCoreApplication::translate("main",
                                           "Run swarmplay-engine remote --help for the commands.")
            << Qt::endl;
        return 2;
    }
    if (options.helpRequested()) {
        QTextStream(stdout) << options.helpText();
        return 0;
    }
    RemoteCommand command(options);
    SignalWatcher signals_;
    QObject::connect(&signals_, &SignalWatcher::terminationRequested, &command,
                     [&command](int number) { command.interrupt(128 + number); });
    int exitCode = 0;
    QObject::connect(&command, &RemoteCommand::finished, &app, [&exitCode](int code) {
        exitCode = code;
        QCoreApplication::exit(code);
    });
    QMetaObject::invokeMethod(&command, &RemoteCommand::start, Qt::QueuedConnection);
    app.exec();
    return exitCode;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("swarmplay-engine"));
    QCoreApplication::setOrganizationName(QStringLiteral("Swarmplay"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SWARMPLAY_VERSION));

    swarmplay::Translations::install(QLocale());

    if (QCoreApplication::arguments().value(1) == QLatin1String("remote"))
        return runRemote(app);

    EngineOptions options;
    QTextStream err(stderr);
    if (!options.parse(QCoreApplication::arguments())) {
        err << QCoreApplication::translate("main", "Error: %1").arg(options.error()) << Qt::endl
            << QCoreApplication::translate("main", "Run swarmplay-engine --help for the options.")
            << Qt::endl;
        return 2;
    }
    if (options.helpRequested()) {
        QTextStream(stdout) << options.helpText();
        return 0;
    }
    if (options.versionRequested()) {
        QTextStream(stdout) << QCoreApplication::applicationName() << ' '
                            << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }

    std::unique_ptr<EngineCommand> command;
    if (options.command() == QLatin1String("info"))
        command = std::make_unique<InfoCommand>(options);
    else if (options.command() == QLatin1String("serve"))
        command = std::make_unique<ServeCommand>(options);
    else if (options.command() == QLatin1String("daemon"))
        command = std::make_unique<DaemonCommand>(options);
    else
        command = std::make_unique<DownloadCommand>(options);

    SignalWatcher signals_;
    QObject::connect(&signals_, &SignalWatcher::terminationRequested, command.get(),
                     [&command, &options](int number) {
                         // For serve and daemon, being stopped is how they end normally.
                         const bool service = options.command() == QLatin1String("serve") ||
                                              options.command() == QLatin1String("daemon");
                         command->interrupt(service ? 0 : 128 + number);
                     });
    int exitCode = 0;
    QObject::connect(command.get(), &EngineCommand::finished, &app, [&exitCode](int code) {
        exitCode = code;
        QCoreApplication::exit(code);
    });
    QMetaObject::invokeMethod(command.get(), &EngineCommand::start, Qt::QueuedConnection);
    app.exec();
    return exitCode;
}
