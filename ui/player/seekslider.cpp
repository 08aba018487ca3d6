#include "seekslider.h"

#include <algorithm>
#include <climits>
#include <cmath>
#include <vector>

#include <QEnterEvent>
#include <QFocusEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include "model/units.h"

namespace swarmplay {

namespace {

// Room on each side of the track so the handle and its focus ring fit at both ends.
constexpr qreal HandleRadius = 6.0;
constexpr qreal HandleRadiusActive = 7.0;
constexpr qreal FocusRing = 3.0;
constexpr qreal Inset = HandleRadiusActive + FocusRing;
constexpr qreal TrackHeight = 6.0;
constexpr int WidgetHeight = 24;

constexpr qint64 SmallStepMs = 5'000;
constexpr qint64 LargeStepMs = 60'000;
// Key repeats are coalesced into one seek: each seek moves the torrent's download window,
// so a held arrow key must not send one per repeat.
constexpr int KeySeekSettleMs = 250;

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * t,
                            a.greenF() + (b.greenF() - a.greenF()) * t,
                            a.blueF() + (b.blueF() - a.blueF()) * t);
}

} // namespace

SeekSlider::SeekSlider(QWidget *parent)
    : QSlider(Qt::Horizontal, parent)
{
    setRange(0, 0);
    setTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_Hover);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Seek"));
    setAccessibleDescription(tr("Position in the video, in milliseconds"));

    m_keySeekTimer.setSingleShot(true);
    m_keySeekTimer.setInterval(KeySeekSettleMs);
    connect(&m_keySeekTimer, &QTimer::timeout, this, &SeekSlider::settleKeyboardSeek);
}

void SeekSlider::setDuration(qint64 ms)
{
    // QSlider counts in int: 24 days of milliseconds is plenty for a video.
    ms = std::clamp<qint64>(ms, 0, INT_MAX);
    if (ms == m_duration)
        return;
    m_duration = ms;
    m_position = std::min(m_position, m_duration);
    setRange(0, int(m_duration));
    if (!isSliderDown() && !m_keySeekTimer.isActive())
        setValue(int(m_position));
    update();
}

void SeekSlider::setPosition(qint64 ms)
{
    m_position = std::clamp<qint64>(ms, 0, m_duration);
    if (!isSliderDown() && !m_keySeekTimer.isActive())
        setValue(int(m_position));
    update();
}

void SeekSlider::setPieces(const QBitArray &have)
{
    if (have == m_pieces)
        return;
    m_pieces = have;
    m_pieceImageDirty = true;
    update();
}

void SeekSlider::setBufferedAhead(qint64 ms)
{
    ms = std::max<qint64>(ms, 0);
    if (ms == m_bufferedAhead)
        return;
    m_bufferedAhead = ms;
    update();
}

QRectF SeekSlider::trackRect() const
{
    const qreal w = std::max<qreal>(width() - 2 * Inset, 1.0);
    return {Inset, (height() - TrackHeight) / 2.0, w, TrackHeight};
}

qreal SeekSlider::xForPosition(qint64 ms) const
{
    const QRectF track = trackRect();
    if (m_duration <= 0)
        return track.left();
    return track.left() +
           track.width() * qreal(std::clamp<qint64>(ms, 0, m_duration)) / qreal(m_duration);
}

qint64 SeekSlider::positionAt(qreal x) const
{
    if (m_duration <= 0)
        return 0;
    const QRectF track = trackRect();
    const qreal f = std::clamp((x - track.left()) / track.width(), 0.0, 1.0);
    return qRound64(f * qreal(m_duration));
}

QRectF SeekSlider::handleRect() const
{
    const bool active = m_hovered || isSliderDown() || hasFocus();
    const qreal r = active ? HandleRadiusActive : HandleRadius;
    const QPointF c(xForPosition(sliderPosition()), trackRect().center().y());
    return {c.x() - r, c.y() - r, 2 * r, 2 * r};
}

QColor SeekSlider::grooveColor() const
{
    return mix(palette().color(QPalette::Window), palette().color(QPalette::WindowText), 0.22);
}

QColor SeekSlider::downloadedColor() const
{
    return mix(grooveColor(), palette().color(QPalette::Highlight), 0.4);
}

QColor SeekSlider::bufferedColor() const
{
    return mix(grooveColor(), palette().color(QPalette::Highlight), 0.7);
}

QColor SeekSlider::playedColor() const
{
    return palette().color(QPalette::Highlight);
}

QSize SeekSlider::sizeHint() const
{
    return {240, WidgetHeight};
}

