#include "framegrab.h"

#include <QMediaPlayer>
#include <QVideoFrame>
#include <QVideoSink>

#include "player/playerwidget.h"
#include "player/subtitlecontroller.h"
#include "player/subtitleoverlay.h"
#include "player/trackmenu.h"
#include "player/videoview.h"
#include "window/mainwindow.h"

namespace swarmplay {

namespace {
// After the paused frame, how long the subtitles may take to be read and drawn.
constexpr int SubtitleWaitMs = 3000;
} // namespace

FrameGrab::FrameGrab(MainWindow *window, int timeoutSeconds, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_timeoutMs(timeoutSeconds * 1000)
{
    m_check.setInterval(20);
}

void FrameGrab::chooseSubtitles(int number)
{
    m_number = number;
    m_since.start();
    QTimer::singleShot(m_timeoutMs, this, [this] {
        if (m_number >= 0)
            fail(QStringLiteral("the file's subtitle tracks were not read in time"));
    });
    connect(m_window->trackMenu()->subtitleFiles(), &SubtitleController::changed, this,
            &FrameGrab::tryChoose);
    tryChoose();
}

void FrameGrab::tryChoose()
{
    if (m_number < 0)
        return;
    SubtitleController *subs = m_window->trackMenu()->subtitleFiles();
    if (!subs->embeddedKnown()) {
        if (m_since.elapsed() > m_timeoutMs)
            fail(QStringLiteral("the file's subtitle tracks were not read in time"));
        return;
    }
    const int number = std::exchange(m_number, -1);
    disconnect(subs, &SubtitleController::changed, this, &FrameGrab::tryChoose);
    for (int i = 0; i < subs->entries().size(); ++i) {
        const SubtitleController::Entry &e = subs->entries().at(i);
        if (e.stream < 0 || e.embedded.number != number)
            continue;
        subs->choose(i);
        emit subtitlesChosen(QJsonObject{{QStringLiteral("track"), number},
                                         {QStringLiteral("codec"), e.embedded.codec},
                                         {QStringLiteral("language"), e.embedded.language}});
        return;
    }
    emit subtitlesChosen(
        QJsonObject{{QStringLiteral("track"), number},
                    {QStringLiteral("error"),
                     QStringLiteral("the file has no subtitle track %1").arg(number)}});
}

void FrameGrab::grab(qint64 atMs, const QString &path)
{
    m_atMs = atMs;
    m_path = path;
    m_frameMs = -1;
    m_paused = false;
    m_since.start();
    PlayerWidget *player = m_window->player();
    connect(player->videoSink(), &QVideoSink::videoFrameChanged, this,
            [this](const QVideoFrame &f) {
                if (f.isValid() && f.startTime() >= 0)
                    onFrame(f.startTime() / 1000);
            });
    connect(&m_check, &QTimer::timeout, this, [this] {
        if (!m_paused && m_since.elapsed() > m_timeoutMs)
            fail(QStringLiteral("no frame at %1 ms came in time").arg(m_atMs));
        else if (m_paused)
            save();
    });
    m_check.start();
    player->seekTo(atMs);
}

void FrameGrab::onFrame(qint64 ms)
{
    // A frame up to half a second early is the key frame the seek lands on, not yet T.
    if (m_paused || m_atMs < 0 || ms < m_atMs - 40)
        return;
    m_frameMs = ms;
    m_paused = true;
    PlayerWidget *player = m_window->player();
    if (player->mediaPlayer()->playbackState() == QMediaPlayer::PlayingState)
        player->togglePlayPause();
    m_since.start();
}

void FrameGrab::save()
{
    const SubtitleOverlay *overlay = m_window->trackMenu()->subtitleFiles()->overlay();
    const bool shown = m_window->trackMenu()->subtitleFiles()->current() >= 0;
    // With subtitles on, wait for their picture; a moment without one means none is due.
    if (shown && !overlay->hasPicture() && m_since.elapsed() < SubtitleWaitMs)
        return;
    if (!shown && m_since.elapsed() < 300)
        return;
    m_check.stop();
    VideoView *view = m_window->player()->videoView();
    const QRect picture = view->pictureRect();
    const QPixmap shot = view->grab(picture.isEmpty() ? view->rect() : picture);
    QJsonObject result{{QStringLiteral("at_ms"), m_atMs},
                       {QStringLiteral("frame_ms"), m_frameMs},
                       {QStringLiteral("file"), m_path},
                       {QStringLiteral("width"), shot.width()},
                       {QStringLiteral("height"), shot.height()},
                       {QStringLiteral("subtitles_drawn"), overlay->hasPicture()}};
    if (!shot.save(m_path, "PNG"))
        result.insert(QStringLiteral("error"), QStringLiteral("cannot write %1").arg(m_path));
    m_atMs = -1;
    emit grabbed(result);
}

void FrameGrab::fail(const QString &error)
{
    m_check.stop();
    if (m_number >= 0) {
        m_number = -1;
        emit subtitlesChosen(QJsonObject{{QStringLiteral("error"), error}});
    }
    if (m_atMs >= 0) {
        m_atMs = -1;
        emit grabbed(QJsonObject{{QStringLiteral("error"), error}});
    }
}

} // namespace swarmplay
