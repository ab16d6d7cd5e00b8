#pragma once
// Entry: one key of the keyspace and its value, in ONE heap block, linked into the database's
// Dict. This keeps a small string key to about 48 bytes of heap (Redis needs ~100: dictEntry,
// key sds and robj).
//
//   [next 8][keyLen 4][lru 24 | type 4 | flags 4]  then
//     string:     [valueLen 4][key bytes][value bytes]
//     collection: [CollectionValue* 8][key bytes]
//
// An Entry is created, resized and destroyed only through its static functions; resizing a
// string may move the block, so only Database (which relinks it) changes string values.
#include "store/collection_value.h"

#include <cstdint>
#include <cstring>
#include <memory>
#include <string_view>

namespace rd {

class Entry
{
public:
    Entry *next; // the Dict chain

    std::string_view key() const { return {keyData(), m_keyLen}; }
    ObjectType type() const { return ObjectType((m_meta >> 4) & 0xF); }
    bool isString() const { return type() == ObjectType::String; }

    // String values (type() == String).
    std::string_view stringValue() const { return {valueData(), stringLength()}; }
    uint32_t stringLength() const
    {
        uint32_t n;
        std::memcpy(&n, payload(), 4);
        return n;
    }
    // Room for the string without moving the block.
    size_t stringCapacity() const;

    // Collection values (every other type).
    CollectionValue *collection() const
    {
        CollectionValue *p;
        std::memcpy(&p, payload(), sizeof p);
        return p;
    }
    template <class T> T &as() const { return static_cast<T &>(*collection()); }

    // The key has an entry in its database's expires table.
    bool hasExpire() const { return m_meta & kHasExpire; }
    void setHasExpire(bool on) { m_meta = on ? (m_meta | kHasExpire) : (m_meta & ~kHasExpire); }

    // 24-bit LRU clock in seconds (allkeys-lru, OBJECT IDLETIME).
    uint32_t lru() const { return m_meta >> 8; }
    void setLru(uint32_t clock) { m_meta = (m_meta & 0xFF) | ((clock & 0xFFFFFF) << 8); }

    // Heap bytes of this key (block + collection), for MEMORY USAGE.
    size_t memoryUsage() const;

    static Entry *createString(std::string_view key, std::string_view value, uint32_t lru);
    static Entry *createCollection(std::string_view key, std::unique_ptr<CollectionValue> value,
                                   uint32_t lru);
    // Frees the value and the block.
    static void destroy(Entry *e);
    // A block for the same key holding `value` (a string). May return e itself (updated in
    // place) or a new block (e is then freed, and the caller must relink the result).
    static Entry *assignString(Entry *e, std::string_view value);
    // Makes room for a string of newLen bytes (keeping the first bytes), for APPEND/SETRANGE.
    static Entry *resizeString(Entry *e, size_t newLen);
    // Writable string bytes (after resizeString).
    char *mutableStringData() { return valueData(); }
    // Replaces a string's value by a collection or vice versa (SET over a list, ...).
    static Entry *assignCollection(Entry *e, std::unique_ptr<CollectionValue> value);
    // Takes the collection out (the entry then must be destroyed without freeing it).
    std::unique_ptr<CollectionValue> releaseCollection();

private:
    static constexpr uint32_t kHasExpire = 1;
    static constexpr size_t kHeader = 16;

    Entry() = default;
    const char *payload() const { return reinterpret_cast<const char *>(this) + kHeader; }
    char *payload() { return reinterpret_cast<char *>(this) + kHeader; }
    size_t payloadHeader() const { return isString() ? 4 : 8; }
    const char *keyData() const { return payload() + payloadHeader(); }
    const char *valueData() const { return keyData() + m_keyLen; }
    char *valueData() { return payload() + payloadHeader() + m_keyLen; }
    void setType(ObjectType t) { m_meta = (m_meta & ~0xF0u) | (uint32_t(t) << 4); }
    void setStringLength(uint32_t n) { std::memcpy(payload(), &n, 4); }

    uint32_t m_keyLen;
    uint32_t m_meta;
};
static_assert(sizeof(Entry) == 16, "Entry header layout");

} // namespace rd
