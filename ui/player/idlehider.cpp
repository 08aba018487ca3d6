#include "idlehider.h"

#include <QApplication>
#include <QEvent>
#include <QWidget>

namespace swarmplay {

IdleHider::IdleHider(QWidget *root, QWidget *hidden, int idleMs, QObject *parent)
    : QObject(parent)
    , m_root(root)
    , m_hidden(hidden)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(idleMs);
    connect(&m_timer, &QTimer::timeout, this, &IdleHider::becomeIdle);
}

IdleHider::~IdleHider()
{
    setEnabled(false);
}

void IdleHider::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    // The application's filter sees movement over every child (the video, the seek bar,
    // buttons) without each of them tracking the mouse for us.
    if (enabled) {
        qApp->installEventFilter(this);
        wake();
    } else {
        qApp->removeEventFilter(this);
        m_timer.stop();
        // Only the cursor comes back: whether the widget shows is its owner's decision now
        // (the player hides its controls when nothing plays).
        m_idle = false;
        if (m_root)
            m_root->unsetCursor();
    }
}

void IdleHider::wake()
{
    if (m_idle) {
        m_idle = false;
        if (m_hidden)
            m_hidden->show();
        if (m_root)
            m_root->unsetCursor();
    }
    if (m_enabled)
        m_timer.start();
}

void IdleHider::becomeIdle()
{
    if (!m_enabled || !m_root || !m_hidden)
        return;
    // Someone reading the time or about to click a button is not idle.
    if (m_hidden->isVisible() && m_hidden->underMouse()) {
        m_timer.start();
        return;
    }
    m_idle = true;
    m_hidden->hide();
    m_root->setCursor(Qt::BlankCursor);
}

bool IdleHider::eventFilter(QObject *watched, QEvent *e)
{
    switch (e->type()) {
    case QEvent::MouseMove:
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
        if (watched->isWidgetType() && m_root &&
            (watched == m_root || m_root->isAncestorOf(static_cast<QWidget *>(watched))))
            wake();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, e);
}

} // namespace swarmplay
