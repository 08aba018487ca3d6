#include "promptbar.h"

#include <QBoxLayout>
#include <QEvent>
#include <QLabel>
#include <QPushButton>

namespace swarmplay {

PromptBar::PromptBar(QWidget *parent)
    : QWidget(parent)
{
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    setPalette(p);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("promptText"));
    m_text->setTextFormat(Qt::PlainText);
    m_accept = new QPushButton(this);
    m_accept->setObjectName(QStringLiteral("promptAccept"));
    m_dismiss = new QPushButton(this);
    m_dismiss->setObjectName(QStringLiteral("promptDismiss"));
    // The keys belong to the player (Space, N); a button with the focus would take them.
    m_accept->setFocusPolicy(Qt::NoFocus);
    m_dismiss->setFocusPolicy(Qt::NoFocus);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_accept);
    layout->addWidget(m_dismiss);
    connect(m_accept, &QPushButton::clicked, this, [this] {
        hide();
        emit accepted();
    });
    connect(m_dismiss, &QPushButton::clicked, this, [this] {
        hide();
        emit dismissed();
    });
    parent->installEventFilter(this);
    hide();
}

void PromptBar::ask(const QString &text, const QString &acceptText, const QString &dismissText)
{
    m_text->setText(text);
    m_accept->setText(acceptText);
    m_dismiss->setText(dismissText);
    place();
    show();
    raise();
}

QString PromptBar::text() const
{
    return m_text->text();
}

void PromptBar::place()
{
    const int height = sizeHint().height();
    setGeometry(0, 0, parentWidget()->width(), height);
}

bool PromptBar::eventFilter(QObject *watched, QEvent *e)
{
    if (watched == parentWidget() && (e->type() == QEvent::Resize || e->type() == QEvent::Show))
        place();
    return QWidget::eventFilter(watched, e);
}

} // namespace swarmplay
