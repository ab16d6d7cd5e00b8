#include "ui/replication/lag_chart_view.h"

#include "model/replication/replication_model.h"
#include "model/replication/replication_selection.h"
#include "ui/plot_palette.h"
#include "ui/replication/link_state_style.h"

#include <QComboBox>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTextStream>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <cmath>
#include <limits>
#include <qcustomplot.h>

namespace {

constexpr double kRetentionS = 3600; // what the graphs keep; the model's rings keep as much
constexpr int kMaxMarkerItems = 300;

const QColor kSeriesColors[] = {
    QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e), QColor(0x2c, 0xa0, 0x2c),
    QColor(0xd6, 0x27, 0x28), QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b),
    QColor(0xe3, 0x77, 0xc2), QColor(0x7f, 0x7f, 0x7f), QColor(0xbc, 0xbd, 0x22),
    QColor(0x17, 0xbe, 0xcf),
};

double valueOrGap(double v)
{
    return v < 0 ? std::numeric_limits<double>::quiet_NaN() : v;
}

QColor markerColor(LagMarkerKind kind)
{
    switch (kind) {
    case LagMarkerKind::FullResync:
        return LinkStateStyle::color(LinkStateStyle::Category::Syncing);
    case LagMarkerKind::PartialResync:
    case LagMarkerKind::LinkUp:
        return LinkStateStyle::color(LinkStateStyle::Category::Online);
    case LagMarkerKind::LinkDown:
        return LinkStateStyle::color(LinkStateStyle::Category::Down);
    case LagMarkerKind::LabAction:
        break;
    }
    return QColor(0x55, 0x55, 0x55);
}

QString markerTitle(LagMarkerKind kind)
{
    switch (kind) {
    case LagMarkerKind::FullResync:
        return LagChartView::tr("full sync");
    case LagMarkerKind::PartialResync:
        return LagChartView::tr("partial resync");
    case LagMarkerKind::LinkDown:
        return LagChartView::tr("link down");
    case LagMarkerKind::LinkUp:
        return LagChartView::tr("link up");
    case LagMarkerKind::LabAction:
        return LagChartView::tr("lab");
    }
    return {};
}

QString markerCsvName(LagMarkerKind kind)
{
    switch (kind) {
    case LagMarkerKind::FullResync:
        return QStringLiteral("full_resync");
    case LagMarkerKind::PartialResync:
        return QStringLiteral("partial_resync");
    case LagMarkerKind::LinkDown:
        return QStringLiteral("link_down");
    case LagMarkerKind::LinkUp:
        return QStringLiteral("link_up");
    case LagMarkerKind::LabAction:
        return QStringLiteral("lab_action");
    }
    return {};
}

QString csvField(QString text)
{
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
        text.contains(QLatin1Char('\n'))) {
        text.replace(QLatin1Char('"'), QLatin1String("\"\""));
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

} // namespace

