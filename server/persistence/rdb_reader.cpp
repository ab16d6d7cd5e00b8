#include "persistence/rdb_reader.h"

#include "persistence/crc64.h"
#include "persistence/lzf.h"
#include "persistence/rdb_format.h"

#include <algorithm>
#include <bit>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <unistd.h>

namespace rd::rdb {

namespace {

constexpr std::size_t kBufferSize = 64 * 1024;
// A string is read in chunks of this size, so memory grows only with bytes really present.
constexpr std::size_t kReadChunk = 1 << 20;
// LZF's best case is a 3-byte reference that expands to 264 bytes: 88:1.
constexpr std::uint64_t kLzfMaxRatio = 90;

} // namespace

std::size_t MemorySource::read(char *buffer, std::size_t capacity)
{
    const std::size_t n = std::min(capacity, m_bytes.size() - m_pos);
    std::memcpy(buffer, m_bytes.data() + m_pos, n);
    m_pos += n;
    return n;
}

std::size_t FdSource::read(char *buffer, std::size_t capacity)
{
    for (;;) {
        const ssize_t n = ::read(m_fd, buffer, capacity);
        if (n >= 0) {
            m_read += static_cast<std::uint64_t>(n);
            return static_cast<std::size_t>(n);
        }
        if (errno != EINTR)
            throwRdbError(RdbErrc::Io, m_read, std::string("read failed: ") + std::strerror(errno));
    }
}

RdbReader::RdbReader(RdbSource &source)
    : m_source(source)
    , m_buffer(kBufferSize)
    , m_total(source.totalSize())
{
}

std::uint64_t RdbReader::crc()
{
    m_crc = crc64(m_crc, m_buffer.data() + m_crcPos, m_pos - m_crcPos);
    m_crcPos = m_pos;
    return m_crc;
}

std::optional<std::uint64_t> RdbReader::remaining() const
{
    if (!m_total)
        return std::nullopt;
    return *m_total > m_consumed ? *m_total - m_consumed : 0;
}

bool RdbReader::fill()
{
    crc(); // fold the consumed bytes before they leave the buffer
    const std::size_t unread = m_end - m_pos;
    std::memmove(m_buffer.data(), m_buffer.data() + m_pos, unread);
    m_pos = 0;
    m_crcPos = 0;
    m_end = unread;
    const std::size_t n = m_source.read(m_buffer.data() + m_end, m_buffer.size() - m_end);
    m_end += n;
    return n > 0;
}

bool RdbReader::atEnd()
{
    return m_pos == m_end && !fill();
}

void RdbReader::fail(RdbErrc code, std::uint64_t at, std::string detail) const
{
    throwRdbError(code, at, std::move(detail));
}

void RdbReader::failTruncated(std::uint64_t at, std::uint64_t need, const char *what) const
{
    fail(RdbErrc::Truncated, at,
         std::string(what) + " needs " + std::to_string(need) +
             " bytes but the input ends at byte " +
             std::to_string(m_total ? *m_total : m_consumed));
}

void RdbReader::checkAvailable(std::uint64_t at, std::uint64_t n, const char *what) const
{
    if (auto left = remaining(); left && n > *left)
        failTruncated(at, n, what);
}

std::uint8_t RdbReader::readByte(const char *what)
{
    if (m_pos == m_end && !fill())
        failTruncated(m_consumed, 1, what);
    ++m_consumed;
    return static_cast<std::uint8_t>(m_buffer[m_pos++]);
}

void RdbReader::readExact(void *dest, std::size_t n, const char *what)
{
    const std::uint64_t start = m_consumed;
    auto *out = static_cast<char *>(dest);
    while (n > 0) {
        if (m_pos == m_end && !fill())
            failTruncated(start, n + (m_consumed - start), what);
        const std::size_t take = std::min(n, m_end - m_pos);
        std::memcpy(out, m_buffer.data() + m_pos, take);
        m_pos += take;
        m_consumed += take;
        out += take;
        n -= take;
    }
}

std::string RdbReader::readBytes(std::uint64_t n, const char *what)
{
    std::string out;
    readBytesInto(out, n, what);
    return out;
}

void RdbReader::readBytesInto(std::string &out, std::uint64_t n, const char *what)
{
    const std::uint64_t start = m_consumed;
    if (n <= m_end - m_pos) { // the common case: a short string already buffered
        out.assign(m_buffer.data() + m_pos, static_cast<std::size_t>(n));
        m_pos += static_cast<std::size_t>(n);
        m_consumed += n;
        return;
    }
    checkAvailable(start, n, what);
    out.clear();
    while (out.size() < n) {
        const std::size_t chunk =
            static_cast<std::size_t>(std::min<std::uint64_t>(n - out.size(), kReadChunk));
        const std::size_t old = out.size();
        out.resize(old + chunk);
        if (m_pos == m_end && !fill())
            failTruncated(start, n, what);
        const std::size_t take = std::min(chunk, m_end - m_pos);
        std::memcpy(out.data() + old, m_buffer.data() + m_pos, take);
        out.resize(old + take);
        m_pos += take;
        m_consumed += take;
    }
}

void RdbReader::skipBytes(std::uint64_t n, const char *what)
{
    const std::uint64_t start = m_consumed;
    checkAvailable(start, n, what);
    while (n > 0) {
        if (m_pos == m_end && !fill())
            failTruncated(start, n + (m_consumed - start), what);
        const std::size_t take =
            static_cast<std::size_t>(std::min<std::uint64_t>(n, m_end - m_pos));
        m_pos += take;
        m_consumed += take;
        n -= take;
    }
}

std::uint16_t RdbReader::readUint16LE(const char *what)
{
    unsigned char b[2];
    readExact(b, 2, what);
    return static_cast<std::uint16_t>(b[0] | (b[1] << 8));
}

std::uint32_t RdbReader::readUint32LE(const char *what)
{
    unsigned char b[4];
    readExact(b, 4, what);
    return std::uint32_t(b[0]) | (std::uint32_t(b[1]) << 8) | (std::uint32_t(b[2]) << 16) |
           (std::uint32_t(b[3]) << 24);
}

std::uint64_t RdbReader::readUint64LE(const char *what)
{
    unsigned char b[8];
    readExact(b, 8, what);
    std::uint64_t v = 0;
    for (int i = 7; i >= 0; --i)
        v = (v << 8) | b[i];
    return v;
}

LengthField RdbReader::readLengthField(const char *what)
{
    const std::uint64_t at = m_consumed;
    const std::uint8_t first = readByte(what);
    switch (first >> 6) {
    case 0:
        return {first & 0x3fu, false};
    case 1:
        return {(std::uint64_t(first & 0x3f) << 8) | readByte(what), false};
    case 3:
        return {first & 0x3fu, true};
    default:
        break;
    }
    unsigned char b[8];
    if (first == 0x80) {
        readExact(b, 4, what);
        return {(std::uint64_t(b[0]) << 24) | (std::uint64_t(b[1]) << 16) |
                    (std::uint64_t(b[2]) << 8) | b[3],
                false};
    }
    if (first == 0x81) {
        readExact(b, 8, what);
        std::uint64_t v = 0;
        for (int i = 0; i < 8; ++i)
            v = (v << 8) | b[i];
        return {v, false};
    }
    fail(RdbErrc::BadLength, at,
         std::string("unknown length encoding 0x") + "0123456789abcdef"[first >> 4] +
             "0123456789abcdef"[first & 15] + " in " + what);
}

std::uint64_t RdbReader::readLength(const char *what)
{
    const std::uint64_t at = m_consumed;
    const LengthField len = readLengthField(what);
    if (len.encoded)
        fail(RdbErrc::BadLength, at,
             std::string("string encoding where a length was expected in ") + what);
    return len.value;
}

std::string RdbReader::readString(const char *what)
{
    std::string out;
    readStringInto(out, what);
    return out;
}

void RdbReader::readStringInto(std::string &out, const char *what)
{
    const std::uint64_t at = m_consumed;
    const LengthField len = readLengthField(what);
    if (!len.encoded)
        return readBytesInto(out, len.value, what);
    auto assignInteger = [&](std::int64_t v) {
        char digits[24];
        const auto res = std::to_chars(digits, digits + sizeof digits, v);
        out.assign(digits, static_cast<std::size_t>(res.ptr - digits));
    };
    switch (len.value) {
    case kEncInt8:
        return assignInteger(static_cast<std::int8_t>(readByte(what)));
    case kEncInt16:
        return assignInteger(static_cast<std::int16_t>(readUint16LE(what)));
    case kEncInt32:
        return assignInteger(static_cast<std::int32_t>(readUint32LE(what)));
    case kEncLzf: {
        const std::uint64_t clen = readLength(what);
        const std::uint64_t ulen = readLength(what);
        if (clen == 0 || ulen == 0 || ulen / kLzfMaxRatio > clen)
            fail(RdbErrc::BadLength, at,
                 "LZF string in " + std::string(what) + " claims " + std::to_string(clen) +
                     " compressed bytes for " + std::to_string(ulen) + " bytes");
        readBytesInto(m_lzfScratch, clen, what);
        if (!lzfDecompress(m_lzfScratch, static_cast<std::size_t>(ulen), out))
            fail(RdbErrc::BadEncoding, at, "corrupt LZF data in " + std::string(what));
        return;
    }
    default:
        fail(RdbErrc::BadEncoding, at,
             "unknown string encoding " + std::to_string(len.value) + " in " + what);
    }
}

void RdbReader::skipString(const char *what)
{
    const std::uint64_t at = m_consumed;
    const LengthField len = readLengthField(what);
    if (!len.encoded)
        return skipBytes(len.value, what);
    switch (len.value) {
    case kEncInt8:
        return skipBytes(1, what);
    case kEncInt16:
        return skipBytes(2, what);
    case kEncInt32:
        return skipBytes(4, what);
    case kEncLzf: {
        const std::uint64_t clen = readLength(what);
        readLength(what);
        return skipBytes(clen, what);
    }
    default:
        fail(RdbErrc::BadEncoding, at,
             "unknown string encoding " + std::to_string(len.value) + " in " + what);
    }
}

double RdbReader::readBinaryDouble(const char *what)
{
    return std::bit_cast<double>(readUint64LE(what));
}

float RdbReader::readBinaryFloat(const char *what)
{
    return std::bit_cast<float>(readUint32LE(what));
}

double RdbReader::readAsciiDouble(const char *what)
{
    const std::uint64_t at = m_consumed;
    const std::uint8_t len = readByte(what);
    switch (len) {
    case 253:
        return std::nan("");
    case 254:
        return HUGE_VAL;
    case 255:
        return -HUGE_VAL;
    default:
        break;
    }
    char text[256];
    readExact(text, len, what);
    text[len] = '\0';
    char *end = nullptr;
    const double v = std::strtod(text, &end);
    if (len == 0 || end != text + len)
        fail(RdbErrc::BadEncoding, at,
             "unparsable double \"" + std::string(text, len) + "\" in " + what);
    return v;
}

} // namespace rd::rdb
