#include "swarmplayoptions.h"

#include <QCommandLineParser>
#include <QDir>
#include <QHostAddress>
#include <QStandardPaths>

#include "session/sessionsettings.h"

namespace swarmplay {

bool SwarmplayOptions::parse(const QStringList &arguments)
{
    *this = SwarmplayOptions();
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Plays videos from BitTorrent while they download. Without a source it plays a demo "
           "video from a small swarm it runs itself."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  tr("Play the demo: a sample video made with ffmpeg, served by "
                                     "seeders on this computer at twice its bitrate."));
    const QCommandLineOption stateDir(
        QStringLiteral("state-dir"),
        tr("Where to keep resume data and opened torrents (default: %1).")
            .arg(QDir::toNativeSeparators(defaultStateDir())),
        tr("DIR"));
    const QCommandLineOption downloadDir(QStringLiteral("download-dir"),
                                         tr("Where downloaded files go (default: %1).")
                                             .arg(QDir::toNativeSeparators(defaultDownloadDir())),
                                         tr("DIR"));
    const QCommandLineOption benchmark(
        QStringLiteral("benchmark-play"),
        tr("Play SOURCE offscreen with fresh state and print JSON figures: time to metadata, "
           "to the probe region and to the first frame, rebuffers, seek-to-frame latency, "
           "CPU while paused, peak memory."),
        tr("SOURCE"));
    const QCommandLineOption seek(QStringLiteral("seek"),
                                  tr("With --benchmark-play: seek to this fraction (0 to 1)."),
                                  tr("FRACTION"));
    const QCommandLineOption duration(QStringLiteral("duration"),
                                      tr("With --benchmark-play: play this many seconds."),
                                      tr("SECONDS"));
    const QCommandLineOption subtitles(
        QStringLiteral("subtitles"),
        tr("With --benchmark-play: show the file's own subtitle track N (from 0) from the "
           "start."),
        tr("N"));
    const QCommandLineOption grab(
        QStringLiteral("grab"),
        tr("With --benchmark-play: before pausing, seek to second T and save the player's "
           "picture with its subtitles as FILE.png (given after T)."),
        tr("T"));
    const QCommandLineOption bind(
        QStringLiteral("bind"),
        tr("Listen and connect from this IP address only. A loopback address (127.x.x.x, ::1) "
           "also turns off DHT, local peer discovery, UPnP and NAT-PMP, so nothing leaves this "
           "computer."),
        tr("ADDRESS"));
    const QCommandLineOption newInstance(
        QStringLiteral("new-instance"),
        tr("Open a window of its own even when Swarmplay is already running. Otherwise the "
           "sources go to the window already open for the same user, display and state folder, "
           "and this launch exits."));
    parser.addOptions({demo, stateDir, downloadDir, newInstance, benchmark, seek, duration,
                       subtitles, grab, bind});
    parser.addPositionalArgument(
        QStringLiteral("sources"),
        tr("What to open: .torrent files, magnet links, info hashes or web addresses of "
           ".torrent files."),
        tr("[FILE.torrent | MAGNET | URL | INFOHASH]..."));
    m_helpText = parser.helpText();

    if (!parser.parse(arguments)) {
        m_error = parser.errorText();
        return false;
    }
    m_help = parser.isSet(help) || parser.isSet(QStringLiteral("help-all"));
    m_version = parser.isSet(version);
    m_demo = parser.isSet(demo);
    m_newInstance = parser.isSet(newInstance);
    m_sources = parser.positionalArguments();
    m_stateDir = parser.isSet(stateDir) ? parser.value(stateDir) : defaultStateDir();
    m_downloadDir = parser.isSet(downloadDir) ? parser.value(downloadDir) : defaultDownloadDir();
    m_downloadDirGiven = parser.isSet(downloadDir);
    for (QString *dir : {&m_stateDir, &m_downloadDir}) {
        if (dir->trimmed().isEmpty()) {
            m_error = tr("--state-dir and --download-dir need a folder.");
            return false;
        }
        *dir = QDir::cleanPath(QDir(*dir).absolutePath());
    }

