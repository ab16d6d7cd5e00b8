#include "model/node_registry.h"

#include "client/node_connections.h"
#include "model/node_monitor.h"

NodeRegistry::NodeRegistry(QObject *parent)
    : QObject(parent)
{
}

NodeRegistry::~NodeRegistry()
{
    clear();
}

bool NodeRegistry::sameHost(const QString &a, const QString &b)
{
    auto canonical = [](const QString &h) {
        if (h.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 ||
            h == QLatin1String("::1"))
            return QStringLiteral("127.0.0.1");
        return h.toLower();
    };
    return canonical(a) == canonical(b);
}

NodeId NodeRegistry::addNode(const ConnectionSpec &spec, NodeOrigin origin)
{
    if (const NodeId existing = findByAddress(spec.host, spec.port)) {
        Node &node = m_nodes[existing];
        if (origin == NodeOrigin::Lab && node.origin != NodeOrigin::Lab) {
            node.origin = NodeOrigin::Lab;
            node.spec = spec;
            node.connections->setSpec(spec);
        }
        return existing;
    }
    const NodeId id = m_nextId++;
    Node node;
    node.spec = spec;
    node.origin = origin;
    node.connections = new NodeConnections(spec, this);
    node.monitor = new NodeMonitor(node.connections, this);
    node.monitor->setInfoInterval(m_infoIntervalMs);
    node.monitor->setReplicationInterval(m_replIntervalMs);
    connect(node.monitor, &NodeMonitor::replicationUpdated, this,
            [this, id] { onReplicationSample(id); });
    m_nodes.insert(id, node);
    m_order.append(id);
    node.monitor->start();
    emit nodeAdded(id);
    emit topologyChanged();
    return id;
}

void NodeRegistry::removeNode(NodeId id)
{
    auto it = m_nodes.find(id);
    if (it == m_nodes.end())
        return;
    Node node = it.value();
    m_nodes.erase(it);
    m_order.removeAll(id);
    m_topologyKey.remove(id);
    emit nodeRemoved(id);
    node.monitor->stop();
    node.monitor->deleteLater();
    node.connections->deleteLater();
    emit topologyChanged();
}

void NodeRegistry::clear()
{
    const QList<NodeId> ids = m_order;
    for (NodeId id : ids)
        removeNode(id);
}

NodeId NodeRegistry::findByAddress(const QString &rawHost, int rawPort) const
{
    QString host = rawHost;
    int port = rawPort;
    if (m_mapper && port > 0 && port <= 65535) {
        const auto mapped = m_mapper(rawHost, quint16(rawPort));
        host = mapped.first;
        port = mapped.second;
    }
    for (NodeId id : m_order) {
        const ConnectionSpec &s = m_nodes[id].spec;
        if (s.port == port && sameHost(s.host, host))
            return id;
    }
    return 0;
}

ConnectionSpec NodeRegistry::spec(NodeId id) const
{
    return m_nodes.value(id).spec;
}

NodeOrigin NodeRegistry::origin(NodeId id) const
{
    return m_nodes.value(id).origin;
}

NodeConnections *NodeRegistry::connections(NodeId id) const
{
    return m_nodes.value(id).connections;
}

NodeMonitor *NodeRegistry::monitor(NodeId id) const
{
    return m_nodes.value(id).monitor;
}

NodeRole NodeRegistry::role(NodeId id) const
{
    const NodeMonitor *m = monitor(id);
    return m ? m->nodeRole() : NodeRole::Unknown;
}

NodeId NodeRegistry::masterOf(NodeId id) const
{
    const NodeMonitor *m = monitor(id);
    if (!m || m->nodeRole() != NodeRole::Replica)
        return 0;
    const ReplicationInfo &r = m->info().replication;
    return findByAddress(r.masterHost, r.masterPort);
}

QList<NodeId> NodeRegistry::replicasOf(NodeId id) const
{
    QList<NodeId> out;
    const NodeMonitor *m = monitor(id);
    if (m) {
        for (const ReplicaLine &line : m->info().replication.replicas) {
            const NodeId r = findByAddress(line.ip, line.port);
            if (r && !out.contains(r))
                out.append(r);
        }
    }
    // A replica that names id as its master belongs here even before the master lists it
    // (it is still in the handshake, or it is not online yet).
    for (NodeId other : m_order)
        if (other != id && !out.contains(other) && masterOf(other) == id)
            out.append(other);
    return out;
}

