#include "embeddedsubtitles.h"

#include <QLoggingCategory>
#include <QThread>

#include "../stream/bytereader.h"
#include "assrenderer.h"
#include "bitmapsubtitles.h"
#include "subtitledemuxer.h"

namespace swarmplay {

Q_LOGGING_CATEGORY(lcEmbedded, "swarmplay.subtitles", QtInfoMsg)

EmbeddedSubtitles::EmbeddedSubtitles(std::unique_ptr<ByteReader> reader, QObject *parent)
    : QObject(parent)
    , m_demuxer(std::make_unique<SubtitleDemuxer>(std::move(reader)))
    , m_ass(std::make_unique<AssRenderer>())
    , m_bitmaps(std::make_unique<BitmapSubtitles>())
    , m_renderThread(new QThread)
    , m_renderContext(new QObject)
{
    qRegisterMetaType<SubtitlePicture>();
    qRegisterMetaType<QVector<EmbeddedTrack>>();
    m_renderThread->setObjectName(QStringLiteral("subtitle render"));
    m_renderContext->moveToThread(m_renderThread);
    connect(m_renderThread, &QThread::finished, m_renderContext, &QObject::deleteLater);
    m_renderThread->start();
    // libass and fontconfig start here, off the caller's thread: a first font scan takes seconds.
    QMetaObject::invokeMethod(m_renderContext, [this] {
        std::lock_guard<std::mutex> lock(m_drawMutex);
        if (!m_ass->start())
            qCWarning(lcEmbedded, "libass could not start: styled subtitles will not show");
    });
    m_demuxThread = std::thread([this] { demuxLoop(); });
}

EmbeddedSubtitles::~EmbeddedSubtitles()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
        m_demuxer->interrupt();
    }
    m_wake.notify_all();
    m_demuxThread.join();
    m_renderThread->quit();
    m_renderThread->wait();
    delete m_renderThread;
}

void EmbeddedSubtitles::start()
{
    Command c;
    c.open = true;
    post(c);
}

void EmbeddedSubtitles::choose(int stream)
{
    m_chosen = stream;
    Command c;
    c.choose = true;
    c.stream = stream;
    post(c);
}

void EmbeddedSubtitles::seek(qint64 ms)
{
    Command c;
    c.seek = true;
    c.seekMs = std::max<qint64>(0, ms);
    post(c);
}

void EmbeddedSubtitles::post(const Command &c)
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_command.open = m_command.open || c.open;
        if (c.choose) {
            m_command.choose = true;
            m_command.stream = c.stream;
        }
        if (c.seek) {
            m_command.seek = true;
            m_command.seekMs = c.seekMs;
        }
        m_hasCommand = true;
        m_demuxer->interrupt(); // a wait for bytes gives up at once
    }
    m_wake.notify_all();
}

void EmbeddedSubtitles::demuxLoop()
{
    bool reading = false;
    for (;;) {
        Command c;
        bool have = false;
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_wake.wait(lock, [&] { return m_stop || m_hasCommand || reading; });
            if (m_stop)
                return;
            if (m_hasCommand) {
                c = m_command;
                m_command = Command();
                m_hasCommand = false;
                have = true;
                m_demuxer->resume();
            }
        }
        if (have && !applyCommand(c)) {
            reading = false;
            continue;
        }
        if (have && (c.choose || c.seek))
            reading = m_demuxer->selected() >= 0;
        if (reading) {
            QVector<SubtitleEvent> events;
            const SubtitleDemuxer::Step step = m_demuxer->next(&events);
            if (!events.isEmpty()) {
                {
                    std::lock_guard<std::mutex> lock(m_drawMutex);
                    for (const SubtitleEvent &e : events) {
                        if (m_bitmapTrack)
                            m_bitmaps->add(e);
                        else
                            m_ass->addEvent(e);
                    }
                }
                std::lock_guard<std::mutex> lock(m_mutex);
                if (!m_renderScheduled && m_request.width > 0) {
                    m_hasRequest = true; // what is on screen may have changed
                    m_renderScheduled = true;
                    QMetaObject::invokeMethod(m_renderContext, [this] { renderPending(); });
                }
            }
            if (step == SubtitleDemuxer::Step::End) {
                reading = false;
            } else if (step == SubtitleDemuxer::Step::Failed) {
                reading = false;
                const int stream = m_demuxer->selected();
                const QString reason = m_demuxer->error();
                QMetaObject::invokeMethod(
                    this, [this, stream, reason] { emit trackFailed(stream, reason); });
            }
        }
    }
}

