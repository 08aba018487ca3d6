#include "demomedia.h"

#include <algorithm>
#include <filesystem>
#include <memory>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QPromise>
#include <QSaveFile>
#include <QStandardPaths>
#include <QThreadPool>
#include <QTimer>

#include "create/torrentcreator.h"
#include "input/torrentsource.h"

namespace swarmplay {

namespace {

const QString VideoName = QStringLiteral("swarmplay-demo.mp4");
const QString TorrentName = QStringLiteral("swarmplay-demo.torrent");
const QString SidecarName = QStringLiteral("swarmplay-demo.json");
const QString TitleName = QStringLiteral("swarmplay-demo-title.txt");

// Bump when the ffmpeg command changes in a way the options below do not capture.
constexpr int RecipeVersion = 1;

struct Sidecar
{
    QString recipe;
    qint64 sizeBytes = 0;
    qint64 durationMs = 0;
    bool hasText = false;
    QString infoHash;
};

Sidecar readSidecar(const QString &path)
{
    Sidecar s;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.size() > 64 * 1024)
        return s;
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    s.recipe = o.value(QStringLiteral("recipe")).toString();
    s.sizeBytes = static_cast<qint64>(o.value(QStringLiteral("sizeBytes")).toDouble());
    s.durationMs = static_cast<qint64>(o.value(QStringLiteral("durationMs")).toDouble());
    s.hasText = o.value(QStringLiteral("hasText")).toBool();
    s.infoHash = o.value(QStringLiteral("infoHash")).toString();
    return s;
}

struct HashJob
{
    QByteArray data;
    QString error;
};

} // namespace

DemoMedia::DemoMedia(QObject *parent)
    : DemoMedia(Options{}, parent)
{}

DemoMedia::DemoMedia(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    qRegisterMetaType<swarmplay::DemoMedia::Result>();
}

DemoMedia::~DemoMedia()
{
    cancel();
}

QString DemoMedia::defaultCacheDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
           QStringLiteral("/demo");
}

QString DemoMedia::cacheDir() const
{
    return m_options.cacheDir.isEmpty() ? defaultCacheDir() : m_options.cacheDir;
}

QString DemoMedia::videoPath() const
{
    return QDir(cacheDir()).filePath(VideoName);
}

QString DemoMedia::torrentPath() const
{
    return QDir(cacheDir()).filePath(TorrentName);
}

QString DemoMedia::sidecarPath() const
{
    return QDir(cacheDir()).filePath(SidecarName);
}

QString DemoMedia::titleFilePath() const
{
    return QDir(cacheDir()).filePath(TitleName);
}

QString DemoMedia::partPath() const
{
    // Per process, so two instances making the video at once never write the same file.
    return videoPath() + QStringLiteral(".%1.part").arg(QCoreApplication::applicationPid());
}

QString DemoMedia::recipe() const
{
    // The title is left out on purpose: a new UI language is no reason to encode again.
    const Options &o = m_options;
    return QStringLiteral("v%1 %2x%3 %4fps %5s h264 %6k aac %7k piece %8")
        .arg(RecipeVersion)
        .arg(o.width)
        .arg(o.height)
        .arg(o.frameRate)
        .arg(o.durationSeconds)
        .arg(o.videoKbps)
        .arg(o.audioKbps)
        .arg(o.pieceSize);
}

bool DemoMedia::cachedVideoIsValid(Result *result) const
{
    const Sidecar s = readSidecar(sidecarPath());
    const QFileInfo video(videoPath());
    if (s.recipe != recipe() || !video.isFile() || video.size() <= 0 ||
        video.size() != s.sizeBytes || s.durationMs <= 0)
        return false;
    result->videoPath = video.absoluteFilePath();
    result->torrentPath = QFileInfo(torrentPath()).absoluteFilePath();
    result->contentFolder = video.absolutePath();
    result->sizeBytes = s.sizeBytes;
    result->durationMs = s.durationMs;
    result->hasText = s.hasText;
    return true;
}

bool DemoMedia::cachedTorrentIsValid(const Result &result) const
{
    const Sidecar s = readSidecar(sidecarPath());
    const TorrentSource source = TorrentSource::parse(result.torrentPath);
    return source.isValid() && source.kind() == TorrentSource::Kind::TorrentFile &&
           source.id().key() == s.infoHash && source.info().totalSize == result.sizeBytes &&
           source.info().pieceLength == m_options.pieceSize;
}

