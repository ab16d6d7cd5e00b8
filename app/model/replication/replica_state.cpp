#include "model/replication/replica_state.h"

#include <array>

namespace {

constexpr std::array<const char *, kReplicaStateCount> kStateNames = {
    "none",
    "connect",
    "connecting",
    "receive_ping_reply",
    "send_handshake",
    "receive_auth_reply",
    "receive_port_reply",
    "receive_ip_reply",
    "receive_capa_reply",
    "send_psync",
    "receive_psync_reply",
    "transfer",
    "connected",
};

constexpr std::array<const char *, 6> kPhaseNames = {"none",      "connect", "connecting",
                                                     "handshake", "sync",    "connected"};

} // namespace

QString replicaStateName(ReplicaState state)
{
    return QString::fromLatin1(kStateNames[std::size_t(state)]);
}

std::optional<ReplicaState> replicaStateFromName(QStringView name)
{
    for (std::size_t i = 0; i < kStateNames.size(); ++i) {
        if (name.compare(QLatin1String(kStateNames[i]), Qt::CaseInsensitive) == 0)
            return ReplicaState(i);
    }
    return std::nullopt;
}

bool isHandshakeState(ReplicaState state)
{
    return state >= ReplicaState::ReceivePingReply && state <= ReplicaState::ReceivePsyncReply;
}

RolePhase rolePhaseOf(ReplicaState state)
{
    switch (state) {
    case ReplicaState::None:
        return RolePhase::None;
    case ReplicaState::Connect:
        return RolePhase::Connect;
    case ReplicaState::Connecting:
        return RolePhase::Connecting;
    case ReplicaState::Transfer:
        return RolePhase::Sync;
    case ReplicaState::Connected:
        return RolePhase::Connected;
    default:
        return RolePhase::Handshake;
    }
}

QString rolePhaseName(RolePhase phase)
{
    return QString::fromLatin1(kPhaseNames[std::size_t(phase)]);
}

std::optional<RolePhase> rolePhaseFromName(QStringView name)
{
    for (std::size_t i = 0; i < kPhaseNames.size(); ++i) {
        if (name.compare(QLatin1String(kPhaseNames[i]), Qt::CaseInsensitive) == 0)
            return RolePhase(i);
    }
    return std::nullopt;
}

ReplicaState representativeState(RolePhase phase)
{
    switch (phase) {
    case RolePhase::None:
        return ReplicaState::None;
    case RolePhase::Connect:
        return ReplicaState::Connect;
    case RolePhase::Connecting:
        return ReplicaState::Connecting;
    case RolePhase::Handshake:
        return ReplicaState::ReceivePingReply;
    case RolePhase::Sync:
        return ReplicaState::Transfer;
    case RolePhase::Connected:
        return ReplicaState::Connected;
    }
    return ReplicaState::None;
}
