#include "core/command_clock.h"

#include <ctime>

namespace rd {

namespace {

int64_t readUs(clockid_t id)
{
    struct timespec ts;
    clock_gettime(id, &ts);
    return int64_t(ts.tv_sec) * 1000000 + ts.tv_nsec / 1000;
}

} // namespace

int64_t CommandClock::monotonicUs()
{
    return readUs(CLOCK_MONOTONIC);
}

int64_t CommandClock::wallUs()
{
    return readUs(CLOCK_REALTIME);
}

int64_t CommandClock::beginBatch()
{
    const int64_t wall = wallUs();
    m_carryUs = monotonicUs();
    m_offsetUs = wall - m_carryUs;
    m_inBatch = m_haveCarry = true;
    return wall / 1000;
}

int64_t CommandClock::start(int64_t &wallMs)
{
    if (!m_inBatch) {
        wallMs = wallUs() / 1000;
        return monotonicUs();
    }
    const int64_t us = m_haveCarry ? m_carryUs : monotonicUs();
    m_haveCarry = false;
    wallMs = (us + m_offsetUs) / 1000;
    return us;
}

int64_t CommandClock::finish()
{
    const int64_t us = monotonicUs();
    if (m_inBatch) {
        m_carryUs = us;
        m_haveCarry = true;
    }
    return us;
}

} // namespace rd
