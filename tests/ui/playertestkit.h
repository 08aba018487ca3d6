#pragma once

// What tst_player measures with: the frames a sink receives, how long the GUI thread stood
// still, and the ffmpeg arguments of its test videos.

#include <algorithm>

#include <QElapsedTimer>
#include <QStringList>
#include <QTimer>
#include <QVector>

namespace swarmplay::test {

// Frames as the sink gets them, with their presentation times.
struct FrameLog
{
    QVector<qint64> startUs; // of every valid frame, in order
    int count() const { return int(startUs.size()); }
    // Frames after index `from` whose time is within toleranceMs of targetMs.
    int near(int from, qint64 targetMs, qint64 toleranceMs) const
    {
        int n = 0;
        for (int i = from; i < startUs.size(); ++i)
            n += qAbs(startUs[i] / 1000 - targetMs) <= toleranceMs ? 1 : 0;
        return n;
    }
};

// Measures how long the GUI thread went without running a 50 ms timer.
class LoopWatch : public QObject
{
public:
    LoopWatch()
    {
        m_timer.setInterval(50);
        QObject::connect(&m_timer, &QTimer::timeout, this,
                         [this] { m_maxGap = std::max(m_maxGap, m_clock.restart()); });
    }
    void start()
    {
        m_maxGap = 0;
        m_clock.start();
        m_timer.start();
    }
    qint64 maxGapMs() const { return std::max(m_maxGap, m_clock.elapsed()); }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_maxGap = 0;
};

// ffmpeg arguments (before the output path) for an H.264/AAC MP4 of testsrc2 and a sine tone:
// 640x360 at 25 fps, about 1 Mbit/s, a keyframe every 2 s, like a small web video. Without
// faststart the index (moov) is written after the media data.
inline QStringList testVideoArgs(int seconds, bool faststart)
{
    QStringList args = {
        QStringLiteral("-f"),       QStringLiteral("lavfi"),
        QStringLiteral("-i"),       QStringLiteral("testsrc2=size=640x360:rate=25"),
        QStringLiteral("-f"),       QStringLiteral("lavfi"),
        QStringLiteral("-i"),       QStringLiteral("sine=frequency=440:sample_rate=44100"),
        QStringLiteral("-t"),       QString::number(seconds),
        QStringLiteral("-c:v"),     QStringLiteral("libx264"),
        QStringLiteral("-preset"),  QStringLiteral("veryfast"),
        QStringLiteral("-b:v"),     QStringLiteral("900k"),
        QStringLiteral("-maxrate"), QStringLiteral("1000k"),
        QStringLiteral("-bufsize"), QStringLiteral("2000k"),
        QStringLiteral("-g"),       QStringLiteral("50"),
        QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"),
        QStringLiteral("-c:a"),     QStringLiteral("aac"),
        QStringLiteral("-b:a"),     QStringLiteral("64k")};
    if (faststart)
        args << QStringLiteral("-movflags") << QStringLiteral("+faststart");
    return args;
}

} // namespace swarmplay::test
