#include "bufferingoverlay.h"

#include <algorithm>
#include <cmath>

#include <QEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTimerEvent>

#include "model/units.h"

namespace swarmplay {

namespace {

constexpr int Padding = 20;
constexpr int RingDiameter = 44;
constexpr qreal RingWidth = 5.0;
constexpr int Gap = 12;
constexpr int LineGap = 4;
constexpr int MinPanelWidth = 220;
constexpr int MaxReasonWidth = 360;
constexpr int SpinIntervalMs = 40;
// Dark enough that white text stays readable over a white frame, light enough to show that
// the picture is still there underneath.
constexpr int PanelAlpha = 190;

} // namespace

BufferingOverlay::BufferingOverlay(QWidget *parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    setAccessibleName(tr("Buffering"));
    if (parent) {
        parent->installEventFilter(this);
        setGeometry(parent->rect());
    }
    refresh();
}

void BufferingOverlay::setProgress(double fraction)
{
    if (std::isnan(fraction))
        fraction = -1.0;
    fraction = fraction < 0 ? -1.0 : std::min(fraction, 1.0);
    if (fraction == m_progress)
        return;
    m_progress = fraction;
    updateSpinner();
    refresh();
}

void BufferingOverlay::setRate(qint64 bytesPerSecond)
{
    bytesPerSecond = std::max<qint64>(bytesPerSecond, -1);
    if (bytesPerSecond == m_rate)
        return;
    m_rate = bytesPerSecond;
    refresh();
}

void BufferingOverlay::setReason(const QString &reason)
{
    if (reason == m_reason)
        return;
    m_reason = reason;
    refresh();
}

QString BufferingOverlay::text() const
{
    if (m_progress < 0)
        return tr("Buffering…");
    // Truncated, so it never says 100 % while still waiting.
    return tr("Buffering… %1 %").arg(int(std::floor(m_progress * 100.0)));
}

QString BufferingOverlay::rateText() const
{
    return m_rate < 0 ? QString() : formatRate(m_rate);
}

QFont BufferingOverlay::titleFont() const
{
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setWeight(QFont::DemiBold);
    return f;
}

QRect BufferingOverlay::panelRect() const
{
    const QFontMetrics title(titleFont());
    const QFontMetrics small(font());
    // Sized for the widest values so the panel does not breathe as the numbers change.
    const int textWidth = std::max(
        {title.horizontalAdvance(tr("Buffering… %1 %").arg(100)), title.horizontalAdvance(text()),
         m_rate < 0 ? 0 : small.horizontalAdvance(formatRate(1023 * 1024 + 921)),
         small.horizontalAdvance(rateText())});
    int w = std::max(MinPanelWidth, textWidth + 2 * Padding);
    if (!m_reason.isEmpty())
        w = std::max(w, std::min(MaxReasonWidth, small.horizontalAdvance(m_reason)) + 2 * Padding);
    int h = Padding + RingDiameter + Gap + title.height() + Padding;
    if (m_rate >= 0)
        h += LineGap + small.height();
    if (!m_reason.isEmpty())
        h += Gap + reasonRect(w).height();
    QRect r(0, 0, std::min(w, width()), std::min(h, height()));
    r.moveCenter(rect().center());
    return r;
}

QRect BufferingOverlay::reasonRect(int panelWidth) const
{
    const int width = std::max(1, panelWidth - 2 * Padding);
    return QFontMetrics(font()).boundingRect(QRect(0, 0, width, 10000),
                                             Qt::AlignHCenter | Qt::TextWordWrap, m_reason);
}

QSize BufferingOverlay::sizeHint() const
{
    return {320, 200};
}

void BufferingOverlay::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRect panel = panelRect();
    QPainterPath path;
    path.addRoundedRect(QRectF(panel), 12, 12);
    p.fillPath(path, QColor(0, 0, 0, PanelAlpha));

    // The ring: a faint full circle, and over it the part that is done (or a spinning arc).
    const QRectF ring(panel.center().x() - RingDiameter / 2.0, panel.top() + Padding, RingDiameter,
                      RingDiameter);
    const QRectF arcRect =
        ring.adjusted(RingWidth / 2, RingWidth / 2, -RingWidth / 2, -RingWidth / 2);
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(QColor(255, 255, 255, 60), RingWidth));
    p.drawEllipse(arcRect);
    p.setPen(QPen(Qt::white, RingWidth, Qt::SolidLine, Qt::RoundCap));
    if (m_progress < 0)
        p.drawArc(arcRect, (90 - m_spinAngle) * 16, -90 * 16);
    else if (m_progress > 0)
        p.drawArc(arcRect, 90 * 16, -qRound(m_progress * 360.0 * 16));

    const QFontMetrics title(titleFont());
    QRect line(panel.left(), int(ring.bottom()) + Gap, panel.width(), title.height());
    p.setPen(Qt::white);
    p.setFont(titleFont());
    p.drawText(line, Qt::AlignHCenter | Qt::AlignVCenter, text());
    if (m_rate >= 0) {
        const QFontMetrics small(font());
        line = QRect(panel.left(), line.bottom() + 1 + LineGap, panel.width(), small.height());
        p.setPen(QColor(255, 255, 255, 210));
        p.setFont(font());
        p.drawText(line, Qt::AlignHCenter | Qt::AlignVCenter, rateText());
    }
    if (!m_reason.isEmpty()) {
        const QRect text = reasonRect(panel.width());
        line = QRect(panel.left() + Padding, line.bottom() + 1 + Gap, panel.width() - 2 * Padding,
                     text.height());
        p.setPen(QColor(255, 255, 255, 230));
        p.setFont(font());
        p.drawText(line, Qt::AlignHCenter | Qt::TextWordWrap, m_reason);
    }
}

bool BufferingOverlay::eventFilter(QObject *watched, QEvent *e)
{
    if (watched == parentWidget() && e->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, e);
}

void BufferingOverlay::showEvent(QShowEvent *e)
{
    if (parentWidget()) {
        setGeometry(parentWidget()->rect());
        raise(); // above the video, which may have been added after us
    }
    updateSpinner();
    QWidget::showEvent(e);
}

void BufferingOverlay::hideEvent(QHideEvent *e)
{
    m_spinTimer.stop();
    QWidget::hideEvent(e);
}

void BufferingOverlay::timerEvent(QTimerEvent *e)
{
    if (e->timerId() != m_spinTimer.timerId()) {
        QWidget::timerEvent(e);
        return;
    }
    m_spinAngle = (m_spinAngle + 12) % 360;
    update(panelRect());
}

void BufferingOverlay::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(e);
}

void BufferingOverlay::updateSpinner()
{
    // Animate only when it means something and someone can see it.
    if (m_progress < 0 && isVisible())
        m_spinTimer.start(SpinIntervalMs, this);
    else
        m_spinTimer.stop();
}

void BufferingOverlay::refresh()
{
    QStringList parts{text()};
    if (!rateText().isEmpty())
        parts << rateText();
    if (!m_reason.isEmpty())
        parts << m_reason;
    setAccessibleDescription(parts.join(QLatin1String(", ")));
    update();
}

} // namespace swarmplay
