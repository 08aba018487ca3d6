#include "assrenderer.h"

#include <algorithm>
#include <cstdarg>
#include <cstdio>

extern "C" {
#include <ass/ass.h>
}

#include <QLoggingCategory>

namespace swarmplay {

Q_LOGGING_CATEGORY(lcAss, "swarmplay.subtitles.ass", QtWarningMsg)

namespace {

void logMessage(int level, const char *format, va_list args, void *)
{
    if (level > 2 && !lcAss().isDebugEnabled())
        return; // libass's chatter (level 3 and up: hints, info, debug)
    char text[512];
    std::vsnprintf(text, sizeof text, format, args);
    if (level <= 2)
        qCWarning(lcAss, "%s", text);
    else
        qCDebug(lcAss, "%s", text);
}

// Lays one of libass's alpha masks, in its colour, over the picture (premultiplied ARGB32).
void blend(const ASS_Image *img, SubtitlePicture &p)
{
    const quint32 opacity = 255 - (img->color & 0xff);
    const quint32 r = (img->color >> 24) & 0xff;
    const quint32 g = (img->color >> 16) & 0xff;
    const quint32 b = (img->color >> 8) & 0xff;
    for (int y = 0; y < img->h; ++y) {
        const unsigned char *mask = img->bitmap + qsizetype(y) * img->stride;
        auto *row = reinterpret_cast<quint32 *>(p.argb.data()) +
                    qsizetype(img->dst_y - p.y + y) * p.width + (img->dst_x - p.x);
        for (int x = 0; x < img->w; ++x) {
            const quint32 a = mask[x] * opacity / 255;
            if (a == 0)
                continue;
            const quint32 d = row[x];
            const quint32 keep = 255 - a;
            const quint32 da = (a * 255 + (d >> 24) * keep) / 255;
            const quint32 dr = (r * a + ((d >> 16) & 0xff) * keep) / 255;
            const quint32 dg = (g * a + ((d >> 8) & 0xff) * keep) / 255;
            const quint32 db = (b * a + (d & 0xff) * keep) / 255;
            row[x] = (da << 24) | (dr << 16) | (dg << 8) | db;
        }
    }
}

} // namespace

AssRenderer::AssRenderer()
    : m_library(ass_library_init())
{
    if (m_library) {
        ass_set_message_cb(m_library, &logMessage, nullptr);
        ass_set_extract_fonts(m_library, 1); // fonts inside the script's [Fonts] section
    }
}

AssRenderer::~AssRenderer()
{
    if (m_track)
        ass_free_track(m_track);
    if (m_renderer)
        ass_renderer_done(m_renderer);
    if (m_library)
        ass_library_done(m_library);
}

bool AssRenderer::start()
{
    if (m_renderer)
        return true;
    if (!m_library)
        return false;
    m_renderer = ass_renderer_init(m_library);
    if (!m_renderer)
        return false;
    ass_set_fonts(m_renderer, nullptr, "sans-serif", ASS_FONTPROVIDER_AUTODETECT, nullptr, 1);
    ass_set_font_scale(m_renderer, m_scale);
    return true;
}

void AssRenderer::addFont(const SubtitleFont &font)
{
    if (m_library && !font.data.isEmpty())
        ass_add_font(m_library, font.name.toUtf8().constData(), font.data.constData(),
                     int(font.data.size()));
}

void AssRenderer::setTrack(const QByteArray &header, int videoWidth, int videoHeight)
{
    if (m_track)
        ass_free_track(m_track);
    m_track = m_library ? ass_new_track(m_library) : nullptr;
    m_seen.clear();
    m_videoWidth = videoWidth;
    m_videoHeight = videoHeight;
    if (!m_track)
        return;
    QByteArray head = header;
    ass_process_codec_private(m_track, head.data(), int(head.size()));
}

void AssRenderer::addEvent(const SubtitleEvent &event)
{
    if (!m_track || event.assLine.isEmpty())
        return;
    // The ReadOrder field differs between reads of one event; its time and the rest do not.
    const int comma = event.assLine.indexOf(',');
    const QByteArray key = QByteArray::number(event.startMs) + ':' + event.assLine.mid(comma + 1);
    if (m_seen.contains(key))
        return;
    m_seen.insert(key);
    // An event of unknown length shows until the next one (libass needs a length).
    const qint64 duration = event.durationMs >= 0 ? event.durationMs : 24 * 3600 * 1000;
    QByteArray line = event.assLine;
    ass_process_chunk(m_track, line.data(), int(line.size()), event.startMs, duration);
}

void AssRenderer::setScale(double scale)
{
    m_scale = scale;
    if (m_renderer)
        ass_set_font_scale(m_renderer, scale);
}

int AssRenderer::eventCount() const
{
    return m_track ? m_track->n_events : 0;
}

SubtitlePicture AssRenderer::render(qint64 ms, int frameWidth, int frameHeight, bool *changed)
{
    SubtitlePicture p;
    if (changed)
        *changed = true;
    if (!m_renderer || !m_track || frameWidth <= 0 || frameHeight <= 0)
        return p;
    ass_set_frame_size(m_renderer, frameWidth, frameHeight);
    if (m_videoWidth > 0 && m_videoHeight > 0)
        ass_set_storage_size(m_renderer, m_videoWidth, m_videoHeight);
    int change = 0;
    ASS_Image *images = ass_render_frame(m_renderer, m_track, ms, &change);
    if (changed)
        *changed = change != 0;
    int left = frameWidth, top = frameHeight, right = 0, bottom = 0;
    for (const ASS_Image *i = images; i; i = i->next) {
        if (i->w <= 0 || i->h <= 0)
            continue;
        left = std::min(left, i->dst_x);
        top = std::min(top, i->dst_y);
        right = std::max(right, i->dst_x + i->w);
        bottom = std::max(bottom, i->dst_y + i->h);
    }
    if (right <= left || bottom <= top)
        return p;
    p.canvasWidth = frameWidth;
    p.canvasHeight = frameHeight;
    p.x = left;
    p.y = top;
    p.width = right - left;
    p.height = bottom - top;
    p.argb.fill('\0', qsizetype(p.width) * p.height * 4);
    for (const ASS_Image *i = images; i; i = i->next) {
        if (i->w > 0 && i->h > 0)
            blend(i, p);
    }
    return p;
}

} // namespace swarmplay
