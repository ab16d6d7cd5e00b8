#include "store/database.h"

#include "store/keyspace.h"
#include "store/memory.h"

#include <chrono>
#include <new>
#include <string>

namespace rd {

Database::Database(Keyspace &keyspace, int id)
    : m_keyspace(keyspace)
    , m_id(id)
{
}

Database::~Database()
{
    clear();
}

ExpireNode *Database::newExpireNode(std::string_view key, int64_t when)
{
    void *block = mem::allocate(offsetof(ExpireNode, keyBytes) + key.size());
    ExpireNode *n = static_cast<ExpireNode *>(block);
    n->next = nullptr;
    n->when = when;
    n->keyLen = uint32_t(key.size());
    std::memcpy(n->keyBytes, key.data(), key.size());
    return n;
}

// --- lookups --------------------------------------------------------------------------------

bool Database::expireIfNeeded(Entry *e)
{
    if (!e->hasExpire() || m_keyspace.loading())
        return false;
    const int64_t when = getExpire(e);
    if (when < 0 || when > m_keyspace.now())
        return false;
    if (m_keyspace.replicaMode()) {
        // A replica keeps the key until the master's DEL arrives; only the master sees it.
        return !m_keyspace.masterCaller();
    }
    deleteExpired(e);
    return true;
}

void Database::deleteExpired(Entry *e)
{
    const std::string key(e->key());
    remove(key);
    ++m_keyspace.stats().expiredKeys;
    if (m_keyspace.onExpired)
        m_keyspace.onExpired(*this, key);
}

Entry *Database::lookupRead(std::string_view key)
{
    Entry *e = m_dict.find(key);
    if (!e || expireIfNeeded(e)) {
        ++m_keyspace.stats().keyspaceMisses;
        return nullptr;
    }
    ++m_keyspace.stats().keyspaceHits;
    e->setLru(m_keyspace.lruClock());
    return e;
}

Entry *Database::lookupWrite(std::string_view key)
{
    Entry *e = m_dict.find(key);
    if (!e || expireIfNeeded(e))
        return nullptr;
    e->setLru(m_keyspace.lruClock());
    return e;
}

// --- writes ---------------------------------------------------------------------------------

Entry *Database::setString(std::string_view key, std::string_view value, bool keepTtl)
{
    const uint64_t h = hashBytes(key);
    Entry **link = m_dict.findLink(key, h);
    if (!link) {
        Entry *e = Entry::createString(key, value, m_keyspace.lruClock());
        m_dict.insert(e, h);
        return e;
    }
    Entry *e = *link;
    if (!keepTtl && e->hasExpire())
        removeExpire(e);
    Entry *n = Entry::assignString(e, value);
    if (n != e)
        *link = n;
    n->setLru(m_keyspace.lruClock());
    return n;
}

Entry *Database::replaceString(Entry *e, std::string_view value)
{
    if (e->isString() && e->stringCapacity() >= value.size()) {
        Entry::assignString(e, value); // in place: the block does not move
        e->setLru(m_keyspace.lruClock());
        return e;
    }
    return setString(std::string(e->key()), value, true);
}

Entry *Database::addString(std::string_view key, std::string_view value)
{
    Entry *e = Entry::createString(key, value, m_keyspace.lruClock());
    m_dict.insert(e, hashBytes(key));
    return e;
}

Entry *Database::addCollection(std::string_view key, std::unique_ptr<CollectionValue> value)
{
    Entry *e = Entry::createCollection(key, std::move(value), m_keyspace.lruClock());
    m_dict.insert(e, hashBytes(key));
    return e;
}

Entry *Database::setCollection(std::string_view key, std::unique_ptr<CollectionValue> value,
                               bool keepTtl)
{
    const uint64_t h = hashBytes(key);
    Entry **link = m_dict.findLink(key, h);
    if (!link) {
        Entry *e = Entry::createCollection(key, std::move(value), m_keyspace.lruClock());
        m_dict.insert(e, h);
        return e;
    }
    Entry *e = *link;
    if (!keepTtl && e->hasExpire())
        removeExpire(e);
    Entry *n = Entry::assignCollection(e, std::move(value));
    *link = n;
    return n;
}

Entry *Database::resizeString(std::string_view key, size_t newLen)
{
    const uint64_t h = hashBytes(key);
    Entry **link = m_dict.findLink(key, h);
    if (!link)
        return nullptr;
    Entry *e = *link;
    Entry *n = Entry::resizeString(e, newLen);
    if (n != e)
        *link = n;
    return n;
}

bool Database::remove(std::string_view key)
{
    Entry *e = m_dict.remove(key);
    if (!e)
        return false;
    if (e->hasExpire())
        mem::release(m_expires.remove(key));
    Entry::destroy(e);
    return true;
}

Entry *Database::detach(std::string_view key, int64_t &expireAt)
{
    expireAt = -1;
    Entry *e = m_dict.remove(key);
    if (!e)
        return nullptr;
    if (e->hasExpire()) {
        ExpireNode *x = m_expires.remove(key);
        if (x) {
            expireAt = x->when;
            mem::release(x);
        }
        e->setHasExpire(false);
    }
    return e;
}

Entry *Database::attach(Entry *detached, std::string_view newKey, int64_t expireAt)
{
    Entry *e = detached;
    if (e->key() != newKey) {
        // The key is stored inside the block: a renamed key needs a new block.
        Entry *n = e->isString()
                       ? Entry::createString(newKey, e->stringValue(), e->lru())
                       : Entry::createCollection(newKey, e->releaseCollection(), e->lru());
        Entry::destroy(e);
        e = n;
    }
    e->next = nullptr;
    m_dict.insert(e, hashBytes(newKey));
    if (expireAt >= 0)
        setExpire(e, expireAt);
    return e;
}

// --- expiry ----------------------------------------------------------------------------------

void Database::setExpire(Entry *e, int64_t whenMs)
{
    if (e->hasExpire()) {
        if (ExpireNode *x = m_expires.find(e->key())) {
            x->when = whenMs;
            return;
        }
    }
    const std::string_view key = e->key();
    m_expires.insert(newExpireNode(key, whenMs), hashBytes(key));
    e->setHasExpire(true);
}

int64_t Database::getExpire(const Entry *e)
{
    if (!e->hasExpire())
        return -1;
    const ExpireNode *x = m_expires.find(e->key());
    return x ? x->when : -1;
}

int64_t Database::getExpire(std::string_view key)
{
    const Entry *e = m_dict.find(key);
    return e ? getExpire(e) : -1;
}

bool Database::removeExpire(Entry *e)
{
    if (!e->hasExpire())
        return false;
    mem::release(m_expires.remove(e->key()));
    e->setHasExpire(false);
    return true;
}

bool Database::isExpired(const Entry *e)
{
    if (!e->hasExpire())
        return false;
    const int64_t when = getExpire(e);
    return when >= 0 && when <= m_keyspace.now();
}

// --- iteration and maintenance ---------------------------------------------------------------

size_t Database::clear()
{
    const size_t n = m_dict.size();
    m_dict.clear([](Entry *e) { Entry::destroy(e); });
    m_expires.clear([](ExpireNode *x) { mem::release(x); });
    return n;
}

void Database::swapContents(Database &other)
{
    std::swap(m_dict, other.m_dict);
    std::swap(m_expires, other.m_expires);
}

size_t Database::activeExpire(int64_t timeLimitUs, size_t &sampled)
{
    // Redis's slow cycle: sample 20 keys with an expiry, delete the expired ones, and go on
    // while more than 10% of the sample was expired and time remains.
    constexpr size_t kSample = 20;
    const auto start = std::chrono::steady_clock::now();
    size_t deleted = 0;
    for (;;) {
        if (m_expires.empty())
            break;
        size_t expired = 0, n = 0, ttlSamples = 0;
        int64_t ttlSum = 0;
        const size_t want = std::min(kSample, m_expires.size());
        for (size_t i = 0; i < want; ++i) {
            ExpireNode *x = m_expires.random();
            if (!x)
                break;
            ++n;
            if (x->when > m_keyspace.now()) {
                ttlSum += x->when - m_keyspace.now();
                ++ttlSamples;
            } else {
                if (Entry *e = m_dict.find(x->key())) {
                    deleteExpired(e);
                    ++expired;
                }
            }
        }
        if (ttlSamples) {
            // Smoothed like Redis: each sample moves the estimate by 2%.
            const int64_t avg = ttlSum / int64_t(ttlSamples);
            m_avgTtl = m_avgTtl ? (m_avgTtl / 50) * 49 + avg / 50 : avg;
        }
        sampled += n;
        deleted += expired;
        const int64_t elapsed = std::chrono::duration_cast<std::chrono::microseconds>(
                                    std::chrono::steady_clock::now() - start)
                                    .count();
        if (elapsed > timeLimitUs) {
            ++m_keyspace.stats().expiredTimeCapReached;
            break;
        }
        if (n == 0 || expired * 100 / n <= 10)
            break;
    }
    return deleted;
}

void Database::rehashFor(int64_t us)
{
    if (m_dict.isRehashing())
        m_dict.rehashFor(us);
    else if (m_expires.isRehashing())
        m_expires.rehashFor(us);
}

void Database::shrinkIfNeeded()
{
    m_dict.shrinkIfNeeded();
    m_expires.shrinkIfNeeded();
}

} // namespace rd
