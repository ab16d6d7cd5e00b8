#pragma once
// The node's REPLSTATE reply (server/replication/README.md): the exact replica state, transfer
// progress, the last link error with its OS reason, and REPLSTATE HISTORY's transitions. A real
// Redis answers "-ERR unknown command 'REPLSTATE'"; the app then derives from INFO/ROLE.
#include "client/resp_value.h"
#include "model/replication/state_transition.h"

#include <QList>
#include <optional>

struct NodeReplState
{
    bool isReplica = false; // role slave
    ReplicaState state = ReplicaState::None;
    qint64 stateSinceUs = 0;
    QString masterHost;
    int masterPort = 0;
    bool linkUp = false;
    QString lastError;     // Redis's log line of the last failure
    QString lastErrorKind; // connect, auth, handshake, psync, transfer, load, timeout, io, protocol
    QString lastErrorOs;   // "Connection refused", "No route to host", ...
    int lastErrorErrno = 0;
    qint64 lastErrorUs = 0;
    qint64 connectAttempts = 0;
    qint64 nextRetryInMs = -1;
    QString transferForm; // none, length, eof
    qint64 transferTotalBytes = -1;
    qint64 transferReadBytes = -1;
    qint64 transferStartedUs = 0;
    bool loading = false;
    QByteArray masterReplid;
    qint64 masterReplOffset = -1;
    qint64 slaveReplOffset = -1;
    qint64 slaveReadReplOffset = -1;
    QByteArray cachedMaster;
    qint64 syncFull = 0;
    qint64 syncPartialOk = 0;
    qint64 transitionsTotal = 0;
    qint64 historyCapacity = 0;
};

// nullopt when the reply is not REPLSTATE's field/value array (an error: not our node).
std::optional<NodeReplState> parseNodeReplState(const RespValue &reply);
// REPLSTATE HISTORY: [[timestamp_us, from, to, reason, seq], ...]. Malformed entries are skipped.
QList<StateTransition> parseNodeReplHistory(const RespValue &reply);
// True for the error a server without REPLSTATE gives (a real Redis).
bool isUnknownCommandError(const RespValue &reply);
