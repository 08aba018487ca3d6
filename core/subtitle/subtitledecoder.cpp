#include "subtitledecoder.h"

#include <algorithm>
#include <cstring>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavutil/error.h>
#include <libavutil/mathematics.h>
}

namespace swarmplay {

namespace {

QString avError(int code)
{
    char text[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(code, text, sizeof text);
    return QString::fromUtf8(text);
}

// A palette-indexed rectangle as premultiplied ARGB32.
SubtitlePicture pictureOf(const AVSubtitleRect *rect)
{
    SubtitlePicture p;
    if (rect->w <= 0 || rect->h <= 0 || !rect->data[0] || !rect->data[1] || rect->nb_colors <= 0 ||
        rect->w > 16384 || rect->h > 16384 ||
        qint64(rect->w) * rect->h > SubtitleDecoder::MaxPicturePixels)
        return p;
    p.x = rect->x;
    p.y = rect->y;
    p.width = rect->w;
    p.height = rect->h;
    p.argb.resize(qsizetype(p.width) * p.height * 4);
    const auto *palette = reinterpret_cast<const quint32 *>(rect->data[1]);
    auto *out = reinterpret_cast<quint32 *>(p.argb.data());
    for (int y = 0; y < rect->h; ++y) {
        const quint8 *row = rect->data[0] + qsizetype(y) * rect->linesize[0];
        for (int x = 0; x < rect->w; ++x) {
            const int index = row[x];
            const quint32 c = index < rect->nb_colors ? palette[index] : 0;
            const quint32 a = c >> 24;
            const quint32 r = ((c >> 16) & 0xff) * a / 255;
            const quint32 g = ((c >> 8) & 0xff) * a / 255;
            const quint32 b = (c & 0xff) * a / 255;
            *out++ = (a << 24) | (r << 16) | (g << 8) | b;
        }
    }
    return p;
}

} // namespace

SubtitleDecoder::~SubtitleDecoder()
{
    avcodec_free_context(&m_context);
}

bool SubtitleDecoder::open(const AVCodecParameters *parameters, AVRational timeBase, QString *error)
{
    avcodec_free_context(&m_context);
    const AVCodec *codec = avcodec_find_decoder(parameters->codec_id);
    const AVCodecDescriptor *descriptor = avcodec_descriptor_get(parameters->codec_id);
    if (!codec || !descriptor) {
        *error = QStringLiteral("no decoder for %1")
                     .arg(QString::fromLatin1(avcodec_get_name(parameters->codec_id)));
        return false;
    }
    m_bitmap = (descriptor->props & AV_CODEC_PROP_BITMAP_SUB) != 0;
    if (!m_bitmap && !(descriptor->props & AV_CODEC_PROP_TEXT_SUB)) {
        *error =
            QStringLiteral("%1 is not a subtitle format").arg(QString::fromLatin1(codec->name));
        return false;
    }
    m_context = avcodec_alloc_context3(codec);
    if (!m_context || avcodec_parameters_to_context(m_context, parameters) < 0) {
        *error = QStringLiteral("out of memory");
        avcodec_free_context(&m_context);
        return false;
    }
    m_context->pkt_timebase = timeBase;
    // FFmpeg 5.1's DVB decoder checks a region's size in int arithmetic that overflows: a
    // 32768 x 32768 region in a few hundred bytes made it allocate 1 GiB. Its image size check
    // runs first and refuses what passes this bound.
    m_context->max_pixels = MaxPicturePixels;
    // Events read again after a seek keep numbers apart from those read before it.
    m_context->flags2 |= AV_CODEC_FLAG2_RO_FLUSH_NOOP;
    const int rc = avcodec_open2(m_context, codec, nullptr);
    if (rc < 0) {
        *error = avError(rc);
        avcodec_free_context(&m_context);
        return false;
    }
    m_timeBaseNum = timeBase.num;
    m_timeBaseDen = timeBase.den;
    return true;
}

QByteArray SubtitleDecoder::assHeader() const
{
    if (!m_context || !m_context->subtitle_header || m_context->subtitle_header_size <= 0)
        return {};
    return QByteArray(reinterpret_cast<const char *>(m_context->subtitle_header),
                      m_context->subtitle_header_size);
}

QByteArray SubtitleDecoder::textHeader()
{
    static const QByteArray header = [] {
        AVCodecParameters *p = avcodec_parameters_alloc();
        if (!p)
            return QByteArray();
        p->codec_type = AVMEDIA_TYPE_SUBTITLE;
        p->codec_id = AV_CODEC_ID_SUBRIP;
        SubtitleDecoder d;
        QString error;
        const QByteArray h = d.open(p, AVRational{1, 1000}, &error) ? d.assHeader() : QByteArray();
        avcodec_parameters_free(&p);
        return h;
    }();
    return header;
}

int SubtitleDecoder::canvasWidth() const
{
    return m_context ? m_context->width : 0;
}

int SubtitleDecoder::canvasHeight() const
{
    return m_context ? m_context->height : 0;
}

bool SubtitleDecoder::decode(const AVPacket *packet, QVector<SubtitleEvent> *events, QString *error)
{
    if (!m_context || packet->pts == AV_NOPTS_VALUE)
        return true; // a block without a time cannot be placed: skipped
    AVSubtitle sub;
    std::memset(&sub, 0, sizeof sub);
    int got = 0;
    const int rc = avcodec_decode_subtitle2(m_context, &sub, &got, const_cast<AVPacket *>(packet));
    if (rc < 0) {
        *error = avError(rc);
        return false;
    }
    if (!got)
        return true;
    const AVRational tb{m_timeBaseNum, m_timeBaseDen};
    const qint64 ptsMs = av_rescale_q(packet->pts, tb, AVRational{1, 1000});
    SubtitleEvent e;
    e.bitmap = m_bitmap;
    e.startMs = ptsMs + qint64(sub.start_display_time);
    // A packet's duration counts from its time, not from the later start the decoder gives.
    if (packet->duration > 0)
        e.durationMs = std::max<qint64>(0, av_rescale_q(packet->duration, tb, AVRational{1, 1000}) -
                                               qint64(sub.start_display_time));
    else if (sub.end_display_time > sub.start_display_time && sub.end_display_time < 0x7fffffffu)
        e.durationMs = qint64(sub.end_display_time) - qint64(sub.start_display_time);
    for (unsigned i = 0; i < sub.num_rects; ++i) {
        const AVSubtitleRect *rect = sub.rects[i];
        if (m_bitmap && rect->type == SUBTITLE_BITMAP) {
            SubtitlePicture p = pictureOf(rect);
            // PGS and DVB say their canvas in the stream (DVB without one: 720×576, which
            // libavcodec fills in), so it is known only now.
            p.canvasWidth = canvasWidth();
            p.canvasHeight = canvasHeight();
            if (!p.isEmpty())
                e.pictures << p;
        } else if (!m_bitmap && rect->type == SUBTITLE_ASS && rect->ass) {
            SubtitleEvent line = e;
            line.assLine = QByteArray(rect->ass);
            events->push_back(line);
        }
    }
    if (m_bitmap)
        events->push_back(e); // no pictures: clears what showed
    avsubtitle_free(&sub);
    return true;
}

void SubtitleDecoder::flush()
{
    if (m_context)
        avcodec_flush_buffers(m_context);
}

} // namespace swarmplay
