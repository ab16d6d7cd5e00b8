#include "persistence/zipmap.h"

#include "persistence/rdb_error.h"

namespace rd::rdb {

namespace {

constexpr unsigned char kBigLen = 254;
constexpr unsigned char kEnd = 255;

} // namespace

std::vector<std::string> decodeZipmap(std::string_view blob, std::uint64_t at,
                                      std::string_view what)
{
    const auto *const base = reinterpret_cast<const unsigned char *>(blob.data());
    const std::size_t size = blob.size();
    auto fail = [&](RdbErrc code, std::size_t pos, const std::string &why) {
        throwRdbError(code, at,
                      std::string("zipmap in ") + quoteKey(what) + ", byte " + std::to_string(pos) +
                          ": " + why);
    };
    if (size < 2)
        fail(RdbErrc::BadLength, 0, "blob of " + std::to_string(size) + " bytes is too short");
    const unsigned declared = base[0];
    std::size_t pos = 1;
    auto readLen = [&]() -> std::uint64_t {
        if (pos >= size)
            fail(RdbErrc::BadLength, pos, "length runs past the end");
        if (base[pos] < kBigLen)
            return base[pos++];
        if (base[pos] == kEnd)
            fail(RdbErrc::BadEncoding, pos, "terminator where a length was expected");
        if (size - pos < 5)
            fail(RdbErrc::BadLength, pos, "length runs past the end");
        const std::uint64_t v = std::uint64_t(base[pos + 1]) | (std::uint64_t(base[pos + 2]) << 8) |
                                (std::uint64_t(base[pos + 3]) << 16) |
                                (std::uint64_t(base[pos + 4]) << 24);
        pos += 5;
        return v;
    };
    auto readBytes = [&](std::uint64_t n) {
        if (n > size - pos)
            fail(RdbErrc::BadLength, pos,
                 "string of " + std::to_string(n) + " bytes runs past the end");
        std::string s(reinterpret_cast<const char *>(base + pos), static_cast<std::size_t>(n));
        pos += static_cast<std::size_t>(n);
        return s;
    };

    std::vector<std::string> out;
    while (true) {
        if (pos >= size)
            fail(RdbErrc::BadEncoding, pos, "missing 0xFF terminator");
        if (base[pos] == kEnd)
            break;
        const std::uint64_t keyLen = readLen();
        out.push_back(readBytes(keyLen));
        const std::uint64_t valueLen = readLen();
        if (pos >= size)
            fail(RdbErrc::BadLength, pos, "free byte runs past the end");
        const unsigned freeBytes = base[pos++];
        out.push_back(readBytes(valueLen));
        readBytes(freeBytes);
    }
    if (pos + 1 != size)
        fail(RdbErrc::BadLength, pos, "bytes after the terminator");
    if (declared < kBigLen && declared != out.size() / 2)
        fail(RdbErrc::BadLength, 0,
             "header counts " + std::to_string(declared) + " pairs, found " +
                 std::to_string(out.size() / 2));
    return out;
}

} // namespace rd::rdb
