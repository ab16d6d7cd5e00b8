#include "store/hash.h"

#include <cstring>

namespace rd {

namespace {

uint64_t g_seed = 0x2545f4914f6cdd1dULL;

inline uint64_t rotl(uint64_t x, int r)
{
    return (x << r) | (x >> (64 - r));
}

// The 64-bit finalizer used by many hash tables: every input bit affects every output bit.
inline uint64_t avalanche(uint64_t h)
{
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return h;
}

inline uint64_t mixWord(uint64_t h, uint64_t k)
{
    k *= 0x87c37b91114253d5ULL;
    k = rotl(k, 31);
    k *= 0x4cf5ad432745937fULL;
    h ^= k;
    return rotl(h, 27) * 5 + 0x52dce729;
}

} // namespace

void setHashSeed(uint64_t seed)
{
    g_seed = seed;
}

uint64_t hashBytes(const void *data, size_t len)
{
    const unsigned char *p = static_cast<const unsigned char *>(data);
    uint64_t h = g_seed ^ (uint64_t(len) * 0x9e3779b97f4a7c15ULL);
    while (len >= 8) {
        uint64_t k;
        std::memcpy(&k, p, 8);
        h = mixWord(h, k);
        p += 8;
        len -= 8;
    }
    if (len) {
        uint64_t k = 0;
        std::memcpy(&k, p, len);
        h = mixWord(h, k ^ (uint64_t(len) << 56));
    }
    return avalanche(h);
}

} // namespace rd
