#pragma once
// Database: one numbered database (SELECT n) = a Dict of entries plus a Dict of expiry times
// for the keys that have one (Redis's db->dict and db->expires).
//
// Lookups apply lazy expiry: a key whose time has passed is deleted on access (on a master) or
// only hidden (on a replica, which waits for the master's DEL), and the keyspace's onExpired
// hook is told so the server can propagate the DEL. Writes never signal WATCH or blocked
// clients by themselves: commands do that through their CommandContext (keyModified), once per
// key they change, as Redis's signalModifiedKey.
//
// For data-type commands (h-types), the usual pattern is:
//   Entry *e = db.lookupWrite(key);
//   if (e && e->type() != ObjectType::List) return StoreStatus::WrongType;
//   if (!e) e = db.addCollection(key, std::make_unique<ListValue>());
//   e->as<ListValue>().pushBack(...);  ...  if (list empty) db.remove(key);
#include "store/dict.h"
#include "store/entry.h"

#include <cstdint>
#include <memory>
#include <string_view>

namespace rd {

class Keyspace;

// A key with an expiry time, in the database's expires table.
struct ExpireNode
{
    ExpireNode *next;
    int64_t when; // absolute unix time in milliseconds
    uint32_t keyLen;
    char keyBytes[1]; // keyLen bytes (the block is allocated to fit)
    std::string_view key() const { return {keyBytes, keyLen}; }
};

struct EntryKeyOf
{
    static std::string_view key(const Entry &e) { return e.key(); }
};
struct ExpireKeyOf
{
    static std::string_view key(const ExpireNode &n) { return n.key(); }
};

using EntryDict = Dict<Entry, EntryKeyOf>;
using ExpireDict = Dict<ExpireNode, ExpireKeyOf>;

class Database
{
public:
    Database(Keyspace &keyspace, int id);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    int id() const { return m_id; }
    size_t size() const { return m_dict.size(); }
    size_t expiresCount() const { return m_expires.size(); }
    Keyspace &keyspace() const { return m_keyspace; }

    // --- lookups ----------------------------------------------------------------------------
    // For commands that read: counts keyspace_hits/misses, refreshes the LRU clock.
    Entry *lookupRead(std::string_view key);
    // For commands that write: lazy expiry, no hit/miss stats.
    Entry *lookupWrite(std::string_view key);
    // Ignores expiry entirely (DEBUG OBJECT, snapshots).
    Entry *findRaw(std::string_view key) { return m_dict.find(key); }
    bool exists(std::string_view key) { return lookupWrite(key) != nullptr; }

    // --- writes -------------------------------------------------------------------------------
    // Creates or overwrites key with a string (any old type). The expiry is removed unless
    // keepTtl. Returns the entry (valid until the next write to this database).
    Entry *setString(std::string_view key, std::string_view value, bool keepTtl = false);
    // New string value for an entry found by a lookup (INCR & co.); keeps the expiry. Written in
    // place when it fits, so the key is not hashed and looked up again.
    Entry *replaceString(Entry *e, std::string_view value);
    // Adds a key that does not exist yet (check with lookupWrite first).
    Entry *addString(std::string_view key, std::string_view value);
    Entry *addCollection(std::string_view key, std::unique_ptr<CollectionValue> value);
    // Creates or overwrites key with a collection; the expiry is removed unless keepTtl.
    Entry *setCollection(std::string_view key, std::unique_ptr<CollectionValue> value,
                         bool keepTtl = false);
    // Resizes the string value of an existing string key (APPEND, SETRANGE); the first
    // min(old, new) bytes are kept. Returns the (possibly moved) entry.
    Entry *resizeString(std::string_view key, size_t newLen);
    // Deletes key (and its expiry). False if it did not exist.
    bool remove(std::string_view key);
    // Moves key out (for MOVE/RENAME): the entry keeps its value; expiry is returned in
    // expireAt (-1 if none) and removed here.
    Entry *detach(std::string_view key, int64_t &expireAt);
    // Links an entry detached from this or another database under a new key name.
    Entry *attach(Entry *detached, std::string_view newKey, int64_t expireAt);

    // --- expiry ---------------------------------------------------------------------------------
    void setExpire(Entry *e, int64_t whenMs);
    // -1 if the key has no expiry.
    int64_t getExpire(const Entry *e);
    int64_t getExpire(std::string_view key);
    bool removeExpire(Entry *e);
    bool isExpired(const Entry *e);

    // --- iteration -------------------------------------------------------------------------------
    // Every entry, expired or not; fn must not change the database.
    template <class F> void forEach(F &&fn) const { m_dict.forEach(fn); }
    // One SCAN step (see Dict::scan); fn(Entry*) must not change the database.
    template <class F> uint64_t scan(uint64_t cursor, F &&fn) const
    {
        return m_dict.scan(cursor, fn);
    }
    Entry *randomEntry() { return m_dict.random(); }
    // A random key that has an expiry; nullptr if none.
    ExpireNode *randomVolatile() { return m_expires.random(); }
    // Removes everything (FLUSHDB). Returns the number of keys removed.
    size_t clear();
    // Exchanges contents with another database (used when a snapshot is loaded aside).
    void swapContents(Database &other);

    // --- maintenance (cron) --------------------------------------------------------------------
    // Samples keys with an expiry and deletes expired ones for up to timeLimitUs; returns the
    // number of keys deleted. sampled/expired are added to.
    size_t activeExpire(int64_t timeLimitUs, size_t &sampled);
    void rehashFor(int64_t us);
    void shrinkIfNeeded();
    bool isRehashing() const { return m_dict.isRehashing() || m_expires.isRehashing(); }
    size_t overheadBytes() const { return m_dict.overheadBytes() + m_expires.overheadBytes(); }
    // Running estimate of the remaining TTL of keys with an expiry (INFO keyspace avg_ttl), in
    // ms, refreshed by the active expiry cycle's samples as Redis does.
    int64_t avgTtl() const { return m_expires.empty() ? 0 : m_avgTtl; }

private:
    // Applies lazy expiry to a found entry: true if it must be treated as absent.
    bool expireIfNeeded(Entry *e);
    void deleteExpired(Entry *e);
    void relink(std::string_view key, Entry *moved, uint64_t h, Entry **link);
    static ExpireNode *newExpireNode(std::string_view key, int64_t when);

    Keyspace &m_keyspace;
    int m_id;
    EntryDict m_dict;
    ExpireDict m_expires;
    int64_t m_avgTtl = 0;
};

} // namespace rd
