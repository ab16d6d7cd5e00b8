#pragma once
// The replication backlog: the newest repl-backlog-size bytes of the stream, in a circular
// buffer. A replica that comes back asking for offset X is served from here when X is still
// held (partial resync) instead of getting a whole new snapshot.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace rd::repl {

class Backlog
{
public:
    // masterReplOffset: the stream offset of the last byte already produced. The first byte
    // appended after creation has offset masterReplOffset+1 (offsets count from 1).
    Backlog(std::size_t size, std::int64_t masterReplOffset);

    void append(std::string_view bytes);
    // Keeps the newest bytes that fit (CONFIG SET repl-backlog-size).
    void resize(std::size_t size);

    std::size_t size() const { return m_buffer.size(); }
    std::size_t histlen() const { return m_histlen; }
    // Offset of the oldest byte held; masterReplOffset()+1 when nothing is held.
    std::int64_t firstByteOffset() const { return m_endOffset + 1 - std::int64_t(m_histlen); }
    // Offset of the newest byte appended (INFO's master_repl_offset while a backlog exists).
    std::int64_t masterReplOffset() const { return m_endOffset; }

    // True when the stream from `offset` on can be replayed: first <= offset <= first+histlen,
    // so asking for masterReplOffset()+1 ("missed nothing") is accepted.
    bool holds(std::int64_t offset) const;
    // Bytes from `offset` to the end; requires holds(offset).
    std::string copyFrom(std::int64_t offset) const;

private:
    std::vector<char> m_buffer;
    std::size_t m_writeIndex = 0; // where the next byte goes
    std::size_t m_histlen = 0;
    std::int64_t m_endOffset = 0;
};

} // namespace rd::repl
