#pragma once
// Dict: the keyspace's hash table. Chained, power-of-two sized, with incremental rehashing as
// in Redis: when it grows or shrinks, a second table is allocated and buckets move over a few
// at a time on each operation and for a millisecond per cron tick, so no single command pays
// for rehashing millions of keys.
//
// It is intrusive: a node is any struct with a `Node *next` member, and KeyOf::key(const Node&)
// returns its key bytes. The table never allocates or frees nodes; it links them.
//
// scan() is Redis's reverse-binary cursor walk: every node present for the whole scan is
// returned at least once, even when the table grows or shrinks between calls.
//
//   struct MyNode { MyNode *next; std::string key; };
//   struct MyKeyOf { static std::string_view key(const MyNode &n) { return n.key; } };
//   Dict<MyNode, MyKeyOf> d;  d.insert(node, hashBytes(node->key));
#include "store/hash.h"
#include "store/memory.h"

#include <chrono>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace rd {

namespace dict_detail {
// While a fork child snapshots the dataset, tables are not resized unless very full, so the
// child's copy-on-write pages stay shared (Redis's dict_can_resize).
inline bool g_resizeAllowed = true;
inline uint64_t g_randomState = 0x9e3779b97f4a7c15ULL;
inline uint64_t nextRandom()
{
    uint64_t x = g_randomState;
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    g_randomState = x;
    return x * 0x2545f4914f6cdd1dULL;
}
inline uint64_t reverseBits(uint64_t v)
{
    v = ((v >> 1) & 0x5555555555555555ULL) | ((v & 0x5555555555555555ULL) << 1);
    v = ((v >> 2) & 0x3333333333333333ULL) | ((v & 0x3333333333333333ULL) << 2);
    v = ((v >> 4) & 0x0F0F0F0F0F0F0F0FULL) | ((v & 0x0F0F0F0F0F0F0F0FULL) << 4);
    v = ((v >> 8) & 0x00FF00FF00FF00FFULL) | ((v & 0x00FF00FF00FF00FFULL) << 8);
    v = ((v >> 16) & 0x0000FFFF0000FFFFULL) | ((v & 0x0000FFFF0000FFFFULL) << 16);
    return (v >> 32) | (v << 32);
}
} // namespace dict_detail

inline void setDictResizeAllowed(bool allowed)
{
    dict_detail::g_resizeAllowed = allowed;
}

