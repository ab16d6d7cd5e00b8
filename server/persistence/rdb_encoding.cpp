#include "persistence/rdb_encoding.h"

#include "persistence/lzf.h"
#include "persistence/rdb_format.h"

#include <bit>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <limits>

namespace rd::rdb {

void appendLength(std::string &out, std::uint64_t length)
{
    if (length < (1u << 6)) {
        out.push_back(static_cast<char>(length));
    } else if (length < (1u << 14)) {
        out.push_back(static_cast<char>(0x40 | (length >> 8)));
        out.push_back(static_cast<char>(length & 0xff));
    } else if (length <= std::numeric_limits<std::uint32_t>::max()) {
        out.push_back(static_cast<char>(0x80));
        for (int shift = 24; shift >= 0; shift -= 8)
            out.push_back(static_cast<char>((length >> shift) & 0xff));
    } else {
        out.push_back(static_cast<char>(0x81));
        for (int shift = 56; shift >= 0; shift -= 8)
            out.push_back(static_cast<char>((length >> shift) & 0xff));
    }
}

namespace {

// C0/C1/C2 for values that fit 8, 16 or 32 bits; false for larger ones.
bool appendEncodedInteger(std::string &out, std::int64_t v)
{
    if (v >= INT8_MIN && v <= INT8_MAX) {
        out.push_back(static_cast<char>(0xC0 | kEncInt8));
        out.push_back(static_cast<char>(v & 0xff));
    } else if (v >= INT16_MIN && v <= INT16_MAX) {
        out.push_back(static_cast<char>(0xC0 | kEncInt16));
        appendUint16LE(out, static_cast<std::uint16_t>(v));
    } else if (v >= INT32_MIN && v <= INT32_MAX) {
        out.push_back(static_cast<char>(0xC0 | kEncInt32));
        appendUint32LE(out, static_cast<std::uint32_t>(v));
    } else {
        return false;
    }
    return true;
}

void appendRaw(std::string &out, std::string_view bytes)
{
    appendLength(out, bytes.size());
    out.append(bytes);
}

} // namespace

void appendString(std::string &out, std::string_view bytes, bool compress)
{
    if (bytes.size() <= 11) {
        if (auto v = canonicalInteger(bytes); v && appendEncodedInteger(out, *v))
            return;
    }
    if (compress && bytes.size() > 20) {
        const std::string packed = lzfCompress(bytes, bytes.size() - 4);
        if (!packed.empty()) {
            out.push_back(static_cast<char>(0xC0 | kEncLzf));
            appendLength(out, packed.size());
            appendLength(out, bytes.size());
            out.append(packed);
            return;
        }
    }
    appendRaw(out, bytes);
}

void appendIntegerString(std::string &out, std::int64_t value)
{
    if (appendEncodedInteger(out, value))
        return;
    char buf[24];
    const auto res = std::to_chars(buf, buf + sizeof buf, value);
    appendRaw(out, std::string_view(buf, static_cast<std::size_t>(res.ptr - buf)));
}

void appendBinaryDouble(std::string &out, double value)
{
    appendUint64LE(out, std::bit_cast<std::uint64_t>(value));
}

void appendAsciiDouble(std::string &out, double value)
{
    if (std::isnan(value)) {
        out.push_back(static_cast<char>(253));
    } else if (std::isinf(value)) {
        out.push_back(static_cast<char>(value > 0 ? 254 : 255));
    } else {
        char buf[128];
        const int n = std::snprintf(buf, sizeof buf, "%.17g", value);
        out.push_back(static_cast<char>(n));
        out.append(buf, static_cast<std::size_t>(n));
    }
}

void appendUint16LE(std::string &out, std::uint16_t value)
{
    out.push_back(static_cast<char>(value & 0xff));
    out.push_back(static_cast<char>(value >> 8));
}

void appendUint32LE(std::string &out, std::uint32_t value)
{
    for (int i = 0; i < 4; ++i)
        out.push_back(static_cast<char>((value >> (8 * i)) & 0xff));
}

void appendUint64LE(std::string &out, std::uint64_t value)
{
    for (int i = 0; i < 8; ++i)
        out.push_back(static_cast<char>((value >> (8 * i)) & 0xff));
}

std::optional<std::int64_t> canonicalInteger(std::string_view text)
{
    if (text.empty() || text.size() > 20)
        return std::nullopt;
    if (text == "0")
        return 0;
    std::size_t digits = text[0] == '-' ? 1 : 0;
    if (digits == text.size() || text[digits] < '1' || text[digits] > '9')
        return std::nullopt;
    std::int64_t value = 0;
    const auto res = std::from_chars(text.data(), text.data() + text.size(), value);
    if (res.ec != std::errc() || res.ptr != text.data() + text.size())
        return std::nullopt;
    return value;
}

} // namespace rd::rdb
