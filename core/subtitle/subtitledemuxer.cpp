#include "subtitledemuxer.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/dict.h>
#include <libavutil/error.h>
#include <libavutil/mathematics.h>
#include <libavutil/mem.h>
}

#include <mutex>

#include <QScopeGuard>

#include "../stream/bytereader.h"
#include "avioreader.h"

namespace swarmplay {

namespace {

// Packets in a row that the decoder refuses before the track counts as damaged.
constexpr int kMaxDecodeFailures = 8;

QString avError(int code)
{
    char text[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(code, text, sizeof text);
    return QString::fromUtf8(text);
}

QString tag(const AVStream *s, const char *key)
{
    const AVDictionaryEntry *e = av_dict_get(s->metadata, key, nullptr, 0);
    return e ? QString::fromUtf8(e->value) : QString();
}

bool isFont(const QString &name, const QString &mime)
{
    static const QStringList types = {
        QStringLiteral("application/x-truetype-font"),
        QStringLiteral("application/x-font-ttf"),
        QStringLiteral("application/x-font-otf"),
        QStringLiteral("application/x-font"),
        QStringLiteral("application/vnd.ms-opentype"),
        QStringLiteral("application/font-sfnt"),
        QStringLiteral("font/ttf"),
        QStringLiteral("font/otf"),
        QStringLiteral("font/sfnt"),
        QStringLiteral("font/collection"),
    };
    const QString lower = name.toLower();
    return types.contains(mime.toLower()) || lower.endsWith(QLatin1String(".ttf")) ||
           lower.endsWith(QLatin1String(".otf")) || lower.endsWith(QLatin1String(".ttc")) ||
           lower.endsWith(QLatin1String(".otc"));
}

int interruptCallback(void *opaque)
{
    return static_cast<AvioReader *>(opaque)->isInterrupted() ? 1 : 0;
}

// No block FFmpeg allocates for a file we play needs more (a 4K frame is 33 MB); a hostile
// header asks for hundreds of MiB at once (a 2 KB MP4's sample table asked for 800 MiB), which
// FFmpeg then refuses as out of memory. The limit is libavutil's, so it holds for the player's
// demuxer in this process too.
constexpr size_t kMaxFfmpegBlock = 128 * 1024 * 1024;

} // namespace

SubtitleDemuxer::SubtitleDemuxer(std::unique_ptr<ByteReader> reader)
    : m_io(std::make_unique<AvioReader>(std::move(reader)))
    , m_packet(av_packet_alloc())
{
    static std::once_flag limited;
    std::call_once(limited, [] { av_max_alloc(kMaxFfmpegBlock); });
}

SubtitleDemuxer::~SubtitleDemuxer()
{
    av_packet_free(&m_packet);
    avformat_close_input(&m_format);
}

bool SubtitleDemuxer::open()
{
    if (!m_io->context() || !m_packet) {
        m_error = QStringLiteral("out of memory");
        return false;
    }
    if (!openInput())
        return false;
    listStreams();
    return true;
}

bool SubtitleDemuxer::openInput()
{
    m_format = avformat_alloc_context();
    if (!m_format) {
        m_error = QStringLiteral("out of memory");
        return false;
    }
    m_format->pb = m_io->context();
    m_format->flags |= AVFMT_FLAG_CUSTOM_IO;
    m_format->interrupt_callback = AVIOInterruptCB{&interruptCallback, m_io.get()};
    const int rc = avformat_open_input(&m_format, "", nullptr, nullptr);
    if (rc < 0) {
        // avformat_open_input frees the context on failure.
        m_error = m_io->isInterrupted() ? QStringLiteral("interrupted") : avError(rc);
        return false;
    }
    m_atHead = true;
    return true;
}

bool SubtitleDemuxer::restart()
{
    avformat_close_input(&m_format); // leaves our AVIOContext open
    m_lost = m_io->hasFailed() || avio_seek(m_io->context(), 0, SEEK_SET) < 0 || !openInput();
    if (m_lost) {
        if (!m_io->isInterrupted())
            m_error = QStringLiteral("the file cannot be read");
        return false;
    }
    for (unsigned i = 0; i < m_format->nb_streams; ++i)
        m_format->streams[i]->discard = int(i) == m_selected ? AVDISCARD_DEFAULT : AVDISCARD_ALL;
    m_decoder.flush();
    return true;
}

void SubtitleDemuxer::listStreams()
{
    int number = 0;
    for (unsigned i = 0; i < m_format->nb_streams; ++i) {
        AVStream *s = m_format->streams[i];
        s->discard = AVDISCARD_ALL; // until chosen
        const AVCodecParameters *p = s->codecpar;
        if (p->codec_type == AVMEDIA_TYPE_VIDEO &&
            !(s->disposition & AV_DISPOSITION_ATTACHED_PIC)) {
            if (m_videoStream < 0) {
                m_videoStream = int(i);
                m_videoWidth = p->width;
                m_videoHeight = p->height;
            }
        } else if (p->codec_type == AVMEDIA_TYPE_ATTACHMENT) {
            const QString name = tag(s, "filename");
            if (p->extradata && p->extradata_size > 0 && isFont(name, tag(s, "mimetype")))
                m_fonts << SubtitleFont{
                    name,
                    QByteArray(reinterpret_cast<const char *>(p->extradata), p->extradata_size)};
        } else if (p->codec_type == AVMEDIA_TYPE_SUBTITLE) {
            EmbeddedTrack t;
            t.stream = int(i);
            t.number = number++;
            t.codec = QString::fromLatin1(avcodec_get_name(p->codec_id));
            t.language = tag(s, "language");
            if (t.language == QLatin1String("und"))
                t.language.clear();
            t.title = tag(s, "title");
            t.isDefault = (s->disposition & AV_DISPOSITION_DEFAULT) != 0;
            t.forced = (s->disposition & AV_DISPOSITION_FORCED) != 0;
            const AVCodecDescriptor *d = avcodec_descriptor_get(p->codec_id);
            t.bitmap = d && (d->props & AV_CODEC_PROP_BITMAP_SUB);
            if (!avcodec_find_decoder(p->codec_id))
                t.problem = QStringLiteral("no decoder for %1").arg(t.codec);
            m_tracks << t;
        }
    }
}

bool SubtitleDemuxer::select(int stream)
{
    m_selected = -1;
    if (m_lost && !restart())
        return false;
    if (!m_format || stream < 0 || stream >= int(m_format->nb_streams) ||
        m_format->streams[stream]->codecpar->codec_type != AVMEDIA_TYPE_SUBTITLE) {
        m_error = QStringLiteral("not a subtitle stream");
        return false;
    }
    for (unsigned i = 0; i < m_format->nb_streams; ++i)
        m_format->streams[i]->discard = int(i) == stream ? AVDISCARD_DEFAULT : AVDISCARD_ALL;
    const AVStream *s = m_format->streams[stream];
    if (!m_decoder.open(s->codecpar, s->time_base, &m_error))
        return false;
    m_selected = stream;
    return true;
}

bool SubtitleDemuxer::seek(qint64 ms)
{
    if (m_lost && !restart())
        return false;
    if (m_seekCut) {
        m_seekCut = false;
        if (!restart())
            return false;
    }
    if (!m_format)
        return false;
    if (m_atHead && ms <= PrerollMs)
        return true;
    m_atHead = false;
    m_decoder.flush();
    int rc = 0;
    if (m_videoStream >= 0) {
        const AVRational tb = m_format->streams[m_videoStream]->time_base;
        rc = av_seek_frame(m_format, m_videoStream, av_rescale_q(ms, AVRational{1, 1000}, tb),
                           AVSEEK_FLAG_BACKWARD);
    } else {
        rc = av_seek_frame(m_format, -1, ms * (AV_TIME_BASE / 1000), AVSEEK_FLAG_BACKWARD);
    }
    if (rc < 0 && m_io->isInterrupted()) {
        m_seekCut = true;
        return false;
    }
    if (rc < 0) {
        // Nothing to seek by (a file cut before its Cues, or written without them), and
        // libavformat is left where it looked for an index: read on from the start instead.
        m_error = avError(rc);
        return restart();
    }
    // The first seek has read the index (Matroska's Cues): an earlier start may be free.
    const qint64 earlier = prerollStart(ms);
    if (earlier >= 0) {
        m_decoder.flush();
        if (av_seek_frame(m_format, m_videoStream, earlier, AVSEEK_FLAG_BACKWARD) < 0) {
            m_seekCut = m_io->isInterrupted();
            return false;
        }
    }
    return true;
}

qint64 SubtitleDemuxer::prerollStart(qint64 ms) const
{
    if (m_videoStream < 0)
        return -1;
    AVStream *v = m_format->streams[m_videoStream];
    const AVRational ms1{1, 1000};
    const int at =
        av_index_search_timestamp(v, av_rescale_q(ms, ms1, v->time_base), AVSEEK_FLAG_BACKWARD);
    const AVIndexEntry *key = at >= 0 ? avformat_index_get_entry(v, at) : nullptr;
    if (!key || key->pos < 0)
        return -1;
    const qint64 earliest = av_rescale_q(ms - PrerollMs, ms1, v->time_base);
    qint64 best = -1;
    for (int i = at - 1; i >= 0; --i) {
        const AVIndexEntry *e = avformat_index_get_entry(v, i);
        if (!e || e->timestamp < earliest || e->pos < 0 || e->pos >= key->pos)
            break;
        // Every byte from there to the key frame has arrived: reading it waits for nothing.
        if (m_io->readyAt(e->pos) < key->pos - e->pos)
            break;
        best = e->timestamp;
    }
    return best;
}

SubtitleDemuxer::Step SubtitleDemuxer::next(QVector<SubtitleEvent> *events)
{
    if (m_selected < 0 || (!m_format && !m_lost))
        return Step::End;
    if (m_lost && !restart())
        return m_io->isInterrupted() ? Step::Interrupted : Step::Failed;
    m_atHead = false;
    m_io->setPaced(true);
    const auto unpace = qScopeGuard([this] { m_io->setPaced(false); });
    for (int failures = 0;;) {
        const int rc = av_read_frame(m_format, m_packet);
        if (m_io->isInterrupted() || rc == AVERROR_EXIT) {
            if (rc >= 0)
                av_packet_unref(m_packet);
            return Step::Interrupted;
        }
        if (rc == AVERROR_EOF)
            return Step::End;
        if (rc < 0) {
            m_error = m_io->hasFailed() ? QStringLiteral("the file cannot be read") : avError(rc);
            return Step::Failed;
        }
        QString error;
        const bool ours = m_packet->stream_index == m_selected;
        const bool ok = !ours || m_decoder.decode(m_packet, events, &error);
        av_packet_unref(m_packet);
        if (!ours)
            continue;
        if (ok)
            return Step::Events;
        if (++failures >= kMaxDecodeFailures) {
            m_error = QStringLiteral("the track is damaged (%1)").arg(error);
            return Step::Failed;
        }
    }
}

void SubtitleDemuxer::interrupt()
{
    m_io->interrupt();
}

void SubtitleDemuxer::resume()
{
    m_io->resume();
}

qint64 SubtitleDemuxer::waitingAt() const
{
    return m_io->waitingAt();
}

} // namespace swarmplay
