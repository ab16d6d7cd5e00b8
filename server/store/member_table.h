#pragma once
// MemberTable: the chained hash table behind HashValue, SetValue and ZSetValue's member index.
//
// Why not std::unordered_map: HSCAN/SSCAN/ZSCAN must keep Redis's guarantee that an element
// present for the whole scan is returned, even when the table grows or shrinks between calls.
// That needs power-of-two bucket counts and Redis's reverse-binary cursor, so the buckets are
// ours. Elements are looked up by a byte key that KeyOf extracts from the stored Entry, so a
// set stores just the member, a hash stores {field, value} and a zset stores a pointer to its
// skiplist node (the member bytes live once, in the node).
//
// Resizing is incremental, as in Redis's dict: when the table must grow or shrink a second
// bucket array is allocated and every later operation moves a few buckets across, so a
// million-field hash never pauses the event loop for a full rehash.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <random>
#include <string_view>
#include <type_traits>
#include <utility>

namespace rd::store {

// The hash of a member's bytes; one function so every table and cursor agrees.
inline std::size_t memberHash(std::string_view bytes)
{
    return std::hash<std::string_view>{}(bytes);
}

template <typename Entry, typename KeyOf> class MemberTable
{
public:
    struct Node
    {
        Node *next;
        Entry entry;
    };

    MemberTable() = default;
    MemberTable(const MemberTable &) = delete;
    MemberTable &operator=(const MemberTable &) = delete;
    MemberTable(MemberTable &&other) noexcept { swap(other); }
    MemberTable &operator=(MemberTable &&other) noexcept
    {
        if (this != &other) {
            clear();
            swap(other);
        }
        return *this;
    }
    ~MemberTable() { clear(); }

    std::size_t size() const { return m_table[0].used + m_table[1].used; }
    bool empty() const { return size() == 0; }
    // Bucket slots allocated (both arrays while rehashing), for memory estimates.
    std::size_t bucketCount() const { return m_table[0].size + m_table[1].size; }

    Entry *find(std::string_view key)
    {
        if (empty())
            return nullptr;
        rehashStep();
        return const_cast<Entry *>(std::as_const(*this).findNoRehash(key));
    }
    const Entry *find(std::string_view key) const { return findNoRehash(key); }

    // Adds an entry whose key is not in the table yet (callers find() first).
    Entry *insertNew(Entry entry)
    {
        rehashStep();
        growIfNeeded();
        Table &t = isRehashing() ? m_table[1] : m_table[0];
        const std::size_t idx = memberHash(KeyOf{}(entry)) & t.mask();
        Node *node = new Node{t.buckets[idx], std::move(entry)};
        t.buckets[idx] = node;
        ++t.used;
        return &node->entry;
    }

    // Removes the entry with this key; hands it to `out` first when given (so a caller can
    // move its bytes out). Returns false when the key is absent.
    template <typename Out = std::nullptr_t> bool erase(std::string_view key, Out &&out = nullptr)
    {
        if (empty())
            return false;
        rehashStep();
        const std::size_t h = memberHash(key);
        for (Table &t : m_table) {
            if (t.size == 0)
                continue;
            Node **link = &t.buckets[h & t.mask()];
            while (*link) {
                Node *node = *link;
                if (KeyOf{}(node->entry) == key) {
                    *link = node->next;
                    --t.used;
                    if constexpr (!std::is_same_v<std::decay_t<Out>, std::nullptr_t>)
                        out(node->entry);
                    delete node;
                    if (empty())
                        clear(); // an empty value keeps no bucket arrays
                    else
                        shrinkIfNeeded();
                    return true;
                }
                link = &node->next;
            }
            if (!isRehashing())
                break;
        }
        return false;
    }

    void clear()
    {
        for (Table &t : m_table) {
            for (std::size_t i = 0; i < t.size; ++i) {
                Node *node = t.buckets[i];
                while (node) {
                    Node *next = node->next;
                    delete node;
                    node = next;
                }
            }
            t = Table{};
        }
        m_rehashIndex = -1;
    }

    void reserve(std::size_t count)
    {
        if (count > size() && !isRehashing())
            startResize(count);
    }

    // Visits every entry once; the table must not change during the walk.
    template <typename F> void forEach(F &&fn) const
    {
        for (const Table &t : m_table)
            for (std::size_t i = 0; i < t.size; ++i)
                for (const Node *node = t.buckets[i]; node; node = node->next)
                    fn(node->entry);
    }

    // One SCAN step (Redis's dictScan): visits the entries of the bucket(s) under `cursor` and
    // returns the next cursor, 0 when the walk is complete. Entries present for the whole walk
    // are visited at least once whatever resizes happen between calls.
    template <typename F> std::uint64_t scan(std::uint64_t cursor, F &&fn) const
    {
        if (empty())
            return 0;
        std::uint64_t v = cursor;
        if (!isRehashing()) {
            const Table &t = m_table[0];
            const std::uint64_t m0 = t.mask();
            visitBucket(t, v & m0, fn);
            v |= ~m0;
            v = reverseBits(reverseBits(v) + 1);
            return v;
        }
        // While rehashing, visit the small table's bucket and every bucket of the large
        // table that expands from it.
        const Table *small = &m_table[0];
        const Table *large = &m_table[1];
        if (small->size > large->size)
            std::swap(small, large);
        const std::uint64_t m0 = small->mask();
        const std::uint64_t m1 = large->mask();
        visitBucket(*small, v & m0, fn);
        do {
            visitBucket(*large, v & m1, fn);
            v |= ~m1;
            v = reverseBits(reverseBits(v) + 1);
        } while (v & (m0 ^ m1));
        return v;
    }

    // A random entry (bucket-then-chain, as Redis's dictGetRandomKey); nullptr when empty.
    template <typename Rng> const Entry *random(Rng &rng) const
    {
        if (empty())
            return nullptr;
        const Node *chain = nullptr;
        while (!chain) {
            const std::size_t total = m_table[0].size + m_table[1].size;
            std::size_t slot = std::uniform_int_distribution<std::size_t>(0, total - 1)(rng);
            // Buckets of table 0 below the rehash index are empty by construction; skip them.
            if (slot < m_table[0].size) {
                if (isRehashing() && slot < static_cast<std::size_t>(m_rehashIndex))
                    continue;
                chain = m_table[0].buckets[slot];
            } else {
                chain = m_table[1].buckets[slot - m_table[0].size];
            }
        }
        std::size_t length = 0;
        for (const Node *n = chain; n; n = n->next)
            ++length;
        std::size_t pick = std::uniform_int_distribution<std::size_t>(0, length - 1)(rng);
        while (pick--)
            chain = chain->next;
        return &chain->entry;
    }

    static constexpr std::size_t nodeBytes() { return sizeof(Node); }

private:
    struct Table
    {
        std::unique_ptr<Node *[]> buckets;
        std::size_t size = 0;
        std::size_t used = 0;
        std::size_t mask() const { return size - 1; }
    };

    static constexpr std::size_t kInitialSize = 4;
    static constexpr int kRehashStepBuckets = 1;

    static std::uint64_t reverseBits(std::uint64_t v)
    {
        std::uint64_t r = 0;
        for (int i = 0; i < 64; ++i) {
            r = (r << 1) | (v & 1);
            v >>= 1;
        }
        return r;
    }

    template <typename F> static void visitBucket(const Table &t, std::uint64_t idx, F &fn)
    {
        for (const Node *node = t.buckets[idx]; node; node = node->next)
            fn(node->entry);
    }

    const Entry *findNoRehash(std::string_view key) const
    {
        const std::size_t h = memberHash(key);
        for (const Table &t : m_table) {
            if (t.size == 0)
                continue;
            for (const Node *node = t.buckets[h & t.mask()]; node; node = node->next)
                if (KeyOf{}(node->entry) == key)
                    return &node->entry;
            if (!isRehashing())
                break;
        }
        return nullptr;
    }

    bool isRehashing() const { return m_rehashIndex >= 0; }

    static std::size_t powerOfTwoAtLeast(std::size_t n)
    {
        std::size_t s = kInitialSize;
        while (s < n)
            s <<= 1;
        return s;
    }

    void startResize(std::size_t wanted)
    {
        Table fresh;
        fresh.size = powerOfTwoAtLeast(wanted);
        if (fresh.size == m_table[0].size)
            return;
        fresh.buckets = std::make_unique<Node *[]>(fresh.size);
        if (m_table[0].size == 0) {
            m_table[0] = std::move(fresh);
            return;
        }
        m_table[1] = std::move(fresh);
        m_rehashIndex = 0;
    }

    void growIfNeeded()
    {
        if (isRehashing())
            return;
        if (m_table[0].size == 0)
            startResize(kInitialSize);
        else if (m_table[0].used >= m_table[0].size)
            startResize(m_table[0].used * 2);
    }

    // Redis shrinks when fewer than 10% of the buckets are used.
    void shrinkIfNeeded()
    {
        if (isRehashing() || m_table[0].size <= kInitialSize)
            return;
        if (m_table[0].used * 10 < m_table[0].size)
            startResize(m_table[0].used);
    }

    // Moves a few buckets from the old array to the new one.
    void rehashStep()
    {
        if (!isRehashing())
            return;
        int emptyVisits = kRehashStepBuckets * 10;
        for (int n = 0; n < kRehashStepBuckets && m_table[0].used > 0; ++n) {
            while (m_table[0].buckets[m_rehashIndex] == nullptr) {
                ++m_rehashIndex;
                if (--emptyVisits == 0)
                    return;
            }
            Node *node = m_table[0].buckets[m_rehashIndex];
            while (node) {
                Node *next = node->next;
                const std::size_t idx = memberHash(KeyOf{}(node->entry)) & m_table[1].mask();
                node->next = m_table[1].buckets[idx];
                m_table[1].buckets[idx] = node;
                --m_table[0].used;
                ++m_table[1].used;
                node = next;
            }
            m_table[0].buckets[m_rehashIndex] = nullptr;
            ++m_rehashIndex;
        }
        if (m_table[0].used == 0) {
            m_table[0] = std::move(m_table[1]);
            m_table[1] = Table{};
            m_rehashIndex = -1;
        }
    }

    void swap(MemberTable &other) noexcept
    {
        std::swap(m_table[0], other.m_table[0]);
        std::swap(m_table[1], other.m_table[1]);
        std::swap(m_rehashIndex, other.m_rehashIndex);
    }

    Table m_table[2];
    std::ptrdiff_t m_rehashIndex = -1;
};

} // namespace rd::store
