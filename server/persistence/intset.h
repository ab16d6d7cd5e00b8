#pragma once
// Intset, the all-integer set encoding (RDB type 11):
//   u32 LE width (2, 4 or 8) | u32 LE count | count signed LE integers, ascending, distinct
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace rd::rdb {

// Throws RdbFormatError at `at` for a bad width, a size that disagrees with the count, or
// values that are not strictly ascending.
std::vector<std::int64_t> decodeIntset(std::string_view blob, std::uint64_t at,
                                       std::string_view what);

// sortedValues must be ascending and distinct; picks the narrowest width that holds them all.
std::string encodeIntset(const std::vector<std::int64_t> &sortedValues);

} // namespace rd::rdb
