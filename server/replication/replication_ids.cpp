#include "replication/replication_ids.h"

#include <mutex>
#include <random>

namespace rd::repl {

std::string randomReplId()
{
    static std::mutex mutex;
    static std::mt19937_64 engine{[] {
        std::random_device rd;
        std::seed_seq seq{rd(), rd(), rd(), rd(), rd(), rd(), rd(), rd()};
        return std::mt19937_64(seq);
    }()};
    static constexpr char kHex[] = "0123456789abcdef";
    std::string id(kReplIdLength, '0');
    std::lock_guard lock(mutex);
    for (char &c : id)
        c = kHex[engine() & 0xf];
    return id;
}

std::string nullReplId()
{
    return std::string(kReplIdLength, '0');
}

bool isValidReplId(std::string_view id)
{
    return id.size() == kReplIdLength;
}

void ReplicationIds::change()
{
    replid = randomReplId();
}

void ReplicationIds::clearSecondary()
{
    replid2 = nullReplId();
    secondReplidOffset = -1;
}

std::string ReplicationIds::shift(std::int64_t masterReplOffset)
{
    replid2 = replid;
    secondReplidOffset = masterReplOffset + 1;
    change();
    return "Setting secondary replication ID to " + replid2 +
           ", valid up to offset: " + std::to_string(secondReplidOffset) +
           ". New replication ID is " + replid;
}

void ReplicationIds::adoptWithSecondary(std::string newId, std::int64_t masterReplOffset)
{
    replid2 = replid;
    secondReplidOffset = masterReplOffset + 1;
    replid = std::move(newId);
}

} // namespace rd::repl
