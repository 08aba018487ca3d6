#pragma once

#include <QTimer>
#include <QWidget>

class QPainter;

namespace swarmplay {

class VideoView;

// Draws subtitles over the picture of a VideoView: white text with a dark outline and shadow,
// centred near the bottom of the picture, wrapped to its width, sized from a point size for a
// 600-pixel-high picture (so they grow in full screen as the picture does). Above it, for a
// moment, a notice such as "Subtitle delay: +0.3 s". Lets every mouse event through.
class SubtitleOverlay : public QWidget
{
    Q_OBJECT

public:
    explicit SubtitleOverlay(VideoView *video);

    // html may hold <i>, <b>, <u> and <br>; text is the same in plain words.
    void setCue(const QString &html, const QString &text);
    QString text() const { return m_text; }
    void setFontPoints(int points);
    int fontPoints() const { return m_points; }
    void setScalePercent(int percent);
    int scalePercent() const { return m_percent; }
    // The text's pixel size at the picture's current height.
    int pixelSize() const;
    // Shown for a moment at the top of the picture.
    void showNotice(const QString &notice);
    QString notice() const { return m_noticeTimer.isActive() ? m_notice : QString(); }

protected:
    bool eventFilter(QObject *watched, QEvent *e) override;
    void paintEvent(QPaintEvent *e) override;

private:
    QRect area() const; // the picture, or the whole view without one
    void paintNotice(QPainter &p, const QRect &picture, int px);
    void paintCue(QPainter &p, const QRect &picture, int px);

    VideoView *m_video;
    QString m_html;
    QString m_text;
    QString m_notice;
    QTimer m_noticeTimer;
    int m_points = 24;
    int m_percent = 100;
};

} // namespace swarmplay
