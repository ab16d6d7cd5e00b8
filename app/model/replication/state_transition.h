#pragma once
// One change of a replica's link state, whatever told us about it: the node's own history
// (exact, with the node's sequence number), a Redis log line, or two INFO/ROLE samples.
#include "model/replication/replica_state.h"

#include <QString>
#include <QtGlobal>

// Where a replica's state sequence comes from; the views say which one they show.
enum class StateSource {
    NodeHistory, // the node's REPLSTATE: every transition, microsecond timestamps, reasons
    Log,         // the replica's log file (lab nodes running a real redis-server)
    InfoRole,    // successive INFO replication / ROLE samples: coarse, sampled
};

struct StateTransition
{
    quint64 seq = 0;        // the node's sequence number (NodeHistory); 0 when derived
    qint64 timestampUs = 0; // Unix time, microseconds
    ReplicaState from = ReplicaState::None;
    ReplicaState to = ReplicaState::None;
    QString reason;       // the log line or the derivation that explains the change
    bool loading = false; // the snapshot has arrived and is being loaded (Redis: still transfer)
};
