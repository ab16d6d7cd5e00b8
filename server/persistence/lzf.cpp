#include "persistence/lzf.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <vector>

namespace rd {

namespace {

constexpr std::size_t kMaxLiteralRun = 32;
constexpr std::size_t kMaxDistance = 8192;     // offset field is 13 bits, stored minus one
constexpr std::size_t kMaxMatch = 7 + 255 + 2; // short length 0..6, long 7 + one byte, plus 2
constexpr unsigned kMaxHashBits = 14;

// The table is sized to the input (a 30-byte value needs 64 slots, not 16 K): clearing a big
// table for every short string would cost more than compressing it.
unsigned hashBitsFor(std::size_t n)
{
    unsigned bits = 6;
    while (bits < kMaxHashBits && (std::size_t(1) << bits) < n)
        ++bits;
    return bits;
}

inline unsigned hash3(const unsigned char *p, unsigned bits)
{
    const std::uint32_t v = (std::uint32_t(p[0]) << 16) | (std::uint32_t(p[1]) << 8) | p[2];
    return (v * 2654435761u) >> (32 - bits);
}

// Appends to a bounded output; any write past the limit marks the whole result as unusable.
class BoundedOutput
{
public:
    explicit BoundedOutput(std::size_t limit)
        : m_limit(limit)
    {
        m_out.reserve(limit);
    }
    bool put(unsigned char byte)
    {
        if (m_out.size() >= m_limit)
            return false;
        m_out.push_back(static_cast<char>(byte));
        return true;
    }
    bool put(const unsigned char *p, std::size_t n)
    {
        if (m_out.size() + n > m_limit)
            return false;
        m_out.append(reinterpret_cast<const char *>(p), n);
        return true;
    }
    std::string take() { return std::move(m_out); }

private:
    std::size_t m_limit;
    std::string m_out;
};

} // namespace

std::string lzfCompress(std::string_view input, std::size_t maxOut)
{
    const auto *in = reinterpret_cast<const unsigned char *>(input.data());
    const std::size_t n = input.size();
    if (n == 0 || maxOut == 0)
        return {};
    // Positions are stored plus one so that zero means "no candidate yet".
    const unsigned bits = hashBitsFor(n);
    std::uint32_t stackTable[1u << 8];
    std::vector<std::uint32_t> heapTable;
    std::uint32_t *table = stackTable;
    if (bits > 8) {
        heapTable.assign(std::size_t(1) << bits, 0);
        table = heapTable.data();
    } else {
        std::fill_n(stackTable, std::size_t(1) << bits, 0u);
    }
    BoundedOutput out(maxOut);

    std::size_t literalStart = 0; // first byte of the pending literal run
    auto flushLiterals = [&](std::size_t end) {
        while (literalStart < end) {
            const std::size_t run = std::min(end - literalStart, kMaxLiteralRun);
            if (!out.put(static_cast<unsigned char>(run - 1)) || !out.put(in + literalStart, run))
                return false;
            literalStart += run;
        }
        return true;
    };

    std::size_t ip = 0;
    while (ip + 2 < n) {
        const unsigned h = hash3(in + ip, bits);
        const std::uint32_t candidate = table[h];
        table[h] = static_cast<std::uint32_t>(ip + 1);
        if (candidate != 0) {
            const std::size_t ref = candidate - 1;
            const std::size_t distance = ip - ref;
            if (distance <= kMaxDistance && std::memcmp(in + ref, in + ip, 3) == 0) {
                const std::size_t limit = std::min(kMaxMatch, n - ip);
                std::size_t len = 3;
                while (len < limit && in[ref + len] == in[ip + len])
                    ++len;
                if (!flushLiterals(ip))
                    return {};
                const std::size_t code = len - 2;
                const std::size_t off = distance - 1;
                bool ok;
                if (code < 7) {
                    ok = out.put(static_cast<unsigned char>((code << 5) | (off >> 8)));
                } else {
                    ok = out.put(static_cast<unsigned char>((7 << 5) | (off >> 8))) &&
                         out.put(static_cast<unsigned char>(code - 7));
                }
                if (!ok || !out.put(static_cast<unsigned char>(off & 0xff)))
                    return {};
                // Index the positions inside the match so later data can refer into it.
                const std::size_t end = ip + len;
                for (std::size_t p = ip + 1; p < end && p + 2 < n; ++p)
                    table[hash3(in + p, bits)] = static_cast<std::uint32_t>(p + 1);
                ip = end;
                literalStart = ip;
                continue;
            }
        }
        ++ip;
    }
    if (!flushLiterals(n))
        return {};
    return out.take();
}

bool lzfDecompress(std::string_view compressed, std::size_t expectedLength, std::string &out)
{
    const auto *ip = reinterpret_cast<const unsigned char *>(compressed.data());
    const auto *const inEnd = ip + compressed.size();
    out.assign(expectedLength, '\0');
    auto *const outStart = reinterpret_cast<unsigned char *>(out.data());
    auto *op = outStart;
    auto *const outEnd = outStart + expectedLength;

    while (ip < inEnd) {
        const unsigned ctrl = *ip++;
        if (ctrl < 32) {
            const std::size_t run = ctrl + 1;
            if (std::size_t(inEnd - ip) < run || std::size_t(outEnd - op) < run)
                return false;
            std::memcpy(op, ip, run);
            op += run;
            ip += run;
            continue;
        }
        std::size_t len = ctrl >> 5;
        if (len == 7) {
            if (ip >= inEnd)
                return false;
            len += *ip++;
        }
        len += 2;
        if (ip >= inEnd)
            return false;
        const std::size_t distance = ((std::size_t(ctrl & 0x1f) << 8) | *ip++) + 1;
        if (distance > std::size_t(op - outStart) || std::size_t(outEnd - op) < len)
            return false;
        const unsigned char *ref = op - distance;
        // Byte by byte: an overlapping reference repeats the bytes it has just produced.
        for (std::size_t i = 0; i < len; ++i)
            *op++ = *ref++;
    }
    return op == outEnd;
}

} // namespace rd
