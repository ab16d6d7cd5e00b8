#pragma once
// HashValue: a Redis hash (field -> value, both byte strings).
//
// API for other subsystems:
//   get(f) -> const std::string* (nullptr when absent); contains(f)
//   set(f, v) -> true when the field is new;  setIfAbsent(f, v) -> true when it was added
//   erase(f) -> true when it existed;  size(), empty()
//   forEach(fn(const std::string &field, const std::string &value))   RDB save, DEBUG DIGEST
//   forEachField(fn(const Field &))                                     the same, by Field
//   scan(cursor, fn(field, value)) -> next cursor                       HSCAN, Redis's guarantees
//   randomField(rng) -> const Field*                                    HRANDFIELD
//   isListpackEncoded(maxEntries, maxValue)  what Redis 7.0's OBJECT ENCODING would say
//                          ("listpack" vs "hashtable"); sticky as in Redis
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

class HashValue final : public CollectionValue
{
public:
    // CollectionValue
    ObjectType type() const override { return ObjectType::Hash; }
    std::size_t length() const override { return m_fields.size(); }
    std::unique_ptr<CollectionValue> clone() const override;
    std::size_t memoryUsage() const override;
    // "listpack" or "hashtable", from encodingLimits().
    const char *encoding() const override;
    void digest(Digest &d) const override;

    struct Field
    {
        std::string name;
        std::string value;
    };

    const std::string *get(std::string_view field) const
    {
        const Field *f = m_fields.find(field);
        return f ? &f->value : nullptr;
    }
    bool contains(std::string_view field) const { return m_fields.find(field) != nullptr; }
    bool set(std::string_view field, std::string_view value);
    bool setIfAbsent(std::string_view field, std::string_view value);
    bool erase(std::string_view field);
    std::size_t size() const { return m_fields.size(); }
    bool empty() const { return m_fields.empty(); }
    void reserve(std::size_t count) { m_fields.reserve(count); }

    template <typename F> void forEach(F &&fn) const
    {
        m_fields.forEach([&](const Field &f) { fn(f.name, f.value); });
    }
    template <typename F> void forEachField(F &&fn) const
    {
        m_fields.forEach([&](const Field &f) { fn(f); });
    }
    template <typename F> std::uint64_t scan(std::uint64_t cursor, F &&fn) const
    {
        return m_fields.scan(cursor, [&](const Field &f) { fn(f.name, f.value); });
    }
    const Field *randomField(std::mt19937_64 &rng) const { return m_fields.random(rng); }

    // Redis keeps a hash as a listpack while it has at most hash-max-listpack-entries fields
    // and no field or value longer than hash-max-listpack-value, and never converts back.
    bool isListpackEncoded(std::size_t maxEntries, std::size_t maxValue) const
    {
        return m_peakSize <= maxEntries && m_longestElement <= maxValue;
    }

private:
    struct KeyOfField
    {
        std::string_view operator()(const Field &f) const { return f.name; }
    };
    void noteSizes(std::string_view field, std::string_view value);
    static std::size_t fieldBytes(const Field &f);

    MemberTable<Field, KeyOfField> m_fields;
    std::size_t m_peakSize = 0;
    std::size_t m_longestElement = 0;
    std::size_t m_heapBytes = 0; // nodes and string buffers, kept current on every write
};

} // namespace rd::store
