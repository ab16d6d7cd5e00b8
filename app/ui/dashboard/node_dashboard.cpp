#include "ui/dashboard/node_dashboard.h"

#include "model/node_monitor.h"
#include "ui/dashboard/client_list_view.h"
#include "ui/dashboard/metric_chart.h"
#include "ui/dashboard/slowlog_view.h"
#include "ui/dashboard/value_format.h"

#include <QComboBox>
#include <QDateTime>
#include <QFrame>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QString roleText(NodeRole role)
{
    switch (role) {
    case NodeRole::Master:
        return NodeDashboard::tr("master");
    case NodeRole::Replica:
        return NodeDashboard::tr("replica");
    case NodeRole::Sentinel:
        return NodeDashboard::tr("sentinel");
    case NodeRole::Unknown:
        break;
    }
    return NodeDashboard::tr("unknown");
}

using Metric = NodeMonitor::Metric;
// Caption/value pairs per header row.
constexpr int kHeaderColumns = 4;

} // namespace

NodeDashboard::NodeDashboard(NodeRegistry *registry, NodeId id, QWidget *parent)
    : QWidget(parent)
    , m_registry(registry)
    , m_monitor(registry->monitor(id))
    , m_id(id)
{
    setObjectName(QStringLiteral("NodeDashboard"));
    auto *layout = new QVBoxLayout(this);

    // Header: two rows of caption/value pairs.
    auto *headerFrame = new QFrame(this);
    headerFrame->setFrameShape(QFrame::StyledPanel);
    auto *grid = new QGridLayout(headerFrame);
    grid->setHorizontalSpacing(18);
    const QList<QPair<QString, QString>> fields = {
        {QStringLiteral("role"), tr("Role")},
        {QStringLiteral("version"), tr("Version")},
        {QStringLiteral("uptime"), tr("Uptime")},
        {QStringLiteral("clients"), tr("Clients")},
        {QStringLiteral("memory"), tr("Memory")},
        {QStringLiteral("ops"), tr("Ops/s")},
        {QStringLiteral("network"), tr("Network in / out")},
        {QStringLiteral("keys"), tr("Keys")},
        {QStringLiteral("persistence"), tr("Persistence")},
        {QStringLiteral("replication"), tr("Replication")},
        {QStringLiteral("status"), tr("Status")},
    };
    for (const auto &f : fields)
        addHeaderField(grid, f.first, f.second);
    auto *consoleButton = new QPushButton(tr("Open console"), headerFrame);
    connect(consoleButton, &QPushButton::clicked, this, [this] { emit consoleRequested(m_id); });
    grid->addWidget(consoleButton, 2, kHeaderColumns * 2 - 1, Qt::AlignRight);
    for (int c = 1; c < kHeaderColumns * 2; c += 2)
        grid->setColumnStretch(c, 1);
    layout->addWidget(headerFrame);

    // Charts tab: its plots are built on first show (each QCustomPlot holds pixel buffers, and
    // a user monitoring 50 servers looks at a few dashboards at a time).
    m_chartsPage = new QWidget(this);
    new QVBoxLayout(m_chartsPage);

    NodeConnections *node = registry->connections(id);
    m_slowlog = new SlowlogView(node, this);
    m_clients = new ClientListView(node, this);
    m_infoTree = new QTreeWidget(this);
    m_infoTree->setHeaderLabels({tr("Field"), tr("Value")});
    m_infoTree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_chartsPage, tr("Charts"));
    m_tabs->addTab(m_slowlog, tr("Slowlog"));
    m_tabs->addTab(m_clients, tr("Clients"));
    m_tabs->addTab(m_infoTree, tr("INFO"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_infoTree)
            updateInfoTree();
    });
    layout->addWidget(m_tabs, 1);

    // Redraw at a human pace whatever the sampling period; only while visible.
    m_refresh = new QTimer(this);
    m_refresh->setInterval(1000);
    connect(m_refresh, &QTimer::timeout, this, &NodeDashboard::refreshNow);
    if (m_monitor) {
        connect(m_monitor, &NodeMonitor::reachabilityChanged, this, &NodeDashboard::updateHeader);
        connect(m_monitor, &NodeMonitor::sampleFailed, this, &NodeDashboard::updateHeader);
    }
    updateHeader();
}

