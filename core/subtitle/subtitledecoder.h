#pragma once

// Internal to swarmplay_core (libavcodec).

#include <QString>
#include <QVector>

#include "subtitleevent.h"

struct AVCodecContext;
struct AVCodecParameters;
struct AVPacket;
struct AVRational;

namespace swarmplay {

// Turns one subtitle stream's packets into SubtitleEvents with libavcodec: every text format
// becomes ASS event lines under the header the decoder gives (Matroska's own for ASS), bitmap
// formats become pictures with their palettes applied.
class SubtitleDecoder
{
public:
    SubtitleDecoder() = default;
    ~SubtitleDecoder();
    SubtitleDecoder(const SubtitleDecoder &) = delete;
    SubtitleDecoder &operator=(const SubtitleDecoder &) = delete;

    // False with the reason when the codec is unknown or refuses the stream's parameters.
    bool open(const AVCodecParameters *parameters, AVRational timeBase, QString *error);
    bool isOpen() const { return m_context != nullptr; }
    bool isBitmap() const { return m_bitmap; }
    // The ASS script's head ([Script Info], styles) for text tracks.
    QByteArray assHeader() const;
    // The size bitmap pictures are placed on (0×0 while unknown: the video's then). PGS and
    // DVB tracks say it in their first picture: each decoded picture carries the canvas.
    int canvasWidth() const;
    int canvasHeight() const;

    // The head libavcodec gives text tracks that carry none (SubRip, WebVTT): subtitle files
    // drawn with it look as the same text inside a file does.
    static QByteArray textHeader();

    // The events of one packet; false with the reason when the packet cannot be decoded.
    bool decode(const AVPacket *packet, QVector<SubtitleEvent> *events, QString *error);
    // After a seek: what the decoder kept from before is dropped.
    void flush();

    // The largest bitmap picture decoded (pixels): 4096 x 4096, past any disc's or broadcast's
    // canvas; a larger one is dropped instead of taking hundreds of MiB.
    static constexpr qint64 MaxPicturePixels = 4096 * 4096;

private:
    AVCodecContext *m_context = nullptr;
    bool m_bitmap = false;
    int m_timeBaseNum = 1;
    int m_timeBaseDen = 1000;
};

} // namespace swarmplay
