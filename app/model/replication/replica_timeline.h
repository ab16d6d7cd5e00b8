#pragma once
// The recorded state sequence of one replica link and what it means: link down/up, full and
// partial resyncs, connection errors. Bounded, so a replica in a reconnect loop (Redis retries
// without masterauth about 100 000 times in 7 s) cannot grow it without limit.
#include "model/replication/state_transition.h"

#include <QList>
#include <deque>

enum class SyncPath { None, Full, Partial };

enum class TimelineEventKind {
    LinkDown,          // left `connected`
    LinkUp,            // reached `connected`
    FullResyncStarted, // entered `transfer`
    LoadStarted,       // the snapshot arrived and is being loaded
    FullResyncDone,    // transfer -> connected
    PartialResync,     // PSYNC accepted: straight to `connected` from the handshake
    ConnectError,      // an attempt failed before the link came up
    MasterMode,        // stopped being a replica
};

struct TimelineEvent
{
    qint64 timestampUs = 0;
    TimelineEventKind kind = TimelineEventKind::LinkUp;
    QString text;
};

class ReplicaTimeline
{
public:
    static constexpr int kDefaultCapacity = 512;

    explicit ReplicaTimeline(StateSource source = StateSource::NodeHistory,
                             int capacity = kDefaultCapacity);

    StateSource source() const { return m_source; }
    void setSource(StateSource source) { m_source = source; }

    // Appends one transition. With a seq (node history), one already seen is ignored, because
    // pollers re-read the tail of the node's history; a lower seq with a later timestamp comes
    // from a restarted node and is kept. Returns true if it was new.
    bool append(const StateTransition &transition);
    void clear();
    // The node restarted: its history numbers transitions from 1 again.
    void restartSequence()
    {
        m_lastSeq = 0;
        m_lastSeqTimestampUs = 0;
    }

    const std::deque<StateTransition> &transitions() const { return m_transitions; }
    const std::deque<TimelineEvent> &events() const { return m_events; }
    quint64 lastSeq() const { return m_lastSeq; }
    qint64 appendedCount() const { return m_appended; } // including those dropped by the bound
    qint64 eventCount() const { return m_eventCount; }  // events ever produced

    ReplicaState state() const { return m_state; }
    qint64 enteredAtUs() const { return m_enteredAtUs; }
    bool isLoading() const { return m_loading; }
    // How the latest sync reached `connected` (or is trying to, while in transfer).
    SyncPath lastSyncPath() const { return m_lastPath; }
    // The reason of the latest failure while the link is not up; empty once it is up.
    QString lastError() const { return m_lastError; }
    qint64 lastErrorAtUs() const { return m_lastErrorAtUs; }
    // Since when the link has not been up: when it went down, or when the replica started
    // trying if it never came up. 0 while it is up (or not a replica).
    qint64 downSinceUs() const { return m_downSinceUs; }
    // Length of the latest completed outage (down -> up), in microseconds; -1 if none yet.
    qint64 lastOutageUs() const { return m_lastOutageUs; }

    int fullResyncCount() const { return m_fullResyncs; }
    int partialResyncCount() const { return m_partialResyncs; }
    int connectErrorCount() const { return m_connectErrors; }

private:
    void addEvent(qint64 timestampUs, TimelineEventKind kind, const QString &text);
    void interpret(const StateTransition &t);

    StateSource m_source;
    int m_capacity;
    std::deque<StateTransition> m_transitions;
    std::deque<TimelineEvent> m_events;
    quint64 m_lastSeq = 0;
    qint64 m_lastSeqTimestampUs = 0; // timestamp of the transition numbered m_lastSeq
    qint64 m_appended = 0;
    qint64 m_eventCount = 0;
    ReplicaState m_state = ReplicaState::None;
    qint64 m_enteredAtUs = 0;
    bool m_loading = false;
    SyncPath m_lastPath = SyncPath::None;
    QString m_lastError;
    qint64 m_lastErrorAtUs = 0;
    qint64 m_downSinceUs = 0;
    bool m_downAfterUp = false; // the current outage followed a working link
    qint64 m_lastOutageUs = -1;
    int m_fullResyncs = 0;
    int m_partialResyncs = 0;
    int m_connectErrors = 0;
};
