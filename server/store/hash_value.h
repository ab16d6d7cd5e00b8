#pragma once
// HashValue: a Redis hash (field -> value, both byte strings).
//
// Two encodings, as Redis 7.0: a small hash is one packed block of [len][field][len][value]
// entries in insertion order (Redis's listpack: linear lookups over a few hundred short
// entries are cheap and the hash costs a few bytes per field); once it has more than
// hash-max-listpack-entries fields, or a field or value longer than hash-max-listpack-value,
// it moves to a MemberTable and never converts back. OBJECT ENCODING says which.
//
// API for other subsystems:
//   get(f) -> const std::string* (nullptr when absent); valid until the next get() on any hash
//   contains(f)
//   set(f, v) -> true when the field is new;  setIfAbsent(f, v) -> true when it was added
//   erase(f) -> true when it existed;  size(), empty()
//   forEach(fn(const std::string &field, const std::string &value))   RDB save, DEBUG DIGEST
//   forEachField(fn(const Field &))     the same, by Field (valid only during the call)
//   scan(cursor, fn(field, value)) -> next cursor   HSCAN, Redis's guarantees (a packed hash is
//                                                   returned whole, cursor 0, as Redis does)
//   randomField(rng) -> const Field*    HRANDFIELD (valid until the next randomField())
//   isListpackEncoded(...)              the packed encoding is in use ("listpack")
//   CollectionValue: type(), length(), clone(), memoryUsage(), encoding(), digest()
//   memoryUsage()          heap bytes, O(1) (MEMORY USAGE, used_memory)
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
    HashValue() = default;
    ~HashValue() override;
    HashValue(const HashValue &) = delete;
    HashValue &operator=(const HashValue &) = delete;

    // CollectionValue
    ObjectType type() const override { return ObjectType::Hash; }
    std::size_t length() const override { return size(); }
    std::unique_ptr<CollectionValue> clone() const override;
    std::size_t memoryUsage() const override;
    const char *encoding() const override { return m_table ? "hashtable" : "listpack"; }
    void digest(Digest &d) const override;

    struct Field
    {
        std::string name;
        std::string value;
    };

    const std::string *get(std::string_view field) const;
    bool contains(std::string_view field) const;
    bool set(std::string_view field, std::string_view value);
    bool setIfAbsent(std::string_view field, std::string_view value);
    bool erase(std::string_view field);
    std::size_t size() const { return m_table ? m_table->size() : m_count; }
    bool empty() const { return size() == 0; }
    // A loader announcing `count` fields: converts at once when they cannot stay packed.
    void reserve(std::size_t count);

    template <typename F> void forEach(F &&fn) const
    {
        if (m_table) {
            m_table->forEach([&](const Field &f) { fn(f.name, f.value); });
            return;
        }
        Field scratch;
        forEachPacked([&](std::string_view f, std::string_view v) {
            scratch.name.assign(f);
            scratch.value.assign(v);
            fn(std::as_const(scratch.name), std::as_const(scratch.value));
        });
    }
    template <typename F> void forEachField(F &&fn) const
    {
        if (m_table) {
            m_table->forEach([&](const Field &f) { fn(f); });
            return;
        }
        forEach([&](const std::string &f, const std::string &v) {
            const Field field{f, v};
            fn(field);
        });
    }
    template <typename F> std::uint64_t scan(std::uint64_t cursor, F &&fn) const
    {
        if (m_table)
            return m_table->scan(cursor, [&](const Field &f) { fn(f.name, f.value); });
        forEach(fn);
        return 0;
    }
    const Field *randomField(std::mt19937_64 &rng) const;

    // Whether the packed ("listpack") encoding is in use. The limits are those the hash was
    // written under: like Redis, a packed hash stays packed when they are lowered later.
    bool isListpackEncoded(std::size_t /*maxEntries*/ = 0, std::size_t /*maxValue*/ = 0) const
    {
        return !m_table;
    }

private:
    struct KeyOfField
    {
        std::string_view operator()(const Field &f) const { return f.name; }
    };
    using Table = MemberTable<Field, KeyOfField>;

    // Packed entries: varint(field length) field varint(value length) value.
    struct PackedEntry
    {
        std::size_t offset; // start of the entry
        std::size_t size;   // bytes of the whole entry
        std::string_view field;
        std::string_view value;
    };
    bool readEntry(std::size_t offset, PackedEntry &e) const;
    bool findPacked(std::string_view field, PackedEntry &e) const;
    template <typename F> void forEachPacked(F &&fn) const
    {
        PackedEntry e;
        for (std::size_t off = 0; readEntry(off, e); off += e.size)
            fn(e.field, e.value);
    }
    // Replaces bytes [offset, offset + oldSize) of the block by `entry` (appends at m_bytes).
    void splicePacked(std::size_t offset, std::size_t oldSize, std::string_view entry);
    void convertToTable();
    bool fitsPacked(std::size_t newCount, std::string_view field, std::string_view value) const;
    bool insertTable(std::string_view field, std::string_view value);
    static std::size_t fieldBytes(const Field &f);

    // Packed encoding (m_table == nullptr).
    char *m_data = nullptr; // mem::allocate'd, exactly m_bytes long
    std::uint32_t m_bytes = 0;
    std::uint32_t m_count = 0;
    // Table encoding.
    std::unique_ptr<Table> m_table;
    std::size_t m_heapBytes = 0; // table nodes and string buffers, kept current on every write
};

} // namespace rd::store
