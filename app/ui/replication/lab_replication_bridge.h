#pragma once
// Connects the local lab to the replication views: the lab's nodes become the feed's nodes
// (with the lab password), link proxy ports are mapped back to the real nodes, process states
// and link-shaper faults reach the topology and the doctor, lab actions become lag-chart
// markers, the topology's context menu gets the lab's node and link actions (and the seed's two
// faults in one click), and the doctor's "Apply fix" is carried out on the lab.
#include "model/replication/diagnosis.h"
#include "model/replication/replication_feed.h"
#include "model/replication/replication_selection.h"

#include <QObject>
#include <QPointer>
#include <functional>

class DoctorPanel;
class LabController;
class QMenu;
class ReplicationModel;
class TopologyView;
class QWidget;

class LabReplicationBridge : public QObject
{
    Q_OBJECT
public:
    LabReplicationBridge(LabController *lab, ReplicationFeed *feed, ReplicationModel *model,
                         QObject *parent = nullptr);

    void attachTopology(TopologyView *view);
    // Asks before a destructive context action (kill, promote); a message box by default,
    // replaced by tests.
    using Confirm = std::function<bool(const QString &title, const QString &question)>;
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    void attachDoctor(DoctorPanel *panel);

    // The seed's failures, reproduced on one replica's link. "Bound to 127.0.0.1": the replica
    // dials 127.0.0.2 where its master does not listen. "Firewall": the link shaper refuses
    // connections to the port. Either way the replica is restarted empty, like the seed's new
    // replicas, so that the fix brings the link up with a full sync.
    bool reproduceBoundToLoopback(const QString &replica, QString *error = nullptr);
    bool reproduceFirewall(const QString &replica, QString *error = nullptr);
    // Carries out a doctor's fix on the lab. False (and *error) when it cannot.
    bool applyFix(const Diagnosis &diagnosis, QString *error = nullptr);

    // The lab's nodes as the feed follows them (with the lab password; log files for nodes
    // running a real redis-server, which has no REPLSTATE).
    QList<FeedNode> feedNodes() const;
    // Pushes process states and link shaping to the feed (after the feed's nodes were set).
    void refreshAll();

signals:
    void message(const QString &text); // for the status bar
    // The lab's nodes changed: the owner sets the feed's nodes (feedNodes() + its own).
    void nodesChanged();

private:
    void onAction(int action, const QString &node, const QString &detail);
    void refreshNodeState(const QString &name);
    void fillContextMenu(QMenu *menu, ReplicationSelection::Kind kind, const QString &id);
    void runOnNode(const QString &name, const QList<QByteArray> &argv);
    void restartEmpty(const QString &replica);
    QString upstreamOf(const QString &replica) const;
    bool confirm(QWidget *parent, const QString &title, const QString &question) const;

    QPointer<LabController> m_lab;
    QPointer<ReplicationFeed> m_feed;
    QPointer<ReplicationModel> m_model;
    Confirm m_confirm;
};
