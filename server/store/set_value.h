#pragma once
// SetValue: a Redis set (unordered, distinct byte strings).
//
// API for other subsystems:
//   add(m) / remove(m) / contains(m)  -> true when the set changed / holds m; O(1)
//   size(), empty()
//   forEach(fn(const std::string &member))   every member once (RDB save, DEBUG DIGEST)
//   scan(cursor, fn) -> next cursor           SSCAN step, Redis's guarantees (0 = done)
//   randomMember(rng), popRandom(rng)         SRANDMEMBER / SPOP
//   allIntegers()          every member is a canonical int64 right now (RDB may write an intset)
//   isIntsetEncoded(max)   what Redis 7.0's OBJECT ENCODING would say ("intset" vs "hashtable"):
//                          sticky like Redis, once converted it stays a hashtable
//   CollectionValue: type(), length(), clone(), memoryUsage(), encoding(), digest()
//   memoryUsage()          heap bytes estimate, O(1) (MEMORY USAGE, used_memory)
#include "store/collection_value.h"
#include "store/member_table.h"

#include <cstdint>
#include <memory>
#include <random>
#include <string>
#include <string_view>

namespace rd::store {

class SetValue final : public CollectionValue
{
public:
    // CollectionValue
    ObjectType type() const override { return ObjectType::Set; }
    std::size_t length() const override { return m_members.size(); }
    std::unique_ptr<CollectionValue> clone() const override;
    std::size_t memoryUsage() const override;
    // "intset" or "hashtable", from encodingLimits().
    const char *encoding() const override;
    void digest(Digest &d) const override;

    bool add(std::string_view member);
    bool remove(std::string_view member);
    bool contains(std::string_view member) const { return m_members.find(member) != nullptr; }
    std::size_t size() const { return m_members.size(); }
    bool empty() const { return m_members.empty(); }
    void reserve(std::size_t count) { m_members.reserve(count); }

    template <typename F> void forEach(F &&fn) const
    {
        m_members.forEach([&](const std::string &m) { fn(m); });
    }
    template <typename F> std::uint64_t scan(std::uint64_t cursor, F &&fn) const
    {
        return m_members.scan(cursor, [&](const std::string &m) { fn(m); });
    }

    // nullptr when empty. Not uniform across chains, as in Redis.
    const std::string *randomMember(std::mt19937_64 &rng) const { return m_members.random(rng); }
    // Removes and returns a random member; the set must not be empty.
    std::string popRandom(std::mt19937_64 &rng);

    bool allIntegers() const { return m_nonIntegerCount == 0; }
    bool isIntsetEncoded(std::size_t maxIntsetEntries) const
    {
        return !m_leftIntset && allIntegers() && size() <= maxIntsetEntries;
    }

private:
    struct KeyOfMember
    {
        std::string_view operator()(const std::string &m) const { return m; }
    };

    void forget(const std::string &member); // bookkeeping before a member leaves
    static std::size_t memberBytes(const std::string &member);

    MemberTable<std::string, KeyOfMember> m_members;
    std::size_t m_heapBytes = 0; // nodes and string buffers, kept current on every write
    std::size_t m_nonIntegerCount = 0;
    bool m_leftIntset = false;
};

} // namespace rd::store
