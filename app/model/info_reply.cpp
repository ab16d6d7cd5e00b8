#include "model/info_reply.h"

#include <QVarLengthArray>

#include <cstring>
#include <string_view>
#include <unordered_map>

namespace {

// Typed reads of one section's fields; absent fields leave the default in place.
class FieldReader
{
public:
    explicit FieldReader(const InfoSection &s)
    {
        m_index.reserve(s.fields.size());
        for (const InfoField &f : s.fields)
            m_index.insert(f.name, f.value);
    }
    void read(const char *name, qint64 &out) const
    {
        bool ok = false;
        const auto it = m_index.constFind(QByteArrayView(name));
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
        const auto it = m_index.constFind(QByteArrayView(name));
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
        const auto it = m_index.constFind(QByteArrayView(name));
        if (it != m_index.constEnd())
            out = it->toByteArray();
    }
    void read(const char *name, QString &out) const
    {
        const auto it = m_index.constFind(QByteArrayView(name));
        if (it != m_index.constEnd())
            out = QString::fromUtf8(*it);
    }
    bool has(const char *name) const { return m_index.contains(QByteArrayView(name)); }

private:
    QHash<QByteArrayView, QByteArrayView> m_index;
};

// "a=1,b=2" -> (name, value) views (slaveN lines, dbN lines).
QList<InfoField> splitPairs(QByteArrayView value)
{
    QList<InfoField> out;
    qsizetype start = 0;
    while (start <= value.size()) {
        qsizetype comma = value.indexOf(',', start);
        if (comma < 0)
            comma = value.size();
        const QByteArrayView part = value.sliced(start, comma - start);
        const qsizetype eq = part.indexOf('=');
        if (eq > 0)
            out.append({part.first(eq), part.sliced(eq + 1)});
        start = comma + 1;
    }
    return out;
}

// Typed fields of the flat sections, one table line per field: a field is looked up once in a
// table built at first use (no per-sample hash building).
void assign(qint64 &out, QByteArrayView v)
{
    bool ok = false;
    const qint64 n = v.toLongLong(&ok);
    if (ok)
        out = n;
}
void assign(int &out, QByteArrayView v)
{
    qint64 n = out;
    assign(n, v);
    out = int(n);
}
void assign(double &out, QByteArrayView v)
{
    bool ok = false;
    const double d = v.toDouble(&ok);
    if (ok)
        out = d;
}
void assign(bool &out, QByteArrayView v)
{
    out = v == "1";
}
void assign(QByteArray &out, QByteArrayView v)
{
    out = v.toByteArray();
}
void assign(QString &out, QByteArrayView v)
{
    out = QString::fromUtf8(v);
}

using Setter = void (*)(InfoReply &, QByteArrayView);

// FNV-1a: field names are short, and this runs ~250 times per sample.
struct FieldNameHash
{
    std::size_t operator()(std::string_view s) const noexcept
    {
        std::size_t h = 1469598103934665603ull;
        for (char c : s)
            h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
        return h;
    }
};
using SetterTable = std::unordered_map<std::string_view, Setter, FieldNameHash>;

#define RD_FIELD(part, member, name)                                                               \
    {                                                                                              \
        std::string_view(name), [](InfoReply &r, QByteArrayView v) {                               \
            assign(r.part.member, v);                                                              \
        }                                                                                          \
    }

const SetterTable &serverFields()
{
    static const SetterTable table = {
        RD_FIELD(server, redisVersion, "redis_version"),
        RD_FIELD(server, redisMode, "redis_mode"),
        RD_FIELD(server, os, "os"),
        RD_FIELD(server, processId, "process_id"),
        RD_FIELD(server, runId, "run_id"),
        RD_FIELD(server, tcpPort, "tcp_port"),
        RD_FIELD(server, serverTimeUsec, "server_time_usec"),
        RD_FIELD(server, uptimeSeconds, "uptime_in_seconds"),
        RD_FIELD(server, hz, "hz"),
        RD_FIELD(server, executable, "executable"),
        RD_FIELD(server, configFile, "config_file"),
    };
    return table;
}

const SetterTable &clientsFields()
{
    static const SetterTable table = {
        RD_FIELD(clients, connectedClients, "connected_clients"),
        RD_FIELD(clients, blockedClients, "blocked_clients"),
        RD_FIELD(clients, maxClients, "maxclients"),
        RD_FIELD(clients, trackingClients, "tracking_clients"),
    };
    return table;
}

const SetterTable &memoryFields()
{
    static const SetterTable table = {
        RD_FIELD(memory, usedMemory, "used_memory"),
        RD_FIELD(memory, usedMemoryRss, "used_memory_rss"),
        RD_FIELD(memory, usedMemoryPeak, "used_memory_peak"),
        RD_FIELD(memory, usedMemoryDataset, "used_memory_dataset"),
        RD_FIELD(memory, maxMemory, "maxmemory"),
        RD_FIELD(memory, maxMemoryPolicy, "maxmemory_policy"),
        RD_FIELD(memory, totalSystemMemory, "total_system_memory"),
        RD_FIELD(memory, fragmentationRatio, "mem_fragmentation_ratio"),
        RD_FIELD(memory, allocator, "mem_allocator"),
    };
    return table;
}

const SetterTable &persistenceFields()
{
    static const SetterTable table = {
        RD_FIELD(persistence, loading, "loading"),
        RD_FIELD(persistence, rdbChangesSinceLastSave, "rdb_changes_since_last_save"),
        RD_FIELD(persistence, rdbBgsaveInProgress, "rdb_bgsave_in_progress"),
        RD_FIELD(persistence, rdbLastSaveTime, "rdb_last_save_time"),
        RD_FIELD(persistence, rdbLastBgsaveStatus, "rdb_last_bgsave_status"),
        RD_FIELD(persistence, rdbLastBgsaveTimeSec, "rdb_last_bgsave_time_sec"),
        RD_FIELD(persistence, rdbSaves, "rdb_saves"),
        RD_FIELD(persistence, aofEnabled, "aof_enabled"),
        RD_FIELD(persistence, aofRewriteInProgress, "aof_rewrite_in_progress"),
        RD_FIELD(persistence, aofLastBgrewriteStatus, "aof_last_bgrewrite_status"),
        RD_FIELD(persistence, aofLastWriteStatus, "aof_last_write_status"),
    };
    return table;
}

const SetterTable &statsFields()
{
    static const SetterTable table = {
        RD_FIELD(stats, totalConnectionsReceived, "total_connections_received"),
        RD_FIELD(stats, totalCommandsProcessed, "total_commands_processed"),
        RD_FIELD(stats, instantaneousOpsPerSec, "instantaneous_ops_per_sec"),
        RD_FIELD(stats, totalNetInputBytes, "total_net_input_bytes"),
        RD_FIELD(stats, totalNetOutputBytes, "total_net_output_bytes"),
        RD_FIELD(stats, totalNetReplInputBytes, "total_net_repl_input_bytes"),
        RD_FIELD(stats, totalNetReplOutputBytes, "total_net_repl_output_bytes"),
        RD_FIELD(stats, instantaneousInputKbps, "instantaneous_input_kbps"),
        RD_FIELD(stats, instantaneousOutputKbps, "instantaneous_output_kbps"),
        RD_FIELD(stats, rejectedConnections, "rejected_connections"),
        RD_FIELD(stats, syncFull, "sync_full"),
        RD_FIELD(stats, syncPartialOk, "sync_partial_ok"),
        RD_FIELD(stats, syncPartialErr, "sync_partial_err"),
        RD_FIELD(stats, expiredKeys, "expired_keys"),
        RD_FIELD(stats, evictedKeys, "evicted_keys"),
        RD_FIELD(stats, keyspaceHits, "keyspace_hits"),
        RD_FIELD(stats, keyspaceMisses, "keyspace_misses"),
        RD_FIELD(stats, totalErrorReplies, "total_error_replies"),
    };
    return table;
}

#undef RD_FIELD

void fillFlat(InfoReply &info, const InfoSection &section, const SetterTable &table)
{
    for (const InfoField &f : section.fields) {
        const auto it = table.find(std::string_view(f.name.data(), std::size_t(f.name.size())));
        if (it != table.end())
            it->second(info, f.value);
    }
}

ReplicaLine parseReplicaLine(int index, QByteArrayView value)
{
    ReplicaLine line;
    line.index = index;
    for (const InfoField &f : splitPairs(value)) {
        if (f.name == "ip")
            line.ip = QString::fromUtf8(f.value);
        else if (f.name == "port")
            line.port = f.value.toInt();
        else if (f.name == "state")
            line.state = f.value.toByteArray();
        else if (f.name == "offset")
            line.offset = f.value.toLongLong();
        else if (f.name == "lag")
            line.lag = f.value.toLongLong();
        else
            line.extra.append({f.name.toByteArray(), f.value.toByteArray()});
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
        const int index = int(f.name.sliced(5).toLongLong(&ok));
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
        line.db = int(f.name.sliced(2).toLongLong(&ok));
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
    if (n == "keyspace") {
        fillKeyspace(info.keyspace, section);
    } else if (n == "server") {
        info.server = {};
        fillFlat(info, section, serverFields());
    } else if (n == "clients") {
        info.clients = {};
        fillFlat(info, section, clientsFields());
    } else if (n == "memory") {
        info.memory = {};
        fillFlat(info, section, memoryFields());
    } else if (n == "persistence") {
        info.persistence = {};
        fillFlat(info, section, persistenceFields());
    } else if (n == "stats") {
        info.stats = {};
        fillFlat(info, section, statsFields());
    } else if (n == "replication") {
        fillReplication(info.replication, section, FieldReader(section));
    }
}

} // namespace

QByteArray InfoSection::value(QByteArrayView field) const
{
    for (const InfoField &f : fields)
        if (f.name == field)
            return f.value.isEmpty() ? QByteArray("") : f.value.toByteArray();
    return {};
}

bool InfoSection::has(QByteArrayView field) const
{
    for (const InfoField &f : fields)
        if (f.name == field)
            return true;
    return false;
}

const InfoSection *InfoReply::section(QByteArrayView name) const
{
    for (const InfoSection &s : sections)
        if (s.name == name)
            return &s;
    return nullptr;
}

QByteArray InfoReply::value(QByteArrayView field) const
{
    for (const InfoSection &s : sections)
        if (s.has(field))
            return s.value(field);
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
    // Two passes: the lines first, so that each section's field list is allocated once at its
    // exact size (a full INFO has ~15 sections; guessing wastes kilobytes per sample).
    QVarLengthArray<QByteArrayView, 512> lines;
    const char *data = text.constData();
    const qsizetype size = text.size();
    qsizetype pos = 0;
    while (pos < size) {
        const void *nl = memchr(data + pos, '\n', size_t(size - pos));
        const qsizetype end = nl ? static_cast<const char *>(nl) - data : size;
        QByteArrayView line(data + pos, end - pos);
        pos = end + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        if (!line.isEmpty())
            lines.append(line);
    }
    auto fieldsAfter = [&lines](qsizetype from) {
        qsizetype n = 0;
        while (from + n < lines.size() && !lines[from + n].startsWith('#'))
            ++n;
        return n;
    };

    InfoReply info;
    InfoSection *current = nullptr;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArrayView line = lines[i];
        if (line.startsWith('#')) {
            info.sections.append({line.sliced(1).trimmed().toByteArray().toLower(), {}, text});
            current = &info.sections.last();
            current->fields.reserve(fieldsAfter(i + 1));
            continue;
        }
        if (!current) {
            info.sections.append({QByteArray(""), {}, text});
            current = &info.sections.last();
            current->fields.reserve(fieldsAfter(i));
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            current->fields.append({line, QByteArrayView()});
        else
            current->fields.append({line.first(colon), line.sliced(colon + 1)});
    }
    for (const InfoSection &s : info.sections)
        applySection(info, s);
    return info;
}
