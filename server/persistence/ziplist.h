#pragma once
// Ziplist, the compact sequence of Redis before 7.0 (RDB types 10, 12, 13 and the nodes of 14).
// 7.0 never writes it but loads it, converting to listpack; so do we.
//   u32 LE zlbytes | u32 LE zltail | u16 LE zllen | entries | 0xFF
// Each entry: prevlen (1 byte, or 0xFE + u32 LE), an encoding, the data.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace rd::rdb {

// Validates sizes, the tail offset, every prevlen, the count and the terminator. Integers come
// back as their decimal text. Throws RdbFormatError at `at` naming the position inside the blob.
std::vector<std::string> decodeZiplist(std::string_view blob, std::uint64_t at,
                                       std::string_view what);

} // namespace rd::rdb