void DemoMedia::start()
{
    if (m_running)
        return;
    m_running = true;
    ++m_generation;
    m_result = {};
    m_lastPercent = -1;
    m_firstFailure.clear();

    if (!QDir().mkpath(cacheDir())) {
        failLater(tr("Cannot create the folder \"%1\" for the demo video; check that it is "
                     "writable.")
                      .arg(QDir::toNativeSeparators(cacheDir())));
        return;
    }

    Result cached;
    if (cachedVideoIsValid(&cached)) {
        cached.reused = true;
        if (cachedTorrentIsValid(cached))
            finishLater(cached);
        else
            makeTorrent(cached);
        return;
    }

    const QString wanted = m_options.ffmpegProgram;
    const bool isPath = QDir::isAbsolutePath(wanted) || wanted.contains(QLatin1Char('/'));
    const QString program = isPath ? (QFileInfo(wanted).isExecutable() ? wanted : QString())
                                   : QStandardPaths::findExecutable(wanted);
    if (program.isEmpty()) {
        failLater(tr("ffmpeg is needed to make the demo video; install it with: sudo apt "
                     "install ffmpeg"));
        return;
    }
    // An old sidecar must not vouch for whatever ends up at the video's name.
    QFile::remove(sidecarPath());
    runFfmpeg(program, true);
}

void DemoMedia::cancel()
{
    ++m_generation;
    m_running = false;
    stopProcess();
}

void DemoMedia::stopProcess()
{
    if (m_timeout)
        m_timeout->stop();
    if (!m_process)
        return;
    QProcess *p = m_process;
    m_process = nullptr;
    p->disconnect(this);
    if (p->state() != QProcess::NotRunning) {
        p->kill();
        p->waitForFinished(3000);
    }
    delete p;
    QFile::remove(partPath());
}

QStringList DemoMedia::ffmpegArguments(bool withText) const
{
    const Options &o = m_options;
    const QString d = QString::number(o.durationSeconds);
    QStringList args = {
        QStringLiteral("-hide_banner"),
        QStringLiteral("-nostdin"),
        QStringLiteral("-y"),
        QStringLiteral("-loglevel"),
        QStringLiteral("error"),
        QStringLiteral("-nostats"),
        QStringLiteral("-progress"),
        QStringLiteral("pipe:1"),
        QStringLiteral("-f"),
        QStringLiteral("lavfi"),
        QStringLiteral("-i"),
        QStringLiteral("testsrc2=size=%1x%2:rate=%3:duration=%4")
            .arg(o.width)
            .arg(o.height)
            .arg(o.frameRate)
            .arg(d),
        QStringLiteral("-f"),
        QStringLiteral("lavfi"),
        QStringLiteral("-i"),
        // A beep each second makes a lost audio track or drifting sync easy to hear.
        QStringLiteral("sine=frequency=440:beep_factor=4:sample_rate=48000:duration=%1").arg(d),
    };
    if (withText) {
        // The title comes from a file (relative: ffmpeg runs in the cache folder) so no
        // translation needs filter-graph escaping; the clock shows that playback moves.
        const QString box =
            QStringLiteral(":fontcolor=white:box=1:boxcolor=black@0.6:boxborderw=16:x=(w-tw)/2");
        args << QStringLiteral("-vf")
             << QStringLiteral("drawtext=textfile=%1:expansion=none:fontsize=%2%3:y=h/14,"
                               "drawtext=text='%{pts\\:hms}':fontsize=%4%3:y=h-th-h/10")
                    .arg(TitleName)
                    .arg(o.height / 13)
                    .arg(box)
                    .arg(o.height / 10);
    }
    const int kbps = o.videoKbps;
    args << QStringLiteral("-c:v")
         << QStringLiteral("libx264")
         // ultrafast: half the CPU of veryfast and the bitrate still lands on target.
         << QStringLiteral("-preset") << QStringLiteral("ultrafast") << QStringLiteral("-pix_fmt")
         << QStringLiteral("yuv420p") << QStringLiteral("-b:v") << QStringLiteral("%1k").arg(kbps)
         << QStringLiteral("-maxrate") << QStringLiteral("%1k").arg(kbps * 6 / 5)
         << QStringLiteral("-bufsize")
         << QStringLiteral("%1k").arg(kbps * 2)
         // A key frame every 2 s keeps seeks short.
         << QStringLiteral("-g") << QString::number(o.frameRate * 2) << QStringLiteral("-c:a")
         << QStringLiteral("aac") << QStringLiteral("-b:a")
         << QStringLiteral("%1k").arg(o.audioKbps) << QStringLiteral("-ac")
         << QStringLiteral("2")
         // moov first, so a player can start from the head of a file that is still arriving.
         << QStringLiteral("-movflags") << QStringLiteral("+faststart") << QStringLiteral("-f")
         << QStringLiteral("mp4") << partPath();
    return args;
}

