#pragma once
// What the master keeps per attached replica: where it is in the full-sync dance, what it
// announced in REPLCONF, its last ACK, and the stream bytes queued for it. Chunks are shared
// between replicas (one copy of each propagated command, however many replicas there are).
#include "config/config.h"

#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace rd::repl {

// Redis's SLAVE_STATE_* for a replica seen from its master.
enum class ReplicaSyncState {
    WaitBgsaveStart, // waiting for a snapshot to start (or for the diskless delay)
    WaitBgsaveEnd,   // a snapshot for it is being produced
    SendBulk,        // the snapshot is being written to it
    Online,          // receiving the command stream
};

// INFO's state= field: wait_bgsave, send_bulk, online.
std::string_view infoStateName(ReplicaSyncState state);

using StreamChunk = std::shared_ptr<const std::string>;

class ReplicaOutput
{
public:
    ReplicaSyncState state = ReplicaSyncState::WaitBgsaveStart;
    std::string peerIp;
    std::string announcedIp; // REPLCONF ip-address
    int listeningPort = 0;   // REPLCONF listening-port; 0 if never sent
    bool capaEof = false;
    bool capaPsync2 = false;
    bool prePsync = false; // came with SYNC: no ACKs expected, no +FULLRESYNC line
    std::int64_t ackOffset = 0;
    std::int64_t lastAckMs = 0; // steady-clock ms of the last ACK (or newline)
    // After a diskless transfer Redis holds the stream until the replica's first ACK.
    bool holdStreamUntilAck = false;

    // "<ip>:<port>" as Redis names a replica in its logs.
    std::string name() const;
    // The ip INFO and ROLE show: announced, else the peer's.
    const std::string &shownIp() const { return announcedIp.empty() ? peerIp : announcedIp; }

    void feed(StreamChunk chunk);
    void feed(std::string bytes);
    std::uint64_t pendingBytes() const { return m_pendingBytes; }
    bool hasPending() const { return m_pendingBytes != 0; }
    // Up to maxChunks views of the queued bytes, oldest first, for a gather write.
    std::vector<std::string_view> peek(std::size_t maxChunks = 64) const;
    // Drops n bytes that were written.
    void consume(std::uint64_t n);
    void clear();

    // True when the queue breaks client-output-buffer-limit replica (0 disables a limit): over the
    // hard limit, or over the soft limit for longer than softSeconds (Redis's
    // checkClientOutputBufferLimits()). nowMs: steady clock. queuedElsewhere: bytes already handed
    // to the connection (they count too).
    bool overLimit(const OutputBufferLimit &limit, std::int64_t nowMs,
                   std::uint64_t queuedElsewhere = 0);

private:
    std::deque<StreamChunk> m_chunks;
    std::size_t m_frontOffset = 0; // bytes of m_chunks.front() already written
    std::uint64_t m_pendingBytes = 0;
    std::int64_t m_softLimitSinceMs = -1;
};

} // namespace rd::repl