LagChartView::LagChartView(ReplicationModel *model, ReplicationSelection *selection,
                           QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_selection(selection)
    , m_plot(new QCustomPlot(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("LagChartView"));
    m_plot->setObjectName(QStringLiteral("lagPlot"));
    m_plot->setAutoAddPlottableToLegend(false);
    m_plot->plotLayout()->clear(); // also deletes the default legend
    auto *margins = new QCPMarginGroup(m_plot);
    QSharedPointer<QCPAxisTickerDateTime> ticker(new QCPAxisTickerDateTime);
    ticker->setDateTimeFormat(QStringLiteral("HH:mm:ss"));
    const QString titles[kMetricCount] = {tr("byte lag"), tr("lag ms"), tr("ACK age s")};
    for (int i = 0; i < kMetricCount; ++i) {
        auto *r = new QCPAxisRect(m_plot);
        m_plot->plotLayout()->addElement(i, 0, r);
        r->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
        r->setRangeDrag(Qt::Horizontal);
        r->setRangeZoom(Qt::Horizontal);
        r->axis(QCPAxis::atBottom)->setTicker(ticker);
        r->axis(QCPAxis::atBottom)->setTickLabels(i == kMetricCount - 1);
        r->axis(QCPAxis::atLeft)->setLabel(titles[i]);
        r->axis(QCPAxis::atLeft)->setRange(0, 1);
        m_rects[i] = r;
        connect(r->axis(QCPAxis::atBottom), qOverload<const QCPRange &>(&QCPAxis::rangeChanged),
                this, [this, i](const QCPRange &range) {
                    if (m_settingRange)
                        return;
                    m_settingRange = true;
                    for (int j = 0; j < kMetricCount; ++j)
                        if (j != i)
                            m_rects[j]->axis(QCPAxis::atBottom)->setRange(range);
                    m_settingRange = false;
                    onUserRangeChange();
                });
    }
    auto *legend = new QCPLegend;
    m_rects[0]->insetLayout()->addElement(legend, Qt::AlignTop | Qt::AlignRight);
    legend->setLayer(QStringLiteral("legend"));
    legend->setFont(font());
    m_plot->legend = legend;
    plot_palette::follow(m_plot); // light/dark like the rest of the window
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom | QCP::iSelectPlottables);
    connect(m_plot, &QCustomPlot::plottableClick, this,
            [this](QCPAbstractPlottable *plottable, int, QMouseEvent *) {
                const QString id = plottable->property("replicaId").toString();
                if (m_selection && !id.isEmpty())
                    m_selection->selectLink(id);
            });

    // Controls.
    m_windowBox = new QComboBox(this);
    m_windowBox->setObjectName(QStringLiteral("lagWindow"));
    const QList<QPair<QString, double>> windows = {{tr("30 s"), 30},
                                                   {tr("1 min"), 60},
                                                   {tr("5 min"), 300},
                                                   {tr("15 min"), 900},
                                                   {tr("1 h"), 3600}};
    for (const auto &[label, seconds] : windows)
        m_windowBox->addItem(label, seconds);
    m_windowBox->setCurrentIndex(1);
    connect(m_windowBox, &QComboBox::currentIndexChanged, this,
            [this] { setWindowSeconds(m_windowBox->currentData().toDouble()); });
    m_pauseButton = new QToolButton(this);
    m_pauseButton->setObjectName(QStringLiteral("lagPause"));
    m_pauseButton->setText(tr("Pause"));
    m_pauseButton->setCheckable(true);
    connect(m_pauseButton, &QToolButton::toggled, this, &LagChartView::setPaused);
    m_liveButton = new QPushButton(tr("Live"), this);
    m_liveButton->setObjectName(QStringLiteral("lagLive"));
    m_liveButton->setToolTip(tr("Follow the newest samples again after zooming or panning"));
    m_plot->setToolTip(tr("lag ms: when the master wrote the first byte the replica has not "
                          "applied yet (estimated from the master's offset history); ACK age: "
                          "seconds since the replica's last REPLCONF ACK"));
    connect(m_liveButton, &QPushButton::clicked, this, [this] { setFollowing(true); });
    auto *png = new QPushButton(tr("Export PNG…"), this);
    connect(png, &QPushButton::clicked, this, &LagChartView::choosePng);
    auto *csv = new QPushButton(tr("Export CSV…"), this);
    connect(csv, &QPushButton::clicked, this, &LagChartView::chooseCsv);

    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Window:"), this));
    controls->addWidget(m_windowBox);
    controls->addWidget(m_pauseButton);
    controls->addWidget(m_liveButton);
    controls->addStretch(1);
    controls->addWidget(png);
    controls->addWidget(csv);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_plot, 1);

    connect(model, &ReplicationModel::markerAdded, this, [this] { m_markersDirty = true; });
    connect(model, &ReplicationModel::topologyChanged, this, [this] { m_markersDirty = true; });
    if (selection)
        connect(selection, &ReplicationSelection::selectionChanged, this, [this] {
            applyStyles();
            m_plot->replot(QCustomPlot::rpQueuedReplot);
        });
    m_timer->setInterval(kRefreshMs);
    connect(m_timer, &QTimer::timeout, this, [this] {
        // A hidden chart (another page is shown) costs nothing; the next tick after it is
        // shown again catches up.
        if (!m_paused && isVisible())
            refreshNow();
    });
    m_timer->start();
    m_liveButton->setEnabled(false);
}

