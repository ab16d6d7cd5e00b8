#include "model/replication/replica_timeline.h"

ReplicaTimeline::ReplicaTimeline(StateSource source, int capacity)
    : m_source(source)
    , m_capacity(qMax(16, capacity))
{
}

bool ReplicaTimeline::append(const StateTransition &transition)
{
    if (transition.seq != 0) {
        // A seq already seen is a re-read of the node's history tail, unless it is newer than
        // the last one seen: then a new process numbers its transitions from 1 again (a killed
        // replica restarted before a poll could notice that it was gone).
        if (transition.seq <= m_lastSeq && transition.timestampUs <= m_lastSeqTimestampUs)
            return false;
        m_lastSeq = transition.seq;
        m_lastSeqTimestampUs = transition.timestampUs;
    }
    m_transitions.push_back(transition);
    while (int(m_transitions.size()) > m_capacity)
        m_transitions.pop_front();
    ++m_appended;
    interpret(transition);
    return true;
}

void ReplicaTimeline::clear()
{
    *this = ReplicaTimeline(m_source, m_capacity);
}

void ReplicaTimeline::addEvent(qint64 timestampUs, TimelineEventKind kind, const QString &text)
{
    m_events.push_back({timestampUs, kind, text});
    ++m_eventCount;
    while (int(m_events.size()) > m_capacity)
        m_events.pop_front();
}

// Reads the meaning of one transition. It trusts `from` as recorded rather than the previous
// `to`: when the bounded history on the node dropped entries, `from` is still exact.
void ReplicaTimeline::interpret(const StateTransition &t)
{
    const qint64 ts = t.timestampUs;
    const bool leavesUp = t.from == ReplicaState::Connected && t.to != ReplicaState::Connected;
    const bool reachesUp = t.to == ReplicaState::Connected && t.from != ReplicaState::Connected;

    if (leavesUp) {
        addEvent(ts, TimelineEventKind::LinkDown, t.reason);
        m_downSinceUs = ts;
        m_downAfterUp = true;
        m_lastError = t.reason;
        m_lastErrorAtUs = ts;
    } else if (t.from == ReplicaState::None && t.to != ReplicaState::None) {
        m_downSinceUs = ts; // became a replica: not up yet
        m_downAfterUp = false;
    }

    if (t.to == ReplicaState::Transfer && t.from != ReplicaState::Transfer) {
        addEvent(ts, TimelineEventKind::FullResyncStarted, t.reason);
        m_lastPath = SyncPath::Full;
        if (t.loading)
            addEvent(ts, TimelineEventKind::LoadStarted, t.reason);
    } else if (t.to == ReplicaState::Transfer && t.loading && !m_loading) {
        addEvent(ts, TimelineEventKind::LoadStarted, t.reason);
    }
    m_loading = t.to == ReplicaState::Transfer && (t.loading || m_loading);

    if (reachesUp) {
        if (t.from == ReplicaState::Transfer) {
            addEvent(ts, TimelineEventKind::FullResyncDone, t.reason);
            ++m_fullResyncs;
        } else if (t.from != ReplicaState::None) {
            addEvent(ts, TimelineEventKind::PartialResync, t.reason);
            m_lastPath = SyncPath::Partial;
            ++m_partialResyncs;
        }
        addEvent(ts, TimelineEventKind::LinkUp, t.reason);
        if (m_downAfterUp && m_downSinceUs > 0)
            m_lastOutageUs = ts - m_downSinceUs;
        m_downSinceUs = 0;
        m_downAfterUp = false;
        m_lastError.clear();
        m_lastErrorAtUs = 0;
    }

    // Falling back to `connect` before the link came up is a failed attempt; the reason is the
    // error (e.g. "Error condition on socket for SYNC: Connection refused").
    if (t.to == ReplicaState::Connect && t.from != ReplicaState::Connected &&
        t.from != ReplicaState::None) {
        addEvent(ts, TimelineEventKind::ConnectError, t.reason);
        ++m_connectErrors;
        m_lastError = t.reason;
        m_lastErrorAtUs = ts;
    }

    if (t.to == ReplicaState::None && t.from != ReplicaState::None) {
        addEvent(ts, TimelineEventKind::MasterMode, t.reason);
        m_downSinceUs = 0;
        m_downAfterUp = false;
        m_lastError.clear();
    }

    if (t.to != m_state || m_enteredAtUs == 0)
        m_enteredAtUs = ts;
    m_state = t.to;
}
