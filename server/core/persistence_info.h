#pragma once
// INFO's persistence section in Redis 7.0's field order. The server's placeholder (no
// persistence installed) and Persistence both write it from what they know; the fork, AOF and
// module fields the node does not have keep Redis's idle values.
#include <cstdint>
#include <string>

namespace rd {

struct PersistenceInfo
{
    bool loading = false;
    std::int64_t changesSinceLastSave = 0;
    bool bgsaveInProgress = false;
    std::int64_t lastSaveTime = 0; // unix seconds
    bool lastBgsaveOk = true;
    std::int64_t lastBgsaveTimeSec = -1;
    std::int64_t currentBgsaveTimeSec = -1;
    std::int64_t saves = 0;
    std::int64_t lastLoadKeysExpired = 0;
    std::int64_t lastLoadKeysLoaded = 0;
};

void appendPersistenceInfo(std::string &out, const PersistenceInfo &info);

} // namespace rd
