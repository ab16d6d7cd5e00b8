#include "ui/status_style.h"

#include "ui/theme.h"

#include <QPalette>

namespace status_style {
namespace {

struct Colors
{
    QColor background, text, border;
};

Colors colors(Kind kind, bool dark)
{
    switch (kind) {
    case Kind::Error:
        return dark ? Colors{QColor(0x4a, 0x1f, 0x22), QColor(0xf6, 0xc6, 0xc8),
                             QColor(0x8c, 0x3a, 0x3f)}
                    : Colors{QColor(0xfb, 0xe3, 0xe4), QColor(0x6b, 0x1d, 0x1d),
                             QColor(0xe0, 0xa0, 0xa0)};
    case Kind::Success:
        return dark ? Colors{QColor(0x1d, 0x3b, 0x26), QColor(0xc3, 0xe8, 0xcb),
                             QColor(0x3d, 0x7a, 0x4c)}
                    : Colors{QColor(0xe6, 0xf4, 0xea), QColor(0x1e, 0x46, 0x20),
                             QColor(0xa8, 0xd5, 0xb0)};
    case Kind::Warning:
        return dark ? Colors{QColor(0x4a, 0x3a, 0x16), QColor(0xf5, 0xe0, 0xb0),
                             QColor(0x8a, 0x6d, 0x2a)}
                    : Colors{QColor(0xfd, 0xf0, 0xd0), QColor(0x5c, 0x3d, 0x00),
                             QColor(0xe6, 0xc4, 0x7a)};
    case Kind::Info:
        break;
    }
    return dark ? Colors{QColor(0x1e, 0x33, 0x4d), QColor(0xc8, 0xdc, 0xf5),
                         QColor(0x3b, 0x5f, 0x8a)}
                : Colors{QColor(0xe3, 0xee, 0xfb), QColor(0x12, 0x34, 0x5c),
                         QColor(0xa9, 0xc5, 0xea)};
}

} // namespace

QString banner(Kind kind, const QPalette &palette)
{
    const Colors c = colors(kind, theme::isDark(palette));
    return QStringLiteral("background:%1;color:%2;border:1px solid %3;border-radius:4px;"
                          "padding:6px;")
        .arg(c.background.name(), c.text.name(), c.border.name());
}

QColor background(Kind kind, const QPalette &palette)
{
    return colors(kind, theme::isDark(palette)).background;
}

QColor textOn(Kind kind, const QPalette &palette)
{
    return colors(kind, theme::isDark(palette)).text;
}

QColor text(Kind kind, const QPalette &palette)
{
    const bool dark = theme::isDark(palette);
    switch (kind) {
    case Kind::Error:
        return dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc6, 0x28, 0x28);
    case Kind::Success:
        return dark ? QColor(0x56, 0xd3, 0x64) : QColor(0x1b, 0x7f, 0x3a);
    case Kind::Warning:
        return dark ? QColor(0xe3, 0xb3, 0x41) : QColor(0x9a, 0x5b, 0x00);
    case Kind::Info:
        break;
    }
    return dark ? QColor(0x79, 0xc0, 0xff) : QColor(0x0b, 0x5c, 0xad);
}

QColor codeBackground(const QPalette &palette)
{
    return theme::isDark(palette) ? palette.color(QPalette::Base).lighter(140)
                                  : QColor(0xf3, 0xf3, 0xf3);
}

} // namespace status_style
