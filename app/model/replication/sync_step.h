#pragma once
// The boxes of the sync state diagram: the seed's mechanism (connect, PING, handshake, PSYNC,
// then either snapshot transfer + load or the backlog, then the command stream), each mapped
// from Redis's replica states. Pure logic, so the diagram's highlighting is unit-tested.
#include "model/replication/replica_timeline.h"

#include <QList>
#include <QString>

enum class SyncStep {
    Connect,    // waiting to (re)connect
    Connecting, // TCP connect in flight
    Ping,       // PING / +PONG
    Auth,       // AUTH masterauth (and the pipelined handshake burst)
    Port,       // REPLCONF listening-port / ip-address
    Capa,       // REPLCONF capa eof capa psync2
    Psync,      // PSYNC and its reply
    Transfer,   // full sync: snapshot (RDB) transfer
    Load,       // full sync: flush old data, load the snapshot
    Backlog,    // partial resync: the missed bytes from the master's backlog
    Stream,     // connected: applying the master's command stream
};

inline constexpr int kSyncStepCount = int(SyncStep::Stream) + 1;

// Which box a state belongs to. `loading` distinguishes Load from Transfer.
SyncStep syncStepOf(ReplicaState state, bool loading = false);

// Boxes making up the handshake (Ping..Psync), highlighted together when only ROLE's coarse
// "handshake" is known.
bool isHandshakeStep(SyncStep step);

// The steps the latest sync went through, in order, for drawing the taken path: full sync goes
// Psync -> Transfer -> Load -> Stream, partial resync Psync -> Backlog -> Stream.
QList<SyncStep> pathSteps(SyncPath path);

// The diagram's highlight for a replica right now.
struct SyncStepHighlight
{
    SyncStep current = SyncStep::Connect;
    bool groupOnly = false;  // source is coarse: highlight the whole handshake group
    bool notReplica = false; // state none: nothing is current
    SyncPath path = SyncPath::None;
    bool failing = false; // the latest attempt failed (an error is pending)
};

SyncStepHighlight highlightFor(const ReplicaTimeline &timeline);
