#include "persistence/intset.h"

#include "persistence/rdb_encoding.h"
#include "persistence/rdb_error.h"

namespace rd::rdb {

std::vector<std::int64_t> decodeIntset(std::string_view blob, std::uint64_t at,
                                       std::string_view what)
{
    const auto *const base = reinterpret_cast<const unsigned char *>(blob.data());
    auto fail = [&](RdbErrc code, const std::string &why) {
        throwRdbError(code, at, std::string("intset in ") + quoteKey(what) + ": " + why);
    };
    auto le = [&](std::size_t pos, unsigned n) {
        std::uint64_t v = 0;
        for (unsigned i = n; i-- > 0;)
            v = (v << 8) | base[pos + i];
        return v;
    };
    if (blob.size() < 8)
        fail(RdbErrc::BadLength,
             "blob of " + std::to_string(blob.size()) + " bytes is shorter than the header");
    const std::uint64_t width = le(0, 4);
    const std::uint64_t count = le(4, 4);
    if (width != 2 && width != 4 && width != 8)
        fail(RdbErrc::BadEncoding, "element width " + std::to_string(width) + " is not 2, 4 or 8");
    if (8 + count * width != blob.size())
        fail(RdbErrc::BadLength, std::to_string(count) + " elements of " + std::to_string(width) +
                                     " bytes do not fill " + std::to_string(blob.size()) +
                                     " bytes");
    std::vector<std::int64_t> out;
    out.reserve(static_cast<std::size_t>(count));
    const unsigned bits = static_cast<unsigned>(width) * 8;
    for (std::uint64_t i = 0; i < count; ++i) {
        std::uint64_t raw =
            le(8 + static_cast<std::size_t>(i * width), static_cast<unsigned>(width));
        const std::uint64_t sign = std::uint64_t(1) << (bits - 1);
        const auto v = static_cast<std::int64_t>(bits == 64 ? raw : (raw ^ sign) - sign);
        if (!out.empty() && v <= out.back())
            fail(RdbErrc::BadEncoding,
                 "elements are not in ascending order at index " + std::to_string(i));
        out.push_back(v);
    }
    return out;
}

std::string encodeIntset(const std::vector<std::int64_t> &sortedValues)
{
    std::uint32_t width = 2;
    for (const std::int64_t v : sortedValues) {
        if (v < INT32_MIN || v > INT32_MAX)
            width = 8;
        else if ((v < INT16_MIN || v > INT16_MAX) && width < 4)
            width = 4;
    }
    std::string out;
    appendUint32LE(out, width);
    appendUint32LE(out, static_cast<std::uint32_t>(sortedValues.size()));
    for (const std::int64_t v : sortedValues) {
        const auto u = static_cast<std::uint64_t>(v);
        for (std::uint32_t i = 0; i < width; ++i)
            out.push_back(static_cast<char>((u >> (8 * i)) & 0xff));
    }
    return out;
}

} // namespace rd::rdb
