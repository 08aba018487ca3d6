#include "embeddedsubtitles.h"

#include <QLoggingCategory>

#include "../stream/bytereader.h"
#include "subtitledemuxer.h"
#include "subtitledrawer.h"

namespace swarmplay {

Q_LOGGING_CATEGORY(lcEmbedded, "swarmplay.subtitles", QtInfoMsg)

EmbeddedSubtitles::EmbeddedSubtitles(std::unique_ptr<ByteReader> reader, SubtitleDrawer *drawer,
                                     QObject *parent)
    : QObject(parent)
    , m_demuxer(std::make_unique<SubtitleDemuxer>(std::move(reader)))
    , m_drawer(drawer)
{
    qRegisterMetaType<QVector<EmbeddedTrack>>();
    m_thread = std::thread([this] { demuxLoop(); });
}

EmbeddedSubtitles::~EmbeddedSubtitles()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
        m_demuxer->interrupt();
    }
    m_wake.notify_all();
    m_thread.join();
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
    bool opened = false;
    bool reading = false;
    for (;;) {
        Command c;
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_wake.wait(lock, [&] { return m_stop || m_hasCommand || reading; });
            if (m_stop)
                return;
            if (m_hasCommand) {
                c = m_command;
                m_command = Command();
                m_hasCommand = false;
                m_demuxer->resume();
            }
        }
        if (c.open && !opened) {
            opened = open();
            if (!opened)
                return; // nothing more can be read; openFailed said why
        }
        if (!opened)
            continue;
        if (c.choose)
            select(c.stream);
        if (c.seek && m_demuxer->selected() >= 0) {
            const bool sought = m_demuxer->seek(c.seekMs);
            qCDebug(lcEmbedded, "seek to %lld ms: %s", c.seekMs,
                    sought ? "done" : qPrintable(m_demuxer->error()));
        }
        if (c.choose || c.seek)
            reading = m_demuxer->selected() >= 0;
        if (reading)
            readOnce(&reading);
    }
}

bool EmbeddedSubtitles::open()
{
    if (!m_demuxer->open()) {
        const QString reason = m_demuxer->error();
        QMetaObject::invokeMethod(this, [this, reason] { emit openFailed(reason); });
        return false;
    }
    m_drawer->addFonts(m_demuxer->fonts());
    const QVector<EmbeddedTrack> tracks = m_demuxer->tracks();
    qCInfo(lcEmbedded, "%d subtitle tracks, %d attached fonts", int(tracks.size()),
           int(m_demuxer->fonts().size()));
    QMetaObject::invokeMethod(this, [this, tracks] {
        m_tracks = tracks;
        emit opened(tracks);
    });
    return true;
}

void EmbeddedSubtitles::select(int stream)
{
    m_generation = -1;
    if (stream < 0)
        return;
    if (!m_demuxer->select(stream)) {
        failTrack(stream, m_demuxer->error());
        return;
    }
    const SubtitleDecoder &d = m_demuxer->decoder();
    if (d.isBitmap()) {
        m_generation = m_drawer->setBitmapTrack(
            d.canvasWidth() > 0 ? d.canvasWidth() : m_demuxer->videoWidth(),
            d.canvasHeight() > 0 ? d.canvasHeight() : m_demuxer->videoHeight());
    } else {
        m_generation =
            m_drawer->setAssTrack(d.assHeader(), m_demuxer->videoWidth(), m_demuxer->videoHeight());
    }
}

void EmbeddedSubtitles::readOnce(bool *reading)
{
    QVector<SubtitleEvent> events;
    const SubtitleDemuxer::Step step = m_demuxer->next(&events);
    if (!events.isEmpty() && m_generation >= 0)
        m_drawer->addEvents(m_generation, events);
    if (step == SubtitleDemuxer::Step::End) {
        *reading = false;
    } else if (step == SubtitleDemuxer::Step::Failed) {
        *reading = false;
        failTrack(m_demuxer->selected(), m_demuxer->error());
    }
}

void EmbeddedSubtitles::failTrack(int stream, const QString &reason)
{
    qCInfo(lcEmbedded, "subtitle stream %d cannot be shown: %s", stream, qPrintable(reason));
    QMetaObject::invokeMethod(this, [this, stream, reason] { emit trackFailed(stream, reason); });
}

} // namespace swarmplay
