#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

class QProcess;
class QTimer;

namespace swarmplay {

// The sample video behind `swarmplay --demo`: made once with ffmpeg from lavfi test sources,
// kept in a cache folder with its .torrent, and reused on every later run.
class DemoMedia : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString cacheDir; // empty: defaultCacheDir()
        // A name looked up in PATH, or a path to the program.
        QString ffmpegProgram = QStringLiteral("ffmpeg");
        int durationSeconds = 60;
        int width = 1280;
        int height = 720;
        int frameRate = 25;
        int videoKbps = 2500;
        int audioKbps = 128;
        int pieceSize = 256 * 1024;
        // 0: a limit from the duration (a slow machine encodes at a few times real time).
        int timeoutMs = 0;
    };

    // What start() ends with.
    struct Result
    {
        QString videoPath;
        QString torrentPath;
        QString contentFolder; // where the torrent's data lives (the seeders' save path)
        qint64 sizeBytes = 0;
        qint64 durationMs = 0;
        bool reused = false;  // found in the cache, ffmpeg did not run
        bool hasText = false; // the title and clock are drawn (ffmpeg had drawtext and a font)

        qint64 bytesPerSecond() const { return durationMs > 0 ? sizeBytes * 1000 / durationMs : 0; }
    };

    explicit DemoMedia(QObject *parent = nullptr);
    explicit DemoMedia(const Options &options, QObject *parent = nullptr);
    // Stops a running ffmpeg and removes its partial file.
    ~DemoMedia() override;

    // QStandardPaths::CacheLocation + "/demo".
    static QString defaultCacheDir();

    const Options &options() const { return m_options; }
    QString cacheDir() const;
    QString videoPath() const;
    QString torrentPath() const;

    // Makes or finds the video and its torrent. Returns at once; emits finished() or failed()
    // exactly once per call, never from inside start().
    void start();
    // Stops making the video; emits nothing more.
    void cancel();
    bool isRunning() const { return m_running; }
    // Valid after finished().
    const Result &result() const { return m_result; }

signals:
    void progress(int percent);
    void finished(const swarmplay::DemoMedia::Result &result);
    void failed(const QString &message);

private:
    bool cachedVideoIsValid(Result *result) const;
    bool cachedTorrentIsValid(const Result &result) const;
    QString recipe() const;
    QString titleFilePath() const;
    QString partPath() const;
    QString sidecarPath() const;
    QStringList ffmpegArguments(bool withText) const;
    void runFfmpeg(const QString &program, bool withText);
    void onFfmpegOutput();
    void onFfmpegFinished(int exitCode, bool crashed);
    void makeTorrent(const Result &video);
    void onTorrentMade(const QByteArray &data, const QString &error);
    bool writeSidecar(const Result &result, QString *error) const;
    QString stderrTail() const;
    void finishLater(const Result &result);
    void failLater(const QString &message);
    void stopProcess();

    Options m_options;
    QProcess *m_process = nullptr;
    QTimer *m_timeout = nullptr;
    QString m_program;
    QByteArray m_stderr;
    QByteArray m_stdoutLine;
    QString m_firstFailure; // stderr of the run with text, when the plain retry fails too
    bool m_withText = false;
    bool m_running = false;
    bool m_timedOut = false;
    int m_lastPercent = -1;
    quint64 m_generation = 0; // lets a finished hash job know whether it is still wanted
    Result m_result;
};

} // namespace swarmplay

Q_DECLARE_METATYPE(swarmplay::DemoMedia::Result)
