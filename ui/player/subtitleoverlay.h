#pragma once

#include <QImage>
#include <QTimer>
#include <QWidget>

#include "subtitle/subtitleevent.h"

class QPainter;

namespace swarmplay {

class VideoView;

// Lays the subtitles' picture (drawn by the SubtitleDrawer for the picture's size on screen)
// over the picture of a VideoView, full screen too, and above it, for a moment, a notice such
// as "Subtitle delay: +0.3 s". Lets every mouse event through. The words on screen, where they
// are known, are its accessible description.
class SubtitleOverlay : public QWidget
{
    Q_OBJECT

public:
    explicit SubtitleOverlay(VideoView *video);

    void setPicture(const SubtitlePicture &picture);
    bool hasPicture() const { return !m_image.isNull(); }
    // The picture as drawn on screen, in this widget's coordinates (empty without one).
    QRect pictureArea() const;
    void setText(const QString &text);
    QString text() const { return m_text; }
    // The size, in device pixels, the subtitles are drawn for: the picture's on screen.
    QSize drawingSize() const;
    void setFontPoints(int points);
    int fontPoints() const { return m_points; }
    // Shown for a moment at the top of the picture.
    void showNotice(const QString &notice);
    QString notice() const { return m_noticeTimer.isActive() ? m_notice : QString(); }

signals:
    void drawingSizeChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *e) override;
    void paintEvent(QPaintEvent *e) override;

private:
    QRect area() const; // the picture, or the whole view without one
    int noticePixelSize() const;
    void paintNotice(QPainter &p, const QRect &picture);

    VideoView *m_video;
    SubtitlePicture m_picture; // keeps the bytes m_image shows
    QImage m_image;
    QString m_text;
    QString m_notice;
    QTimer m_noticeTimer;
    int m_points = 24;
};

} // namespace swarmplay
