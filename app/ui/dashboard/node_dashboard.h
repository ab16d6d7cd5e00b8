#pragma once
// The dashboard of one monitored server: a header with role, version, uptime, clients, memory,
// ops/s, network, keyspace, persistence and replication; tabs with live charts (ops/s, memory,
// clients, network in/out), the slowlog, the client list and the raw INFO. It reads the node's
// NodeMonitor (owned by NodeRegistry) and redraws only while visible.
#include "model/node_registry.h"

#include <QPointer>
#include <QWidget>

class ClientListView;
class MetricChart;
class NodeMonitor;
class QComboBox;
class QGridLayout;
class QLabel;
class QTabWidget;
class QTimer;
class QTreeWidget;
class SlowlogView;

class NodeDashboard : public QWidget
{
    Q_OBJECT
public:
    NodeDashboard(NodeRegistry *registry, NodeId id, QWidget *parent = nullptr);

    NodeId nodeId() const { return m_id; }
    QString title() const;

    // For tests and the status bar: the header value shown for `key` ("role", "version",
    // "uptime", "clients", "memory", "ops", "network", "keys", "persistence", "replication",
    // "status").
    QString headerText(const QString &key) const;
    // The charts exist once the dashboard has been shown.
    QList<MetricChart *> charts() const { return m_charts; }
    // Header and charts redraw period while visible (default 1 s), independent of sampling.
    void setRefreshInterval(int ms);
    void refreshNow();
    SlowlogView *slowlog() const { return m_slowlog; }
    ClientListView *clientList() const { return m_clients; }
    QTabWidget *tabs() const { return m_tabs; }

signals:
    void consoleRequested(NodeId id);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QLabel *addHeaderField(QGridLayout *grid, const QString &key, const QString &caption);
    void updateHeader();
    void updateCharts();
    void updateInfoTree();
    void buildCharts();

    QPointer<NodeRegistry> m_registry;
    QPointer<NodeMonitor> m_monitor;
    NodeId m_id;
    QHash<QString, QLabel *> m_header;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_chartsPage = nullptr;
    QTimer *m_refresh = nullptr;
    QList<MetricChart *> m_charts;
    QComboBox *m_window = nullptr;
    SlowlogView *m_slowlog = nullptr;
    ClientListView *m_clients = nullptr;
    QTreeWidget *m_infoTree = nullptr;
};
