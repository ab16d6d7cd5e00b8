#pragma once
// Colours for messages and markers that must stay readable on light and dark palettes. Every
// hard-coded colour in a view comes from here so a dark theme never puts light text on a light
// background (or the reverse).
#include <QColor>
#include <QPalette>
#include <QString>

namespace status_style {

enum class Kind { Error, Success, Warning, Info };

// A style sheet for a QLabel/QFrame banner: background, text and border of that kind.
QString banner(Kind kind, const QPalette &palette);
// Background behind a row or line that needs attention (differs, has an error), and the text
// colour that goes with it.
QColor background(Kind kind, const QPalette &palette);
QColor textOn(Kind kind, const QPalette &palette);
// Text colour for a state word in a table cell on the normal base colour.
QColor text(Kind kind, const QPalette &palette);
// Background for code blocks (commands to type) inside rich text.
QColor codeBackground(const QPalette &palette);

} // namespace status_style
