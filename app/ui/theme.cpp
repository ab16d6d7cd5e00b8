#include "ui/theme.h"

#include <QApplication>
#include <QPalette>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>

namespace theme {
namespace {

const char *const settingsKey = "appearance/theme";

// What the platform gave us before we changed anything, so "Light" and "System" can go back.
QPalette &platformPalette()
{
    static QPalette palette;
    return palette;
}

QString &platformStyle()
{
    static QString name;
    return name;
}

// What apply() was last asked for: a late desktop answer only counts while it is System.
Appearance &requestedAppearance()
{
    static Appearance appearance = Appearance::System;
    return appearance;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xdf, 0xe1, 0xe5);
    const QColor disabledText(0x80, 0x84, 0x8a);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3f, 0x41));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabledText);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3b));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x45, 0x48, 0x4c));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3d, 0x41));
    p.setColor(QPalette::Mid, QColor(0x55, 0x58, 0x5d));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, QColor(0x0c, 0x0c, 0x0d));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb1, 0x8c, 0xf0));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    return p;
}

bool gtkThemeIsDark()
{
    const QString gtkTheme = qEnvironmentVariable("GTK_THEME");
    return gtkTheme.endsWith(QLatin1String(":dark"), Qt::CaseInsensitive) ||
           gtkTheme.contains(QLatin1String("-dark"), Qt::CaseInsensitive);
}

void applyPalette(bool dark)
{
    if (dark) {
        // Fusion draws every control from the palette; the default style would keep light frames.
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
        return;
    }
    if (QApplication::style()->name().compare(platformStyle(), Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(platformStyle()));
    QApplication::setPalette(isDark(platformPalette()) ? QApplication::style()->standardPalette()
                                                       : platformPalette());
}

// Asks GNOME-like desktops for their colour scheme without blocking the window: the answer
// (if any: no gsettings, schema or D-Bus means "not dark") switches the palette when it comes,
// provided the user still wants to follow the system.
void askDesktopForDarkScheme()
{
    const QString gsettings = QStandardPaths::findExecutable(QStringLiteral("gsettings"));
    if (gsettings.isEmpty() || qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return;
    auto *query = new QProcess(qApp);
    QObject::connect(query, &QProcess::finished, query, [query](int code, QProcess::ExitStatus) {
        query->deleteLater();
        if (code == 0 && query->readAllStandardOutput().contains("prefer-dark") &&
            requestedAppearance() == Appearance::System)
            applyPalette(true);
    });
    QObject::connect(query, &QProcess::errorOccurred, query, &QObject::deleteLater);
    query->start(gsettings, {QStringLiteral("get"), QStringLiteral("org.gnome.desktop.interface"),
                             QStringLiteral("color-scheme")});
}

} // namespace

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() <
           palette.color(QPalette::WindowText).lightness();
}

bool parse(const QString &text, Appearance *out)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("system") || t.isEmpty())
        *out = Appearance::System;
    else if (t == QLatin1String("light"))
        *out = Appearance::Light;
    else if (t == QLatin1String("dark"))
        *out = Appearance::Dark;
    else
        return false;
    return true;
}

Appearance savedPreference()
{
    Appearance a = Appearance::System;
    parse(QSettings().value(QLatin1String(settingsKey)).toString(), &a);
    return a;
}

void savePreference(Appearance appearance)
{
    static const char *const names[] = {"system", "light", "dark"};
    QSettings().setValue(QLatin1String(settingsKey),
                         QLatin1String(names[static_cast<int>(appearance)]));
}

void apply(Appearance appearance)
{
    requestedAppearance() = appearance;
    if (appearance != Appearance::System) {
        applyPalette(appearance == Appearance::Dark);
        return;
    }
    const bool dark = isDark(platformPalette()) || gtkThemeIsDark();
    applyPalette(dark);
    if (!dark)
        askDesktopForDarkScheme();
}

void install(QApplication &app, const QString &requested)
{
    platformPalette() = app.palette();
    platformStyle() = app.style()->name();
    Appearance appearance = savedPreference();
    if (!requested.isEmpty())
        parse(requested, &appearance); // AppOptions has already rejected bad values
    apply(appearance);
}

} // namespace theme