void LagChartView::setWindowSeconds(double seconds)
{
    m_windowS = qMax(1.0, seconds);
    const int index = m_windowBox->findData(m_windowS);
    if (index >= 0 && index != m_windowBox->currentIndex())
        m_windowBox->setCurrentIndex(index);
    setFollowing(true);
}

void LagChartView::setPaused(bool paused)
{
    m_paused = paused;
    if (m_pauseButton->isChecked() != paused)
        m_pauseButton->setChecked(paused);
    m_pauseButton->setText(paused ? tr("Resume") : tr("Pause"));
    if (!paused)
        refreshNow();
}

void LagChartView::setFollowing(bool following)
{
    m_following = following;
    m_liveButton->setEnabled(!following);
    if (following && !m_paused)
        refreshNow();
}

void LagChartView::onUserRangeChange()
{
    if (m_following) {
        m_following = false;
        m_liveButton->setEnabled(true);
    }
    m_markersDirty = true;
}

double LagChartView::xLower() const
{
    return m_rects[0]->axis(QCPAxis::atBottom)->range().lower;
}

double LagChartView::xUpper() const
{
    return m_rects[0]->axis(QCPAxis::atBottom)->range().upper;
}

LagChartView::Series &LagChartView::seriesFor(const QString &replicaId)
{
    auto it = m_series.find(replicaId);
    if (it != m_series.end())
        return *it;
    Series s;
    s.colorIndex = int(m_series.size()) % int(std::size(kSeriesColors));
    const ReplicationNode *node = m_model->node(replicaId);
    const QString name = node ? node->name : replicaId;
    for (int i = 0; i < kMetricCount; ++i) {
        QCPAxisRect *r = m_rects[i];
        QCPGraph *g = m_plot->addGraph(r->axis(QCPAxis::atBottom), r->axis(QCPAxis::atLeft));
        g->setName(name);
        g->setProperty("replicaId", replicaId);
        g->setSelectable(QCP::stWhole);
        g->setAdaptiveSampling(true);
        g->setAntialiased(false);
        s.graphs[i] = g;
    }
    s.graphs[0]->addToLegend();
    it = m_series.insert(replicaId, s);
    applyStyles();
    return *it;
}

QCPGraph *LagChartView::graph(const QString &replicaId, Metric metric) const
{
    const auto it = m_series.constFind(replicaId);
    return it == m_series.cend() ? nullptr : it->graphs[int(metric)];
}

void LagChartView::applyStyles()
{
    for (auto it = m_series.begin(); it != m_series.end(); ++it) {
        const bool selected = m_selection && m_selection->focusedLink() == it.key();
        const QColor c = kSeriesColors[it->colorIndex];
        // Thin, aliased lines: QPainter strokes wide or antialiased polylines of thousands of
        // points far too slowly for a 10 Hz refresh (QCustomPlot's own performance advice).
        for (QCPGraph *g : it->graphs) {
            g->setPen(QPen(c, selected ? 2.0 : 1.0));
            g->selectionDecorator()->setPen(QPen(c, 2.0));
        }
    }
}

