#include "playerpalette.h"

#include <QColor>

namespace swarmplay {

QPalette playerPalette(QPalette base)
{
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor dimText(0x80, 0x80, 0x80);
    const auto set = [&base](QPalette::ColorRole role, const QColor &active,
                             const QColor &disabled) {
        base.setColor(QPalette::Active, role, active);
        base.setColor(QPalette::Inactive, role, active);
        base.setColor(QPalette::Disabled, role, disabled);
    };
    set(QPalette::Window, QColor(0x14, 0x14, 0x14), QColor(0x14, 0x14, 0x14));
    set(QPalette::WindowText, text, dimText);
    set(QPalette::Base, QColor(0x22, 0x22, 0x22), QColor(0x1a, 0x1a, 0x1a));
    set(QPalette::AlternateBase, QColor(0x2a, 0x2a, 0x2a), QColor(0x1a, 0x1a, 0x1a));
    set(QPalette::Text, text, dimText);
    set(QPalette::Button, QColor(0x2d, 0x2d, 0x2d), QColor(0x22, 0x22, 0x22));
    set(QPalette::ButtonText, text, dimText);
    set(QPalette::Light, QColor(0x4a, 0x4a, 0x4a), QColor(0x3a, 0x3a, 0x3a));
    set(QPalette::Midlight, QColor(0x3a, 0x3a, 0x3a), QColor(0x2e, 0x2e, 0x2e));
    set(QPalette::Mid, QColor(0x24, 0x24, 0x24), QColor(0x20, 0x20, 0x20));
    set(QPalette::Dark, QColor(0x10, 0x10, 0x10), QColor(0x10, 0x10, 0x10));
    set(QPalette::Shadow, Qt::black, Qt::black);
    set(QPalette::ToolTipBase, QColor(0x2d, 0x2d, 0x2d), QColor(0x2d, 0x2d, 0x2d));
    set(QPalette::ToolTipText, text, dimText);
    set(QPalette::PlaceholderText, dimText, dimText);
    return base;
}

} // namespace swarmplay