QSize SeekSlider::minimumSizeHint() const
{
    return {int(4 * Inset), WidgetHeight};
}

void SeekSlider::rebuildPieceImage()
{
    m_pieceImageDirty = false;
    m_pieceImage = QImage();
    const qsizetype n = m_pieces.size();
    if (n == 0 || m_pieces.count(true) == 0)
        return;

    const int columns = std::max(1, qRound(trackRect().width() * devicePixelRatioF()));
    // Share of each column covered by downloaded pieces, built from runs of set bits so the
    // work is O(pieces + columns) whether the file has 40 pieces or 40,000.
    std::vector<double> cover(size_t(columns), 0.0);
    const double scale = double(columns) / double(n);
    qsizetype i = 0;
    while (i < n) {
        if (!m_pieces.testBit(i)) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < n && m_pieces.testBit(i))
            ++i;
        const double x0 = double(start) * scale;
        const double x1 = double(i) * scale;
        const int last = std::min(columns - 1, int(std::ceil(x1)) - 1);
        for (int c = int(x0); c <= last; ++c)
            cover[size_t(c)] += std::min(x1, c + 1.0) - std::max(x0, double(c));
    }

    const QColor colour = downloadedColor();
    m_pieceImage = QImage(columns, 1, QImage::Format_ARGB32_Premultiplied);
    auto *line = reinterpret_cast<QRgb *>(m_pieceImage.scanLine(0));
    for (int c = 0; c < columns; ++c) {
        const int alpha = qRound(std::clamp(cover[size_t(c)], 0.0, 1.0) * 255.0);
        line[c] = qPremultiply(qRgba(colour.red(), colour.green(), colour.blue(), alpha));
    }
}

void SeekSlider::paintEvent(QPaintEvent *)
{
    const QRectF track = trackRect();
    if (m_pieceImageDirty ||
        (!m_pieceImage.isNull() &&
         m_pieceImage.width() != std::max(1, qRound(track.width() * devicePixelRatioF()))))
        rebuildPieceImage();

    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal radius = track.height() / 2.0;
    QPainterPath groove;
    groove.addRoundedRect(track, radius, radius);
    p.fillPath(groove, grooveColor());

    if (!m_pieceImage.isNull()) {
        QBrush pieces(m_pieceImage);
        QTransform t;
        t.translate(track.left(), track.top());
        t.scale(track.width() / m_pieceImage.width(), track.height());
        pieces.setTransform(t);
        p.fillPath(groove, pieces);
    }

    const auto segment = [&](qreal x0, qreal x1) {
        QPainterPath r;
        r.addRect(QRectF(QPointF(x0, track.top()), QPointF(x1, track.bottom())));
        return groove.intersected(r);
    };
    if (m_duration > 0 && m_bufferedAhead > 0) {
        const qreal x0 = xForPosition(m_position);
        const qreal x1 = xForPosition(m_position + m_bufferedAhead);
        if (x1 > x0)
            p.fillPath(segment(x0, x1), bufferedColor());
    }
    if (m_duration <= 0)
        return; // no handle until the player knows how long the video is

    const QRectF handle = handleRect();
    p.fillPath(segment(track.left(), handle.center().x()), playedColor());
    if (hasFocus() && m_keyboardFocus) {
        QColor ring = playedColor();
        ring.setAlphaF(0.35);
        p.setPen(Qt::NoPen);
        p.setBrush(ring);
        p.drawEllipse(handle.adjusted(-FocusRing, -FocusRing, FocusRing, FocusRing));
    }
    p.setPen(QPen(palette().color(QPalette::Base), 1.5));
    p.setBrush(playedColor());
    p.drawEllipse(handle);
}

bool SeekSlider::event(QEvent *e)
{
    if (e->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(e);
        showTimeToolTip(help->globalPos(), help->pos().x());
        return true;
    }
    return QSlider::event(e);
}

void SeekSlider::showTimeToolTip(const QPoint &globalPos, qreal x)
{
    if (m_duration <= 0) {
        QToolTip::hideText();
        return;
    }
    const qint64 ms = isSliderDown() ? sliderPosition() : positionAt(x);
    QString text = formatDuration(ms / 1000);
    if (!m_pieces.isEmpty()) {
        // Assumes bytes and time run together (constant bitrate): good enough for a hint.
        const qsizetype piece = std::min<qsizetype>(
            m_pieces.size() - 1, qsizetype(double(ms) / double(m_duration) * m_pieces.size()));
        text += QLatin1Char('\n') +
                (m_pieces.testBit(piece) ? tr("Downloaded") : tr("Not downloaded yet"));
    }
    QToolTip::showText(globalPos, text, this);
}