void NodeDashboard::buildCharts()
{
    if (!m_charts.isEmpty())
        return;
    auto *chartsLayout = static_cast<QVBoxLayout *>(m_chartsPage->layout());
    auto *windowRow = new QHBoxLayout;
    windowRow->addWidget(new QLabel(tr("Time window:"), m_chartsPage));
    m_window = new QComboBox(m_chartsPage);
    m_window->addItem(tr("1 minute"), 60);
    m_window->addItem(tr("5 minutes"), 300);
    m_window->addItem(tr("15 minutes"), 900);
    m_window->addItem(tr("1 hour"), 3600);
    m_window->setCurrentIndex(1);
    windowRow->addWidget(m_window);
    windowRow->addWidget(
        new QLabel(tr("Drag or wheel to pan and zoom; double click to follow live; right click "
                      "to export."),
                   m_chartsPage),
        1);
    chartsLayout->addLayout(windowRow);
    auto *chartGrid = new QGridLayout;
    auto *ops =
        new MetricChart(tr("Operations per second"), MetricChart::Unit::PerSecond, m_chartsPage);
    ops->addSeries(tr("ops/s"), QColor(0x1f, 0x77, 0xb4));
    auto *memory = new MetricChart(tr("Used memory"), MetricChart::Unit::Bytes, m_chartsPage);
    memory->addSeries(tr("used_memory"), QColor(0xd6, 0x27, 0x28));
    auto *clients =
        new MetricChart(tr("Connected clients"), MetricChart::Unit::Count, m_chartsPage);
    clients->addSeries(tr("clients"), QColor(0x2c, 0xa0, 0x2c));
    auto *net = new MetricChart(tr("Network"), MetricChart::Unit::BytesPerSecond, m_chartsPage);
    net->addSeries(tr("in"), QColor(0x94, 0x67, 0xbd));
    net->addSeries(tr("out"), QColor(0xff, 0x7f, 0x0e));
    m_charts = {ops, memory, clients, net};
    chartGrid->addWidget(ops, 0, 0);
    chartGrid->addWidget(memory, 0, 1);
    chartGrid->addWidget(clients, 1, 0);
    chartGrid->addWidget(net, 1, 1);
    chartsLayout->addLayout(chartGrid, 1);
    connect(m_window, &QComboBox::currentIndexChanged, this, [this] {
        for (MetricChart *c : std::as_const(m_charts))
            c->setWindowSeconds(m_window->currentData().toInt());
    });
    for (MetricChart *c : std::as_const(m_charts))
        c->setWindowSeconds(m_window->currentData().toInt());
}

QString NodeDashboard::title() const
{
    return m_registry ? m_registry->spec(m_id).displayName() : QString();
}

QLabel *NodeDashboard::addHeaderField(QGridLayout *grid, const QString &key, const QString &caption)
{
    const int index = int(m_header.size());
    const int row = index / kHeaderColumns;
    const int col = (index % kHeaderColumns) * 2;
    auto *captionLabel = new QLabel(caption + QLatin1Char(':'), this);
    captionLabel->setStyleSheet(QStringLiteral("color: palette(mid);"));
    auto *value = new QLabel(QStringLiteral("—"), this);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = value->font();
    bold.setBold(true);
    value->setFont(bold);
    grid->addWidget(captionLabel, row, col, Qt::AlignRight);
    grid->addWidget(value, row, col + 1);
    m_header.insert(key, value);
    return value;
}

QString NodeDashboard::headerText(const QString &key) const
{
    const QLabel *label = m_header.value(key);
    return label ? label->text() : QString();
}

void NodeDashboard::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    buildCharts();
    refreshNow();
    m_refresh->start();
}

void NodeDashboard::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_refresh->stop(); // hidden dashboards cost nothing; showEvent catches up
}

void NodeDashboard::setRefreshInterval(int ms)
{
    m_refresh->setInterval(ms);
}

void NodeDashboard::refreshNow()
{
    updateHeader();
    if (m_chartsPage->isVisible())
        updateCharts();
    if (m_tabs->currentWidget() == m_infoTree)
        updateInfoTree();
}

