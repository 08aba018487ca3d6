#include "subtitleoverlay.h"

#include <algorithm>

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

#include "videoview.h"

namespace swarmplay {

namespace {

// The picture height the notice's point size is meant for.
constexpr double ReferenceHeight = 600.0;
constexpr int MinPixelSize = 12;
constexpr int NoticeMs = 1500;

} // namespace

SubtitleOverlay::SubtitleOverlay(VideoView *video)
    : QWidget(video)
    , m_video(video)
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    setObjectName(QStringLiteral("subtitleOverlay"));
    setAccessibleName(tr("Subtitles"));
    video->installEventFilter(this);
    setGeometry(video->rect());
    m_noticeTimer.setSingleShot(true);
    m_noticeTimer.setInterval(NoticeMs);
    connect(&m_noticeTimer, &QTimer::timeout, this, qOverload<>(&QWidget::update));
    // Follows the picture: its size is known only once a frame is there.
    connect(video, &VideoView::pictureChanged, this, [this] {
        update();
        emit drawingSizeChanged();
    });
}

void SubtitleOverlay::setPicture(const SubtitlePicture &picture)
{
    m_picture = picture;
    m_image =
        picture.isEmpty()
            ? QImage()
            : QImage(reinterpret_cast<const uchar *>(m_picture.argb.constData()), picture.width,
                     picture.height, picture.width * 4, QImage::Format_ARGB32_Premultiplied);
    update();
}

QRect SubtitleOverlay::pictureArea() const
{
    if (m_image.isNull() || m_picture.canvasWidth <= 0 || m_picture.canvasHeight <= 0)
        return {};
    const QRectF picture = area();
    const double sx = picture.width() / m_picture.canvasWidth;
    const double sy = picture.height() / m_picture.canvasHeight;
    QRectF r(picture.left() + m_picture.x * sx, picture.top() + m_picture.y * sy,
             m_picture.width * sx, m_picture.height * sy);
    if (m_picture.scale != 1.0) {
        // About the bottom centre of its box, kept inside the picture.
        const QPointF anchor(r.center().x(), r.bottom());
        r.setSize(r.size() * m_picture.scale);
        r.moveCenter(QPointF(anchor.x(), anchor.y() - r.height() / 2));
        if (r.bottom() > picture.bottom())
            r.moveBottom(picture.bottom());
    }
    return r.toAlignedRect();
}

void SubtitleOverlay::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    setAccessibleDescription(text);
}

QSize SubtitleOverlay::drawingSize() const
{
    return m_video->pictureRect().isEmpty()
               ? QSize()
               : (QSizeF(area().size()) * devicePixelRatioF()).toSize();
}

void SubtitleOverlay::setFontPoints(int points)
{
    m_points = std::max(points, 1);
    update();
}

int SubtitleOverlay::noticePixelSize() const
{
    // Points as at 96 dpi, the picture's height relative to the reference.
    const double px = m_points * 96.0 / 72.0 * area().height() / ReferenceHeight * 0.75;
    return std::max(MinPixelSize, int(px + 0.5));
}

void SubtitleOverlay::showNotice(const QString &notice)
{
    m_notice = notice;
    m_noticeTimer.start();
    raise();
    update();
}

QRect SubtitleOverlay::area() const
{
    const QRect picture = m_video->pictureRect();
    return picture.isEmpty() ? rect() : picture;
}

bool SubtitleOverlay::eventFilter(QObject *watched, QEvent *e)
{
    if (watched == m_video && e->type() == QEvent::Resize) {
        setGeometry(m_video->rect());
        emit drawingSizeChanged();
    }
    return QWidget::eventFilter(watched, e);
}

void SubtitleOverlay::paintEvent(QPaintEvent *)
{
    const bool notice = m_noticeTimer.isActive() && !m_notice.isEmpty();
    if (m_image.isNull() && !notice)
        return;
    QPainter p(this);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    if (!m_image.isNull())
        p.drawImage(QRectF(pictureArea()), m_image);
    if (notice) {
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        paintNotice(p, area());
    }
}

void SubtitleOverlay::paintNotice(QPainter &p, const QRect &picture)
{
    QFont f = font();
    f.setPixelSize(noticePixelSize());
    const QFontMetrics fm(f);
    const int pad = fm.height() / 3;
    QRect box(0, 0, fm.horizontalAdvance(m_notice) + 2 * pad, fm.height() + pad);
    box.moveTopLeft(picture.topLeft() + QPoint(pad * 2, pad * 2));
    QPainterPath path;
    path.addRoundedRect(QRectF(box), pad, pad);
    p.fillPath(path, QColor(0, 0, 0, 170));
    p.setFont(f);
    p.setPen(Qt::white);
    p.drawText(box, Qt::AlignCenter, m_notice);
}

} // namespace swarmplay
