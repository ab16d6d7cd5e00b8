#pragma once
// QCustomPlot paints with its own fixed colours (white background, black axes). This makes a
// plot take its colours from the widget palette, now and whenever the palette changes (light/dark
// switch), so charts match the rest of the window.
class QCustomPlot;

namespace plot_palette {

void follow(QCustomPlot *plot);

} // namespace plot_palette
