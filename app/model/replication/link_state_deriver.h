#pragma once
// Derives a replica's state sequence from what a real Redis exposes: successive ROLE / INFO
// replication samples of the replica, and the master's sync counters. Coarser than the node's
// own history (ROLE says only "handshake" for eight states, and a sync shorter than the sampling
// period can be missed), so every derived transition says how it was inferred.
#include "model/replication/state_transition.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

// One sample of a replica, taken from ROLE and/or INFO replication (+ INFO persistence).
struct ReplicaObservation
{
    qint64 timestampUs = 0;
    bool isReplica = true;              // role:slave
    std::optional<RolePhase> rolePhase; // from ROLE; when absent the phase comes from INFO
    bool linkUp = false;                // master_link_status:up
    bool syncInProgress = false;        // master_sync_in_progress:1
    bool loading = false;               // INFO persistence loading:1
    qint64 linkDownSinceSeconds = -1;   // master_link_down_since_seconds
    QString masterReplid;               // master_replid
};

// The master's INFO stats counters (sync_full, sync_partial_ok, sync_partial_err). They tell a
// partial resync from a full one that was too quick to be sampled.
struct MasterSyncCounters
{
    qint64 syncFull = -1;
    qint64 syncPartialOk = -1;
    qint64 syncPartialErr = -1;
    bool isKnown() const { return syncFull >= 0 && syncPartialOk >= 0; }
};

RolePhase rolePhaseFromInfo(const ReplicaObservation &observation);

class LinkStateDeriver
{
    Q_DECLARE_TR_FUNCTIONS(LinkStateDeriver)
public:
    // Transitions implied by this sample compared with the previous one (usually none, one, or
    // two when a full sync happened between samples).
    QList<StateTransition> observe(const ReplicaObservation &observation,
                                   const MasterSyncCounters &master = {});
    ReplicaState state() const { return m_state; }

private:
    StateTransition make(qint64 ts, ReplicaState to, const QString &reason, bool loading = false);

    ReplicaState m_state = ReplicaState::None;
    bool m_loading = false;
    bool m_sawSyncSinceDown = false;
    MasterSyncCounters m_countersAtDown;
    QString m_replidAtDown;
    bool m_haveSample = false;
};
