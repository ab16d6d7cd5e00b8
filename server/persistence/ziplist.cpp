#include "persistence/ziplist.h"

#include "persistence/rdb_error.h"

namespace rd::rdb {

namespace {

constexpr std::size_t kHeaderSize = 10;
constexpr unsigned char kEnd = 0xFF;
constexpr unsigned char kBigPrevlen = 0xFE;

std::uint64_t readLE(const unsigned char *p, unsigned n)
{
    std::uint64_t v = 0;
    for (unsigned i = n; i-- > 0;)
        v = (v << 8) | p[i];
    return v;
}

std::int64_t signExtend(std::uint64_t v, unsigned bits)
{
    const std::uint64_t sign = std::uint64_t(1) << (bits - 1);
    return static_cast<std::int64_t>((v ^ sign) - sign);
}

} // namespace

std::vector<std::string> decodeZiplist(std::string_view blob, std::uint64_t at,
                                       std::string_view what)
{
    const auto *const base = reinterpret_cast<const unsigned char *>(blob.data());
    const std::size_t size = blob.size();
    auto fail = [&](RdbErrc code, std::size_t pos, const std::string &why) {
        throwRdbError(code, at,
                      std::string("ziplist in ") + quoteKey(what) + ", byte " +
                          std::to_string(pos) + ": " + why);
    };
    if (size < kHeaderSize + 1)
        fail(RdbErrc::BadLength, 0,
             "blob of " + std::to_string(size) + " bytes is shorter than a ziplist header");
    if (readLE(base, 4) != size)
        fail(RdbErrc::BadLength, 0, "zlbytes does not match the blob size " + std::to_string(size));
    const std::uint64_t tail = readLE(base + 4, 4);
    const std::uint64_t declared = readLE(base + 8, 2);
    if (base[size - 1] != kEnd)
        fail(RdbErrc::BadEncoding, size - 1, "missing 0xFF terminator");

    std::vector<std::string> out;
    std::size_t pos = kHeaderSize;
    std::size_t prevEntrySize = 0;
    std::size_t lastEntry = kHeaderSize;
    const std::size_t end = size - 1;
    while (pos < end) {
        const std::size_t start = pos;
        auto need = [&](std::size_t n) {
            if (end - pos < n)
                fail(RdbErrc::BadLength, start, "entry runs past the end");
        };
        std::uint64_t prevlen = base[pos];
        if (prevlen == kBigPrevlen) {
            need(5);
            prevlen = readLE(base + pos + 1, 4);
            pos += 5;
        } else {
            pos += 1;
        }
        if (prevlen != prevEntrySize)
            fail(RdbErrc::BadEncoding, start,
                 "prevlen " + std::to_string(prevlen) + " does not match the previous entry");
        need(1);
        const unsigned char enc = base[pos];
        std::uint64_t strLen = 0;
        bool isString = true;
        std::int64_t ival = 0;
        switch (enc >> 6) {
        case 0:
            strLen = enc & 0x3f;
            pos += 1;
            break;
        case 1:
            need(2);
            strLen = (std::uint64_t(enc & 0x3f) << 8) | base[pos + 1];
            pos += 2;
            break;
        case 2:
            if (enc != 0x80)
                fail(RdbErrc::BadEncoding, pos, "unknown string encoding " + std::to_string(enc));
            need(5);
            strLen = (std::uint64_t(base[pos + 1]) << 24) | (std::uint64_t(base[pos + 2]) << 16) |
                     (std::uint64_t(base[pos + 3]) << 8) | base[pos + 4];
            pos += 5;
            break;
        default: {
            isString = false;
            unsigned width = 0;
            switch (enc) {
            case 0xC0:
                width = 2;
                break;
            case 0xD0:
                width = 4;
                break;
            case 0xE0:
                width = 8;
                break;
            case 0xF0:
                width = 3;
                break;
            case 0xFE:
                width = 1;
                break;
            default:
                if (enc >= 0xF1 && enc <= 0xFD) {
                    ival = (enc & 0x0f) - 1;
                    break;
                }
                fail(RdbErrc::BadEncoding, pos, "unknown integer encoding " + std::to_string(enc));
            }
            need(1 + width);
            if (width > 0)
                ival = signExtend(readLE(base + pos + 1, width), width * 8);
            pos += 1 + width;
            break;
        }
        }
        if (isString) {
            if (strLen > end - pos)
                fail(RdbErrc::BadLength, start,
                     "string of " + std::to_string(strLen) + " bytes runs past the end");
            out.emplace_back(reinterpret_cast<const char *>(base + pos),
                             static_cast<std::size_t>(strLen));
            pos += static_cast<std::size_t>(strLen);
        } else {
            out.push_back(std::to_string(ival));
        }
        prevEntrySize = pos - start;
        lastEntry = start;
    }
    if (tail != lastEntry)
        fail(RdbErrc::BadEncoding, 4,
             "zltail " + std::to_string(tail) + " does not point at the last entry");
    if (declared != 65535 && declared != out.size())
        fail(RdbErrc::BadLength, 8,
             "header counts " + std::to_string(declared) + " entries, found " +
                 std::to_string(out.size()));
    return out;
}

} // namespace rd::rdb