void NodeDashboard::updateHeader()
{
    if (!m_monitor)
        return;
    const InfoReply &info = m_monitor->info();
    auto set = [this](const char *key, const QString &text) {
        m_header.value(QLatin1String(key))->setText(text);
    };
    QLabel *status = m_header.value(QStringLiteral("status"));
    if (!m_monitor->isReachable() && m_monitor->lastError().isError()) {
        status->setText(m_monitor->lastError().title());
        status->setToolTip(m_monitor->lastError().userText());
        status->setStyleSheet(QStringLiteral("color: #c0392b;"));
    } else if (m_monitor->isReachable()) {
        status->setText(tr("online"));
        status->setToolTip(QString());
        status->setStyleSheet(QStringLiteral("color: #27ae60;"));
    } else {
        status->setText(tr("connecting…"));
    }
    if (info.isEmpty())
        return;

    set("role", roleText(info.replication.role));
    set("version", info.server.redisVersion);
    set("uptime", valueFormat::duration(info.server.uptimeSeconds));
    set("clients", QString::number(info.clients.connectedClients));
    QString memory = valueFormat::bytes(double(info.memory.usedMemory));
    if (info.memory.maxMemory > 0)
        memory += QStringLiteral(" / ") + valueFormat::bytes(double(info.memory.maxMemory));
    set("memory", memory);
    set("ops", valueFormat::count(m_monitor->opsPerSec()));
    set("network", valueFormat::bytesPerSecond(m_monitor->netInputPerSec()) +
                       QStringLiteral(" / ") +
                       valueFormat::bytesPerSecond(m_monitor->netOutputPerSec()));

    QStringList perDb;
    for (const KeyspaceLine &k : info.keyspace)
        perDb << tr("db%1: %2 keys, %3 with expiry").arg(k.db).arg(k.keys).arg(k.expires);
    set("keys", QString::number(info.totalKeys()));
    m_header.value(QStringLiteral("keys"))->setToolTip(perDb.join(QLatin1Char('\n')));

    const PersistenceInfo &p = info.persistence;
    QString persistence;
    if (p.loading)
        persistence = tr("loading dataset");
    else if (p.rdbBgsaveInProgress)
        persistence = tr("saving RDB");
    else
        persistence = tr("RDB %1, %2 changes since save")
                          .arg(QString::fromUtf8(p.rdbLastBgsaveStatus))
                          .arg(p.rdbChangesSinceLastSave);
    if (p.aofEnabled)
        persistence += tr(", AOF on");
    set("persistence", persistence);
    if (p.rdbLastSaveTime > 0)
        m_header.value(QStringLiteral("persistence"))
            ->setToolTip(
                tr("Last save: %1")
                    .arg(QDateTime::fromSecsSinceEpoch(p.rdbLastSaveTime).toString(Qt::ISODate)));

    const ReplicationInfo &r = info.replication;
    if (r.role == NodeRole::Replica)
        set("replication", tr("of %1:%2, link %3")
                               .arg(r.masterHost)
                               .arg(r.masterPort)
                               .arg(QString::fromUtf8(r.masterLinkStatus)));
    else
        set("replication", tr("%n replica(s)", nullptr, r.connectedSlaves));
}

void NodeDashboard::updateCharts()
{
    if (!m_monitor || m_charts.isEmpty())
        return;
    m_charts[0]->setSeriesData(0, m_monitor->series(Metric::OpsPerSec));
    m_charts[1]->setSeriesData(0, m_monitor->series(Metric::UsedMemory));
    m_charts[2]->setSeriesData(0, m_monitor->series(Metric::ConnectedClients));
    m_charts[3]->setSeriesData(0, m_monitor->series(Metric::NetInputBytesPerSec));
    m_charts[3]->setSeriesData(1, m_monitor->series(Metric::NetOutputBytesPerSec));
    // One replot per event, spread over a fraction of the period: four charts replotted in one
    // go would hold the event loop for their sum.
    const int spacing = qMin(100, m_refresh->interval() / (int(m_charts.size()) + 1));
    for (int i = 0; i < m_charts.size(); ++i) {
        if (i == 0)
            m_charts[i]->refresh();
        else
            QTimer::singleShot(i * spacing, m_charts[i], &MetricChart::refresh);
    }
}

void NodeDashboard::updateInfoTree()
{
    if (!m_monitor)
        return;
    m_infoTree->clear();
    for (const InfoSection &s : m_monitor->info().sections) {
        auto *section = new QTreeWidgetItem(m_infoTree, {QString::fromUtf8(s.name)});
        for (const InfoField &f : s.fields)
            new QTreeWidgetItem(section, {QString::fromUtf8(f.name), QString::fromUtf8(f.value)});
    }
    m_infoTree->expandAll();
}
