#pragma once
// Samples one server on the monitoring connection and keeps what views draw:
//   * full INFO every infoInterval (default 1 s): typed snapshot + rates + time series;
//   * `INFO replication` + ROLE every replicationInterval (default 200 ms), merged into the
//     snapshot, so link state and offsets move faster than the rest.
// A sample is skipped while the previous one is still in flight, so a slow server is never
// flooded. Rates come from counter deltas (server_time_usec when present). Every series is a
// bounded ring (default 600 points).
#include "client/client_error.h"
#include "client/node_connections.h"
#include "model/info_reply.h"
#include "model/ring_series.h"
#include "model/role_reply.h"

#include <QObject>
#include <QPointer>
#include <array>

class SamplingClock;

class NodeMonitor : public QObject
{
    Q_OBJECT
public:
    enum class Metric {
        OpsPerSec,            // from total_commands_processed
        UsedMemory,           // bytes
        ConnectedClients,     //
        NetInputBytesPerSec,  // from total_net_input_bytes
        NetOutputBytesPerSec, // from total_net_output_bytes
        ReplOffset,           // master_repl_offset (replicas: slave_repl_offset)
    };
    Q_ENUM(Metric)
    static constexpr int kMetricCount = 6;

    explicit NodeMonitor(NodeConnections *node, QObject *parent = nullptr);
    ~NodeMonitor() override;

    NodeConnections *node() const { return m_node; }
    void setInfoInterval(int ms);
    int infoInterval() const { return m_infoIntervalMs; }
    // 0 = no fast replication sampling (replication fields then come with the full INFO).
    void setReplicationInterval(int ms);
    int replicationInterval() const { return m_replIntervalMs; }
    void setHistoryCapacity(int points);

    void start();
    void stop();
    bool isRunning() const { return m_running; }
    // One full sample now (also starts nothing).
    void sampleNow();

    const InfoReply &info() const { return m_info; }
    const RoleReply &role() const { return m_role; }
    NodeRole nodeRole() const { return m_info.replication.role; }
    bool hasSample() const { return !m_info.isEmpty(); }
    bool isReachable() const { return m_reachable; }
    ClientError lastError() const { return m_lastError; }
    // Latest derived rates (-1 until two samples exist).
    double opsPerSec() const { return m_opsPerSec; }
    double netInputPerSec() const { return m_netInPerSec; }
    double netOutputPerSec() const { return m_netOutPerSec; }

    const RingSeries &series(Metric metric) const { return m_series[std::size_t(metric)]; }
    static QString metricTitle(Metric metric);

signals:
    void infoUpdated();        // after each full INFO: info(), rates and series are new
    void replicationUpdated(); // after each fast replication sample (and each full INFO)
    void roleChanged(NodeRole role);
    void reachabilityChanged(bool reachable);
    void sampleFailed(const ClientError &error);

private:
    // Samples follow the shared clock of their period (SamplingClock), not a timer each.
    struct ClockLink
    {
        QPointer<SamplingClock> clock;
        QMetaObject::Connection connection;
    };
    void follow(ClockLink &link, int ms, void (NodeMonitor::*sample)());
    void followClocks();
    void sampleInfo();
    void sampleReplication();
    void onInfo(const RespValue &reply);
    void onReplication(const QList<RespValue> &replies);
    bool checkReply(const RespValue &reply);
    void updateRates(const InfoReply &fresh, double now);
    void setReachable(bool reachable, const ClientError &error = {});
    void noteRole(NodeRole before);

    QPointer<NodeConnections> m_node;
    ClockLink m_infoClock;
    ClockLink m_replClock;
    int m_infoIntervalMs = 1000;
    int m_replIntervalMs = 200;
    bool m_running = false;
    bool m_infoInFlight = false;
    bool m_replInFlight = false;
    bool m_roleSupported = true;

    InfoReply m_info;
    RoleReply m_role;
    bool m_reachable = false;
    bool m_everSampled = false;
    ClientError m_lastError;

    // Previous counters for the rates.
    double m_prevTime = -1;
    qint64 m_prevCommands = -1;
    qint64 m_prevNetIn = -1;
    qint64 m_prevNetOut = -1;
    double m_opsPerSec = -1;
    double m_netInPerSec = -1;
    double m_netOutPerSec = -1;

    std::array<RingSeries, kMetricCount> m_series;
};
