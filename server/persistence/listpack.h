#pragma once
// Listpack, the compact sequence Redis 7.0 stores small hashes, zsets and list nodes in:
//   u32 LE total bytes | u16 LE element count (65535 = unknown) | entries | 0xFF
// Each entry is encoding+data followed by "backlen", the size of encoding+data in 1..5 bytes
// of 7 bits (so the list can be walked backwards).
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace rd::rdb {

// Validates the whole blob (total size, terminator, every backlen, the count) and returns the
// elements; integers come back as their decimal text. Throws RdbFormatError at `at`, the blob's
// offset in the input, naming the position inside the blob.
std::vector<std::string> decodeListpack(std::string_view blob, std::uint64_t at,
                                        std::string_view what);

// Builds a listpack the way Redis does: canonical integers take the smallest integer encoding,
// everything else becomes a string entry.
class ListpackBuilder
{
public:
    ListpackBuilder();
    void append(std::string_view element);
    std::size_t count() const { return m_count; }
    // Size of the finished blob so far (header + entries + terminator).
    std::size_t bytes() const { return m_blob.size() + 1; }
    std::string finish() const;

private:
    std::string m_blob; // header (patched by finish) + entries
    std::size_t m_count = 0;
};

} // namespace rd::rdb
