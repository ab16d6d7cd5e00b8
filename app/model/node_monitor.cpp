#include "model/node_monitor.h"

#include "client/node_connections.h"
#include "model/sampling_clock.h"

#include <QCoreApplication>
#include <QDateTime>

namespace {
double wallSeconds()
{
    return double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
}
} // namespace

NodeMonitor::NodeMonitor(NodeConnections *node, QObject *parent)
    : QObject(parent)
    , m_node(node)
{
}

NodeMonitor::~NodeMonitor()
{
    stop();
}

void NodeMonitor::follow(ClockLink &link, int ms, void (NodeMonitor::*sample)())
{
    SamplingClock *wanted = m_running && ms > 0 ? SamplingClock::forInterval(ms) : nullptr;
    if (link.clock == wanted)
        return;
    if (link.clock) {
        disconnect(link.connection);
        link.clock->leave();
    }
    link.clock = wanted;
    if (wanted) {
        wanted->join();
        link.connection = connect(wanted, &SamplingClock::tick, this, sample);
    }
}

void NodeMonitor::followClocks()
{
    follow(m_infoClock, m_infoIntervalMs, &NodeMonitor::sampleInfo);
    follow(m_replClock, m_replIntervalMs, &NodeMonitor::sampleReplication);
}

void NodeMonitor::setInfoInterval(int ms)
{
    m_infoIntervalMs = qMax(10, ms);
    followClocks();
}

void NodeMonitor::setReplicationInterval(int ms)
{
    m_replIntervalMs = qMax(0, ms);
    followClocks();
}

void NodeMonitor::setHistoryCapacity(int points)
{
    for (RingSeries &s : m_series)
        s.setCapacity(points);
}

void NodeMonitor::start()
{
    if (m_running)
        return;
    m_running = true;
    followClocks();
    sampleInfo();
}

void NodeMonitor::stop()
{
    m_running = false;
    followClocks();
}

void NodeMonitor::sampleNow()
{
    sampleInfo();
}

void NodeMonitor::sampleInfo()
{
    if (m_infoInFlight || !m_node)
        return;
    m_infoInFlight = true;
    m_node->monitoring()->command({QByteArrayLiteral("INFO")}, this,
                                  [this](const RespValue &reply) { onInfo(reply); });
}

void NodeMonitor::sampleReplication()
{
    // Wait for the first full INFO: the fast sample only refreshes a known snapshot.
    if (m_replInFlight || !m_node || m_info.isEmpty())
        return;
    m_replInFlight = true;
    QList<QList<QByteArray>> commands{
        {QByteArrayLiteral("INFO"), QByteArrayLiteral("replication")}};
    if (m_roleSupported)
        commands.append({QByteArrayLiteral("ROLE")});
    m_node->monitoring()->pipeline(
        commands, this, [this](const QList<RespValue> &replies) { onReplication(replies); });
}

bool NodeMonitor::checkReply(const RespValue &reply)
{
    if (reply.isClientError()) {
        ClientError e = m_node ? m_node->monitoring()->lastError() : ClientError{};
        if (e.kind != reply.clientErrorKind()) {
            e.kind = reply.clientErrorKind();
            e.detail = QString::fromUtf8(reply.bytes());
        }
        setReachable(false, e);
        return false;
    }
    setReachable(true);
    return !reply.isError() && reply.isBulk();
}

void NodeMonitor::onInfo(const RespValue &reply)
{
    m_infoInFlight = false;
    if (!checkReply(reply))
        return;
    const NodeRole before = nodeRole();
    const double now = wallSeconds();
    InfoReply fresh = parseInfo(reply.bytes());
    updateRates(fresh, now);
    m_info = std::move(fresh);
    m_everSampled = true;

    auto add = [this, now](Metric m, double v) {
        if (v >= 0)
            m_series[std::size_t(m)].append(now, v);
    };
    add(Metric::OpsPerSec, m_opsPerSec);
    add(Metric::UsedMemory, double(m_info.memory.usedMemory));
    add(Metric::ConnectedClients, double(m_info.clients.connectedClients));
    add(Metric::NetInputBytesPerSec, m_netInPerSec);
    add(Metric::NetOutputBytesPerSec, m_netOutPerSec);
    const ReplicationInfo &r = m_info.replication;
    add(Metric::ReplOffset,
        double(r.role == NodeRole::Replica ? r.slaveReplOffset : r.masterReplOffset));

    noteRole(before);
    emit infoUpdated();
    emit replicationUpdated();
}

void NodeMonitor::onReplication(const QList<RespValue> &replies)
{
    m_replInFlight = false;
    if (replies.isEmpty() || !checkReply(replies.first()))
        return;
    const NodeRole before = nodeRole();
    m_info.mergeSections(parseInfo(replies.first().bytes()));
    if (replies.size() > 1) {
        const RoleReply role = parseRole(replies.at(1));
        if (role.valid)
            m_role = role;
        else if (replies.at(1).isError() && replies.at(1).bytes().contains("unknown command"))
            m_roleSupported = false;
    }
    noteRole(before);
    emit replicationUpdated();
}

void NodeMonitor::updateRates(const InfoReply &fresh, double now)
{
    const double t =
        fresh.server.serverTimeUsec > 0 ? double(fresh.server.serverTimeUsec) / 1e6 : now;
    const StatsInfo &s = fresh.stats;
    const double dt = t - m_prevTime;
    auto rate = [dt](qint64 current, qint64 previous) {
        // A restarted server resets its counters: no rate for that step.
        if (previous < 0 || current < previous || dt <= 0)
            return -1.0;
        return double(current - previous) / dt;
    };
    if (m_prevTime >= 0) {
        m_opsPerSec = rate(s.totalCommandsProcessed, m_prevCommands);
        m_netInPerSec = rate(s.totalNetInputBytes, m_prevNetIn);
        m_netOutPerSec = rate(s.totalNetOutputBytes, m_prevNetOut);
    }
    m_prevTime = t;
    m_prevCommands = s.totalCommandsProcessed;
    m_prevNetIn = s.totalNetInputBytes;
    m_prevNetOut = s.totalNetOutputBytes;
}

void NodeMonitor::setReachable(bool reachable, const ClientError &error)
{
    if (!reachable) {
        m_lastError = error;
        emit sampleFailed(error);
    }
    if (reachable == m_reachable)
        return;
    m_reachable = reachable;
    emit reachabilityChanged(reachable);
}

void NodeMonitor::noteRole(NodeRole before)
{
    if (nodeRole() != before)
        emit roleChanged(nodeRole());
}

QString NodeMonitor::metricTitle(Metric metric)
{
    switch (metric) {
    case Metric::OpsPerSec:
        return QCoreApplication::translate("NodeMonitor", "Operations/s");
    case Metric::UsedMemory:
        return QCoreApplication::translate("NodeMonitor", "Used memory");
    case Metric::ConnectedClients:
        return QCoreApplication::translate("NodeMonitor", "Connected clients");
    case Metric::NetInputBytesPerSec:
        return QCoreApplication::translate("NodeMonitor", "Network in");
    case Metric::NetOutputBytesPerSec:
        return QCoreApplication::translate("NodeMonitor", "Network out");
    case Metric::ReplOffset:
        return QCoreApplication::translate("NodeMonitor", "Replication offset");
    }
    return {};
}
