#pragma once
// Turns a replica's Redis log lines into state transitions. This is how the app draws the state
// machine of a lab node that runs a real redis-server (which has no state-history command): the
// log names nearly every step of the handshake, each with a millisecond timestamp.
#include "model/replication/redis_log_line.h"
#include "model/replication/state_transition.h"

#include <optional>

class ReplicaLogInterpreter
{
public:
    // Returns the transition a line implies, or nullopt for lines that change nothing.
    std::optional<StateTransition> feed(const RedisLogLine &line);
    ReplicaState state() const { return m_state; }
    bool isLoading() const { return m_loading; }

private:
    ReplicaState m_state = ReplicaState::None;
    bool m_loading = false;
};

// The error detail of a failure reason: "Error condition on socket for SYNC: Connection refused"
// gives "Connection refused". Reasons without a known prefix come back unchanged.
QString linkErrorDetail(const QString &reason);
