#pragma once
// A dataset history is named by a replication ID; an offset is a byte position in it. After a
// promotion the old ID stays valid as the secondary ID up to the offset where the histories
// forked, so replicas of the old master can still resync partially (PSYNC2).
#include <cstdint>
#include <string>
#include <string_view>

namespace rd::repl {

inline constexpr std::size_t kReplIdLength = 40;

// 40 random lowercase hex characters, like Redis's getRandomHexChars().
std::string randomReplId();
// Forty '0' characters: the "no secondary ID" value INFO shows.
std::string nullReplId();
bool isValidReplId(std::string_view id);

struct ReplicationIds
{
    std::string replid = randomReplId();
    std::string replid2 = nullReplId();
    std::int64_t secondReplidOffset = -1;

    // New random primary ID; the secondary one is kept (changeReplicationId()).
    void change();
    // Forget the secondary ID (clearReplicationId2()).
    void clearSecondary();
    // Promotion: the current ID becomes the secondary one, valid up to masterReplOffset+1, and a
    // new primary ID is drawn (shiftReplicationId()). Returns Redis's log line.
    std::string shift(std::int64_t masterReplOffset);
    // Adopt a master's new ID while keeping ours as secondary (+CONTINUE <new id>).
    void adoptWithSecondary(std::string newId, std::int64_t masterReplOffset);
};

} // namespace rd::repl
