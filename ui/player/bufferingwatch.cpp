#include "bufferingwatch.h"

namespace swarmplay {

namespace {
// A wait shorter than this is a hiccup the viewer barely sees.
constexpr int ShowDelayMs = 250;
// Reads on a slow swarm wait piece after piece; the overlay stays up across short gaps.
constexpr int LingerMs = 400;
} // namespace

BufferingWatch::BufferingWatch(std::function<bool()> isWaiting, std::function<bool()> isPlaying,
                               QObject *parent)
    : QObject(parent)
    , m_isWaiting(std::move(isWaiting))
    , m_isPlaying(std::move(isPlaying))
{
    m_delay.setSingleShot(true); // started with the time left to wait
    connect(&m_delay, &QTimer::timeout, this, &BufferingWatch::onDelay);
    m_linger.setSingleShot(true);
    m_linger.setInterval(LingerMs);
    connect(&m_linger, &QTimer::timeout, this, [this] {
        if (!m_isWaiting())
            setBuffering(false);
    });
}

void BufferingWatch::setWaiting(bool waiting)
{
    if (waiting) {
        m_linger.stop();
        if (!m_buffering && !m_delay.isActive())
            m_delay.start(ShowDelayMs);
    } else {
        m_delay.stop();
        if (m_buffering && !m_linger.isActive())
            m_linger.start();
    }
}

void BufferingWatch::progressed()
{
    m_sinceProgress.start();
}

void BufferingWatch::reset()
{
    m_delay.stop();
    m_linger.stop();
    setBuffering(false);
}

void BufferingWatch::onDelay()
{
    if (!m_isWaiting())
        return;
    // Frames already decoded still play for a while after the demuxer begins to wait; the
    // overlay is for a picture that stands still.
    const qint64 still = m_sinceProgress.isValid() ? m_sinceProgress.elapsed() : ShowDelayMs;
    if (still < ShowDelayMs && m_isPlaying()) {
        m_delay.start(int(ShowDelayMs - still));
        return;
    }
    setBuffering(true);
}

void BufferingWatch::setBuffering(bool on)
{
    if (on == m_buffering)
        return;
    m_buffering = on;
    emit bufferingChanged(on);
}

} // namespace swarmplay
