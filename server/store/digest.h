#pragma once
// Digests for DEBUG DIGEST / DEBUG DIGEST-VALUE, computed as Redis 7.0 computes them, so the app
// can compare a replicadesk-node with a real redis-server: SHA1-based, and order-independent
// where the data is unordered (keys of a database, set members, hash fields).
//
//   mix(bytes):  digest = SHA1(digest XOR SHA1(bytes))     -- order matters
//   xorIn(bytes): digest ^= SHA1(bytes)                      -- order does not matter
#include <cstdint>
#include <string>
#include <string_view>

namespace rd {

class Digest
{
public:
    unsigned char bytes[20] = {};

    void mix(std::string_view data);
    void xorIn(std::string_view data);
    void xorIn(const Digest &other) { xorIn(other.view()); }
    void mixInt(int64_t v); // as Redis mixes an integer-encoded string (its decimal text)
    bool isZero() const;
    std::string_view view() const { return {reinterpret_cast<const char *>(bytes), 20}; }
    std::string hex() const; // 40 lowercase hex digits
};

// SHA-1 of data (20 bytes into out).
void sha1(const void *data, size_t len, unsigned char out[20]);

} // namespace rd
