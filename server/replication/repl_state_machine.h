#pragma once
// The one place a replica's link state changes. Every change goes through transitionTo(),
// which logs the Redis line that explains it and records it in a bounded history with a
// microsecond timestamp, so REPLSTATE can show the app exactly what happened and why.
#include "replication/repl_log.h"
#include "replication/repl_state.h"

#include <cstdint>
#include <deque>
#include <string>
#include <vector>

namespace rd::repl {

struct ReplTransition
{
    std::uint64_t seq = 0;        // 1 for the first transition ever, so readers can resume
    std::int64_t timestampUs = 0; // Unix time in microseconds
    ReplState from = ReplState::None;
    ReplState to = ReplState::None;
    std::string reason;
};

class ReplStateMachine
{
public:
    static constexpr std::size_t kDefaultHistoryCapacity = 256;

    explicit ReplStateMachine(LogSink log = {},
                              std::size_t historyCapacity = kDefaultHistoryCapacity);

    ReplState state() const { return m_state; }
    // When the current state was entered (Unix microseconds; 0 before any transition).
    std::int64_t enteredAtUs() const { return m_enteredAtUs; }

    // Moves to `to`, logs `reason` at `level` (empty reason: nothing logged), and records it.
    // A transition to the same state is recorded too: a repeated failure is information.
    void transitionTo(ReplState to, std::string reason, LogLevel level = LogLevel::Notice);

    // The newest `count` transitions, oldest first (all of them when count is 0).
    std::vector<ReplTransition> history(std::size_t count = 0) const;
    std::size_t historyCapacity() const { return m_capacity; }
    // Transitions ever made, including those the bounded history no longer holds.
    std::uint64_t transitionCount() const { return m_seq; }

    void setLogSink(LogSink log) { m_log = std::move(log); }

    static std::int64_t nowUs();

private:
    LogSink m_log;
    std::size_t m_capacity;
    ReplState m_state = ReplState::None;
    std::int64_t m_enteredAtUs = 0;
    std::uint64_t m_seq = 0;
    std::deque<ReplTransition> m_history;
};

} // namespace rd::repl
