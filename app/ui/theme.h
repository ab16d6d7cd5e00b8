#pragma once
// Light or dark appearance. "System" keeps the platform's palette when it already is dark (a
// GTK/KDE platform theme) and otherwise asks the desktop (GTK_THEME, GNOME's color-scheme);
// Qt 6.4 has no portable colour-scheme query of its own.
#include <QString>

class QApplication;
class QPalette;

namespace theme {

enum class Appearance { System, Light, Dark };

// Applies --theme (light|dark|system) if given, else the saved choice. Call once after
// QApplication.
void install(QApplication &app, const QString &requested);
// Switches at once; custom-painted views follow because they read the palette when they paint.
void apply(Appearance appearance);
Appearance savedPreference();
void savePreference(Appearance appearance);
bool parse(const QString &text, Appearance *out);
// True when the palette is a dark one (window lighter than text would be the light case).
bool isDark(const QPalette &palette);

} // namespace theme
