// maxmemory: before a command that may grow memory, evict keys by the configured policy until
// used memory is under the limit, sampling maxmemory-samples keys per database per round
// (Redis's approximated LRU), and propagating each eviction as DEL.
#include "core/server.h"
#include "log/logger.h"
#include "store/memory.h"

namespace rd {

bool Server::performEvictions()
{
    const uint64_t limit = m_config.maxmemory;
    if (limit == 0 || mem::usedMemory() <= limit)
        return true;
    const MaxmemoryPolicy policy = m_config.maxmemoryPolicy;
    if (policy == MaxmemoryPolicy::NoEviction)
        return false;
    // Replicas leave eviction to their master (replica-ignore-maxmemory).
    if (m_replicaMode && m_config.replicaIgnoreMaxmemory)
        return true;
    const bool volatileOnly = policy == MaxmemoryPolicy::VolatileLru ||
                              policy == MaxmemoryPolicy::VolatileRandom ||
                              policy == MaxmemoryPolicy::VolatileTtl;
    const size_t samples = size_t(std::max<int64_t>(1, m_config.maxmemorySamples));
    while (mem::usedMemory() > limit) {
        int bestDb = -1;
        std::string bestKey;
        double bestScore = -1;
        for (int i = 0; i < m_keyspace.count(); ++i) {
            Database &db = m_keyspace.db(i);
            if (volatileOnly ? db.expiresCount() == 0 : db.size() == 0)
                continue;
            for (size_t s = 0; s < samples; ++s) {
                Entry *e = nullptr;
                if (volatileOnly) {
                    ExpireNode *x = db.randomVolatile();
                    e = x ? db.findRaw(x->key()) : nullptr;
                } else {
                    e = db.randomEntry();
                }
                if (!e)
                    continue;
                double score = 0;
                switch (policy) {
                case MaxmemoryPolicy::VolatileTtl:
                    score = -double(db.getExpire(e)); // sooner expiry = better candidate
                    break;
                case MaxmemoryPolicy::AllkeysRandom:
                case MaxmemoryPolicy::VolatileRandom:
                    score = 1;
                    break;
                default:
                    score = double(m_keyspace.idleSeconds(e));
                    break;
                }
                if (bestDb < 0 || score > bestScore) {
                    bestScore = score;
                    bestDb = i;
                    bestKey.assign(e->key());
                }
            }
        }
        if (bestDb < 0)
            return false; // nothing left to evict
        m_keyspace.db(bestDb).remove(bestKey);
        ++m_keyspace.stats().evictedKeys;
        const std::string argv[2] = {"DEL", bestKey};
        propagate(bestDb, argv);
        signalModifiedKey(bestDb, bestKey);
    }
    return true;
}

} // namespace rd
