#pragma once
// Keyspace: the node's databases and what they share: the clock commands see, the LRU clock,
// keyspace statistics, the expiry policy (master deletes, replica hides), and the hooks the
// server installs to hear about keys removed by expiry or eviction.
//
// It is single-threaded: only the event loop thread touches it. A point-in-time snapshot is
// taken the Redis way, by fork(): the child iterates the databases (Database::forEach) while the
// parent goes on; Dict resizing is held back meanwhile (setDictResizeAllowed(false)) to keep
// copy-on-write pages shared.
#include "store/database.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <string_view>
#include <vector>

namespace rd {

struct KeyspaceStats
{
    uint64_t keyspaceHits = 0;
    uint64_t keyspaceMisses = 0;
    uint64_t expiredKeys = 0;
    uint64_t evictedKeys = 0;
    uint64_t expiredStaleSamples = 0; // for expired_stale_perc
    uint64_t expiredSamples = 0;
    uint64_t expiredTimeCapReached = 0;
    uint64_t expireCycleCpuUs = 0;
};

class Keyspace
{
public:
    explicit Keyspace(int databases);
    ~Keyspace();

    int count() const { return int(m_dbs.size()); }
    Database &db(int index) { return *m_dbs[size_t(index)]; }
    const Database &db(int index) const { return *m_dbs[size_t(index)]; }
    size_t totalKeys() const;
    size_t totalExpires() const;

    // The time commands see: set once per command (Redis's cached mstime) so a command sees one
    // consistent "now" for all the keys it touches.
    int64_t now() const { return m_nowMs; }
    void setNow(int64_t ms) { m_nowMs = ms; }
    static int64_t wallClockMs();
    // Seconds-resolution clock stored in entries (24 bits), as Redis's LRU_CLOCK.
    uint32_t lruClock() const { return uint32_t(m_nowMs / 1000) & 0xFFFFFF; }
    // Seconds since the entry's last access.
    uint64_t idleSeconds(const Entry *e) const;

    // On a replica, expired keys are hidden from clients but only the master deletes them.
    void setReplicaMode(bool replica) { m_replicaMode = replica; }
    bool replicaMode() const { return m_replicaMode; }
    // True while a command from the master link runs: it sees keys even when expired.
    void setMasterCaller(bool fromMaster) { m_masterCaller = fromMaster; }
    bool masterCaller() const { return m_masterCaller; }
    // DEBUG SET-ACTIVE-EXPIRE: the cron's active expiry can be switched off (lazy expiry stays).
    void setActiveExpireEnabled(bool on) { m_activeExpire = on; }
    bool activeExpireEnabled() const { return m_activeExpire; }
    // While loading a snapshot no key expires.
    void setLoading(bool loading) { m_loading = loading; }
    bool loading() const { return m_loading; }

    // Called after a key was deleted because it expired (lazily or actively), with its name.
    std::function<void(Database &, std::string_view key)> onExpired;

    KeyspaceStats &stats() { return m_stats; }
    void resetStats() { m_stats = KeyspaceStats{}; }

    // FLUSHALL. Returns the number of keys removed.
    size_t clearAll();

    // cron: active expiry for about timeLimitUs in total, incremental rehashing, shrinking.
    void activeExpireCycle(int64_t timeLimitUs);
    void cronMaintenance(bool activeRehashing);

private:
    std::vector<std::unique_ptr<Database>> m_dbs;
    int64_t m_nowMs = 0;
    bool m_replicaMode = false;
    bool m_masterCaller = false;
    bool m_loading = false;
    bool m_activeExpire = true;
    int m_expireDbCursor = 0;
    KeyspaceStats m_stats;
};

} // namespace rd
