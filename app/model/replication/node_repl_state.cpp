#include "model/replication/node_repl_state.h"

#include <QHash>

namespace {

QString text(const RespValue &v)
{
    return QString::fromUtf8(v.bytes());
}

} // namespace

std::optional<NodeReplState> parseNodeReplState(const RespValue &reply)
{
    if (!reply.isArray() || reply.size() % 2 != 0 || reply.size() == 0)
        return std::nullopt;
    QHash<QByteArray, RespValue> fields;
    for (qsizetype i = 0; i + 1 < reply.size(); i += 2)
        fields.insert(reply.at(i).bytes(), reply.at(i + 1));
    if (!fields.contains("state") || !fields.contains("role"))
        return std::nullopt;

    auto integer = [&](const char *name, qint64 fallback) {
        const auto it = fields.constFind(QByteArray(name));
        if (it == fields.cend())
            return fallback;
        bool ok = false;
        const qint64 v = it->toInt64(&ok);
        return ok ? v : fallback;
    };
    auto bytes = [&](const char *name) {
        return fields.value(QByteArray(name)).bytes();
    };

    NodeReplState s;
    s.isReplica = bytes("role") == "slave";
    s.state = replicaStateFromName(text(fields.value("state"))).value_or(ReplicaState::None);
    s.stateSinceUs = integer("state_since_us", 0);
    s.masterHost = QString::fromUtf8(bytes("master_host"));
    s.masterPort = int(integer("master_port", 0));
    s.linkUp = bytes("link_status") == "up";
    s.lastError = QString::fromUtf8(bytes("last_error"));
    s.lastErrorKind = QString::fromUtf8(bytes("last_error_kind"));
    s.lastErrorOs = QString::fromUtf8(bytes("last_error_os"));
    s.lastErrorErrno = int(integer("last_error_errno", 0));
    s.lastErrorUs = integer("last_error_us", 0);
    s.connectAttempts = integer("connect_attempts", 0);
    s.nextRetryInMs = integer("next_retry_in_ms", -1);
    s.transferForm = QString::fromUtf8(bytes("transfer_form"));
    s.transferTotalBytes = integer("transfer_total_bytes", -1);
    s.transferReadBytes = integer("transfer_read_bytes", -1);
    s.transferStartedUs = integer("transfer_started_us", 0);
    s.loading = integer("loading", 0) != 0;
    s.masterReplid = bytes("master_replid");
    s.masterReplOffset = integer("master_repl_offset", -1);
    s.slaveReplOffset = integer("slave_repl_offset", -1);
    s.slaveReadReplOffset = integer("slave_read_repl_offset", -1);
    s.cachedMaster = bytes("cached_master");
    s.syncFull = integer("sync_full", 0);
    s.syncPartialOk = integer("sync_partial_ok", 0);
    s.transitionsTotal = integer("transitions_total", 0);
    s.historyCapacity = integer("history_capacity", 0);
    return s;
}

QList<StateTransition> parseNodeReplHistory(const RespValue &reply)
{
    QList<StateTransition> out;
    if (!reply.isArray())
        return out;
    for (const RespValue &entry : reply.elements()) {
        if (!entry.isArray() || entry.size() < 5)
            continue;
        bool okTs = false;
        bool okSeq = false;
        StateTransition t;
        t.timestampUs = entry.at(0).toInt64(&okTs);
        const auto from = replicaStateFromName(text(entry.at(1)));
        const auto to = replicaStateFromName(text(entry.at(2)));
        t.reason = text(entry.at(3));
        t.seq = quint64(entry.at(4).toInt64(&okSeq));
        if (!okTs || !okSeq || !from || !to)
            continue;
        t.from = *from;
        t.to = *to;
        // The node keeps loading inside `transfer`; its reason says when the load began.
        t.loading = t.to == ReplicaState::Transfer &&
                    (t.reason.contains(QLatin1String("Loading DB in memory")) ||
                     t.reason.contains(QLatin1String("Flushing old data")));
        out << t;
    }
    return out;
}

bool isUnknownCommandError(const RespValue &reply)
{
    return reply.isError() && !reply.isClientError() &&
           reply.bytes().startsWith("ERR unknown command");
}