    if ((parser.isSet(seek) || parser.isSet(duration) || parser.isSet(subtitles) ||
         parser.isSet(grab)) &&
        !parser.isSet(benchmark)) {
        m_error = tr("--seek, --duration, --subtitles and --grab go with --benchmark-play.");
        return false;
    }
    if (parser.isSet(bind)) {
        m_bindAddress = parser.value(bind).trimmed();
        if (QHostAddress(m_bindAddress).isNull()) {
            m_error = tr("--bind takes an IP address, not \"%1\".").arg(m_bindAddress);
            return false;
        }
    }
    if (parser.isSet(benchmark)) {
        m_benchmarkSource = parser.value(benchmark).trimmed();
        if (m_benchmarkSource.isEmpty()) {
            m_error = tr("--benchmark-play needs a source.");
            return false;
        }
        if (parser.isSet(seek)) {
            bool ok = false;
            m_seek = parser.value(seek).toDouble(&ok);
            if (!ok || m_seek < 0.0 || m_seek > 1.0) {
                m_error = tr("--seek takes a fraction of the video from 0 to 1, e.g. 0.5; got "
                             "\"%1\".")
                              .arg(parser.value(seek));
                return false;
            }
        }
        if (parser.isSet(subtitles)) {
            bool ok = false;
            m_subtitleTrack = parser.value(subtitles).toInt(&ok);
            if (!ok || m_subtitleTrack < 0) {
                m_error = tr("--subtitles takes the number of a subtitle track inside the file, "
                             "from 0; got \"%1\".")
                              .arg(parser.value(subtitles));
                return false;
            }
        }
        if (parser.isSet(grab)) {
            bool ok = false;
            const double at = parser.value(grab).toDouble(&ok);
            // The picture's file follows T: the only word a benchmark takes besides options.
            if (!ok || at < 0 || m_sources.size() != 1 ||
                !m_sources.first().endsWith(QLatin1String(".png"), Qt::CaseInsensitive)) {
                m_error = tr("--grab takes a time in seconds and a .png file to write, e.g. "
                             "--grab 12.5 picture.png.");
                return false;
            }
            m_grabAtMs = qint64(at * 1000.0);
            m_grabFile = QDir(m_sources.first()).absolutePath();
            m_sources.clear();
        }
        if (parser.isSet(duration)) {
            bool ok = false;
            m_duration = parser.value(duration).toInt(&ok);
            if (!ok || m_duration <= 0) {
                m_error = tr("--duration takes a whole number of seconds above 0; got \"%1\".")
                              .arg(parser.value(duration));
                return false;
            }
        }
    }
    return true;
}

bool SwarmplayOptions::printsOnly(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--"))
            break; // what follows are sources, whatever they look like
        if (a == QLatin1String("-h") || a == QLatin1String("--help") ||
            a == QLatin1String("-help") || a == QLatin1String("--help-all") ||
            a == QLatin1String("-v") || a == QLatin1String("--version") ||
            a == QLatin1String("-version"))
            return true;
    }
    return false;
}

bool SwarmplayOptions::benchmarks(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--"))
            break;
        if (a == QLatin1String("--benchmark-play") ||
            a.startsWith(QLatin1String("--benchmark-play=")))
            return true;
    }
    return false;
}

void SwarmplayOptions::applyBind(SessionSettings *settings) const
{
    if (m_bindAddress.isEmpty())
        return;
    const QHostAddress host(m_bindAddress);
    if (host.isLoopback()) {
        *settings =
            SessionSettings::loopback(settings->stateDir, settings->downloadDir, m_bindAddress, 0);
        return;
    }
    settings->listenInterfaces = host.protocol() == QAbstractSocket::IPv6Protocol
                                     ? QStringLiteral("[%1]:6881").arg(m_bindAddress)
                                     : QStringLiteral("%1:6881").arg(m_bindAddress);
    settings->outgoingInterface = m_bindAddress;
}

QString SwarmplayOptions::defaultStateDir()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return dir.isEmpty() ? QDir::home().filePath(QStringLiteral(".swarmplay")) : dir;
}

QString SwarmplayOptions::defaultDownloadDir()
{
    QString base = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    if (base.isEmpty())
        base = QDir::homePath();
    return QDir(base).filePath(QStringLiteral("Swarmplay"));
}

} // namespace swarmplay
