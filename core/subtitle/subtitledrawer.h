#pragma once

#include <memory>
#include <mutex>

#include <QObject>
#include <QRect>
#include <QVector>

#include "subtitleevent.h"

class QThread;

namespace swarmplay {

class AssRenderer;
class BitmapSubtitles;

// Draws the subtitles of one track at a time on a thread of its own: ASS events with libass
// (every text format arrives as ASS), bitmap events as pictures. Whoever reads the track
// (EmbeddedSubtitles, or the player for a subtitle file) starts it with setAssTrack() or
// setBitmapTrack() and feeds it events under the generation that call returned, so events of a
// track replaced meanwhile are dropped. The player asks for the picture of each frame it shows;
// answers come as pictureReady, only when the picture changed. Thread-safe; libass and
// fontconfig start on its thread, not the caller's (a first font scan takes seconds).
class SubtitleDrawer : public QObject
{
    Q_OBJECT

public:
    explicit SubtitleDrawer(QObject *parent = nullptr);
    ~SubtitleDrawer() override;

    // The fonts attached to the file being played (before its track is set, or after).
    void addFonts(const QVector<SubtitleFont> &fonts);
    // A new ASS track: its head, and the video's size its coordinates refer to.
    int setAssTrack(const QByteArray &header, int videoWidth, int videoHeight);
    // A new track of plain text events (CueEvents) under the head libavcodec gives SubRip.
    int setTextTrack(int videoWidth, int videoHeight);
    // A new bitmap track whose pictures lie on a canvas of this size (the video's).
    int setBitmapTrack(int canvasWidth, int canvasHeight);
    // Nothing shows.
    void clearTrack();
    // Events of the track of that generation; dropped if another track came since.
    void addEvents(int generation, const QVector<SubtitleEvent> &events);
    // Text larger or smaller than the track says (1.0: as it says).
    void setScale(double scale);

    // The picture due at ms for a video picture of frameWidth × frameHeight device pixels.
    // Requests pile up into the latest; a new frame size always gets an answer.
    void requestPicture(qint64 ms, int frameWidth, int frameHeight);
    // Events of the current track (for tests and logs).
    int eventCount() const;
    // Bitmap events that began this long before the picture asked for are let go (but the last
    // of them, which may still show).
    static constexpr qint64 KeepBehindMs = 60 * 1000;

signals:
    void pictureReady(qint64 ms, const swarmplay::SubtitlePicture &picture);

private:
    enum class Kind
    {
        None,
        Ass,
        Bitmap,
    };
    struct Request
    {
        qint64 ms = 0;
        int width = 0;
        int height = 0;
    };

    void scheduleLocked(); // with m_mutex held
    void renderPending();
    SubtitlePicture draw(const Request &r, bool *changed);

    std::unique_ptr<AssRenderer> m_ass;
    std::unique_ptr<BitmapSubtitles> m_bitmaps;
    QThread *m_thread = nullptr;
    QObject *m_context = nullptr; // lives on m_thread

    mutable std::mutex m_drawMutex; // guards the renderers and the track's state
    Kind m_kind = Kind::None;
    int m_generation = 0;
    double m_scale = 1.0;
    bool m_restyled = false; // the scale or the track changed since the last picture

    std::mutex m_mutex; // guards the requests
    Request m_request;
    bool m_hasRequest = false;
    bool m_scheduled = false;
    bool m_stopping = false;

    // The render thread's own.
    qint64 m_shownKey = -2; // what the last picture showed: a bitmap event's start, -1 nothing
    int m_shownWidth = 0;
    int m_shownHeight = 0;
    QRect m_shownBox; // of the last picture sent, on its canvas (empty: none)
};

} // namespace swarmplay

Q_DECLARE_METATYPE(swarmplay::SubtitlePicture)
