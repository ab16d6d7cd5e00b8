#include "replication/backlog.h"

#include <algorithm>
#include <cstring>
#include <stdexcept>

namespace rd::repl {

Backlog::Backlog(std::size_t size, std::int64_t masterReplOffset)
    : m_buffer(std::max<std::size_t>(size, 1))
    , m_endOffset(masterReplOffset)
{
}

void Backlog::append(std::string_view bytes)
{
    m_endOffset += std::int64_t(bytes.size());
    const std::size_t cap = m_buffer.size();
    // Only the last `cap` bytes can survive; skip the rest without copying.
    if (bytes.size() >= cap) {
        std::memcpy(m_buffer.data(), bytes.data() + bytes.size() - cap, cap);
        m_writeIndex = 0;
        m_histlen = cap;
        return;
    }
    std::size_t first = std::min(bytes.size(), cap - m_writeIndex);
    std::memcpy(m_buffer.data() + m_writeIndex, bytes.data(), first);
    std::memcpy(m_buffer.data(), bytes.data() + first, bytes.size() - first);
    m_writeIndex = (m_writeIndex + bytes.size()) % cap;
    m_histlen = std::min(cap, m_histlen + bytes.size());
}

void Backlog::resize(std::size_t size)
{
    size = std::max<std::size_t>(size, 1);
    if (size == m_buffer.size())
        return;
    std::string kept = copyFrom(firstByteOffset());
    if (kept.size() > size)
        kept.erase(0, kept.size() - size);
    m_buffer.assign(size, 0);
    std::memcpy(m_buffer.data(), kept.data(), kept.size());
    m_histlen = kept.size();
    m_writeIndex = kept.size() % size;
}

bool Backlog::holds(std::int64_t offset) const
{
    return offset >= firstByteOffset() && offset <= firstByteOffset() + std::int64_t(m_histlen);
}

std::string Backlog::copyFrom(std::int64_t offset) const
{
    if (!holds(offset))
        throw std::out_of_range("backlog does not hold the requested offset");
    const std::size_t cap = m_buffer.size();
    const std::size_t skip = std::size_t(offset - firstByteOffset());
    const std::size_t len = m_histlen - skip;
    std::size_t start = (m_writeIndex + cap - m_histlen + skip) % cap;
    std::string out(len, '\0');
    std::size_t first = std::min(len, cap - start);
    std::memcpy(out.data(), m_buffer.data() + start, first);
    std::memcpy(out.data() + first, m_buffer.data(), len - first);
    return out;
}

} // namespace rd::repl
