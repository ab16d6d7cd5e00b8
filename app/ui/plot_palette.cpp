#include "ui/plot_palette.h"

#include <QEvent>
#include <QPalette>
#include <qcustomplot.h>

namespace plot_palette {
namespace {

void styleAxis(QCPAxis *axis, const QPalette &p)
{
    const QColor text = p.color(QPalette::WindowText);
    QColor grid = p.color(QPalette::Mid);
    grid.setAlpha(110);
    axis->setBasePen(QPen(text, 1));
    axis->setTickPen(QPen(text, 1));
    axis->setSubTickPen(QPen(text, 1));
    axis->setTickLabelColor(text);
    axis->setLabelColor(text);
    axis->grid()->setPen(QPen(grid, 1, Qt::DotLine));
    axis->grid()->setZeroLinePen(QPen(grid, 1));
}

void apply(QCustomPlot *plot)
{
    const QPalette p = plot->palette();
    plot->setBackground(p.color(QPalette::Base));
    for (QCPAxisRect *rect : plot->axisRects()) {
        rect->setBackground(p.color(QPalette::Base));
        for (QCPAxis *axis : rect->axes())
            styleAxis(axis, p);
    }
    for (int i = 0; i < plot->plotLayout()->elementCount(); ++i)
        if (auto *text = qobject_cast<QCPTextElement *>(plot->plotLayout()->elementAt(i)))
            text->setTextColor(p.color(QPalette::WindowText));
    if (plot->legend) {
        QColor legendBackground = p.color(QPalette::Base);
        legendBackground.setAlpha(215);
        plot->legend->setBrush(legendBackground);
        plot->legend->setBorderPen(QPen(p.color(QPalette::Mid)));
        plot->legend->setTextColor(p.color(QPalette::Text));
    }
    plot->replot(QCustomPlot::rpQueuedReplot);
}

class Follower : public QObject
{
public:
    explicit Follower(QCustomPlot *plot)
        : QObject(plot)
        , m_plot(plot)
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_plot && event->type() == QEvent::PaletteChange)
            apply(m_plot);
        return false;
    }

private:
    QCustomPlot *m_plot;
};

} // namespace

void follow(QCustomPlot *plot)
{
    apply(plot);
    plot->installEventFilter(new Follower(plot));
}

} // namespace plot_palette