void LagChartView::appendNewSamples(const QString &replicaId, Series &series)
{
    const LagSeries *lag = m_model->lagSeries(replicaId);
    if (!lag)
        return;
    qint64 fresh = lag->appendedCount() - series.seen;
    if (fresh <= 0)
        return;
    if (fresh > lag->size()) { // the ring moved on past what we had: start over
        for (QCPGraph *g : series.graphs)
            g->data()->clear();
        fresh = lag->size();
    }
    QVector<double> keys;
    QVector<double> values[kMetricCount];
    keys.reserve(int(fresh));
    for (auto &v : values)
        v.reserve(int(fresh));
    for (int i = lag->size() - int(fresh); i < lag->size(); ++i) {
        const LagSample &s = lag->at(i);
        keys << s.t;
        values[0] << valueOrGap(double(s.byteLag));
        values[1] << valueOrGap(s.lagMs);
        values[2] << valueOrGap(s.ackAgeS);
        if (s.lagMsSource == LagMsSource::Measured)
            m_anyMeasured = true;
        else if (s.lagMsSource == LagMsSource::Estimated)
            m_anyEstimated = true;
    }
    for (int m = 0; m < kMetricCount; ++m) {
        series.graphs[m]->addData(keys, values[m], true);
        series.graphs[m]->data()->removeBefore(keys.last() - kRetentionS);
    }
    series.seen = lag->appendedCount();
    m_latestT = qMax(m_latestT, keys.last());
}

QString LagChartView::lagMsAxisLabel() const
{
    if (m_anyMeasured && m_anyEstimated)
        return tr("lag ms (measured/est.)");
    if (m_anyMeasured)
        return tr("lag ms (measured)");
    if (m_anyEstimated)
        return tr("lag ms (estimated)");
    return tr("lag ms");
}

void LagChartView::rebuildMarkers()
{
    for (QCPAbstractItem *item : std::as_const(m_markerItems))
        m_plot->removeItem(item);
    m_markerItems.clear();
    m_markerCount = 0;
    m_markersDirty = false;
    if (!m_model)
        return;
    // Markers of the span the user can see or slide into, newest first, capped.
    const double from = qMin(xLower(), m_latestT - m_windowS) - m_windowS;
    const auto &markers = m_model->markers();
    for (auto it = markers.crbegin(); it != markers.crend() && m_markerCount < kMaxMarkerItems / 4;
         ++it) {
        if (it->t < from)
            break;
        const QColor c = markerColor(it->kind);
        QPen pen(c, 1.2, it->kind == LagMarkerKind::LinkUp ? Qt::DashLine : Qt::SolidLine);
        for (QCPAxisRect *r : m_rects) {
            auto *line = new QCPItemStraightLine(m_plot);
            line->setClipAxisRect(r);
            line->point1->setAxes(r->axis(QCPAxis::atBottom), r->axis(QCPAxis::atLeft));
            line->point2->setAxes(r->axis(QCPAxis::atBottom), r->axis(QCPAxis::atLeft));
            line->point1->setCoords(it->t, 0);
            line->point2->setCoords(it->t, 1);
            line->setPen(pen);
            line->setSelectable(false);
            m_markerItems << line;
        }
        auto *text = new QCPItemText(m_plot);
        text->setClipAxisRect(m_rects[0]);
        text->position->setAxes(m_rects[0]->axis(QCPAxis::atBottom),
                                m_rects[0]->axis(QCPAxis::atLeft));
        text->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        text->position->setAxisRect(m_rects[0]);
        text->position->setCoords(it->t, 0.02);
        text->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
        text->setRotation(90);
        text->setColor(c);
        const ReplicationNode *node = m_model->node(it->linkId);
        const QString who = node ? node->name : it->linkId;
        text->setText(it->kind == LagMarkerKind::LabAction ? it->text
                      : who.isEmpty()                      ? markerTitle(it->kind)
                                      : QStringLiteral("%1: %2").arg(who, markerTitle(it->kind)));
        text->setSelectable(false);
        m_markerItems << text;
        ++m_markerCount;
    }
}

void LagChartView::slideWindow()
{
    double upper = m_latestT;
    if (upper <= 0)
        upper = double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
    m_settingRange = true;
    for (QCPAxisRect *r : m_rects)
        r->axis(QCPAxis::atBottom)->setRange(upper - m_windowS, upper);
    m_settingRange = false;
}

