#include "playerkeys.h"

#include <QShortcut>
#include <QWidget>

namespace swarmplay {

namespace {
constexpr qint64 SmallSeekMs = 10'000;
constexpr qint64 LargeSeekMs = 60'000;
constexpr float VolumeStep = 0.05f;
} // namespace

PlayerKeys::PlayerKeys(QWidget *player)
    : QObject(player)
    , m_player(player)
{
    connect(add(Qt::Key_Space, true), &QShortcut::activated, this, &PlayerKeys::playPauseToggled);
    connect(add(Qt::Key_Left, true), &QShortcut::activated, this,
            [this] { emit seekBy(-SmallSeekMs); });
    connect(add(Qt::Key_Right, true), &QShortcut::activated, this,
            [this] { emit seekBy(SmallSeekMs); });
    connect(add(QKeySequence(Qt::SHIFT | Qt::Key_Left), true), &QShortcut::activated, this,
            [this] { emit seekBy(-LargeSeekMs); });
    connect(add(QKeySequence(Qt::SHIFT | Qt::Key_Right), true), &QShortcut::activated, this,
            [this] { emit seekBy(LargeSeekMs); });
    connect(add(Qt::Key_Up, true), &QShortcut::activated, this,
            [this] { emit volumeStepped(VolumeStep); });
    connect(add(Qt::Key_Down, true), &QShortcut::activated, this,
            [this] { emit volumeStepped(-VolumeStep); });
    connect(add(Qt::Key_M, true), &QShortcut::activated, this, &PlayerKeys::muteToggled);
    connect(add(Qt::Key_F, false), &QShortcut::activated, this, &PlayerKeys::fullScreenToggled);
    m_escape = add(Qt::Key_Escape, false);
    connect(m_escape, &QShortcut::activated, this, &PlayerKeys::fullScreenLeft);
    setPlaying(false);
    setFullScreen(false);
}

QShortcut *PlayerKeys::add(const QKeySequence &keys, bool playback)
{
    auto *shortcut = new QShortcut(keys, m_player);
    // Whenever the player or anything in it has focus, also as a full-screen window.
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    if (playback)
        m_playbackKeys.push_back(shortcut);
    return shortcut;
}

void PlayerKeys::setPlaying(bool playing)
{
    for (QShortcut *s : std::as_const(m_playbackKeys))
        s->setEnabled(playing);
}

void PlayerKeys::setFullScreen(bool fullScreen)
{
    m_escape->setEnabled(fullScreen);
}

} // namespace swarmplay
