#include "model/info_reply.h"

namespace {

// Typed reads of one section's fields; absent fields leave the default in place.
class FieldReader
{
public:
    explicit FieldReader(const InfoSection &s)
    {
        for (const InfoField &f : s.fields)
            m_index.insert(f.name, f.value);
    }
    void read(const char *name, qint64 &out) const
    {
        bool ok = false;
        const auto it = m_index.constFind(QByteArray::fromRawData(name, qstrlen(name)));
        if (it == m_index.constEnd())
            return;
        const qint64 v = it->toLongLong(&ok);
        if (ok)
            out = v;
    }
    void read(const char *name, int &out) const
    {
        qint64 v = out;
        read(name, v);
        out = int(v);
    }
    void read(const char *name, double &out) const
    {
        bool ok = false;
        const auto it = m_index.constFind(QByteArray::fromRawData(name, qstrlen(name)));
        if (it == m_index.constEnd())
            return;
        const double v = it->toDouble(&ok);
        if (ok)
            out = v;
    }
    void read(const char *name, bool &out) const
    {
        qint64 v = -1;
        read(name, v);
        if (v >= 0)
            out = v != 0;
    }
    void read(const char *name, QByteArray &out) const
    {
        const auto it = m_index.constFind(QByteArray::fromRawData(name, qstrlen(name)));
        if (it != m_index.constEnd())
            out = *it;
    }
    void read(const char *name, QString &out) const
    {
        const auto it = m_index.constFind(QByteArray::fromRawData(name, qstrlen(name)));
        if (it != m_index.constEnd())
            out = QString::fromUtf8(*it);
    }
    bool has(const char *name) const
    {
        return m_index.contains(QByteArray::fromRawData(name, qstrlen(name)));
    }

private:
    QHash<QByteArray, QByteArray> m_index;
};

// "a=1,b=2" -> fields (slaveN lines, dbN lines).
QList<InfoField> splitPairs(const QByteArray &value)
{
    QList<InfoField> out;
    for (const QByteArray &part : value.split(',')) {
        const qsizetype eq = part.indexOf('=');
        if (eq > 0)
            out.append({part.left(eq), part.mid(eq + 1)});
    }
    return out;
}

void fillServer(ServerInfo &s, const FieldReader &r)
{
    s = {};
    r.read("redis_version", s.redisVersion);
    r.read("redis_mode", s.redisMode);
    r.read("os", s.os);
    r.read("process_id", s.processId);
    r.read("run_id", s.runId);
    r.read("tcp_port", s.tcpPort);
    r.read("server_time_usec", s.serverTimeUsec);
    r.read("uptime_in_seconds", s.uptimeSeconds);
    r.read("hz", s.hz);
    r.read("executable", s.executable);
    r.read("config_file", s.configFile);
}

void fillClients(ClientsInfo &c, const FieldReader &r)
{
    c = {};
    r.read("connected_clients", c.connectedClients);
    r.read("blocked_clients", c.blockedClients);
    r.read("maxclients", c.maxClients);
    r.read("tracking_clients", c.trackingClients);
}

void fillMemory(MemoryInfo &m, const FieldReader &r)
{
    m = {};
    r.read("used_memory", m.usedMemory);
    r.read("used_memory_rss", m.usedMemoryRss);
    r.read("used_memory_peak", m.usedMemoryPeak);
    r.read("used_memory_dataset", m.usedMemoryDataset);
    r.read("maxmemory", m.maxMemory);
    r.read("maxmemory_policy", m.maxMemoryPolicy);
    r.read("total_system_memory", m.totalSystemMemory);
    r.read("mem_fragmentation_ratio", m.fragmentationRatio);
    r.read("mem_allocator", m.allocator);
}

void fillPersistence(PersistenceInfo &p, const FieldReader &r)
{
    p = {};
    r.read("loading", p.loading);
    r.read("rdb_changes_since_last_save", p.rdbChangesSinceLastSave);
    r.read("rdb_bgsave_in_progress", p.rdbBgsaveInProgress);
    r.read("rdb_last_save_time", p.rdbLastSaveTime);
    r.read("rdb_last_bgsave_status", p.rdbLastBgsaveStatus);
    r.read("rdb_last_bgsave_time_sec", p.rdbLastBgsaveTimeSec);
    r.read("rdb_saves", p.rdbSaves);
    r.read("aof_enabled", p.aofEnabled);
    r.read("aof_rewrite_in_progress", p.aofRewriteInProgress);
    r.read("aof_last_bgrewrite_status", p.aofLastBgrewriteStatus);
    r.read("aof_last_write_status", p.aofLastWriteStatus);
}

void fillStats(StatsInfo &s, const FieldReader &r)
{
    s = {};
    r.read("total_connections_received", s.totalConnectionsReceived);
    r.read("total_commands_processed", s.totalCommandsProcessed);
    r.read("instantaneous_ops_per_sec", s.instantaneousOpsPerSec);
    r.read("total_net_input_bytes", s.totalNetInputBytes);
    r.read("total_net_output_bytes", s.totalNetOutputBytes);
    r.read("total_net_repl_input_bytes", s.totalNetReplInputBytes);
    r.read("total_net_repl_output_bytes", s.totalNetReplOutputBytes);
    r.read("instantaneous_input_kbps", s.instantaneousInputKbps);
    r.read("instantaneous_output_kbps", s.instantaneousOutputKbps);
    r.read("rejected_connections", s.rejectedConnections);
    r.read("sync_full", s.syncFull);
    r.read("sync_partial_ok", s.syncPartialOk);
    r.read("sync_partial_err", s.syncPartialErr);
    r.read("expired_keys", s.expiredKeys);
    r.read("evicted_keys", s.evictedKeys);
    r.read("keyspace_hits", s.keyspaceHits);
    r.read("keyspace_misses", s.keyspaceMisses);
    r.read("total_error_replies", s.totalErrorReplies);
}

ReplicaLine parseReplicaLine(int index, const QByteArray &value)
{
    ReplicaLine line;
    line.index = index;
    for (const InfoField &f : splitPairs(value)) {
        if (f.name == "ip")
            line.ip = QString::fromUtf8(f.value);
        else if (f.name == "port")
            line.port = f.value.toInt();
        else if (f.name == "state")
            line.state = f.value;
        else if (f.name == "offset")
            line.offset = f.value.toLongLong();
        else if (f.name == "lag")
            line.lag = f.value.toLongLong();
        else
            line.extra.append(f);
    }
    return line;
}

void fillReplication(ReplicationInfo &p, const InfoSection &section, const FieldReader &r)
{
    p = {};
    QByteArray role;
    r.read("role", role);
    p.role = role == "master"  ? NodeRole::Master
             : role == "slave" ? NodeRole::Replica
                               : NodeRole::Unknown;
    r.read("master_host", p.masterHost);
    r.read("master_port", p.masterPort);
    r.read("master_link_status", p.masterLinkStatus);
    p.masterLinkUp = p.masterLinkStatus == "up";
    r.read("master_last_io_seconds_ago", p.masterLastIoSecondsAgo);
    r.read("master_sync_in_progress", p.masterSyncInProgress);
    r.read("slave_read_repl_offset", p.slaveReadReplOffset);
    r.read("slave_repl_offset", p.slaveReplOffset);
    if (r.has("master_sync_total_bytes")) {
        SyncTransfer t;
        r.read("master_sync_total_bytes", t.totalBytes);
        r.read("master_sync_read_bytes", t.readBytes);
        r.read("master_sync_left_bytes", t.leftBytes);
        r.read("master_sync_perc", t.percent);
        r.read("master_sync_last_io_seconds_ago", t.lastIoSecondsAgo);
        p.transfer = t;
    }
    if (r.has("master_link_down_since_seconds")) {
        qint64 v = -1;
        r.read("master_link_down_since_seconds", v);
        p.masterLinkDownSinceSeconds = v;
    }
    r.read("slave_priority", p.slavePriority);
    r.read("slave_read_only", p.slaveReadOnly);
    r.read("replica_announced", p.replicaAnnounced);
    r.read("connected_slaves", p.connectedSlaves);
    if (r.has("min_slaves_good_slaves")) {
        int v = 0;
        r.read("min_slaves_good_slaves", v);
        p.minSlavesGoodSlaves = v;
    }
    for (const InfoField &f : section.fields) {
        if (!f.name.startsWith("slave"))
            continue;
        bool ok = false;
        const int index = f.name.mid(5).toInt(&ok);
        if (ok)
            p.replicas.append(parseReplicaLine(index, f.value));
    }
    r.read("master_failover_state", p.masterFailoverState);
    r.read("master_replid", p.masterReplid);
    r.read("master_replid2", p.masterReplid2);
    r.read("master_repl_offset", p.masterReplOffset);
    r.read("second_repl_offset", p.secondReplOffset);
    r.read("repl_backlog_active", p.replBacklogActive);
    r.read("repl_backlog_size", p.replBacklogSize);
    r.read("repl_backlog_first_byte_offset", p.replBacklogFirstByteOffset);
    r.read("repl_backlog_histlen", p.replBacklogHistlen);
}

void fillKeyspace(QList<KeyspaceLine> &out, const InfoSection &section)
{
    out.clear();
    for (const InfoField &f : section.fields) {
        if (!f.name.startsWith("db"))
            continue;
        KeyspaceLine line;
        bool ok = false;
        line.db = f.name.mid(2).toInt(&ok);
        if (!ok)
            continue;
        for (const InfoField &p : splitPairs(f.value)) {
            if (p.name == "keys")
                line.keys = p.value.toLongLong();
            else if (p.name == "expires")
                line.expires = p.value.toLongLong();
            else if (p.name == "avg_ttl")
                line.avgTtl = p.value.toLongLong();
        }
        out.append(line);
    }
}

void applySection(InfoReply &info, const InfoSection &section)
{
    const QByteArray &n = section.name;
    if (n == "keyspace")
        return fillKeyspace(info.keyspace, section);
    const FieldReader r(section);
    if (n == "server")
        fillServer(info.server, r);
    else if (n == "clients")
        fillClients(info.clients, r);
    else if (n == "memory")
        fillMemory(info.memory, r);
    else if (n == "persistence")
        fillPersistence(info.persistence, r);
    else if (n == "stats")
        fillStats(info.stats, r);
    else if (n == "replication")
        fillReplication(info.replication, section, r);
}

} // namespace

