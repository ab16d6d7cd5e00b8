#include "ui/replication/replication_workspace.h"

#include "client/node_connections.h"
#include "lab/lab_controller.h"
#include "model/node_monitor.h"
#include "model/node_registry.h"
#include "model/replication/replication_feed.h"
#include "model/replication/replication_model.h"
#include "model/replication/replication_selection.h"
#include "ui/main_window.h"
#include "ui/replication/doctor_panel.h"
#include "ui/replication/lab_replication_bridge.h"
#include "ui/replication/lag_chart_view.h"
#include "ui/replication/sync_state_view.h"
#include "ui/replication/topology_view.h"

#include <QAction>
#include <QGroupBox>
#include <QMenu>
#include <QMessageBox>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace {

QWidget *framed(const QString &title, QWidget *content, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(content);
    return box;
}

} // namespace

ReplicationWorkspace::ReplicationWorkspace(LabController *lab, NodeRegistry *registry,
                                           QWidget *parent)
    : QWidget(parent)
    , m_model(new ReplicationModel(this))
    , m_selection(new ReplicationSelection(this))
    , m_feed(new ReplicationFeed(m_model, this))
    , m_lab(lab)
    , m_registry(registry)
{
    setObjectName(QStringLiteral("ReplicationWorkspace"));
    m_topology = new TopologyView(m_model, m_selection, this);
    m_syncState = new SyncStateView(m_model, m_selection, this);
    m_lagChart = new LagChartView(m_model, m_selection, this);
    m_doctor = new DoctorPanel(m_model, m_selection, this);
    m_doctor->setReachabilityTestAvailable(true);

    auto *left = new QSplitter(Qt::Vertical, this);
    left->addWidget(framed(tr("Topology"), m_topology, left));
    left->addWidget(framed(tr("Replication lag"), m_lagChart, left));
    left->setStretchFactor(0, 2);
    left->setStretchFactor(1, 3);
    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(framed(tr("Sync state machine"), m_syncState, right));
    right->addWidget(framed(tr("Doctor"), m_doctor, right));
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(split);

    connect(m_doctor, &DoctorPanel::reachabilityTestRequested, this, [this](const QString &id) {
        m_feed->testReachability(id, this, [this](bool ok, const QString &text) {
            emit message(text);
            if (ok)
                QMessageBox::information(this, tr("Reachability"), text);
            else
                QMessageBox::warning(this, tr("Reachability"), text);
        });
    });

    if (lab) {
        m_bridge = new LabReplicationBridge(lab, m_feed, m_model, this);
        m_bridge->attachTopology(m_topology);
        m_bridge->attachDoctor(m_doctor);
        connect(m_bridge, &LabReplicationBridge::message, this, &ReplicationWorkspace::message);
        connect(m_bridge, &LabReplicationBridge::nodesChanged, this,
                &ReplicationWorkspace::syncRegistryNodes);
    }
    if (registry) {
        connect(registry, &NodeRegistry::nodeAdded, this, &ReplicationWorkspace::syncRegistryNodes);
        connect(registry, &NodeRegistry::nodeRemoved, this,
                &ReplicationWorkspace::syncRegistryNodes);
    }
    syncRegistryNodes();
}

// The feed follows the lab's nodes plus every monitored server that is not a lab node. A node
// the app monitors already (the registry, which holds the lab's nodes too) is sampled by that
// one monitor: the feed only listens to it.
void ReplicationWorkspace::syncRegistryNodes()
{
    QList<FeedNode> nodes = m_bridge ? m_bridge->feedNodes() : QList<FeedNode>{};
    if (m_registry) {
        for (FeedNode &f : nodes)
            if (const NodeId id = m_registry->findByAddress(f.spec.host, f.spec.port))
                f.monitor = m_registry->monitor(id);
        for (NodeId id : m_registry->nodeIds()) {
            const ConnectionSpec spec = m_registry->spec(id);
            if (m_lab && m_lab->nodeAt(spec.host, spec.port))
                continue; // a lab node, already followed under its lab name
            FeedNode f;
            f.id = spec.address();
            f.name = spec.displayName();
            f.spec = spec;
            f.monitor = m_registry->monitor(id);
            nodes << f;
        }
    }
    m_feed->setNodes(nodes);
    if (m_bridge)
        m_bridge->refreshAll();
}

ReplicationWorkspace *ReplicationWorkspace::install(MainWindow &window, LabController *lab,
                                                    NodeRegistry *registry)
{
    auto *workspace = new ReplicationWorkspace(lab, registry, &window);
    window.addPage(workspace, tr("Replication"));
    QAction *show = window.menu(MainWindow::Menu::View)->addAction(tr("&Replication"));
    show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(show, &QAction::triggered, &window,
            [&window, workspace] { window.showPage(workspace); });
    connect(workspace, &ReplicationWorkspace::message, &window,
            [&window](const QString &text) { window.showStatus(text, 8000); });
    if (qEnvironmentVariable("RD_START_PAGE") == QLatin1String("replication")) // after --lab's page
        QTimer::singleShot(0, workspace, [&window, workspace] { window.showPage(workspace); });
    return workspace;
}
