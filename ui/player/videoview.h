#pragma once

#include <QVideoFrame>
#include <QWidget>

class QVideoSink;

namespace swarmplay {

// Shows the frames a QMediaPlayer sends to its sink, scaled to fit on black. An ordinary
// (non-native) widget on purpose: Qt 6's QVideoWidget is a native window, and the buffering
// overlay drawn over it as a child or a sibling stays hidden underneath (seen under Xvfb).
class VideoView : public QWidget
{
    Q_OBJECT

public:
    explicit VideoView(QWidget *parent = nullptr);

    QVideoSink *videoSink() const { return m_sink; }
    // Forgets the last frame, so a new file does not start with the old one's picture.
    void clear();
    bool hasFrame() const { return m_frame.isValid(); }
    // Where the picture is drawn, in widget coordinates; empty without a frame.
    QRect pictureRect() const;

    QSize sizeHint() const override { return {640, 360}; }

signals:
    void doubleClicked();
    void pictureChanged(); // the frame size changed, or the picture was cleared

protected:
    void paintEvent(QPaintEvent *e) override;
    void mouseDoubleClickEvent(QMouseEvent *e) override;

private:
    void setFrame(const QVideoFrame &frame);

    QVideoSink *m_sink = nullptr;
    QVideoFrame m_frame;
};

} // namespace swarmplay