void SeekSlider::resizeEvent(QResizeEvent *e)
{
    m_pieceImageDirty = true;
    QSlider::resizeEvent(e);
}

void SeekSlider::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::PaletteChange || e->type() == QEvent::EnabledChange ||
        e->type() == QEvent::StyleChange)
        m_pieceImageDirty = true;
    QSlider::changeEvent(e);
}

void SeekSlider::mousePressEvent(QMouseEvent *e)
{
    if (e->button() != Qt::LeftButton || m_duration <= 0) {
        e->ignore();
        return;
    }
    // A click jumps to the point clicked (QSlider would page-step towards it).
    m_keySeekTimer.stop();
    setSliderDown(true);
    setSliderPosition(int(positionAt(e->position().x())));
    emit previewPositionChanged(sliderPosition());
    showTimeToolTip(e->globalPosition().toPoint(), e->position().x());
    update();
    e->accept();
}

void SeekSlider::mouseMoveEvent(QMouseEvent *e)
{
    if (isSliderDown()) {
        const int target = int(positionAt(e->position().x()));
        if (target != sliderPosition()) {
            setSliderPosition(target);
            emit previewPositionChanged(target);
        }
    }
    // Seeking a torrent stream moves its download window, so dragging previews the time and
    // seeks once on release instead of seeking all the way along.
    showTimeToolTip(e->globalPosition().toPoint(), e->position().x());
    e->accept();
}

void SeekSlider::mouseReleaseEvent(QMouseEvent *e)
{
    if (e->button() != Qt::LeftButton || !isSliderDown()) {
        e->ignore();
        return;
    }
    const qint64 target = sliderPosition();
    m_position = target; // keep the handle there until the player reports the new position
    setSliderDown(false);
    update();
    emit seekRequested(target);
    e->accept();
}

void SeekSlider::keyPressEvent(QKeyEvent *e)
{
    if (m_duration <= 0) {
        e->ignore();
        return;
    }
    switch (e->key()) {
    case Qt::Key_Left:
    case Qt::Key_Down:
        stepBy(-SmallStepMs);
        break;
    case Qt::Key_Right:
    case Qt::Key_Up:
        stepBy(SmallStepMs);
        break;
    case Qt::Key_PageDown:
        stepBy(-LargeStepMs);
        break;
    case Qt::Key_PageUp:
        stepBy(LargeStepMs);
        break;
    case Qt::Key_Home:
        stepBy(-qint64(sliderPosition()));
        break;
    case Qt::Key_End:
        stepBy(m_duration - sliderPosition());
        break;
    case Qt::Key_Escape:
        if (!isSliderDown()) {
            e->ignore();
            return;
        }
        // Cancel the drag: no seek, the handle goes back to the player's position.
        setSliderDown(false);
        setValue(int(m_position));
        emit previewPositionChanged(m_position);
        QToolTip::hideText();
        update();
        break;
    default:
        e->ignore();
        return;
    }
    e->accept();
}

void SeekSlider::stepBy(qint64 deltaMs)
{
    if (isSliderDown())
        return;
    const qint64 target = std::clamp<qint64>(sliderPosition() + deltaMs, 0, m_duration);
    setSliderPosition(int(target));
    emit previewPositionChanged(target);
    m_keySeekTimer.start();
    update();
}

void SeekSlider::settleKeyboardSeek()
{
    m_position = sliderPosition();
    emit seekRequested(m_position);
}

void SeekSlider::wheelEvent(QWheelEvent *e)
{
    // Scrolling past the controls must not seek (and QSlider would move the handle without
    // asking the player); let the parent have it, e.g. for volume.
    e->ignore();
}

void SeekSlider::enterEvent(QEnterEvent *e)
{
    m_hovered = true;
    update();
    QSlider::enterEvent(e);
}

void SeekSlider::leaveEvent(QEvent *e)
{
    m_hovered = false;
    if (!isSliderDown())
        QToolTip::hideText();
    update();
    QSlider::leaveEvent(e);
}

void SeekSlider::focusInEvent(QFocusEvent *e)
{
    m_keyboardFocus = e->reason() == Qt::TabFocusReason || e->reason() == Qt::BacktabFocusReason ||
                      e->reason() == Qt::ShortcutFocusReason;
    QSlider::focusInEvent(e);
}

} // namespace swarmplay
