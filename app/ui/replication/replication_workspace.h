#pragma once
// The "Replication" page: topology and lag chart on the left, the selected replica's state
// machine and the doctor on the right, all sharing one model and one selection. It follows the
// lab's nodes and every server the app monitors (the NodeRegistry), whichever is open.
#include <QPointer>
#include <QWidget>

class DoctorPanel;
class LabController;
class LabReplicationBridge;
class LagChartView;
class MainWindow;
class NodeRegistry;
class ReplicationFeed;
class ReplicationModel;
class ReplicationSelection;
class SyncStateView;
class TopologyView;

class ReplicationWorkspace : public QWidget
{
    Q_OBJECT
public:
    // lab and registry may be null.
    ReplicationWorkspace(LabController *lab, NodeRegistry *registry, QWidget *parent = nullptr);

    // Adds the page to the window, a View menu entry, and status messages. With the
    // environment variable RD_START_PAGE=replication the page is shown first (screenshots).
    static ReplicationWorkspace *install(MainWindow &window, LabController *lab,
                                         NodeRegistry *registry);

    ReplicationModel *model() const { return m_model; }
    ReplicationSelection *selection() const { return m_selection; }
    ReplicationFeed *feed() const { return m_feed; }
    LabReplicationBridge *labBridge() const { return m_bridge; }
    TopologyView *topology() const { return m_topology; }
    SyncStateView *syncState() const { return m_syncState; }
    LagChartView *lagChart() const { return m_lagChart; }
    DoctorPanel *doctor() const { return m_doctor; }

signals:
    void message(const QString &text);

private:
    void syncRegistryNodes();

    ReplicationModel *m_model;
    ReplicationSelection *m_selection;
    ReplicationFeed *m_feed;
    LabReplicationBridge *m_bridge = nullptr;
    QPointer<LabController> m_lab;
    QPointer<NodeRegistry> m_registry;
    TopologyView *m_topology;
    SyncStateView *m_syncState;
    LagChartView *m_lagChart;
    DoctorPanel *m_doctor;
};