bool EmbeddedSubtitles::applyCommand(const Command &c)
{
    if (c.open) {
        if (!m_demuxer->open()) {
            const QString reason = m_demuxer->error();
            QMetaObject::invokeMethod(this, [this, reason] { emit openFailed(reason); });
            return false;
        }
        {
            std::lock_guard<std::mutex> lock(m_drawMutex);
            for (const SubtitleFont &f : m_demuxer->fonts())
                m_ass->addFont(f);
        }
        const QVector<EmbeddedTrack> tracks = m_demuxer->tracks();
        qCInfo(lcEmbedded, "%d subtitle tracks, %d attached fonts", int(tracks.size()),
               int(m_demuxer->fonts().size()));
        QMetaObject::invokeMethod(this, [this, tracks] {
            m_tracks = tracks;
            emit opened(tracks);
        });
    }
    if (c.choose) {
        const bool ok = c.stream >= 0 && m_demuxer->select(c.stream);
        {
            std::lock_guard<std::mutex> lock(m_drawMutex);
            m_trackReady = ok;
            m_bitmapTrack = ok && m_demuxer->decoder().isBitmap();
            m_bitmaps->clear();
            m_shownKey = -2;
            if (m_bitmapTrack) {
                const SubtitleDecoder &d = m_demuxer->decoder();
                m_bitmaps->setCanvas(
                    d.canvasWidth() > 0 ? d.canvasWidth() : m_demuxer->videoWidth(),
                    d.canvasHeight() > 0 ? d.canvasHeight() : m_demuxer->videoHeight());
            } else if (ok) {
                m_ass->setTrack(m_demuxer->decoder().assHeader(), m_demuxer->videoWidth(),
                                m_demuxer->videoHeight());
            }
        }
        if (c.stream >= 0 && !ok) {
            const int stream = c.stream;
            const QString reason = m_demuxer->error();
            QMetaObject::invokeMethod(this,
                                      [this, stream, reason] { emit trackFailed(stream, reason); });
        }
        std::lock_guard<std::mutex> lock(m_mutex);
        if (m_request.width > 0 && !m_renderScheduled) {
            m_hasRequest = true; // clears what the last track showed
            m_renderScheduled = true;
            QMetaObject::invokeMethod(m_renderContext, [this] { renderPending(); });
        }
    }
    if (c.seek && m_demuxer->selected() >= 0 && !m_demuxer->seek(c.seekMs))
        qCInfo(lcEmbedded, "seek to %lld ms: %s", c.seekMs, qPrintable(m_demuxer->error()));
    return true;
}

void EmbeddedSubtitles::requestPicture(qint64 ms, int frameWidth, int frameHeight)
{
    if (frameWidth <= 0 || frameHeight <= 0)
        return;
    std::lock_guard<std::mutex> lock(m_mutex);
    m_request = Request{ms, frameWidth, frameHeight};
    m_hasRequest = true;
    if (!m_renderScheduled) {
        m_renderScheduled = true;
        QMetaObject::invokeMethod(m_renderContext, [this] { renderPending(); });
    }
}

void EmbeddedSubtitles::renderPending()
{
    for (;;) {
        Request r;
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            if (!m_hasRequest || m_stop) {
                m_renderScheduled = false;
                return;
            }
            r = m_request;
            m_hasRequest = false;
        }
        SubtitlePicture picture;
        bool changed = true;
        {
            std::lock_guard<std::mutex> lock(m_drawMutex);
            if (!m_trackReady) {
                changed = m_shownKey != -1;
                m_shownKey = -1;
            } else if (m_bitmapTrack) {
                qint64 start = -1;
                picture = m_bitmaps->at(r.ms, &start);
                changed = start != m_shownKey;
                m_shownKey = start;
            } else {
                picture = m_ass->render(r.ms, r.width, r.height, &changed);
                m_shownKey = -2;
            }
        }
        // A picture is for one frame size: a new size always gets one.
        changed = changed || r.width != m_shownWidth || r.height != m_shownHeight;
        m_shownWidth = r.width;
        m_shownHeight = r.height;
        if (changed)
            emit pictureReady(r.ms, picture);
    }
}

int EmbeddedSubtitles::eventCount() const
{
    std::lock_guard<std::mutex> lock(m_drawMutex);
    return m_bitmapTrack ? m_bitmaps->eventCount() : m_ass->eventCount();
}

} // namespace swarmplay
