#pragma once
// The replication stream a node produces: replication IDs, master_repl_offset, the backlog, and
// the fan-out of every propagated byte to the attached replicas (Redis's replicationFeedSlaves
// and feedReplicationBuffer). Pure: no sockets; the replica links drain the ReplicaOutputs.
//
// A master encodes commands into the stream (propagate, SELECT when the db changes). A replica
// forwards its master's applied bytes verbatim (feedVerbatim), so its sub-replicas see the same
// replication ID and offsets.
#include "replication/backlog.h"
#include "replication/replica_output.h"
#include "replication/replication_ids.h"

#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace rd::repl {

// Appends "*<argc>\r\n" and "$<len>\r\n<arg>\r\n" per argument.
void appendMultibulk(std::string &out, std::span<const std::string> argv);
std::string encodeMultibulk(std::span<const std::string> argv);

class ReplicationStream
{
public:
    ReplicationIds ids;

    // INFO's master_repl_offset: bytes ever appended (it only moves while a backlog exists).
    std::int64_t masterReplOffset() const { return m_offset; }
    void setMasterReplOffset(std::int64_t offset);

    Backlog *backlog() { return m_backlog ? &*m_backlog : nullptr; }
    const Backlog *backlog() const { return m_backlog ? &*m_backlog : nullptr; }
    // Creates the backlog starting after the current offset (createReplicationBacklog()).
    void createBacklog(std::size_t size);
    void freeBacklog() { m_backlog.reset(); }
    void resizeBacklog(std::size_t size);

    // Master side: one command that changed db `db`. Preceded by SELECT when the stream's last
    // db differs. Ignored while there is neither a backlog nor a replica (offset stays put).
    void propagate(int db, std::span<const std::string> argv);
    // The cron's "ping" (lowercase, no SELECT) and WAIT's REPLCONF GETACK *.
    void feedPing();
    void feedGetAck();
    // Replica side: bytes of the master's stream this node applied, forwarded byte for byte.
    void feedVerbatim(std::string_view bytes);
    // Next propagated command gets a SELECT (after a full sync setup or a promotion).
    void forceSelect() { m_lastDb = -1; }

    // Replicas that receive the stream. Ones in WaitBgsaveStart are skipped: they get the
    // stream from the point their snapshot is taken.
    void attach(ReplicaOutput *replica);
    void detach(ReplicaOutput *replica);
    const std::vector<ReplicaOutput *> &replicas() const { return m_replicas; }

    // Hands bytes appended since the last flush to the replicas as one shared chunk. Offsets
    // and the backlog are exact at once; only delivery is batched (once per event-loop turn).
    void flush();
    bool hasUnflushed() const { return !m_unflushed.empty(); }

private:
    void append(std::string_view bytes);

    std::int64_t m_offset = 0;
    int m_lastDb = -1;
    std::optional<Backlog> m_backlog;
    std::vector<ReplicaOutput *> m_replicas;
    std::string m_unflushed;
    std::string m_scratch;
};

} // namespace rd::repl
