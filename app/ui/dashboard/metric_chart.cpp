#include "ui/dashboard/metric_chart.h"

#include "model/ring_series.h"
#include "ui/dashboard/value_format.h"
#include "ui/plot_palette.h"

#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QMenu>
#include <QVBoxLayout>
#include <qcustomplot.h>

namespace {

// Value-axis labels in the chart's unit (bytes get KiB/MiB).
class UnitTicker : public QCPAxisTicker
{
public:
    explicit UnitTicker(MetricChart::Unit unit)
        : m_unit(unit)
    {
    }

protected:
    QString getTickLabel(double tick, const QLocale &locale, QChar formatChar,
                         int precision) override
    {
        switch (m_unit) {
        case MetricChart::Unit::Bytes:
            return valueFormat::bytes(tick);
        case MetricChart::Unit::BytesPerSecond:
            return valueFormat::bytesPerSecond(tick);
        case MetricChart::Unit::Count:
        case MetricChart::Unit::PerSecond:
            return tick >= 1000 ? valueFormat::count(tick)
                                : QCPAxisTicker::getTickLabel(tick, locale, formatChar, precision);
        }
        return {};
    }

private:
    MetricChart::Unit m_unit;
};

double nowSeconds()
{
    return double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
}

} // namespace

MetricChart::MetricChart(const QString &title, Unit unit, QWidget *parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this))
    , m_title(title)
    , m_unit(unit)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    setMinimumHeight(160);

    m_plot->plotLayout()->insertRow(0);
    auto *titleElement = new QCPTextElement(m_plot, title, QFont(font().family(), 10, QFont::Bold));
    m_plot->plotLayout()->addElement(0, 0, titleElement);

    auto timeTicker = QSharedPointer<QCPAxisTickerDateTime>::create();
    timeTicker->setDateTimeFormat(QStringLiteral("HH:mm:ss"));
    m_plot->xAxis->setTicker(timeTicker);
    m_plot->yAxis->setTicker(QSharedPointer<UnitTicker>::create(unit));
    m_plot->yAxis->setRange(0, 1);
    m_plot->legend->setVisible(false);
    m_plot->legend->setFont(QFont(font().family(), 8));
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);

    // A replot of a few thousand points per series must stay a few ms on the GUI thread:
    // polylines drawn in one go, and the translucent fills not antialiased.
    m_plot->setPlottingHint(QCP::phFastPolylines, true);
    m_plot->setNotAntialiasedElements(QCP::aeFills);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->axisRect()->setRangeDrag(Qt::Horizontal);
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal);
    // Any manual move of the time axis leaves follow mode; a double click returns to it.
    connect(m_plot, &QCustomPlot::mousePress, this, [this](QMouseEvent *e) {
        if (e->button() == Qt::LeftButton)
            setFollowing(false);
    });
    connect(m_plot, &QCustomPlot::mouseWheel, this, [this] { setFollowing(false); });
    connect(m_plot, &QCustomPlot::mouseDoubleClick, this, [this] { setFollowing(true); });
    connect(m_plot->xAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this, [this] {
        if (!m_follow)
            rescaleValues();
    });

    m_plot->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_plot, &QWidget::customContextMenuRequested, this, &MetricChart::showContextMenu);
    plot_palette::follow(m_plot); // light/dark like the rest of the window
}

int MetricChart::addSeries(const QString &name, const QColor &color)
{
    QCPGraph *graph = m_plot->addGraph();
    graph->setName(name);
    graph->setPen(QPen(color, 1)); // width 1: the fast polyline path
    QColor fill = color;
    fill.setAlpha(30);
    graph->setBrush(fill);
    m_plot->legend->setVisible(m_plot->graphCount() > 1);
    return m_plot->graphCount() - 1;
}

void MetricChart::setSeriesData(int index, const RingSeries &series)
{
    QCPGraph *graph = m_plot->graph(index);
    if (!graph)
        return;
    QVector<double> times, values;
    series.copyTo(times, values);
    graph->setData(times, values, true);
}

void MetricChart::refresh()
{
    if (m_follow) {
        const double now = nowSeconds();
        m_plot->xAxis->setRange(now - m_windowSeconds, now);
        rescaleValues();
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void MetricChart::rescaleValues()
{
    const QCPRange keys = m_plot->xAxis->range();
    double top = 0;
    for (int g = 0; g < m_plot->graphCount(); ++g) {
        bool found = false;
        const QCPRange values = m_plot->graph(g)->getValueRange(found, QCP::sdBoth, keys);
        if (found)
            top = qMax(top, values.upper);
    }
    m_plot->yAxis->setRange(0, top > 0 ? top * 1.15 : 1);
}

void MetricChart::setWindowSeconds(int seconds)
{
    m_windowSeconds = qMax(10, seconds);
    refresh();
}

void MetricChart::setFollowing(bool follow)
{
    if (follow == m_follow)
        return;
    m_follow = follow;
    emit followingChanged(follow);
    if (follow)
        refresh();
}

int MetricChart::seriesCount() const
{
    return m_plot->graphCount();
}

int MetricChart::pointCount(int series) const
{
    const QCPGraph *graph = m_plot->graph(series);
    return graph ? graph->dataCount() : 0;
}

bool MetricChart::exportPng(const QString &path, int width, int height)
{
    return m_plot->savePng(path, width, height);
}

bool MetricChart::exportCsv(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        return false;
    // One row per sample time; a series without a point at that time leaves its cell empty.
    QMap<double, QVector<QString>> rows;
    const int n = m_plot->graphCount();
    for (int g = 0; g < n; ++g) {
        const auto data = m_plot->graph(g)->data();
        for (auto it = data->constBegin(); it != data->constEnd(); ++it) {
            QVector<QString> &row = rows[it->key];
            row.resize(n);
            row[g] = QString::number(it->value, 'f', 3);
        }
    }
    QByteArray out = "time";
    for (int g = 0; g < n; ++g)
        out += ',' + m_plot->graph(g)->name().toUtf8();
    out += '\n';
    for (auto it = rows.constBegin(); it != rows.constEnd(); ++it) {
        out += QDateTime::fromMSecsSinceEpoch(qint64(it.key() * 1000))
                   .toString(Qt::ISODateWithMs)
                   .toUtf8();
        for (const QString &cell : it.value())
            out += ',' + cell.toUtf8();
        out += '\n';
    }
    return file.write(out) == out.size();
}

void MetricChart::showContextMenu(const QPoint &pos)
{
    QMenu menu(this);
    QAction *follow = menu.addAction(tr("Follow live"));
    follow->setCheckable(true);
    follow->setChecked(m_follow);
    connect(follow, &QAction::toggled, this, &MetricChart::setFollowing);
    menu.addSeparator();
    menu.addAction(tr("Export PNG…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export chart as PNG"),
                                                          m_title + QStringLiteral(".png"),
                                                          tr("PNG images (*.png)"));
        if (!path.isEmpty())
            exportPng(path);
    });
    menu.addAction(tr("Export CSV…"), this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Export chart data as CSV"),
                                         m_title + QStringLiteral(".csv"), tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportCsv(path);
    });
    menu.exec(m_plot->mapToGlobal(pos));
}
