#pragma once
// Estimates of heap bytes held by the type values, for MEMORY USAGE and used_memory. They count
// what the allocator hands out (rounded to its 16-byte size classes), not just payload bytes.
#include <cstddef>
#include <string>
#include <string_view>

namespace rd::store {

// Bytes one allocation of `n` bytes occupies in glibc's malloc (16-byte granules, 8-byte header).
constexpr std::size_t allocationBytes(std::size_t n)
{
    return n == 0 ? 0 : ((n + 8 + 15) / 16) * 16;
}

// Heap bytes a std::string holds beyond its own object (0 while its bytes fit in the SSO buffer).
inline std::size_t stringHeapBytes(const std::string &s)
{
    return s.capacity() > 15 ? allocationBytes(s.capacity() + 1) : 0;
}

// True when `bytes` is the canonical decimal form of a signed 64-bit integer, as Redis's
// string2ll accepts it: no sign other than a leading '-', no leading zeros, no spaces, no "-0".
bool isCanonicalInteger(std::string_view bytes, long long *value = nullptr);

} // namespace rd::store
