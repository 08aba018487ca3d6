#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace swarmplay {

struct SessionSettings;

// The player's command line: `swarmplay [FILE.torrent | MAGNET | URL | INFOHASH]...` with
// --demo, --state-dir, --download-dir, --new-instance, --bind, --version, --help and
// --benchmark-play (with --seek, --duration, --subtitles and --grab).
// Parsing needs no application object, so main() can decide before making one whether this run
// needs a window at all (--version must work without a display).
class SwarmplayOptions
{
    Q_DECLARE_TR_FUNCTIONS(SwarmplayOptions)

public:
    // arguments[0] is the program. False on a bad command line; error() says what is wrong.
    bool parse(const QStringList &arguments);
    QString error() const { return m_error; }
    QString helpText() const { return m_helpText; }

    bool helpRequested() const { return m_help; }
    bool versionRequested() const { return m_version; }

    QStringList sources() const { return m_sources; }
    // --demo, or nothing to open at all: a first run shows what Swarmplay does.
    bool demo() const { return m_demo || m_sources.isEmpty(); }
    QString stateDir() const { return m_stateDir; }
    QString downloadDir() const { return m_downloadDir; }
    // --new-instance: a window of its own, without handing sources to a running one.
    bool newInstance() const { return m_newInstance; }
    // --bind ADDRESS (empty when not given), and what it means for the session: listen and
    // connect from that address; a loopback one also keeps DHT, LSD, UPnP and NAT-PMP off.
    QString bindAddress() const { return m_bindAddress; }
    void applyBind(SessionSettings *settings) const;
    // --download-dir was given: it wins over the folder in the settings.
    bool downloadDirGiven() const { return m_downloadDirGiven; }

    // --benchmark-play SOURCE [--seek FRACTION] [--duration SECONDS]
    bool benchmarkRequested() const { return !m_benchmarkSource.isEmpty(); }
    QString benchmarkSource() const { return m_benchmarkSource; }
    double benchmarkSeek() const { return m_seek; }             // -1 when not given
    int benchmarkDurationSeconds() const { return m_duration; } // 0 when not given
    // --subtitles N: -1 when not given. --grab T FILE.png: -1 and empty when not given.
    int benchmarkSubtitleTrack() const { return m_subtitleTrack; }
    qint64 benchmarkGrabAtMs() const { return m_grabAtMs; }
    QString benchmarkGrabFile() const { return m_grabFile; }

    // Whether this run opens the window: not for --help, --version or a bad command line,
    // which only print, nor for --benchmark-play, which plays offscreen.
    bool needsWindow() const
    {
        return m_error.isEmpty() && !m_help && !m_version && !benchmarkRequested();
    }

    // Cheap look at raw arguments before any application exists: does this run only print?
    // Unknown options are left to parse(), which runs once Qt has taken its own (-platform...).
    static bool printsOnly(const QStringList &arguments);
    // Likewise: is this a --benchmark-play run (offscreen, no display needed)?
    static bool benchmarks(const QStringList &arguments);

    // QStandardPaths::AppDataLocation: resume data and the torrents' own files.
    static QString defaultStateDir();
    // QStandardPaths::DownloadLocation + "/Swarmplay".
    static QString defaultDownloadDir();

private:
    QString m_error;
    QString m_helpText;
    bool m_help = false;
    bool m_version = false;
    bool m_demo = false;
    bool m_newInstance = false;
    QStringList m_sources;
    QString m_stateDir;
    QString m_downloadDir;
    bool m_downloadDirGiven = false;
    QString m_benchmarkSource;
    double m_seek = -1.0;
    int m_duration = 0;
    int m_subtitleTrack = -1;
    qint64 m_grabAtMs = -1;
    QString m_grabFile;
    QString m_bindAddress;
};

} // namespace swarmplay
