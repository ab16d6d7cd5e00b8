#include "store/digest.h"

#include "util/numbers.h"

#include <cstring>

namespace rd {

namespace {

inline uint32_t rol(uint32_t v, int n)
{
    return (v << n) | (v >> (32 - n));
}

// FIPS 180-1 SHA-1, one 64-byte block.
void sha1Block(uint32_t h[5], const unsigned char *block)
{
    uint32_t w[80];
    for (int i = 0; i < 16; ++i)
        w[i] = uint32_t(block[i * 4]) << 24 | uint32_t(block[i * 4 + 1]) << 16 |
               uint32_t(block[i * 4 + 2]) << 8 | uint32_t(block[i * 4 + 3]);
    for (int i = 16; i < 80; ++i)
        w[i] = rol(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
    for (int i = 0; i < 80; ++i) {
        uint32_t f, k;
        if (i < 20) {
            f = (b & c) | (~b & d);
            k = 0x5A827999;
        } else if (i < 40) {
            f = b ^ c ^ d;
            k = 0x6ED9EBA1;
        } else if (i < 60) {
            f = (b & c) | (b & d) | (c & d);
            k = 0x8F1BBCDC;
        } else {
            f = b ^ c ^ d;
            k = 0xCA62C1D6;
        }
        const uint32_t t = rol(a, 5) + f + e + k + w[i];
        e = d;
        d = c;
        c = rol(b, 30);
        b = a;
        a = t;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
    h[4] += e;
}

} // namespace

void sha1(const void *data, size_t len, unsigned char out[20])
{
    uint32_t h[5] = {0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0};
    const unsigned char *p = static_cast<const unsigned char *>(data);
    size_t left = len;
    while (left >= 64) {
        sha1Block(h, p);
        p += 64;
        left -= 64;
    }
    unsigned char tail[128] = {};
    std::memcpy(tail, p, left);
    tail[left] = 0x80;
    const size_t tailLen = left + 9 <= 64 ? 64 : 128;
    const uint64_t bits = uint64_t(len) * 8;
    for (int i = 0; i < 8; ++i)
        tail[tailLen - 1 - i] = static_cast<unsigned char>(bits >> (8 * i));
    sha1Block(h, tail);
    if (tailLen == 128)
        sha1Block(h, tail + 64);
    for (int i = 0; i < 5; ++i) {
        out[i * 4] = static_cast<unsigned char>(h[i] >> 24);
        out[i * 4 + 1] = static_cast<unsigned char>(h[i] >> 16);
        out[i * 4 + 2] = static_cast<unsigned char>(h[i] >> 8);
        out[i * 4 + 3] = static_cast<unsigned char>(h[i]);
    }
}

void Digest::xorIn(std::string_view data)
{
    unsigned char h[20];
    sha1(data.data(), data.size(), h);
    for (int i = 0; i < 20; ++i)
        bytes[i] ^= h[i];
}

void Digest::mix(std::string_view data)
{
    xorIn(data);
    sha1(bytes, 20, bytes);
}

void Digest::mixInt(int64_t v)
{
    mix(int64ToString(v));
}

bool Digest::isZero() const
{
    for (unsigned char b : bytes)
        if (b)
            return false;
    return true;
}

std::string Digest::hex() const
{
    static const char digits[] = "0123456789abcdef";
    std::string s(40, '0');
    for (int i = 0; i < 20; ++i) {
        s[i * 2] = digits[bytes[i] >> 4];
        s[i * 2 + 1] = digits[bytes[i] & 15];
    }
    return s;
}

} // namespace rd
