#include "messagebar.h"

#include <QApplication>
#include <QBoxLayout>
#include <QEvent>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace swarmplay {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_icon = new QLabel(this);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("messageText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    // Selectable, so a message can be copied into a bug report or a search.
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close = new QToolButton(this);
    m_close->setObjectName(QStringLiteral("messageClose"));
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    connect(m_close, &QToolButton::clicked, this, &MessageBar::dismiss);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    m_close->setToolTip(tr("Close this message"));
    hide();
}

void MessageBar::showMessage(const QString &text, Kind kind)
{
    m_kind = kind;
    m_text->setText(text);
    const QStyle::StandardPixmap pixmap = kind == Kind::Error ? QStyle::SP_MessageBoxCritical
                                          : kind == Kind::Warning
                                              ? QStyle::SP_MessageBoxWarning
                                              : QStyle::SP_MessageBoxInformation;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(pixmap).pixmap(size, size));
    applyColours();
    show();
    emit messageShown(text, kind);
}

void MessageBar::dismiss()
{
    m_text->clear();
    hide();
}

QString MessageBar::text() const
{
    return isHidden() ? QString() : m_text->text();
}

void MessageBar::changeEvent(QEvent *e)
{
    QFrame::changeEvent(e);
    if (e->type() == QEvent::LanguageChange)
        m_close->setToolTip(tr("Close this message"));
    else if (e->type() == QEvent::PaletteChange && !isHidden())
        applyColours();
}

void MessageBar::applyColours()
{
    // A tint of the kind's colour over the window background, so it reads in light and dark
    // themes alike; the text keeps the theme's colour.
    const QPalette base = QApplication::palette(this);
    const QColor window = base.color(QPalette::Window);
    const QColor tint = m_kind == Kind::Error     ? QColor(220, 50, 47)
                        : m_kind == Kind::Warning ? QColor(230, 160, 20)
                                                  : QColor(40, 120, 220);
    const auto mix = [](int a, int b) {
        return (a * 3 + b) / 4;
    };
    QPalette p = palette();
    p.setColor(QPalette::Window,
               QColor(mix(window.red(), tint.red()), mix(window.green(), tint.green()),
                      mix(window.blue(), tint.blue())));
    // The same palette again is a no-op in setPalette, so the PaletteChange this sends ends here.
    setPalette(p);
}

} // namespace swarmplay
