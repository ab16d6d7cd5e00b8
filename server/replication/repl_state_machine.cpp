#include "replication/repl_state_machine.h"

#include <chrono>

namespace rd::repl {

ReplStateMachine::ReplStateMachine(LogSink log, std::size_t historyCapacity)
    : m_log(std::move(log))
    , m_capacity(historyCapacity == 0 ? 1 : historyCapacity)
{
}

std::int64_t ReplStateMachine::nowUs()
{
    using namespace std::chrono;
    return duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
}

void ReplStateMachine::transitionTo(ReplState to, std::string reason, LogLevel level)
{
    if (m_log && !reason.empty())
        m_log(level, reason);
    // Timestamps never go backwards in the history even if the wall clock is stepped back.
    std::int64_t now = nowUs();
    if (!m_history.empty() && now < m_history.back().timestampUs)
        now = m_history.back().timestampUs;
    ReplTransition t;
    t.seq = ++m_seq;
    t.timestampUs = now;
    t.from = m_state;
    t.to = to;
    t.reason = std::move(reason);
    m_history.push_back(std::move(t));
    if (m_history.size() > m_capacity)
        m_history.pop_front();
    m_state = to;
    m_enteredAtUs = now;
}

std::vector<ReplTransition> ReplStateMachine::history(std::size_t count) const
{
    std::size_t n = (count == 0 || count > m_history.size()) ? m_history.size() : count;
    return {m_history.end() - static_cast<std::ptrdiff_t>(n), m_history.end()};
}

} // namespace rd::repl
