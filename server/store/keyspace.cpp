#include "store/keyspace.h"

#include <chrono>
#include <sys/time.h>

namespace rd {

Keyspace::Keyspace(int databases)
{
    m_dbs.reserve(size_t(databases));
    for (int i = 0; i < databases; ++i)
        m_dbs.push_back(std::make_unique<Database>(*this, i));
    m_nowMs = wallClockMs();
}

Keyspace::~Keyspace() = default;

int64_t Keyspace::wallClockMs()
{
    struct timeval tv;
    gettimeofday(&tv, nullptr);
    return int64_t(tv.tv_sec) * 1000 + tv.tv_usec / 1000;
}

uint64_t Keyspace::idleSeconds(const Entry *e) const
{
    const uint32_t now = lruClock();
    const uint32_t then = e->lru();
    return now >= then ? now - then : (0xFFFFFF - then) + now;
}

size_t Keyspace::totalKeys() const
{
    size_t n = 0;
    for (const auto &db : m_dbs)
        n += db->size();
    return n;
}

size_t Keyspace::totalExpires() const
{
    size_t n = 0;
    for (const auto &db : m_dbs)
        n += db->expiresCount();
    return n;
}

size_t Keyspace::clearAll()
{
    size_t n = 0;
    for (auto &db : m_dbs)
        n += db->clear();
    return n;
}

void Keyspace::activeExpireCycle(int64_t timeLimitUs)
{
    // Only a master expires keys; a replica waits for the master's DELs.
    if (m_replicaMode || m_loading || !m_activeExpire)
        return;
    const auto start = std::chrono::steady_clock::now();
    const int dbs = count();
    for (int i = 0; i < dbs; ++i) {
        Database &db = *m_dbs[size_t(m_expireDbCursor)];
        m_expireDbCursor = (m_expireDbCursor + 1) % dbs;
        const int64_t used = std::chrono::duration_cast<std::chrono::microseconds>(
                                 std::chrono::steady_clock::now() - start)
                                 .count();
        if (used >= timeLimitUs)
            break;
        size_t sampled = 0;
        const size_t expired = db.activeExpire(timeLimitUs - used, sampled);
        m_stats.expiredSamples += sampled;
        m_stats.expiredStaleSamples += expired;
    }
    m_stats.expireCycleCpuUs += uint64_t(std::chrono::duration_cast<std::chrono::microseconds>(
                                             std::chrono::steady_clock::now() - start)
                                             .count());
}

void Keyspace::cronMaintenance(bool activeRehashing)
{
    for (auto &db : m_dbs) {
        db->shrinkIfNeeded();
        if (activeRehashing && db->isRehashing()) {
            db->rehashFor(1000);
            break; // at most a millisecond per tick, as Redis
        }
    }
}

} // namespace rd
