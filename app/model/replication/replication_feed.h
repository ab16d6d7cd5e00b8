#pragma once
// Fills the ReplicationModel from live servers. Each node is sampled by one NodeMonitor: the
// app's own (NodeRegistry::monitor(), shared with the dashboard and every other view, so a
// server is never sampled twice) or, for a node nobody monitors, one the feed creates (INFO
// replication + ROLE every 100 ms). On top of it, on the same monitoring connection:
//   * REPLSTATE / REPLSTATE HISTORY on nodes that have it (our node): the exact state sequence;
//   * otherwise the sequence derived from ROLE/INFO samples (and the master's sync counters),
//     or, when a log file is given (lab nodes running redis-server), from the replica's log;
//   * CONFIG GET of the settings the doctor reasons about, every few seconds;
//   * lag samples per replica (byte lag, ACK age, lag in ms estimated from the master's offset
//     history), and the doctor's findings once a second.
// The lab (or any owner) adds what only it knows through the hooks: which node stands behind
// an address (link proxies), process states, link-shaper faults.
#include "client/connection_spec.h"
#include "model/node_monitor.h"
#include "model/replication/doctor_facts.h"
#include "model/replication/replication_model.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>
#include <optional>

class NodeMonitor;
class QTimer;

struct FeedNode
{
    QString id;   // stable key in the ReplicationModel
    QString name; // shown to the user
    ConnectionSpec spec;
    bool lab = false;
    QString logPath; // follow this log for the replica's states when it has no REPLSTATE
    // The app's monitor of this server (not owned; its sampling periods are kept). Null: the
    // feed samples the node itself.
    QPointer<NodeMonitor> monitor;
};

class ReplicationFeed : public QObject
{
    Q_OBJECT
public:
    // host:port as a replica names its master -> the id of the node behind it ("" = unknown).
    using AddressResolver = std::function<QString(const QString &host, int port)>;
    // Adds what the owner knows to the doctor's facts about one link (lab: process running,
    // firewall/cut faults).
    using LinkFactsHook =
        std::function<void(const QString &replicaId, MasterFacts &master, ReplicaLinkFacts &link)>;

    explicit ReplicationFeed(ReplicationModel *model, QObject *parent = nullptr);
    ~ReplicationFeed() override;

    // Nodes to follow. Nodes already followed with the same endpoint keep their connection and
    // history; the others are dropped from the model.
    void setNodes(const QList<FeedNode> &nodes);
    QStringList nodeIds() const { return m_order; }
    void setAddressResolver(AddressResolver resolver) { m_resolver = std::move(resolver); }
    void setLinkFactsHook(LinkFactsHook hook) { m_factsHook = std::move(hook); }
    // Health and a note the owner knows better than the network (paused, killed, died...).
    void setNodeOverride(const QString &id, std::optional<NodeHealth> health, const QString &note);
    // A short description of the link's shaping, shown on the link ("" = clear).
    void setLinkShaping(const QString &replicaId, const QString &text);

    // Replication fields of the nodes the feed samples itself; default 100 ms (10 updates/s).
    void setSamplingInterval(int ms);
    void setDoctorInterval(int ms); // default 1000 ms
    void evaluateDoctor();

    // Opens a TCP connection from the app to the address the replica dials for its master and
    // reports what happened (connected, refused, unreachable, timed out).
    void testReachability(const QString &replicaId, QObject *context,
                          std::function<void(bool reachable, const QString &text)> done);

    NodeMonitor *monitor(const QString &id) const;
    // True once the node answered REPLSTATE (exact history), false before or for real Redis.
    bool hasNodeHistory(const QString &id) const;

signals:
    void nodeSampled(const QString &id);

private:
    struct Member;

    Member *member(const QString &id) const;
    void onReplicationSample(const QString &id);
    void requestReplState(Member &m);
    void requestConfig(Member &m);
    void apply(Member &m);
    void applyLink(Member &m, const ReplicationNode &node, double now);
    void markUnreachable(Member &m, const ReplicationNode &node);
    QString resolve(const QString &host, int port) const;
    MasterFacts masterFacts(const QString &id) const;
    ReplicaLinkFacts linkFacts(const ReplicationLink &link) const;

    QPointer<ReplicationModel> m_model;
    QHash<QString, std::shared_ptr<Member>> m_members;
    QStringList m_order;
    AddressResolver m_resolver;
    LinkFactsHook m_factsHook;
    QHash<QString, QPair<std::optional<NodeHealth>, QString>> m_overrides;
    QHash<QString, QString> m_shaping;
    int m_samplingMs = 100;
    QTimer *m_doctorTimer;
};
