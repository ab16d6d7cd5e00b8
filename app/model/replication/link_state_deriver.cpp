#include "model/replication/link_state_deriver.h"

RolePhase rolePhaseFromInfo(const ReplicaObservation &o)
{
    if (!o.isReplica)
        return RolePhase::None;
    if (o.rolePhase)
        return *o.rolePhase;
    if (o.linkUp)
        return RolePhase::Connected;
    if (o.syncInProgress || o.loading)
        return RolePhase::Sync;
    // INFO alone cannot tell connect, connecting and the handshake apart.
    return RolePhase::Connect;
}

StateTransition LinkStateDeriver::make(qint64 ts, ReplicaState to, const QString &reason,
                                       bool loading)
{
    StateTransition t;
    t.timestampUs = ts;
    t.from = m_state;
    t.to = to;
    t.reason = reason;
    t.loading = loading;
    m_state = to;
    m_loading = loading;
    return t;
}

QList<StateTransition> LinkStateDeriver::observe(const ReplicaObservation &o,
                                                 const MasterSyncCounters &master)
{
    QList<StateTransition> out;
    const RolePhase phase = rolePhaseFromInfo(o);
    const ReplicaState target = representativeState(phase);
    const bool loading = phase == RolePhase::Sync && o.loading;
    const bool wasUp = m_state == ReplicaState::Connected;
    const qint64 ts = o.timestampUs;

    if (target == m_state && loading == m_loading && m_haveSample)
        return out;
    m_haveSample = true;

    if (wasUp && target != ReplicaState::Connected) {
        m_countersAtDown = master;
        m_replidAtDown = o.masterReplid;
        m_sawSyncSinceDown = false;
    }
    if (m_state == ReplicaState::None && target != ReplicaState::None) {
        m_countersAtDown = master;
        m_replidAtDown.clear();
        m_sawSyncSinceDown = false;
    }
    if (target == ReplicaState::Transfer)
        m_sawSyncSinceDown = true;

    if (target == ReplicaState::Connected && !wasUp && !m_sawSyncSinceDown &&
        m_state != ReplicaState::None) {
        // Up again without a sampled transfer: a partial resync, or a full one that was quick.
        const bool countersSayFull = master.isKnown() && m_countersAtDown.isKnown() &&
                                     master.syncFull > m_countersAtDown.syncFull &&
                                     master.syncPartialOk == m_countersAtDown.syncPartialOk;
        const bool replidChanged = !m_replidAtDown.isEmpty() && !o.masterReplid.isEmpty() &&
                                   m_replidAtDown != o.masterReplid;
        if (countersSayFull || replidChanged) {
            out << make(ts, ReplicaState::Transfer,
                        countersSayFull
                            ? tr("full resync inferred: the master's sync_full went from %1 to %2")
                                  .arg(m_countersAtDown.syncFull)
                                  .arg(master.syncFull)
                            : tr("full resync inferred: master_replid changed"));
            out << make(ts, ReplicaState::Connected,
                        tr("ROLE: connected (after a full resync between samples)"));
            return out;
        }
        const bool countersSayPartial = master.isKnown() && m_countersAtDown.isKnown() &&
                                        master.syncPartialOk > m_countersAtDown.syncPartialOk;
        out << make(ts, ReplicaState::Connected,
                    countersSayPartial
                        ? tr("partial resync: the master's sync_partial_ok went from %1 to %2")
                              .arg(m_countersAtDown.syncPartialOk)
                              .arg(master.syncPartialOk)
                        : tr("ROLE: connected without a sampled transfer (partial resync "
                             "inferred)"));
        return out;
    }

    QString reason;
    if (phase == RolePhase::None)
        reason = tr("INFO: role:master");
    else if (o.rolePhase)
        reason = tr("ROLE: %1").arg(rolePhaseName(phase));
    else if (phase == RolePhase::Connected)
        reason = tr("INFO: master_link_status:up");
    else if (phase == RolePhase::Sync)
        reason = loading ? tr("INFO: loading:1") : tr("INFO: master_sync_in_progress:1");
    else
        reason =
            o.linkDownSinceSeconds >= 0
                ? tr("INFO: master_link_status:down (down for %1 s)").arg(o.linkDownSinceSeconds)
                : tr("INFO: master_link_status:down");
    out << make(ts, target, reason, loading);
    return out;
}
