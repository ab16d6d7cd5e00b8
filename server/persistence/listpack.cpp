#include "persistence/listpack.h"

#include "persistence/rdb_encoding.h"
#include "persistence/rdb_error.h"

namespace rd::rdb {

namespace {

constexpr std::size_t kHeaderSize = 6;
constexpr std::uint8_t kEnd = 0xFF;
constexpr std::uint16_t kUnknownCount = 65535;

std::size_t backlenSize(std::uint64_t entryLen)
{
    if (entryLen <= 127)
        return 1;
    if (entryLen < 16383)
        return 2;
    if (entryLen < 2097151)
        return 3;
    if (entryLen < 268435455)
        return 4;
    return 5;
}

// Big-end first; every byte but the first carries bit 7, so a backward reader knows where to stop.
void appendBacklen(std::string &out, std::uint64_t entryLen)
{
    const std::size_t n = backlenSize(entryLen);
    for (std::size_t i = n; i-- > 0;) {
        std::uint8_t byte = static_cast<std::uint8_t>((entryLen >> (7 * i)) & 127);
        if (i != n - 1)
            byte |= 128;
        out.push_back(static_cast<char>(byte));
    }
}

// Reads the backlen that ends at `last` (inclusive), walking backwards as lpDecodeBacklen does.
std::uint64_t decodeBacklen(const unsigned char *first, const unsigned char *last)
{
    std::uint64_t v = 0;
    unsigned shift = 0;
    for (const unsigned char *p = last;; --p) {
        v |= std::uint64_t(*p & 127) << shift;
        shift += 7;
        if (!(*p & 128) || p == first)
            break;
    }
    return v;
}

std::int64_t signExtend(std::uint64_t v, unsigned bits)
{
    const std::uint64_t sign = std::uint64_t(1) << (bits - 1);
    return static_cast<std::int64_t>((v ^ sign) - sign);
}

std::uint64_t readLE(const unsigned char *p, unsigned n)
{
    std::uint64_t v = 0;
    for (unsigned i = n; i-- > 0;)
        v = (v << 8) | p[i];
    return v;
}

} // namespace

std::vector<std::string> decodeListpack(std::string_view blob, std::uint64_t at,
                                        std::string_view what)
{
    const auto *const base = reinterpret_cast<const unsigned char *>(blob.data());
    const std::size_t size = blob.size();
    auto fail = [&](RdbErrc code, std::size_t pos, const std::string &why) -> void {
        throwRdbError(code, at,
                      std::string("listpack in ") + quoteKey(what) + ", byte " +
                          std::to_string(pos) + ": " + why);
    };
    if (size < kHeaderSize + 1)
        fail(RdbErrc::BadLength, 0,
             "blob of " + std::to_string(size) + " bytes is shorter than a listpack header");
    const std::uint64_t total = readLE(base, 4);
    if (total != size)
        fail(RdbErrc::BadLength, 0,
             "header says " + std::to_string(total) + " bytes, blob has " + std::to_string(size));
    const std::uint16_t declared = static_cast<std::uint16_t>(readLE(base + 4, 2));
    if (base[size - 1] != kEnd)
        fail(RdbErrc::BadEncoding, size - 1, "missing 0xFF terminator");

    std::vector<std::string> out;
    std::size_t pos = kHeaderSize;
    const std::size_t end = size - 1;
    while (pos < end) {
        const unsigned char *p = base + pos;
        const std::size_t avail = end - pos;
        const unsigned char b = p[0];
        std::size_t headerLen = 1; // encoding bytes
        std::uint64_t dataLen = 0; // payload bytes after the encoding
        bool isInt = false;
        std::int64_t ival = 0;
        auto need = [&](std::size_t n) {
            if (avail < n)
                fail(RdbErrc::BadLength, pos, "entry runs past the end");
        };
        if ((b & 0x80) == 0) {
            isInt = true;
            ival = b & 0x7f;
        } else if ((b & 0xC0) == 0x80) {
            dataLen = b & 0x3f;
        } else if ((b & 0xE0) == 0xC0) {
            need(2);
            headerLen = 2;
            isInt = true;
            ival = signExtend((std::uint64_t(b & 0x1f) << 8) | p[1], 13);
        } else if ((b & 0xF0) == 0xE0) {
            need(2);
            headerLen = 2;
            dataLen = (std::uint64_t(b & 0x0f) << 8) | p[1];
        } else {
            switch (b) {
            case 0xF0:
                need(5);
                headerLen = 5;
                dataLen = readLE(p + 1, 4);
                break;
            case 0xF1:
            case 0xF2:
            case 0xF3:
            case 0xF4: {
                const unsigned width = b == 0xF1 ? 2 : b == 0xF2 ? 3 : b == 0xF3 ? 4 : 8;
                need(1 + width);
                isInt = true;
                ival = signExtend(readLE(p + 1, width), width * 8);
                headerLen = 1 + width;
                break;
            }
            default:
                fail(RdbErrc::BadEncoding, pos, "unknown entry encoding " + std::to_string(b));
            }
        }
        const std::uint64_t entryLen = headerLen + dataLen;
        if (entryLen > avail)
            fail(RdbErrc::BadLength, pos,
                 "entry of " + std::to_string(entryLen) + " bytes runs past the end");
        const std::size_t bl = backlenSize(entryLen);
        if (entryLen + bl > avail)
            fail(RdbErrc::BadLength, pos, "entry back-length runs past the end");
        const unsigned char *blFirst = p + entryLen;
        if (decodeBacklen(blFirst, blFirst + bl - 1) != entryLen)
            fail(RdbErrc::BadEncoding, pos, "back-length does not match the entry size");
        if (isInt)
            out.push_back(std::to_string(ival));
        else
            out.emplace_back(reinterpret_cast<const char *>(p + headerLen),
                             static_cast<std::size_t>(dataLen));
        pos += static_cast<std::size_t>(entryLen) + bl;
    }
    if (declared != kUnknownCount && declared != out.size())
        fail(RdbErrc::BadLength, 4,
             "header counts " + std::to_string(declared) + " elements, found " +
                 std::to_string(out.size()));
    return out;
}

ListpackBuilder::ListpackBuilder()
    : m_blob(kHeaderSize, '\0')
{
}

void ListpackBuilder::append(std::string_view element)
{
    const std::size_t start = m_blob.size();
    if (auto v = canonicalInteger(element)) {
        const std::int64_t x = *v;
        const auto u = static_cast<std::uint64_t>(x);
        if (x >= 0 && x <= 127) {
            m_blob.push_back(static_cast<char>(x));
        } else if (x >= -4096 && x <= 4095) {
            m_blob.push_back(static_cast<char>(0xC0 | ((u >> 8) & 0x1f)));
            m_blob.push_back(static_cast<char>(u & 0xff));
        } else {
            unsigned width;
            unsigned char tag;
            if (x >= INT16_MIN && x <= INT16_MAX) {
                width = 2, tag = 0xF1;
            } else if (x >= -(1 << 23) && x < (1 << 23)) {
                width = 3, tag = 0xF2;
            } else if (x >= INT32_MIN && x <= INT32_MAX) {
                width = 4, tag = 0xF3;
            } else {
                width = 8, tag = 0xF4;
            }
            m_blob.push_back(static_cast<char>(tag));
            for (unsigned i = 0; i < width; ++i)
                m_blob.push_back(static_cast<char>((u >> (8 * i)) & 0xff));
        }
    } else {
        const std::size_t n = element.size();
        if (n < 64) {
            m_blob.push_back(static_cast<char>(0x80 | n));
        } else if (n < 4096) {
            m_blob.push_back(static_cast<char>(0xE0 | (n >> 8)));
            m_blob.push_back(static_cast<char>(n & 0xff));
        } else {
            m_blob.push_back(static_cast<char>(0xF0));
            appendUint32LE(m_blob, static_cast<std::uint32_t>(n));
        }
        m_blob.append(element);
    }
    appendBacklen(m_blob, m_blob.size() - start);
    ++m_count;
}

std::string ListpackBuilder::finish() const
{
    std::string out = m_blob;
    out.push_back(static_cast<char>(kEnd));
    std::string header;
    appendUint32LE(header, static_cast<std::uint32_t>(out.size()));
    appendUint16LE(header,
                   m_count < kUnknownCount ? static_cast<std::uint16_t>(m_count) : kUnknownCount);
    out.replace(0, kHeaderSize, header);
    return out;
}

} // namespace rd::rdb