void DemoMedia::runFfmpeg(const QString &program, bool withText)
{
    m_program = program;
    m_withText = withText;
    m_stderr.clear();
    m_stdoutLine.clear();
    m_timedOut = false;

    if (withText) {
        QSaveFile title(titleFilePath());
        if (!title.open(QIODevice::WriteOnly) || title.write(tr("Swarmplay demo").toUtf8()) < 0 ||
            !title.commit()) {
            runFfmpeg(program, false);
            return;
        }
    }

    m_process = new QProcess(this);
    m_process->setWorkingDirectory(cacheDir());
    m_process->setStandardInputFile(QProcess::nullDevice());
    connect(m_process, &QProcess::readyReadStandardOutput, this, &DemoMedia::onFfmpegOutput);
    connect(m_process, &QProcess::readyReadStandardError, this, [this] {
        if (!m_process)
            return;
        m_stderr += m_process->readAllStandardError();
        if (m_stderr.size() > 64 * 1024)
            m_stderr = m_stderr.right(16 * 1024);
    });
    connect(m_process, &QProcess::finished, this,
            [this](int exitCode, QProcess::ExitStatus status) {
                onFfmpegFinished(exitCode, status == QProcess::CrashExit);
            });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart || !m_process)
            return;
        // No finished() follows a failed start. This can fire inside QProcess::start(), so the
        // sender is deleted later and the failure is reported from the event loop.
        m_process->disconnect(this);
        m_process->deleteLater();
        m_process = nullptr;
        m_timeout->stop();
        failLater(tr("ffmpeg is needed to make the demo video; install it with: sudo apt "
                     "install ffmpeg"));
    });

    if (!m_timeout) {
        m_timeout = new QTimer(this);
        m_timeout->setSingleShot(true);
        connect(m_timeout, &QTimer::timeout, this, [this] {
            if (!m_process)
                return;
            m_timedOut = true;
            m_process->kill();
        });
    }
    m_timeout->start(m_options.timeoutMs > 0 ? m_options.timeoutMs
                                             : 60000 + 8000 * m_options.durationSeconds);
    m_process->start(program, ffmpegArguments(withText));
}

void DemoMedia::onFfmpegOutput()
{
    if (!m_process)
        return;
    // -progress writes key=value lines; out_time_us is how far the encode is.
    m_stdoutLine += m_process->readAllStandardOutput();
    int newline;
    while ((newline = m_stdoutLine.indexOf('\n')) >= 0) {
        const QByteArray line = m_stdoutLine.left(newline).trimmed();
        m_stdoutLine.remove(0, newline + 1);
        if (!line.startsWith("out_time_us=") && !line.startsWith("out_time_ms="))
            continue;
        const qint64 us = line.mid(line.indexOf('=') + 1).toLongLong();
        const qint64 total = qint64(m_options.durationSeconds) * 1000000;
        const int percent = total > 0 ? int(std::clamp<qint64>(us * 100 / total, 0, 99)) : 0;
        if (percent > m_lastPercent) {
            m_lastPercent = percent;
            emit progress(percent);
        }
    }
}

QString DemoMedia::stderrTail() const
{
    const QStringList lines =
        QString::fromUtf8(m_stderr).trimmed().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return lines.mid(std::max(0, int(lines.size()) - 12)).join(QLatin1Char('\n')).right(2000);
}

