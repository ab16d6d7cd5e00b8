#pragma once
// The RDB primitive encoder: lengths, strings (int, LZF or raw), doubles and fixed-width
// integers, appended to a byte buffer exactly as Redis 7.0 writes them.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace rd::rdb {

// 00xxxxxx | 01xxxxxx xxxxxxxx (14-bit BE) | 0x80 + u32 BE | 0x81 + u64 BE.
void appendLength(std::string &out, std::uint64_t length);

// A string as rdbSaveRawString writes it: canonical integers of at most 11 characters that fit
// in 32 bits become C0/C1/C2; with compress, strings over 20 bytes become C3 LZF when that saves
// at least 4 bytes; everything else is length + bytes.
void appendString(std::string &out, std::string_view bytes, bool compress);

// A string known to be an integer (what rdbSaveLongLongAsStringObject writes).
void appendIntegerString(std::string &out, std::int64_t value);

// 8-byte IEEE 754 little-endian (zset2 scores).
void appendBinaryDouble(std::string &out, double value);
// One length byte then "%.17g" text; 253 NaN, 254 +inf, 255 -inf (type 3 zset scores).
void appendAsciiDouble(std::string &out, double value);

void appendUint16LE(std::string &out, std::uint16_t value);
void appendUint32LE(std::string &out, std::uint32_t value);
void appendUint64LE(std::string &out, std::uint64_t value);
inline void appendInt64LE(std::string &out, std::int64_t value)
{
    appendUint64LE(out, static_cast<std::uint64_t>(value));
}

// The value of text when it is a canonical decimal integer ("12", "-7", "0"; not "007",
// "+1", "-0", " 1" or out of range), as Redis's string2ll decides.
std::optional<std::int64_t> canonicalInteger(std::string_view text);

} // namespace rd::rdb
