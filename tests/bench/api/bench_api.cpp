// Benchmark, not a test: the control API of `swarmplay-engine daemon` with a library of
// torrents, event subscribers and wrk's load; prints one JSON object (docs/benchmarks.md).
//
//   bench_api [--torrents 1000] [--subscribers 100] [--duration 10] [--connections 50]
//             [--threads 2] [--adds 200] [--reps 5] [--engine PATH] [--wrk /usr/bin/wrk]
//             [--no-library-wait]
//
// Exit code 0 when every figure was measured, 1 when something could not be, 77 without wrk.

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>

#include "apibench.h"

using namespace swarmplay::bench;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const auto number = [&](const char *name, const char *help, int value) {
        parser.addOption({QLatin1String(name), QLatin1String(help), QStringLiteral("n"),
                          QString::number(value)});
    };
    const ApiBench::Options defaults;
    number("torrents", "Torrents in the session (metadata only, paused).", defaults.torrents);
    number("subscribers", "Event subscribers connected throughout.", defaults.subscribers);
    number("duration", "Seconds of each wrk run.", defaults.durationS);
    number("connections", "wrk's connections (a closed loop).", defaults.connections);
    number("threads", "wrk's threads.", defaults.threads);
    number("adds", "New torrents a second wrk uploads during a run.", defaults.adds);
    number("reps", "Repetitions of each event.", defaults.reps);
    parser.addOption({QStringLiteral("engine"), QStringLiteral("swarmplay-engine to run."),
                      QStringLiteral("path"), QStringLiteral(SWARMPLAY_ENGINE_PATH)});
    parser.addOption({QStringLiteral("wrk"), QStringLiteral("wrk to run."), QStringLiteral("path"),
                      defaults.wrk});
    parser.addOption({QStringLiteral("no-library-wait"),
                      QStringLiteral("Do not wait for the daemon's 30 s library tick after many "
                                     "additions (its stall then falls into other figures).")});
    parser.process(app);

    ApiBench::Options options;
    const auto value = [&](const char *name) {
        return std::max(1, parser.value(QLatin1String(name)).toInt());
    };
    options.torrents = value("torrents");
    options.subscribers = value("subscribers");
    options.durationS = value("duration");
    options.connections = value("connections");
    options.threads = std::min(value("threads"), options.connections);
    options.adds = value("adds");
    options.reps = value("reps");
    options.engine = parser.value(QStringLiteral("engine"));
    options.wrk = parser.value(QStringLiteral("wrk"));
    options.waitForLibrary = !parser.isSet(QStringLiteral("no-library-wait"));
    if (!WrkLoad::available(options.wrk)) {
        fprintf(stderr, "bench_api: %s is not there; install wrk (Debian: apt install wrk)\n",
                qPrintable(options.wrk));
        return 77;
    }
    int exitCode = 0;
    ApiBench bench(options);
    const QJsonObject report = bench.run(&exitCode);
    fputs(QJsonDocument(report).toJson(QJsonDocument::Indented).constData(), stdout);
    return exitCode;
}