void DemoMedia::onFfmpegFinished(int exitCode, bool crashed)
{
    if (!m_process)
        return;
    m_stderr += m_process->readAllStandardError();
    m_process->disconnect(this);
    m_process->deleteLater();
    m_process = nullptr;
    m_timeout->stop();

    const QFileInfo part(partPath());
    if (m_timedOut) {
        QFile::remove(partPath());
        m_running = false;
        emit failed(tr("ffmpeg did not finish the demo video within %1 s; the computer may be "
                       "too busy. Try again later.")
                        .arg(m_timeout->interval() / 1000));
        return;
    }
    if (crashed || exitCode != 0 || !part.isFile() || part.size() <= 0) {
        QFile::remove(partPath());
        if (m_withText) {
            // No drawtext filter in this ffmpeg, or no font for it: a video without text still
            // demonstrates everything that matters.
            m_firstFailure = stderrTail();
            runFfmpeg(m_program, false);
            return;
        }
        m_running = false;
        const QString tail = stderrTail().isEmpty() ? m_firstFailure : stderrTail();
        if (crashed)
            emit failed(
                tr("ffmpeg stopped unexpectedly while making the demo video:\n%1").arg(tail));
        else if (exitCode != 0)
            emit failed(tr("ffmpeg could not make the demo video (exit code %1):\n%2")
                            .arg(exitCode)
                            .arg(tail));
        else
            emit failed(tr("ffmpeg finished but wrote no demo video:\n%1").arg(tail));
        return;
    }

    std::error_code ec;
    // std::filesystem replaces an existing file in one step; QFile::rename refuses to.
    std::filesystem::rename(QFile::encodeName(partPath()).toStdString(),
                            QFile::encodeName(videoPath()).toStdString(), ec);
    if (ec) {
        QFile::remove(partPath());
        m_running = false;
        emit failed(tr("Cannot move the finished demo video to \"%1\": %2")
                        .arg(QDir::toNativeSeparators(videoPath()),
                             QString::fromLocal8Bit(ec.message().c_str())));
        return;
    }
    QFile::remove(titleFilePath());

    Result made;
    const QFileInfo video(videoPath());
    made.videoPath = video.absoluteFilePath();
    made.torrentPath = QFileInfo(torrentPath()).absoluteFilePath();
    made.contentFolder = video.absolutePath();
    made.sizeBytes = video.size();
    made.durationMs = qint64(m_options.durationSeconds) * 1000;
    made.hasText = m_withText;
    m_lastPercent = 99;
    emit progress(99);
    makeTorrent(made);
}

void DemoMedia::makeTorrent(const Result &video)
{
    m_result = video;
    TorrentCreator::Options options;
    options.pieceSize = m_options.pieceSize;
    options.format = TorrentCreator::Format::V1;
    options.comment = tr("Sample video made by Swarmplay for its demo");
    options.withDate = false;

    // Hashing reads the whole file: off the GUI thread.
    auto promise = std::make_shared<QPromise<HashJob>>();
    auto *watcher = new QFutureWatcher<HashJob>(this);
    const quint64 generation = m_generation;
    connect(watcher, &QFutureWatcher<HashJob>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation || watcher->future().resultCount() == 0)
            return;
        const HashJob job = watcher->future().result();
        onTorrentMade(job.data, job.error);
    });
    watcher->setFuture(promise->future());
    promise->start();
    const QString path = video.videoPath;
    QThreadPool::globalInstance()->start([promise, path, options] {
        HashJob job;
        job.data = TorrentCreator::create(path, options, &job.error);
        promise->addResult(job);
        promise->finish();
    });
}

void DemoMedia::onTorrentMade(const QByteArray &data, const QString &error)
{
    m_running = false;
    if (data.isEmpty()) {
        emit failed(tr("Cannot make the demo torrent: %1").arg(error));
        return;
    }
    QSaveFile file(m_result.torrentPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        emit failed(tr("Cannot write \"%1\": %2")
                        .arg(QDir::toNativeSeparators(m_result.torrentPath), file.errorString()));
        return;
    }
    QString sidecarError;
    if (!writeSidecar(m_result, &sidecarError)) {
        emit failed(sidecarError);
        return;
    }
    emit progress(100);
    emit finished(m_result);
}

bool DemoMedia::writeSidecar(const Result &result, QString *error) const
{
    const TorrentSource source = TorrentSource::parse(result.torrentPath);
    QJsonObject o;
    o.insert(QStringLiteral("recipe"), recipe());
    o.insert(QStringLiteral("sizeBytes"), double(result.sizeBytes));
    o.insert(QStringLiteral("durationMs"), double(result.durationMs));
    o.insert(QStringLiteral("hasText"), result.hasText);
    o.insert(QStringLiteral("infoHash"), source.id().key());
    QSaveFile file(sidecarPath());
    const QByteArray json = QJsonDocument(o).toJson();
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        *error = tr("Cannot write \"%1\": %2")
                     .arg(QDir::toNativeSeparators(sidecarPath()), file.errorString());
        return false;
    }
    return true;
}

void DemoMedia::finishLater(const Result &result)
{
    m_result = result;
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(
        this,
        [this, generation] {
            if (generation != m_generation)
                return;
            m_running = false;
            emit progress(100);
            emit finished(m_result);
        },
        Qt::QueuedConnection);
}

void DemoMedia::failLater(const QString &message)
{
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(
        this,
        [this, generation, message] {
            if (generation != m_generation)
                return;
            m_running = false;
            emit failed(message);
        },
        Qt::QueuedConnection);
}

} // namespace swarmplay