NodeId NodeRegistry::groupRoot(NodeId id) const
{
    QSet<NodeId> seen;
    NodeId current = id;
    while (NodeId up = masterOf(current)) {
        if (seen.contains(up))
            break; // a misconfigured loop
        seen.insert(current);
        current = up;
    }
    return current;
}

QList<NodeId> NodeRegistry::groupOf(NodeId id) const
{
    if (!contains(id))
        return {};
    QList<NodeId> out{groupRoot(id)};
    for (qsizetype i = 0; i < out.size(); ++i)
        for (NodeId r : replicasOf(out[i]))
            if (!out.contains(r))
                out.append(r);
    return out;
}

ConnectionSpec NodeRegistry::neighbourSpec(const Node &from, const QString &host, int port) const
{
    // Members of one group usually share credentials and TLS (masterauth = requirepass).
    ConnectionSpec spec = from.spec;
    spec.name.clear();
    spec.host = host;
    spec.port = quint16(port);
    return spec;
}

QList<ConnectionSpec> NodeRegistry::unregisteredNeighbours(NodeId id) const
{
    QList<ConnectionSpec> out;
    const auto it = m_nodes.constFind(id);
    if (it == m_nodes.constEnd())
        return out;
    const ReplicationInfo &r = it->monitor->info().replication;
    auto consider = [&](const QString &rawHost, int rawPort) {
        if (rawHost.isEmpty() || rawPort <= 0 || rawPort > 65535 || findByAddress(rawHost, rawPort))
            return;
        QString host = rawHost;
        int port = rawPort;
        if (m_mapper) {
            const auto mapped = m_mapper(rawHost, quint16(rawPort));
            host = mapped.first;
            port = mapped.second;
        }
        for (const ConnectionSpec &s : out)
            if (s.port == port && sameHost(s.host, host))
                return;
        out.append(neighbourSpec(*it, host, port));
    };
    if (r.role == NodeRole::Replica)
        consider(r.masterHost, r.masterPort);
    for (const ReplicaLine &line : r.replicas)
        consider(line.ip, line.port);
    return out;
}

void NodeRegistry::addGroupOf(NodeId id)
{
    auto it = m_nodes.find(id);
    if (it == m_nodes.end())
        return;
    it->autoAddGroup = true;
    for (const ConnectionSpec &spec : unregisteredNeighbours(id)) {
        const NodeId added = addNode(spec);
        m_nodes[added].autoAddGroup = true; // keep walking the chain from there
    }
}

void NodeRegistry::setSamplingIntervals(int infoMs, int replicationMs)
{
    m_infoIntervalMs = infoMs;
    m_replIntervalMs = replicationMs;
    for (const Node &n : std::as_const(m_nodes)) {
        n.monitor->setInfoInterval(infoMs);
        n.monitor->setReplicationInterval(replicationMs);
    }
}

void NodeRegistry::onReplicationSample(NodeId id)
{
    auto it = m_nodes.find(id);
    if (it == m_nodes.end())
        return;
    const ReplicationInfo &r = it->monitor->info().replication;
    QString key = QString::number(int(r.role)) + QLatin1Char('|') + r.masterHost +
                  QLatin1Char(':') + QString::number(r.masterPort);
    for (const ReplicaLine &line : r.replicas)
        key += QLatin1Char('|') + line.ip + QLatin1Char(':') + QString::number(line.port);

    if (it->autoAddGroup) {
        addGroupOf(id);
        it = m_nodes.find(id); // addNode may have rehashed
    } else {
        QList<ConnectionSpec> fresh;
        for (const ConnectionSpec &s : unregisteredNeighbours(id)) {
            if (!it->offered.contains(s.address())) {
                it->offered.insert(s.address());
                fresh.append(s);
            }
        }
        if (!fresh.isEmpty())
            emit groupMembersDiscovered(id, fresh);
    }
    if (m_topologyKey.value(id) != key) {
        m_topologyKey.insert(id, key);
        emit topologyChanged();
    }
}
