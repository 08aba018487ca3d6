#include "videoview.h"

#include <QMouseEvent>
#include <QPainter>
#include <QVideoSink>

namespace swarmplay {

VideoView::VideoView(QWidget *parent)
    : QWidget(parent)
    , m_sink(new QVideoSink(this))
{
    setAttribute(Qt::WA_OpaquePaintEvent); // every pixel is painted: picture and black bars
    setMouseTracking(true);                // full screen shows the controls on any movement
    setFocusPolicy(Qt::ClickFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("Video"));
    connect(m_sink, &QVideoSink::videoFrameChanged, this, &VideoView::setFrame);
}

void VideoView::clear()
{
    m_frame = QVideoFrame();
    update();
    emit pictureChanged();
}

QRect VideoView::pictureRect() const
{
    if (!m_frame.isValid() || m_frame.size().isEmpty())
        return {};
    const QSize scaled = m_frame.size().scaled(size(), Qt::KeepAspectRatio);
    return QRect(QPoint((width() - scaled.width()) / 2, (height() - scaled.height()) / 2), scaled);
}

void VideoView::setFrame(const QVideoFrame &frame)
{
    // An invalid frame is what the player sends when it stops; the last picture stays until
    // clear(), as in other players, rather than flashing black on a pause or a seek.
    if (!frame.isValid())
        return;
    const bool resized = frame.size() != m_frame.size();
    m_frame = frame;
    update();
    if (resized)
        emit pictureChanged();
}

void VideoView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QRect picture = pictureRect();
    if (picture.isEmpty()) {
        p.fillRect(rect(), Qt::black);
        return;
    }
    // The bars around the picture only; the picture covers the rest.
    const QRegion bars = QRegion(rect()).subtracted(picture);
    for (const QRect &r : bars)
        p.fillRect(r, Qt::black);
    QVideoFrame::PaintOptions options;
    options.aspectRatioMode = Qt::IgnoreAspectRatio; // picture already has the frame's shape
    options.backgroundColor = Qt::black;
    m_frame.paint(&p, QRectF(picture), options);
}

void VideoView::mouseDoubleClickEvent(QMouseEvent *e)
{
    if (e->button() == Qt::LeftButton) {
        emit doubleClicked();
        e->accept();
        return;
    }
    QWidget::mouseDoubleClickEvent(e);
}

} // namespace swarmplay
