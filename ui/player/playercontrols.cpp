#include "playercontrols.h"

#include <algorithm>

#include <QAudio>
#include <QBoxLayout>
#include <QEvent>
#include <QLabel>
#include <QPainter>
#include <QSlider>
#include <QStyle>
#include <QToolButton>

#include "model/units.h"
#include "seekslider.h"

namespace swarmplay {

namespace {

QToolButton *makeButton(QWidget *parent, const char *objectName)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(QLatin1String(objectName));
    button->setAutoRaise(true);
    button->setIconSize({22, 22});
    return button;
}

// The desktop theme's icon when there is one, else the style's.
QIcon themedIcon(const QWidget *w, const char *themeName, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(QLatin1String(themeName), w->style()->standardIcon(fallback));
}

// The icons the bar needs most, drawn in the palette's text colour. The style's own are fixed
// black pictures that vanish on a dark bar, and its "maximize" is a window frame, which does not
// read as full screen.
enum class Glyph
{
    Play,
    Pause,
    FullScreen,
    ExitFullScreen,
};

void paintGlyph(QPainter &p, Glyph glyph, qreal size, const QColor &colour)
{
    const auto at = [size](qreal x, qreal y) {
        return QPointF(x * size, y * size);
    };
    switch (glyph) {
    case Glyph::Play: {
        const QPointF triangle[] = {at(0.28, 0.18), at(0.28, 0.82), at(0.82, 0.5)};
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        p.drawPolygon(triangle, 3);
        break;
    }
    case Glyph::Pause:
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        p.drawRect(QRectF(at(0.25, 0.2), at(0.42, 0.8)));
        p.drawRect(QRectF(at(0.58, 0.2), at(0.75, 0.8)));
        break;
    case Glyph::FullScreen:
    case Glyph::ExitFullScreen: {
        // Four corner brackets, pointing out to enter full screen and in to leave it.
        const bool exit = glyph == Glyph::ExitFullScreen;
        p.setPen(
            QPen(colour, std::max(1.5, size / 11.0), Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
        const qreal arm = size * 0.22;
        for (const QPointF &c : {at(0.2, 0.2), at(0.8, 0.2), at(0.2, 0.8), at(0.8, 0.8)}) {
            const qreal dx = c.x() < size / 2.0 ? 1 : -1; // towards the middle
            const qreal dy = c.y() < size / 2.0 ? 1 : -1;
            const QPointF v = exit ? c + QPointF(dx * arm, dy * arm) : c;
            const QPointF arms[] = {exit ? QPointF(c.x(), v.y()) : v + QPointF(dx * arm, 0), v,
                                    exit ? QPointF(v.x(), c.y()) : v + QPointF(0, dy * arm)};
            p.drawPolyline(arms, 3);
        }
        break;
    }
    }
}

QIcon drawnIcon(const QWidget *w, Glyph glyph)
{
    QIcon icon;
    for (const QIcon::Mode mode : {QIcon::Normal, QIcon::Disabled}) {
        const QColor colour = w->palette().color(
            mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active, QPalette::ButtonText);
        for (const int size : {16, 22, 32, 44, 64}) {
            QPixmap pixmap(size, size);
            pixmap.fill(Qt::transparent);
            QPainter p(&pixmap);
            p.setRenderHint(QPainter::Antialiasing);
            paintGlyph(p, glyph, size, colour);
            p.end();
            icon.addPixmap(pixmap, mode);
        }
    }
    return icon;
}

// The desktop theme's icon when it has one, else a drawn one.
QIcon controlIcon(const QWidget *w, Glyph glyph)
{
    static const char *const themeNames[] = {"media-playback-start", "media-playback-pause",
                                             "view-fullscreen", "view-restore"};
    const QString name = QLatin1String(themeNames[int(glyph)]);
    return QIcon::hasThemeIcon(name) ? QIcon::fromTheme(name) : drawnIcon(w, glyph);
}

} // namespace

PlayerControls::PlayerControls(QWidget *parent)
    : QWidget(parent)
{
    m_seek = new SeekSlider(this);
    m_seek->setObjectName(QStringLiteral("seekSlider"));
    m_playButton = makeButton(this, "playPauseButton");
    m_timeLabel = new QLabel(this);
    m_timeLabel->setObjectName(QStringLiteral("timeLabel"));
    m_timeLabel->setTextFormat(Qt::PlainText);
    m_timeLabel->setAccessibleName(tr("Time"));
    m_muteButton = makeButton(this, "muteButton");
    m_volumeSlider = new QSlider(Qt::Horizontal, this);
    m_volumeSlider->setObjectName(QStringLiteral("volumeSlider"));
    m_volumeSlider->setRange(0, 100);
    m_volumeSlider->setValue(100);
    m_volumeSlider->setFixedWidth(100);
    m_volumeSlider->setAccessibleName(tr("Volume"));
    m_fullScreenButton = makeButton(this, "fullScreenButton");

    // The seek bar gets a row of its own: on a torrent the download map along it is worth
    // every pixel of width.
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->setSpacing(6);
    buttons->addWidget(m_playButton);
    buttons->addWidget(m_timeLabel);
    buttons->addStretch(1);
    buttons->addWidget(m_muteButton);
    buttons->addWidget(m_volumeSlider);
    buttons->addWidget(m_fullScreenButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(2);
    layout->addWidget(m_seek);
    layout->addLayout(buttons);

    connect(m_playButton, &QToolButton::clicked, this, [this] {
        if (m_playing)
            emit pauseRequested();
        else
            emit playRequested();
    });
    connect(m_seek, &SeekSlider::seekRequested, this, &PlayerControls::seekRequested);
    connect(m_seek, &SeekSlider::previewPositionChanged, this, &PlayerControls::updateTimeLabel);
    connect(m_muteButton, &QToolButton::clicked, this, [this] { emit muteToggled(!m_muted); });
    connect(m_volumeSlider, &QSlider::valueChanged, this, [this] {
        m_volumeSlider->setToolTip(tr("Volume: %1 %").arg(m_volumeSlider->value()));
        emit volumeChanged(volume());
    });
    connect(m_fullScreenButton, &QToolButton::clicked, this,
            [this] { emit fullScreenRequested(!m_fullScreen); });

    m_volumeSlider->setToolTip(tr("Volume: %1 %").arg(m_volumeSlider->value()));
    updatePlayButton();
    updateMuteButton();
    updateFullScreenButton();
    updateTimeLabel(0);
    reserveTimeLabelWidth();
}

QString PlayerControls::formatTime(qint64 ms)
{
    if (ms < 0)
        return QStringLiteral("–:––");
    return formatDuration(ms / 1000);
}

void PlayerControls::setPlaying(bool playing)
{
    if (playing == m_playing)
        return;
    m_playing = playing;
    updatePlayButton();
}

void PlayerControls::setDuration(qint64 ms)
{
    m_duration = std::max<qint64>(ms, 0);
    m_seek->setDuration(m_duration);
    reserveTimeLabelWidth();
    updateTimeLabel(m_seek->displayedPosition());
}

void PlayerControls::setPosition(qint64 ms)
{
    m_seek->setPosition(ms);
    // While the user drags, the label keeps showing where the handle is.
    updateTimeLabel(m_seek->displayedPosition());
}

float PlayerControls::volume() const
{
    // QAudioOutput's volume is linear; a perceptual slider makes its lower half useful.
    return QAudio::convertVolume(float(m_volumeSlider->value()) / 100.0f,
                                 QAudio::LogarithmicVolumeScale, QAudio::LinearVolumeScale);
}

void PlayerControls::setVolume(float volume)
{
    const float perceptual = QAudio::convertVolume(
        std::clamp(volume, 0.0f, 1.0f), QAudio::LinearVolumeScale, QAudio::LogarithmicVolumeScale);
    const QSignalBlocker block(m_volumeSlider); // not the user's doing: no volumeChanged
    m_volumeSlider->setValue(qRound(perceptual * 100.0f));
    m_volumeSlider->setToolTip(tr("Volume: %1 %").arg(m_volumeSlider->value()));
}

void PlayerControls::setMuted(bool muted)
{
    if (muted == m_muted)
        return;
    m_muted = muted;
    updateMuteButton();
}

void PlayerControls::setFullScreen(bool fullScreen)
{
    if (fullScreen == m_fullScreen)
        return;
    m_fullScreen = fullScreen;
    updateFullScreenButton();
}

void PlayerControls::setPieces(const QBitArray &have)
{
    m_seek->setPieces(have);
}

void PlayerControls::setBufferedAhead(qint64 ms)
{
    m_seek->setBufferedAhead(ms);
}

QString PlayerControls::timeText() const
{
    return m_timeLabel->text();
}

void PlayerControls::updateTimeLabel(qint64 shownPosition)
{
    if (m_duration > 0)
        m_timeLabel->setText(tr("%1 / %2").arg(formatTime(shownPosition), formatTime(m_duration)));
    else
        m_timeLabel->setText(formatTime(shownPosition));
}

void PlayerControls::reserveTimeLabelWidth()
{
    // As wide as the widest time this video can show, so the buttons beside it do not shift
    // every second when the digits change.
    QString widest = m_duration > 0
                         ? tr("%1 / %2").arg(formatTime(m_duration), formatTime(m_duration))
                         : formatTime(59 * 60 * 1000);
    std::replace_if(
        widest.begin(), widest.end(), [](QChar c) { return c.isDigit(); }, QLatin1Char('8'));
    m_timeLabel->setMinimumWidth(m_timeLabel->fontMetrics().horizontalAdvance(widest) + 2);
}

void PlayerControls::updatePlayButton()
{
    m_playButton->setIcon(controlIcon(this, m_playing ? Glyph::Pause : Glyph::Play));
    const QString text = m_playing ? tr("Pause") : tr("Play");
    m_playButton->setToolTip(text);
    m_playButton->setAccessibleName(text);
}

void PlayerControls::updateMuteButton()
{
    m_muteButton->setIcon(m_muted
                              ? themedIcon(this, "audio-volume-muted", QStyle::SP_MediaVolumeMuted)
                              : themedIcon(this, "audio-volume-high", QStyle::SP_MediaVolume));
    const QString text = m_muted ? tr("Unmute") : tr("Mute");
    m_muteButton->setToolTip(text);
    m_muteButton->setAccessibleName(text);
}

void PlayerControls::updateFullScreenButton()
{
    m_fullScreenButton->setIcon(
        controlIcon(this, m_fullScreen ? Glyph::ExitFullScreen : Glyph::FullScreen));
    const QString text = m_fullScreen ? tr("Exit full screen") : tr("Full screen");
    m_fullScreenButton->setToolTip(text);
    m_fullScreenButton->setAccessibleName(text);
}

void PlayerControls::changeEvent(QEvent *e)
{
    switch (e->type()) {
    case QEvent::LanguageChange:
    case QEvent::StyleChange:
    case QEvent::PaletteChange:
        updatePlayButton();
        updateMuteButton();
        updateFullScreenButton();
        updateTimeLabel(m_seek->displayedPosition());
        reserveTimeLabelWidth();
        break;
    case QEvent::FontChange:
        reserveTimeLabelWidth();
        break;
    default:
        break;
    }
    QWidget::changeEvent(e);
}

} // namespace swarmplay