QByteArray InfoSection::value(const QByteArray &field) const
{
    for (const InfoField &f : fields)
        if (f.name == field)
            return f.value;
    return {};
}

const InfoSection *InfoReply::section(const QByteArray &name) const
{
    for (const InfoSection &s : sections)
        if (s.name == name)
            return &s;
    return nullptr;
}

QByteArray InfoReply::value(const QByteArray &field) const
{
    for (const InfoSection &s : sections) {
        QByteArray v = s.value(field);
        if (!v.isNull())
            return v;
    }
    return {};
}

qint64 InfoReply::totalKeys() const
{
    qint64 total = 0;
    for (const KeyspaceLine &k : keyspace)
        total += k.keys;
    return total;
}

void InfoReply::mergeSections(const InfoReply &other)
{
    for (const InfoSection &s : other.sections) {
        bool replaced = false;
        for (InfoSection &mine : sections) {
            if (mine.name == s.name) {
                mine = s;
                replaced = true;
                break;
            }
        }
        if (!replaced)
            sections.append(s);
        applySection(*this, s);
    }
}

InfoReply parseInfo(const QByteArray &text)
{
    InfoReply info;
    InfoSection *current = nullptr;
    qsizetype pos = 0;
    while (pos < text.size()) {
        qsizetype end = text.indexOf('\n', pos);
        if (end < 0)
            end = text.size();
        QByteArray line = text.mid(pos, end - pos);
        pos = end + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            continue;
        if (line.startsWith('#')) {
            info.sections.append({line.mid(1).trimmed().toLower(), {}});
            current = &info.sections.last();
            continue;
        }
        if (!current) {
            info.sections.append({QByteArray(""), {}});
            current = &info.sections.last();
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            current->fields.append({line, QByteArray("")});
        else
            current->fields.append({line.left(colon), line.mid(colon + 1)});
    }
    for (const InfoSection &s : info.sections)
        applySection(info, s);
    return info;
}
