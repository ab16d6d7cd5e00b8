#pragma once
// The store every replication view reads: nodes, links, each link's state timeline and lag
// series, chart markers and the doctor's findings. Feeds write into it; views never talk to the
// network. Changes are announced per link so a view redraws only what moved.
#include "model/replication/diagnosis.h"
#include "model/replication/lag_marker.h"
#include "model/replication/lag_series.h"
#include "model/replication/replica_timeline.h"
#include "model/replication/replication_snapshot.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <deque>
#include <memory>

class ReplicationModel : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxMarkers = 2000;

    explicit ReplicationModel(QObject *parent = nullptr);
    ~ReplicationModel() override;

    // Nodes, in insertion order (masters are drawn on the left of their replicas anyway).
    void setNode(const ReplicationNode &node);
    void removeNode(const QString &id);
    void clear();
    QList<ReplicationNode> nodes() const { return m_nodes; }
    const ReplicationNode *node(const QString &id) const;

    void setLink(const ReplicationLink &link);
    void removeLink(const QString &replicaId);
    QList<ReplicationLink> links() const;
    const ReplicationLink *link(const QString &replicaId) const;
    QStringList linkIds() const { return m_linkOrder; }

    // The link's state sequence (created on first use with `source`).
    const ReplicaTimeline *timeline(const QString &replicaId) const;
    // Appends transitions; new timeline events become chart markers. Returns how many were new.
    int appendTransitions(const QString &replicaId, const QList<StateTransition> &transitions,
                          StateSource source);
    // The node behind a link restarted: accept its history's sequence numbers from 1 again.
    void restartSequence(const QString &replicaId);
    // Forgets a link's history (e.g. the node was replaced by a fresh process).
    void resetTimeline(const QString &replicaId, StateSource source);

    const LagSeries *lagSeries(const QString &replicaId) const;
    void appendLag(const QString &replicaId, const LagSample &sample);

    void addMarker(const LagMarker &marker);
    const std::deque<LagMarker> &markers() const { return m_markers; }

    void setDiagnoses(const QList<Diagnosis> &diagnoses);
    const QList<Diagnosis> &diagnoses() const { return m_diagnoses; }

signals:
    void topologyChanged(); // nodes or links added/removed, a role or an upstream changed
    void nodeChanged(const QString &id); // a node's values changed (keys, health, offsets...)
    void linkChanged(const QString &replicaId);
    void transitionsAppended(const QString &replicaId);
    void lagAppended(const QString &replicaId);
    void markerAdded(const LagMarker &marker);
    void diagnosesChanged();

private:
    ReplicaTimeline &timelineFor(const QString &replicaId, StateSource source);

    QList<ReplicationNode> m_nodes;
    QHash<QString, ReplicationLink> m_links;
    QStringList m_linkOrder;
    QHash<QString, std::shared_ptr<ReplicaTimeline>> m_timelines;
    QHash<QString, std::shared_ptr<LagSeries>> m_lag;
    std::deque<LagMarker> m_markers;
    QList<Diagnosis> m_diagnoses;
};
