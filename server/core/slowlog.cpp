#include "core/slowlog.h"

namespace rd {

void Slowlog::record(std::span<const std::string> argv, int64_t durationUs, int64_t unixTime,
                     const std::string &peer, const std::string &name, size_t maxLen)
{
    constexpr size_t kMaxArgc = 32, kMaxArgLen = 128;
    SlowlogEntry e;
    e.id = m_nextId++;
    e.time = unixTime;
    e.durationUs = durationUs;
    const size_t argc = std::min(argv.size(), kMaxArgc);
    for (size_t i = 0; i < argc; ++i) {
        if (i == kMaxArgc - 1 && argv.size() > kMaxArgc) {
            e.argv.push_back("... (" + std::to_string(argv.size() - kMaxArgc + 1) +
                             " more arguments)");
        } else if (argv[i].size() > kMaxArgLen) {
            e.argv.push_back(argv[i].substr(0, kMaxArgLen) + "... (" +
                             std::to_string(argv[i].size() - kMaxArgLen) + " more bytes)");
        } else {
            e.argv.push_back(argv[i]);
        }
    }
    e.peer = peer;
    e.name = name;
    m_entries.push_front(std::move(e));
    trim(maxLen);
}

void Slowlog::trim(size_t maxLen)
{
    while (m_entries.size() > maxLen)
        m_entries.pop_back();
}

} // namespace rd
