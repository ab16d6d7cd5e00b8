#include "persistence/crc64.h"

#include <array>
#include <cstring>

namespace rd {

namespace {

// The polynomial with its bits reversed, because the CRC is computed LSB first.
constexpr std::uint64_t kReflectedPoly = 0x95AC9329AC4BC9B5ULL;

// Slicing-by-8 tables: table[0] is the classic byte table; table[k][b] is the CRC of byte b
// followed by k zero bytes, so eight input bytes are folded per step.
using Tables = std::array<std::array<std::uint64_t, 256>, 8>;

constexpr Tables makeTables()
{
    Tables t{};
    for (std::uint64_t b = 0; b < 256; ++b) {
        std::uint64_t crc = b;
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 1) ? (crc >> 1) ^ kReflectedPoly : crc >> 1;
        t[0][b] = crc;
    }
    for (std::size_t k = 1; k < 8; ++k)
        for (std::size_t b = 0; b < 256; ++b)
            t[k][b] = t[0][t[k - 1][b] & 0xff] ^ (t[k - 1][b] >> 8);
    return t;
}

constexpr Tables kTables = makeTables();

} // namespace

std::uint64_t crc64(std::uint64_t crc, const void *data, std::size_t len)
{
    const auto *p = static_cast<const unsigned char *>(data);
    while (len >= 8) {
        std::uint64_t word;
        std::memcpy(&word, p, 8);
#if __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
        word = __builtin_bswap64(word);
#endif
        crc ^= word;
        crc = kTables[7][crc & 0xff] ^ kTables[6][(crc >> 8) & 0xff] ^
              kTables[5][(crc >> 16) & 0xff] ^ kTables[4][(crc >> 24) & 0xff] ^
              kTables[3][(crc >> 32) & 0xff] ^ kTables[2][(crc >> 40) & 0xff] ^
              kTables[1][(crc >> 48) & 0xff] ^ kTables[0][crc >> 56];
        p += 8;
        len -= 8;
    }
    while (len--)
        crc = kTables[0][(crc ^ *p++) & 0xff] ^ (crc >> 8);
    return crc;
}

} // namespace rd
