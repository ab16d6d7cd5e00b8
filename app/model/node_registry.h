#pragma once
// The servers the app monitors and how they link up. Each node has an id, its connections
// (one per purpose) and a NodeMonitor; the registry derives the replication topology from the
// monitors (a replica names its master, a master lists its replicas) and tells views when it
// changes. Discovery: addresses seen in INFO that are not registered yet are offered once per
// node through groupMembersDiscovered(); addGroupOf() adds them all.
#include "client/connection_spec.h"
#include "model/node_role.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSet>
#include <functional>

class NodeConnections;
class NodeMonitor;

using NodeId = int; // > 0; 0 = none

// Who asked for a node: the user (profiles, --connect, discovery) or the local lab, which adds
// and removes its nodes itself (and whose password must never reach settings).
enum class NodeOrigin { User, Lab };

class NodeRegistry : public QObject
{
    Q_OBJECT
public:
    explicit NodeRegistry(QObject *parent = nullptr);
    ~NodeRegistry() override;

    // Registers a server and starts monitoring it. An endpoint already registered is not
    // added twice: its id is returned (a lab adding a node the user added takes it over, with
    // the lab's credentials).
    NodeId addNode(const ConnectionSpec &spec, NodeOrigin origin = NodeOrigin::User);
    void removeNode(NodeId id);
    void clear();

    QList<NodeId> nodeIds() const { return m_order; }
    bool contains(NodeId id) const { return m_nodes.contains(id); }
    NodeId findByAddress(const QString &host, int port) const;
    ConnectionSpec spec(NodeId id) const;
    NodeOrigin origin(NodeId id) const;
    NodeConnections *connections(NodeId id) const;
    NodeMonitor *monitor(NodeId id) const;

    // Topology, as the monitors report it.
    NodeRole role(NodeId id) const;
    NodeId masterOf(NodeId id) const; // 0 if not a replica or master not registered
    QList<NodeId> replicasOf(NodeId id) const;
    // The top of id's chain (the master of its master of ...), id itself for a master.
    NodeId groupRoot(NodeId id) const;
    // Registered members of id's replication group (root first, then breadth-first).
    QList<NodeId> groupOf(NodeId id) const;
    // Addresses id's INFO mentions (its master, its replicas) that are not registered.
    QList<ConnectionSpec> unregisteredNeighbours(NodeId id) const;
    // Adds every unregistered neighbour of id, and keeps adding what they reveal.
    void addGroupOf(NodeId id);

    // Maps an address as a server names it (a lab link's proxy port) to the address the node
    // is registered under; used for topology and discovery. Default: identity.
    using AddressMapper = std::function<QPair<QString, quint16>(const QString &host, quint16 port)>;
    void setAddressMapper(AddressMapper mapper) { m_mapper = std::move(mapper); }

    // Sampling periods applied to every node, now and later.
    void setSamplingIntervals(int infoMs, int replicationMs);

    // Two spellings of one host ("localhost" vs "127.0.0.1") count as the same.
    static bool sameHost(const QString &a, const QString &b);

signals:
    void nodeAdded(NodeId id);
    void nodeRemoved(NodeId id);
    // A node's role or links changed; views redraw the topology.
    void topologyChanged();
    // Once per node and address set: the rest of its group is not monitored yet.
    void groupMembersDiscovered(NodeId from, const QList<ConnectionSpec> &members);

private:
    struct Node
    {
        ConnectionSpec spec;
        NodeConnections *connections = nullptr;
        NodeMonitor *monitor = nullptr;
        QSet<QString> offered; // addresses already announced by groupMembersDiscovered
        bool autoAddGroup = false;
        NodeOrigin origin = NodeOrigin::User;
    };
    void onReplicationSample(NodeId id);
    ConnectionSpec neighbourSpec(const Node &from, const QString &host, int port) const;

    QHash<NodeId, Node> m_nodes;
    QList<NodeId> m_order;
    NodeId m_nextId = 1;
    int m_infoIntervalMs = 1000;
    int m_replIntervalMs = 200;
    QHash<NodeId, QString> m_topologyKey;
    AddressMapper m_mapper; // last role/links per node, to detect changes
};
