#pragma once
// The value of a key. Strings live inline in the keyspace entry (entry.h); every other type is
// a heap object derived from CollectionValue, owned by its entry.
//
// For server/store/{list,hash,set,zset}_value.h (data types): derive ListValue, HashValue,
// SetValue, ZSetValue from CollectionValue and implement the virtuals below. The core uses
// them for TYPE, OBJECT ENCODING, COPY, MEMORY USAGE and DEBUG DIGEST without knowing the
// types; commands get the concrete class with entry->as<ListValue>() after checking type().
//
// digest(d) must feed the elements as Redis 7.0's xorObjectDigest does (the core already mixed
// the type and handles the expiry), so DEBUG DIGEST matches a real redis-server:
//   list:  d.mix(element) for each element, head to tail
//   set:   d.xorIn(member) for each member
//   hash:  Digest e; e.mix(field); e.mix(value); d.xorIn(e);         for each field
//   zset:  Digest e; e.mix(member); e.mix(printf("%.17g", score)); d.xorIn(e);  for each member
#include "store/digest.h"

#include <cstddef>
#include <cstdint>
#include <memory>

namespace rd {

// Numbered as Redis's OBJ_* (RDB and DEBUG DIGEST use these numbers).
enum class ObjectType : uint8_t { String = 0, List = 1, Set = 2, ZSet = 3, Hash = 4 };

// "string", "list", "set", "zset", "hash" (TYPE's reply).
const char *objectTypeName(ObjectType type);

class CollectionValue
{
public:
    virtual ~CollectionValue() = default;

    virtual ObjectType type() const = 0;
    // Number of elements; a command that empties a collection deletes the key.
    virtual size_t length() const = 0;
    // A deep copy (COPY, and the keyspace's copy for DEBUG RELOAD tests).
    virtual std::unique_ptr<CollectionValue> clone() const = 0;
    // Bytes of heap this value holds, including its own object (MEMORY USAGE, eviction).
    virtual size_t memoryUsage() const = 0;
    // OBJECT ENCODING: "listpack", "quicklist", "hashtable", "intset", "skiplist".
    virtual const char *encoding() const = 0;
    // Feeds the elements into d as described at the top of this file.
    virtual void digest(Digest &d) const = 0;
};

} // namespace rd
