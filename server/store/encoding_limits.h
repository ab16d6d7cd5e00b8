#pragma once
// The size limits Redis 7.0 uses to pick a compact encoding (listpack, intset) for a value.
// The values do not hold a Config; the type command families copy these five directives here
// (syncEncodingLimits in commands/type_helpers.h) so OBJECT ENCODING can answer as Redis does.
#include <cstddef>

namespace rd::store {

struct EncodingLimits
{
    std::size_t hashMaxListpackEntries = 512;
    std::size_t hashMaxListpackValue = 64;
    std::size_t setMaxIntsetEntries = 512;
    std::size_t zsetMaxListpackEntries = 128;
    std::size_t zsetMaxListpackValue = 64;
};

// The process's current limits (one keyspace thread reads and writes them).
EncodingLimits &encodingLimits();

} // namespace rd::store
