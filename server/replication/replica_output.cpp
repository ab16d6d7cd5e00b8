#include "replication/replica_output.h"

namespace rd::repl {

std::string_view infoStateName(ReplicaSyncState state)
{
    switch (state) {
    case ReplicaSyncState::WaitBgsaveStart:
    case ReplicaSyncState::WaitBgsaveEnd:
        return "wait_bgsave";
    case ReplicaSyncState::SendBulk:
        return "send_bulk";
    case ReplicaSyncState::Online:
        return "online";
    }
    return "unknown";
}

std::string ReplicaOutput::name() const
{
    return shownIp() + ":" +
           (listeningPort ? std::to_string(listeningPort) : std::string("<unknown-replica-port>"));
}

void ReplicaOutput::feed(StreamChunk chunk)
{
    if (!chunk || chunk->empty())
        return;
    m_pendingBytes += chunk->size();
    m_chunks.push_back(std::move(chunk));
}

void ReplicaOutput::feed(std::string bytes)
{
    feed(std::make_shared<const std::string>(std::move(bytes)));
}

std::vector<std::string_view> ReplicaOutput::peek(std::size_t maxChunks) const
{
    std::vector<std::string_view> out;
    for (std::size_t i = 0; i < m_chunks.size() && out.size() < maxChunks; ++i) {
        std::string_view v(*m_chunks[i]);
        out.push_back(i == 0 ? v.substr(m_frontOffset) : v);
    }
    return out;
}

void ReplicaOutput::consume(std::uint64_t n)
{
    m_pendingBytes -= std::min(n, m_pendingBytes);
    while (n > 0 && !m_chunks.empty()) {
        const std::size_t left = m_chunks.front()->size() - m_frontOffset;
        if (n < left) {
            m_frontOffset += std::size_t(n);
            return;
        }
        n -= left;
        m_chunks.pop_front();
        m_frontOffset = 0;
    }
}

void ReplicaOutput::clear()
{
    m_chunks.clear();
    m_frontOffset = 0;
    m_pendingBytes = 0;
    m_softLimitSinceMs = -1;
}

bool ReplicaOutput::overLimit(const OutputBufferLimit &limit, std::int64_t nowMs,
                              std::uint64_t queuedElsewhere)
{
    const std::uint64_t total = m_pendingBytes + queuedElsewhere;
    if (limit.hardBytes && total >= limit.hardBytes)
        return true;
    if (!limit.softBytes || total < limit.softBytes) {
        m_softLimitSinceMs = -1;
        return false;
    }
    if (m_softLimitSinceMs < 0)
        m_softLimitSinceMs = nowMs;
    return nowMs - m_softLimitSinceMs > limit.softSeconds * 1000;
}

} // namespace rd::repl
