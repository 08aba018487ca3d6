#include "subtitleoverlay.h"

#include <algorithm>

#include <QAbstractTextDocumentLayout>
#include <QEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTextCursor>
#include <QTextDocument>

#include "videoview.h"

namespace swarmplay {

namespace {

// The picture height the point size is meant for; a 1080-pixel-high full screen draws 24 pt
// subtitles at about 58 pixels, a 360-pixel window at about 19.
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
    connect(video, &VideoView::pictureChanged, this, qOverload<>(&QWidget::update));
}

void SubtitleOverlay::setCue(const QString &html, const QString &text)
{
    if (html == m_html && text == m_text)
        return;
    m_html = html;
    m_text = text;
    setAccessibleDescription(text);
    update();
}

void SubtitleOverlay::setFontPoints(int points)
{
    m_points = std::max(points, 1);
    update();
}

void SubtitleOverlay::setScalePercent(int percent)
{
    m_percent = std::max(percent, 10);
    update();
}

int SubtitleOverlay::pixelSize() const
{
    // Points as at 96 dpi, the picture's height relative to the reference.
    const double px =
        m_points * 96.0 / 72.0 * area().height() / ReferenceHeight * m_percent / 100.0;
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
    if (watched == m_video && e->type() == QEvent::Resize)
        setGeometry(m_video->rect());
    return QWidget::eventFilter(watched, e);
}

void SubtitleOverlay::paintEvent(QPaintEvent *)
{
    const bool notice = m_noticeTimer.isActive() && !m_notice.isEmpty();
    if (m_html.isEmpty() && !notice)
        return;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const QRect picture = area();
    const int px = pixelSize();
    if (notice)
        paintNotice(p, picture, px);
    if (!m_html.isEmpty())
        paintCue(p, picture, px);
}

void SubtitleOverlay::paintNotice(QPainter &p, const QRect &picture, int px)
{
    QFont f = font();
    f.setPixelSize(std::max(MinPixelSize, px * 3 / 4));
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

void SubtitleOverlay::paintCue(QPainter &p, const QRect &picture, int px)
{
    QFont f = font();
    f.setPixelSize(px);
    f.setWeight(QFont::DemiBold);
    QTextDocument doc;
    doc.setDocumentMargin(0);
    doc.setDefaultFont(f);
    QTextOption option(Qt::AlignHCenter);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    doc.setDefaultTextOption(option);
    doc.setHtml(m_html);
    const int width = int(picture.width() * 0.9);
    doc.setTextWidth(width);
    const int margin = std::max(8, picture.height() / 20);
    const QPointF at(picture.left() + (picture.width() - width) / 2.0,
                     picture.bottom() + 1 - margin - doc.size().height());

    // Three passes over the same layout: a soft shadow, a dark outline, the white text. An
    // outline drawn with the text itself would eat into thin letters.
    const qreal outline = std::max(2.0, px / 9.0);
    QTextCursor all(&doc);
    all.select(QTextCursor::Document);
    const auto pass = [&](const QColor &fill, const QPen &pen, const QPointF &offset) {
        QTextCharFormat format;
        format.setForeground(fill);
        format.setTextOutline(pen);
        all.mergeCharFormat(format);
        p.save();
        p.translate(at + offset);
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette.setColor(QPalette::Text, fill);
        doc.documentLayout()->draw(&p, context);
        p.restore();
    };
    const QPen outlinePen(QColor(0, 0, 0), outline * 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    const QPen shadowPen(QColor(0, 0, 0, 110), outline * 2, Qt::SolidLine, Qt::RoundCap,
                         Qt::RoundJoin);
    pass(QColor(0, 0, 0, 110), shadowPen, QPointF(outline, outline));
    pass(Qt::black, outlinePen, QPointF());
    pass(Qt::white, Qt::NoPen, QPointF());
}

} // namespace swarmplay
