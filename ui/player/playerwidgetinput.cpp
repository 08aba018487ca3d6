// PlayerWidget, the viewer's side: keys, full screen, volume and the context menu. The stream
// and the media player's life are in playerwidget.cpp.

#include <algorithm>

#include <QAudio>
#include <QAudioOutput>
#include <QContextMenuEvent>
#include <QLayout>
#include <QMediaPlayer>
#include <QMenu>
#include <QShortcut>

#include "idlehider.h"
#include "playercontrols.h"
#include "playerwidget.h"

namespace swarmplay {

namespace {

constexpr qint64 SmallSeekMs = 10'000;
constexpr qint64 LargeSeekMs = 60'000;
constexpr float VolumeStep = 0.05f; // on the perceptual scale the volume slider shows

} // namespace

void PlayerWidget::changeVolume(float delta)
{
    const float perceptual =
        QAudio::convertVolume(m_volume, QAudio::LinearVolumeScale, QAudio::LogarithmicVolumeScale);
    m_volume = QAudio::convertVolume(std::clamp(perceptual + delta, 0.0f, 1.0f),
                                     QAudio::LogarithmicVolumeScale, QAudio::LinearVolumeScale);
    m_audio->setVolume(m_volume);
    m_controls->setVolume(m_volume);
    if (m_muted && delta > 0)
        setMuted(false);
}

void PlayerWidget::setMuted(bool muted)
{
    m_muted = muted;
    m_audio->setMuted(muted);
    m_controls->setMuted(muted);
}

bool PlayerWidget::isFullScreen() const
{
    return m_fullScreen;
}

void PlayerWidget::setFullScreen(bool on)
{
    if (on == m_fullScreen)
        return;
    m_fullScreen = on;
    QWidget *parent = parentWidget();
    if (on) {
        // A child widget becomes a window of its own; the main window stays as it was.
        if (parent)
            setWindowFlag(Qt::Window, true);
        showFullScreen();
    } else {
        setWindowState(windowState() & ~Qt::WindowFullScreen);
        if (parent) {
            setWindowFlag(Qt::Window, false);
            show();
            // Back into the parent's layout, at the place and size it had.
            if (QLayout *layout = parent->layout()) {
                layout->invalidate();
                layout->activate();
            }
        } else {
            showNormal();
        }
    }
    m_controls->setFullScreen(on);
    updateInputs();
    activateWindow();
    setFocus(Qt::OtherFocusReason);
    emit fullScreenChanged(on);
}

void PlayerWidget::setupShortcuts()
{
    const auto add = [this](const QKeySequence &keys, auto slot, bool playback) {
        auto *shortcut = new QShortcut(keys, this);
        // Whenever the player or anything in it has focus, also as a full-screen window.
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
        if (playback)
            m_playbackShortcuts.push_back(shortcut);
        return shortcut;
    };
    add(
        Qt::Key_Space, [this] { togglePlayPause(); }, true);
    add(
        Qt::Key_Left, [this] { seekBy(-SmallSeekMs); }, true);
    add(
        Qt::Key_Right, [this] { seekBy(SmallSeekMs); }, true);
    add(
        QKeySequence(Qt::SHIFT | Qt::Key_Left), [this] { seekBy(-LargeSeekMs); }, true);
    add(
        QKeySequence(Qt::SHIFT | Qt::Key_Right), [this] { seekBy(LargeSeekMs); }, true);
    add(
        Qt::Key_Up, [this] { changeVolume(VolumeStep); }, true);
    add(
        Qt::Key_Down, [this] { changeVolume(-VolumeStep); }, true);
    add(
        Qt::Key_M, [this] { setMuted(!m_muted); }, true);
    add(
        Qt::Key_F, [this] { setFullScreen(!m_fullScreen); }, false);
    m_escapeShortcut = add(
        Qt::Key_Escape, [this] { setFullScreen(false); }, false);
}

void PlayerWidget::updateInputs()
{
    // Only while something plays: otherwise Space belongs to the focused button of a message.
    for (QShortcut *s : std::as_const(m_playbackShortcuts))
        s->setEnabled(m_stage == Stage::Playing);
    m_escapeShortcut->setEnabled(m_fullScreen);
    // Controls and cursor hide in full screen only while something plays: on a message or the
    // prebuffer page the viewer needs the pointer for the buttons.
    const bool hide = m_fullScreen && m_stage == Stage::Playing;
    if (hide != m_idleHider->isEnabled()) {
        m_idleHider->setEnabled(hide);
        if (!hide && m_stage == Stage::Playing)
            m_controls->show();
    }
}

void PlayerWidget::addContextMenu(QMenu *menu)
{
    m_contextMenus.push_back(menu);
}

void PlayerWidget::contextMenuEvent(QContextMenuEvent *e)
{
    QMenu menu(this);
    if (m_stage == Stage::Playing)
        menu.addAction(m_wantPlaying ? tr("Pause") : tr("Play"), this,
                       &PlayerWidget::togglePlayPause);
    menu.addAction(m_fullScreen ? tr("Leave full screen") : tr("Full screen"), this,
                   [this] { setFullScreen(!m_fullScreen); });
    QAction *external = menu.addAction(tr("Open in external player"), this,
                                       [this] { emit externalPlayerRequested(m_id, m_fileIndex); });
    external->setEnabled(m_id.isValid() && m_fileIndex >= 0);
    if (m_stage == Stage::Playing) {
        for (const QPointer<QWidget> &w : std::as_const(m_contextMenus)) {
            if (auto *sub = qobject_cast<QMenu *>(w.data()))
                menu.addMenu(sub);
        }
    }
    menu.exec(e->globalPos());
}

} // namespace swarmplay
