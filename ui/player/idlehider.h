#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

class QWidget;

namespace swarmplay {

// Full-screen video etiquette: while enabled, hides a widget (the controls) and the mouse
// cursor over a root widget after a while without mouse movement there, and brings both back
// on the next movement or click. Never hides while the pointer is over the widget it hides.
// Disabling brings the cursor back but leaves the widget as it is.
class IdleHider : public QObject
{
    Q_OBJECT

public:
    IdleHider(QWidget *root, QWidget *hidden, int idleMs, QObject *parent = nullptr);
    ~IdleHider() override;

    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    bool isIdle() const { return m_idle; }
    int idleMs() const { return m_timer.interval(); }

protected:
    bool eventFilter(QObject *watched, QEvent *e) override;

private:
    void wake();
    void becomeIdle();

    QPointer<QWidget> m_root;
    QPointer<QWidget> m_hidden;
    QTimer m_timer;
    bool m_enabled = false;
    bool m_idle = false;
};

} // namespace swarmplay
