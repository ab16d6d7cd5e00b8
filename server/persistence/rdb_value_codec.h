#pragma once
// One value in RDB form: which type byte the writer picks for a value, its body, and the
// reverse for every value type Redis 7.0 can load (plain, intset, listpack, quicklist 1 and 2,
// ziplist, zipmap). Values are h-types' classes (store/*_value.h); strings are plain bytes.
#include "persistence/rdb_reader.h"
#include "store/hash_value.h"
#include "store/list_value.h"
#include "store/set_value.h"
#include "store/zset_value.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace rd::rdb {

// When the writer uses a compact encoding; the defaults are Redis 7.0's, and what it picks is
// what a real Redis would have written for the same value, so it loads it in the same encoding.
struct WriteOptions
{
    bool compress = true;                     // rdbcompression
    std::size_t hashMaxListpackEntries = 512; // hash-max-listpack-entries
    std::size_t hashMaxListpackValue = 64;    // hash-max-listpack-value
    std::size_t zsetMaxListpackEntries = 128; // zset-max-listpack-entries
    std::size_t zsetMaxListpackValue = 64;    // zset-max-listpack-value
    std::size_t setMaxIntsetEntries = 512;    // set-max-intset-entries
    std::size_t listMaxListpackBytes = 8192;  // list-max-listpack-size -2
};

std::uint8_t rdbTypeOf(const store::ListValue &value, const WriteOptions &options);
std::uint8_t rdbTypeOf(const store::SetValue &value, const WriteOptions &options);
std::uint8_t rdbTypeOf(const store::HashValue &value, const WriteOptions &options);
std::uint8_t rdbTypeOf(const store::ZSetValue &value, const WriteOptions &options);

// Appends the value body (without the type byte) in the encoding `type`, which must be what
// rdbTypeOf chose, or a plain type (1, 2, 4, 5) for the value's kind.
void appendStringBody(std::string &out, std::string_view value, const WriteOptions &options);
void appendBody(std::string &out, const store::ListValue &value, std::uint8_t type,
                const WriteOptions &options);
void appendBody(std::string &out, const store::SetValue &value, std::uint8_t type,
                const WriteOptions &options);
void appendBody(std::string &out, const store::HashValue &value, std::uint8_t type,
                const WriteOptions &options);
void appendBody(std::string &out, const store::ZSetValue &value, std::uint8_t type,
                const WriteOptions &options);

using LoadedValue =
    std::variant<std::string, std::unique_ptr<store::ListValue>, std::unique_ptr<store::SetValue>,
                 std::unique_ptr<store::HashValue>, std::unique_ptr<store::ZSetValue>>;

// Reads the body of a value of RDB `type` stored under `key` (the key names the value in
// errors). Returns nullopt for an empty container, which Redis skips with a log line.
// Throws RdbFormatError: Unsupported for streams and modules (naming the key), UnknownType for
// a type byte outside the format, BadEncoding for duplicates, NaN scores or damaged blobs.
std::optional<LoadedValue> readValue(RdbReader &in, std::uint8_t type, std::string_view key);

} // namespace rd::rdb