void LagChartView::rescaleValues()
{
    const QCPRange keys = m_rects[0]->axis(QCPAxis::atBottom)->range();
    for (int m = 0; m < kMetricCount; ++m) {
        double top = 0;
        for (const Series &s : std::as_const(m_series)) {
            bool found = false;
            const QCPRange r = s.graphs[m]->getValueRange(found, QCP::sdBoth, keys);
            if (found)
                top = qMax(top, r.upper);
        }
        m_rects[m]->axis(QCPAxis::atLeft)->setRange(0, top > 0 ? top * 1.12 : 1);
    }
}

void LagChartView::refreshNow()
{
    if (!m_model)
        return;
    QElapsedTimer timer;
    timer.start();
    const QStringList ids = m_model->linkIds();
    for (const QString &id : ids) {
        Series &s = seriesFor(id);
        appendNewSamples(id, s);
    }
    for (auto it = m_series.begin(); it != m_series.end();) {
        if (!ids.contains(it.key())) {
            for (QCPGraph *g : it->graphs)
                m_plot->removeGraph(g);
            it = m_series.erase(it);
            m_markersDirty = true;
        } else {
            ++it;
        }
    }
    if (m_following)
        slideWindow();
    if (m_markersDirty)
        rebuildMarkers();
    rescaleValues();
    m_rects[int(Metric::LagMs)]->axis(QCPAxis::atLeft)->setLabel(lagMsAxisLabel());
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    m_lastRefreshMs = double(timer.nsecsElapsed()) / 1e6;
}

bool LagChartView::exportCsv(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    QTextStream out(&file);
    out << "time_unix,time_iso,replica,byte_lag,ack_age_s,lag_ms,lag_ms_source,event\n";
    const double lower = xLower();
    const double upper = xUpper();
    struct Row
    {
        double t;
        QString line;
    };
    QList<Row> rows;
    auto iso = [](double t) {
        return QDateTime::fromMSecsSinceEpoch(qint64(t * 1000)).toString(Qt::ISODateWithMs);
    };
    for (const QString &id : m_model->linkIds()) {
        const LagSeries *lag = m_model->lagSeries(id);
        if (!lag)
            continue;
        for (int i = lag->lowerBound(lower); i < lag->size() && lag->at(i).t <= upper; ++i) {
            const LagSample &s = lag->at(i);
            const char *source = s.lagMsSource == LagMsSource::Measured    ? "measured"
                                 : s.lagMsSource == LagMsSource::Estimated ? "estimated"
                                                                           : "";
            rows.append({s.t, QStringLiteral("%1,%2,%3,%4,%5,%6,%7,")
                                  .arg(s.t, 0, 'f', 3)
                                  .arg(iso(s.t), csvField(id))
                                  .arg(s.byteLag >= 0 ? QString::number(s.byteLag) : QString())
                                  .arg(s.ackAgeS >= 0 ? QString::number(s.ackAgeS) : QString())
                                  .arg(s.lagMs >= 0 ? QString::number(s.lagMs, 'f', 1) : QString())
                                  .arg(QLatin1String(source))});
        }
    }
    for (const LagMarker &m : m_model->markers()) {
        if (m.t < lower || m.t > upper)
            continue;
        rows.append(
            {m.t, QStringLiteral("%1,%2,%3,,,,,%4")
                      .arg(m.t, 0, 'f', 3)
                      .arg(iso(m.t), csvField(m.linkId),
                           csvField(markerCsvName(m.kind) + QStringLiteral(": ") + m.text))});
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Row &a, const Row &b) { return a.t < b.t; });
    for (const Row &r : rows)
        out << r.line << '\n';
    out.flush();
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

bool LagChartView::exportPng(const QString &path, int width, int height)
{
    m_plot->replot();
    return m_plot->savePng(path, width, height);
}

void LagChartView::chooseCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export lag as CSV"),
                                                      QStringLiteral("replication-lag.csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error))
        QMessageBox::warning(this, tr("Export CSV"), tr("Cannot write %1: %2").arg(path, error));
}

void LagChartView::choosePng()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export lag chart as PNG"),
                                                      QStringLiteral("replication-lag.png"),
                                                      tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!exportPng(path))
        QMessageBox::warning(this, tr("Export PNG"), tr("Cannot write %1").arg(path));
}
