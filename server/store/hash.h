#pragma once
// The keyspace's hash function: 64-bit, seeded at start-up so that key sets crafted to collide
// on one run do not collide on the next.
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace rd {

uint64_t hashBytes(const void *data, size_t len);
inline uint64_t hashBytes(std::string_view s)
{
    return hashBytes(s.data(), s.size());
}
void setHashSeed(uint64_t seed);

} // namespace rd
