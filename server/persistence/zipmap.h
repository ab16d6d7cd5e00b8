#pragma once
// Zipmap, the hash encoding of Redis 2.x (RDB type 9), loaded and converted like 7.0 does:
//   zmlen (1 byte; 254+ = unknown) | { len key | len free value <free bytes> }* | 0xFF
// A len is one byte below 254, else 0xFE + u32 little-endian.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace rd::rdb {

// Alternating field, value. Throws RdbFormatError at `at` naming the position inside the blob.
std::vector<std::string> decodeZipmap(std::string_view blob, std::uint64_t at,
                                      std::string_view what);

} // namespace rd::rdb
