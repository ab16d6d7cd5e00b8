#include "model/replication/replica_log_interpreter.h"

#include <array>

namespace {

enum class Effect {
    Enter,       // move to `state`
    EnterLoading // move to transfer, loading the snapshot
};

struct LineRule
{
    const char *prefix; // Redis's message text, from src/replication.c (7.0)
    ReplicaState state;
    Effect effect = Effect::Enter;
};

// Lines that say where the replica is. Anything else (REPLCONF notes, RDB loading details,
// "sync started") leaves the state as it is.
constexpr std::array kRules = {
    LineRule{"Connecting to MASTER ", ReplicaState::Connecting},
    LineRule{"Reconnecting to MASTER ", ReplicaState::Connecting},
    LineRule{"Error condition on socket for SYNC: ", ReplicaState::Connect},
    LineRule{"Non blocking connect for SYNC fired the event.", ReplicaState::ReceivePingReply},
    LineRule{"Error reply to PING from master: ", ReplicaState::Connect},
    LineRule{"Master replied to PING, replication can continue", ReplicaState::SendHandshake},
    LineRule{"Unable to AUTH to MASTER: ", ReplicaState::Connect},
    LineRule{"Master did not respond to command during SYNC handshake", ReplicaState::Connect},
    LineRule{"Sending command to master in replication handshake: ", ReplicaState::Connect},
    LineRule{"Partial resynchronization not possible", ReplicaState::ReceivePsyncReply},
    LineRule{"Trying a partial resynchronization", ReplicaState::ReceivePsyncReply},
    LineRule{"Full resync from master: ", ReplicaState::Transfer},
    LineRule{"Retrying with SYNC...", ReplicaState::Transfer},
    LineRule{"MASTER <-> REPLICA sync: receiving ", ReplicaState::Transfer},
    LineRule{"MASTER <-> REPLICA sync: Flushing old data", ReplicaState::Transfer,
             Effect::EnterLoading},
    LineRule{"MASTER <-> REPLICA sync: Loading DB in memory", ReplicaState::Transfer,
             Effect::EnterLoading},
    LineRule{"MASTER <-> REPLICA sync: Finished with success", ReplicaState::Connected},
    LineRule{"Successful partial resynchronization with master", ReplicaState::Connected},
    LineRule{"MASTER <-> REPLICA sync: Master accepted a Partial Resynchronization",
             ReplicaState::Connected},
    LineRule{"Master is currently unable to PSYNC", ReplicaState::Connect},
    LineRule{"Master did not reply to PSYNC", ReplicaState::Connect},
    LineRule{"MASTER aborted replication with an error: ", ReplicaState::Connect},
    LineRule{"Bad protocol from MASTER", ReplicaState::Connect},
    LineRule{"I/O error trying to sync with MASTER: ", ReplicaState::Connect},
    LineRule{"Failed trying to load the MASTER synchronization DB", ReplicaState::Connect},
    LineRule{"Opening the temp file needed for MASTER <-> REPLICA synchronization",
             ReplicaState::Connect},
    LineRule{"Replication stream EOF marker is broken", ReplicaState::Connect},
    LineRule{"Timeout connecting to the MASTER", ReplicaState::Connect},
    LineRule{"Timeout receiving bulk data from MASTER", ReplicaState::Connect},
    LineRule{"MASTER timeout: no data nor PING received", ReplicaState::Connect},
    LineRule{"Connection with master lost.", ReplicaState::Connect},
    LineRule{"MASTER MODE enabled", ReplicaState::None},
};

// Prefixes whose tail is the error detail the doctor reads.
constexpr std::array kErrorPrefixes = {
    "Error condition on socket for SYNC: ",
    "Error reply to PING from master: ",
    "Unable to AUTH to MASTER: ",
    "MASTER aborted replication with an error: ",
    "I/O error trying to sync with MASTER: ",
    "Sending command to master in replication handshake: ",
    "Master is currently unable to PSYNC but should be in the future: ",
    "Failed trying to load the MASTER synchronization DB from disk",
};

} // namespace

std::optional<StateTransition> ReplicaLogInterpreter::feed(const RedisLogLine &line)
{
    for (const LineRule &rule : kRules) {
        if (!line.message.startsWith(QLatin1String(rule.prefix)))
            continue;
        const bool loading = rule.effect == Effect::EnterLoading;
        // A second line about the same step changes nothing, except that the snapshot has
        // started loading.
        if (rule.state == m_state && (!loading || m_loading))
            return std::nullopt;
        StateTransition t;
        t.timestampUs = line.timestampUs;
        t.from = m_state;
        t.to = rule.state;
        t.reason = line.message;
        t.loading = loading || (m_loading && rule.state == ReplicaState::Transfer);
        m_state = rule.state;
        m_loading = t.loading;
        return t;
    }
    return std::nullopt;
}

QString linkErrorDetail(const QString &reason)
{
    for (const char *prefix : kErrorPrefixes) {
        if (reason.startsWith(QLatin1String(prefix)))
            return reason.mid(int(qstrlen(prefix))).trimmed();
    }
    return reason;
}
