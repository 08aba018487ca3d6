#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>

namespace swarmplay {

// A picture of subtitles ready to lay over the video: premultiplied ARGB32, rows of width * 4
// bytes, at (x, y) on a canvas of canvasWidth × canvasHeight that stands for the whole video
// picture (scaled to it when drawn). Empty when nothing shows.
struct SubtitlePicture
{
    int canvasWidth = 0;
    int canvasHeight = 0;
    int x = 0;
    int y = 0;
    int width = 0;
    int height = 0;
    QByteArray argb;
    // Drawn at this size about the bottom centre of its box: bitmap tracks follow the viewer's
    // subtitle size this way (libass sizes text itself).
    double scale = 1.0;

    bool isEmpty() const { return width <= 0 || height <= 0; }
};

// One decoded subtitle: a line of a text track as an ASS event, or the pictures of a bitmap
// track (none: the screen is cleared).
struct SubtitleEvent
{
    qint64 startMs = 0;
    qint64 durationMs = -1; // -1: until the next event
    bool bitmap = false;
    // "ReadOrder,Layer,Style,Name,MarginL,MarginR,MarginV,Effect,Text", as Matroska stores
    // ASS and libavcodec turns every text format into.
    QByteArray assLine;
    QVector<SubtitlePicture> pictures; // on their canvas (0×0: the track's)
};

// A subtitle stream of a media file, as the Subtitles menu lists it.
struct EmbeddedTrack
{
    int stream = -1; // the container's stream index
    int number = 0;  // among the file's subtitle streams, from 0 (what QMediaPlayer counted)
    QString codec;   // libavcodec's name: "ass", "subrip", "hdmv_pgs_subtitle"…
    QString language;
    QString title;
    bool isDefault = false;
    bool forced = false;
    bool bitmap = false;
    QString problem; // why it cannot be shown; empty when it can
};

// A font attached to the file (Matroska attachments), for libass.
struct SubtitleFont
{
    QString name;
    QByteArray data;
};

} // namespace swarmplay
