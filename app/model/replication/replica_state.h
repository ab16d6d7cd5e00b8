#pragma once
// A replica's side of its master link, in Redis 7.0's own vocabulary (src/server.h, repl_state).
// The node's REPLSTATE history, Redis's log lines and ROLE all map onto these names, so the state
// diagram, the timeline and the doctor speak one language whatever the source.
#include <QString>
#include <QStringView>
#include <optional>

enum class ReplicaState {
    None,              // not a replica
    Connect,           // must connect; retried about once a second
    Connecting,        // non-blocking TCP connect in flight
    ReceivePingReply,  // PING sent
    SendHandshake,     // AUTH and REPLCONFs written in one burst
    ReceiveAuthReply,  // only with masterauth
    ReceivePortReply,  // REPLCONF listening-port
    ReceiveIpReply,    // only with replica-announce-ip
    ReceiveCapaReply,  // REPLCONF capa eof capa psync2
    SendPsync,         // PSYNC <replid> <offset+1> or PSYNC ? -1
    ReceivePsyncReply, // waiting for +FULLRESYNC / +CONTINUE
    Transfer,          // receiving (and then loading) the snapshot
    Connected,         // applying the command stream
};

inline constexpr int kReplicaStateCount = int(ReplicaState::Connected) + 1;

// The coarse state ROLE reports: none, connect, connecting, handshake, sync, connected.
enum class RolePhase { None, Connect, Connecting, Handshake, Sync, Connected };

// Redis's lowercase name ("receive_ping_reply"), as the node's REPLSTATE prints it.
QString replicaStateName(ReplicaState state);
std::optional<ReplicaState> replicaStateFromName(QStringView name);

RolePhase rolePhaseOf(ReplicaState state);
QString rolePhaseName(RolePhase phase);
// ROLE's state string ("handshake", "sync", ...). Unknown strings give nullopt.
std::optional<RolePhase> rolePhaseFromName(QStringView name);
// The state that stands for a coarse phase when only ROLE/INFO is known (handshake -> the first
// handshake state, sync -> transfer).
ReplicaState representativeState(RolePhase phase);

bool isHandshakeState(ReplicaState state);
