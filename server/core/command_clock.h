#pragma once
// CommandClock: the clock reads around each command. A command needs the wall clock (expiry
// decisions, TIME-like replies) and its duration (commandstats, slowlog); read naively that is
// three clock calls per command, a tenth of the CPU of a pipelined INCR.
//
// Within one batch (the commands parsed from one read), everything runs back to back on the
// loop thread, so the monotonic reading taken at the end of a command is also the start of the
// next one, and the wall clock is the monotonic one plus an offset taken once per batch. A
// batch thus costs two reads plus one per command. Outside a batch (timers, blocked clients
// served from elsewhere, the master link) every start reads both clocks afresh.
#include <cstdint>

namespace rd {

class CommandClock
{
public:
    static int64_t monotonicUs();
    static int64_t wallUs();

    // Starts a batch; returns the wall clock in ms.
    int64_t beginBatch();
    void endBatch() { m_inBatch = m_haveCarry = false; }
    // Something slow that is not a command ran (eviction): do not count it in the next one.
    void forgetCarry() { m_haveCarry = false; }

    // Start of a command: returns the monotonic time in us and sets wallMs.
    int64_t start(int64_t &wallMs);
    // End of a command: returns the monotonic time in us.
    int64_t finish();

private:
    bool m_inBatch = false;
    bool m_haveCarry = false;
    int64_t m_carryUs = 0;  // the last monotonic reading in this batch
    int64_t m_offsetUs = 0; // wall - monotonic, taken at the start of the batch
};

} // namespace rd