template <class Node, class KeyOf> class Dict
{
public:
    static constexpr size_t kInitialSize = 4;
    static constexpr size_t kForceResizeRatio = 5;

    Dict() = default;
    Dict(const Dict &) = delete;
    Dict &operator=(const Dict &) = delete;
    Dict(Dict &&o) noexcept { moveFrom(o); }
    Dict &operator=(Dict &&o) noexcept
    {
        if (this != &o) {
            freeTables();
            moveFrom(o);
        }
        return *this;
    }
    // Nodes are not freed here: call clear(destroy) first.
    ~Dict() { freeTables(); }

    size_t size() const { return m_t[0].used + m_t[1].used; }
    bool empty() const { return size() == 0; }
    bool isRehashing() const { return m_rehashIdx >= 0; }
    size_t bucketCount() const { return m_t[0].size() + m_t[1].size(); }
    size_t overheadBytes() const
    {
        return mem::usableSize(m_t[0].buckets) + mem::usableSize(m_t[1].buckets);
    }

    Node *find(std::string_view key) { return find(key, hashBytes(key)); }
    Node *find(std::string_view key, uint64_t h)
    {
        Node **link = findLink(key, h);
        return link ? *link : nullptr;
    }

    // The pointer that links the node of `key` into its chain, or nullptr. Valid until the next
    // insert/remove/rehash step; used to replace a node in place (after a realloc) or unlink it.
    Node **findLink(std::string_view key, uint64_t h)
    {
        if (empty())
            return nullptr;
        rehashStep();
        for (int t = 0; t < 2; ++t) {
            Table &tab = m_t[t];
            if (tab.buckets) {
                Node **link = &tab.buckets[h & tab.mask];
                while (*link) {
                    const std::string_view k = KeyOf::key(**link);
                    if (k.size() == key.size() && std::memcmp(k.data(), key.data(), k.size()) == 0)
                        return link;
                    link = &(*link)->next;
                }
            }
            if (!isRehashing())
                break;
        }
        return nullptr;
    }

    // Links a node whose key is not in the table yet.
    void insert(Node *node, uint64_t h)
    {
        rehashStep();
        expandIfNeeded();
        Table &tab = isRehashing() ? m_t[1] : m_t[0];
        Node **bucket = &tab.buckets[h & tab.mask];
        node->next = *bucket;
        *bucket = node;
        ++tab.used;
    }

    // Replaces the node at `link` (from findLink) by `node`, which has the same key.
    static void replaceAt(Node **link, Node *node)
    {
        node->next = (*link)->next;
        *link = node;
    }

    // Unlinks the node at `link` (from findLink with the same hash h) and returns it.
    Node *unlinkAt(Node **link, uint64_t h)
    {
        Node *n = *link;
        *link = n->next;
        n->next = nullptr;
        // While rehashing, buckets of table 0 below rehashIdx have moved to table 1.
        if (isRehashing() && int64_t(h & m_t[0].mask) < m_rehashIdx)
            --m_t[1].used;
        else
            --m_t[0].used;
        return n;
    }

    // Unlinks the node of `key`; nullptr if absent.
    Node *remove(std::string_view key)
    {
        const uint64_t h = hashBytes(key);
        if (empty())
            return nullptr;
        rehashStep();
        for (int t = 0; t < 2; ++t) {
            Table &tab = m_t[t];
            if (tab.buckets) {
                Node **link = &tab.buckets[h & tab.mask];
                while (*link) {
                    const std::string_view k = KeyOf::key(**link);
                    if (k.size() == key.size() &&
                        std::memcmp(k.data(), key.data(), k.size()) == 0) {
                        Node *n = *link;
                        *link = n->next;
                        n->next = nullptr;
                        --tab.used;
                        return n;
                    }
                    link = &(*link)->next;
                }
            }
            if (!isRehashing())
                break;
        }
        return nullptr;
    }

    // A uniformly chosen bucket's random node (Redis's dictGetRandomKey); nullptr if empty.
    Node *random()
    {
        if (empty())
            return nullptr;
        rehashStep();
        Node *head = nullptr;
        if (isRehashing()) {
            const size_t s0 = m_t[0].size(), s1 = m_t[1].size();
            do {
                // Buckets of table 0 below rehashIdx are already empty.
                const size_t i = size_t(m_rehashIdx) + size_t(dict_detail::nextRandom() %
                                                              (s0 + s1 - size_t(m_rehashIdx)));
                head = i >= s0 ? m_t[1].buckets[i - s0] : m_t[0].buckets[i];
            } while (!head);
        } else {
            do {
                head = m_t[0].buckets[dict_detail::nextRandom() & m_t[0].mask];
            } while (!head);
        }
        size_t len = 0;
        for (Node *n = head; n; n = n->next)
            ++len;
        size_t pick = size_t(dict_detail::nextRandom() % len);
        Node *n = head;
        while (pick--)
            n = n->next;
        return n;
    }

    // Visits every node; fn must not insert or remove.
    template <class F> void forEach(F &&fn) const
    {
        for (int t = 0; t < 2; ++t) {
            const Table &tab = m_t[t];
            for (size_t i = 0; i < tab.size(); ++i) {
                for (Node *n = tab.buckets[i]; n;) {
                    Node *next = n->next;
                    fn(n);
                    n = next;
                }
            }
        }
    }

    // One SCAN step from `cursor`: calls fn(node) for the nodes of one bucket (and the buckets
    // it expands to in the larger table while rehashing). Returns the next cursor; 0 = done.
    template <class F> uint64_t scan(uint64_t cursor, F &&fn) const
    {
        using dict_detail::reverseBits;
        if (empty())
            return 0;
        uint64_t v = cursor;
        if (!isRehashing()) {
            const Table &t0 = m_t[0];
            emitBucket(t0, v & t0.mask, fn);
            v |= ~t0.mask;
            v = reverseBits(v);
            ++v;
            v = reverseBits(v);
        } else {
            const Table *t0 = &m_t[0], *t1 = &m_t[1];
            if (t0->size() > t1->size()) {
                const Table *t = t0;
                t0 = t1;
                t1 = t;
            }
            const uint64_t m0 = t0->mask, m1 = t1->mask;
            emitBucket(*t0, v & m0, fn);
            // Then every bucket of the larger table that the small bucket expands to.
            do {
                emitBucket(*t1, v & m1, fn);
                v |= ~m1;
                v = reverseBits(v);
                ++v;
                v = reverseBits(v);
            } while (v & (m0 ^ m1));
        }
        return v;
    }

    // Moves up to n buckets (visiting at most 10*n empty ones). Returns true if more remain.
    bool rehash(size_t n)
    {
        size_t emptyVisits = n * 10;
        if (!isRehashing())
            return false;
        while (n-- && m_t[0].used != 0) {
            while (m_t[0].buckets[m_rehashIdx] == nullptr) {
                ++m_rehashIdx;
                if (--emptyVisits == 0)
                    return true;
            }
            Node *node = m_t[0].buckets[m_rehashIdx];
            while (node) {
                Node *next = node->next;
                const uint64_t h = hashBytes(KeyOf::key(*node)) & m_t[1].mask;
                node->next = m_t[1].buckets[h];
                m_t[1].buckets[h] = node;
                --m_t[0].used;
                ++m_t[1].used;
                node = next;
            }
            m_t[0].buckets[m_rehashIdx] = nullptr;
            ++m_rehashIdx;
        }
        if (m_t[0].used == 0) {
            mem::release(m_t[0].buckets);
            m_t[0] = m_t[1];
            m_t[1] = Table{};
            m_rehashIdx = -1;
            return false;
        }
        return true;
    }

    // Rehashes in steps of 100 buckets for about `us` microseconds (cron's active rehashing).
    void rehashFor(int64_t us)
    {
        const auto start = std::chrono::steady_clock::now();
        while (rehash(100)) {
            if (std::chrono::duration_cast<std::chrono::microseconds>(
                    std::chrono::steady_clock::now() - start)
                    .count() > us)
                break;
        }
    }

    // Shrinks a mostly empty table (below 10% full), as Redis's cron does.
    void shrinkIfNeeded()
    {
        if (isRehashing() || !dict_detail::g_resizeAllowed)
            return;
        const size_t s = m_t[0].size();
        if (s > kInitialSize && m_t[0].used * 100 / s < 10)
            resize(m_t[0].used);
    }

    // Unlinks every node and passes it to destroy(node).
    template <class F> void clear(F &&destroy)
    {
        for (int t = 0; t < 2; ++t) {
            Table &tab = m_t[t];
            for (size_t i = 0; i < tab.size(); ++i) {
                Node *n = tab.buckets[i];
                while (n) {
                    Node *next = n->next;
                    destroy(n);
                    n = next;
                }
            }
        }
        freeTables();
    }

private:
    struct Table
    {
        Node **buckets = nullptr;
        uint64_t mask = 0;
        size_t used = 0;
        size_t size() const { return buckets ? size_t(mask) + 1 : 0; }
    };

    template <class F> static void emitBucket(const Table &t, uint64_t idx, F &fn)
    {
        for (Node *n = t.buckets[idx]; n;) {
            Node *next = n->next;
            fn(n);
            n = next;
        }
    }

    void rehashStep()
    {
        if (isRehashing())
            rehash(1);
    }

    void expandIfNeeded()
    {
        if (isRehashing())
            return;
        if (m_t[0].size() == 0) {
            resize(kInitialSize);
            return;
        }
        if (m_t[0].used >= m_t[0].size() &&
            (dict_detail::g_resizeAllowed || m_t[0].used / m_t[0].size() > kForceResizeRatio))
            resize(m_t[0].used + 1);
    }

    void resize(size_t minSize)
    {
        size_t s = kInitialSize;
        while (s < minSize)
            s <<= 1;
        if (s == m_t[0].size())
            return;
        Table t;
        t.buckets = static_cast<Node **>(mem::allocate(s * sizeof(Node *)));
        std::memset(t.buckets, 0, s * sizeof(Node *));
        t.mask = s - 1;
        if (m_t[0].buckets == nullptr) {
            m_t[0] = t;
            return;
        }
        m_t[1] = t;
        m_rehashIdx = 0;
    }

    void freeTables()
    {
        mem::release(m_t[0].buckets);
        mem::release(m_t[1].buckets);
        m_t[0] = Table{};
        m_t[1] = Table{};
        m_rehashIdx = -1;
    }

    void moveFrom(Dict &o)
    {
        m_t[0] = o.m_t[0];
        m_t[1] = o.m_t[1];
        m_rehashIdx = o.m_rehashIdx;
        o.m_t[0] = Table{};
        o.m_t[1] = Table{};
        o.m_rehashIdx = -1;
    }

    Table m_t[2];
    int64_t m_rehashIdx = -1;
};

} // namespace rd
