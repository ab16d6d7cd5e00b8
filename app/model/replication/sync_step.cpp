#include "model/replication/sync_step.h"

SyncStep syncStepOf(ReplicaState state, bool loading)
{
    switch (state) {
    case ReplicaState::None:
    case ReplicaState::Connect:
        return SyncStep::Connect;
    case ReplicaState::Connecting:
        return SyncStep::Connecting;
    case ReplicaState::ReceivePingReply:
        return SyncStep::Ping;
    case ReplicaState::SendHandshake:
    case ReplicaState::ReceiveAuthReply:
        return SyncStep::Auth;
    case ReplicaState::ReceivePortReply:
    case ReplicaState::ReceiveIpReply:
        return SyncStep::Port;
    case ReplicaState::ReceiveCapaReply:
        return SyncStep::Capa;
    case ReplicaState::SendPsync:
    case ReplicaState::ReceivePsyncReply:
        return SyncStep::Psync;
    case ReplicaState::Transfer:
        return loading ? SyncStep::Load : SyncStep::Transfer;
    case ReplicaState::Connected:
        return SyncStep::Stream;
    }
    return SyncStep::Connect;
}

bool isHandshakeStep(SyncStep step)
{
    return step >= SyncStep::Ping && step <= SyncStep::Psync;
}

QList<SyncStep> pathSteps(SyncPath path)
{
    switch (path) {
    case SyncPath::Full:
        return {SyncStep::Psync, SyncStep::Transfer, SyncStep::Load, SyncStep::Stream};
    case SyncPath::Partial:
        return {SyncStep::Psync, SyncStep::Backlog, SyncStep::Stream};
    case SyncPath::None:
        break;
    }
    return {};
}

SyncStepHighlight highlightFor(const ReplicaTimeline &timeline)
{
    SyncStepHighlight h;
    h.current = syncStepOf(timeline.state(), timeline.isLoading());
    h.notReplica = timeline.state() == ReplicaState::None;
    h.groupOnly = timeline.source() == StateSource::InfoRole && isHandshakeStep(h.current);
    // The path taken is the current sync's: while the link is down it would only be history.
    const bool syncing =
        timeline.state() == ReplicaState::Transfer || timeline.state() == ReplicaState::Connected;
    h.path = syncing ? timeline.lastSyncPath() : SyncPath::None;
    h.failing = !timeline.lastError().isEmpty() && timeline.state() != ReplicaState::Connected;
    return h;
}
