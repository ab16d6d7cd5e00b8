#pragma once
// Slowlog: the last slowlog-max-len commands slower than slowlog-log-slower-than microseconds,
// newest first, as SLOWLOG GET reports them (arguments trimmed as Redis does: at most 32, each
// at most 128 bytes).
#include "net/argv.h"

#include <cstdint>
#include <deque>
#include <span>
#include <string>
#include <vector>

namespace rd {

struct SlowlogEntry
{
    int64_t id = 0;
    int64_t time = 0; // unix seconds
    int64_t durationUs = 0;
    std::vector<std::string> argv;
    std::string peer; // client address
    std::string name; // client name
};

class Slowlog
{
public:
    void record(std::span<const std::string> argv, int64_t durationUs, int64_t unixTime,
                const std::string &peer, const std::string &name, size_t maxLen);
    const std::deque<SlowlogEntry> &entries() const { return m_entries; }
    void reset() { m_entries.clear(); }
    void trim(size_t maxLen);

private:
    std::deque<SlowlogEntry> m_entries;
    int64_t m_nextId = 0;
};

} // namespace rd
