#include "replication/replication_info.h"

#include "core/info_fields.h"

#include <cstdio>

namespace rd::repl {

using info::field;

std::string renderReplicationInfo(const ReplicationInfo &info)
{
    std::string out;
    field(out, "role", info.isReplica ? "slave" : "master");
    if (info.isReplica) {
        field(out, "master_host", info.masterHost);
        field(out, "master_port", info.masterPort);
        field(out, "master_link_status", info.linkUp ? "up" : "down");
        field(out, "master_last_io_seconds_ago", info.lastIoSecondsAgo);
        field(out, "master_sync_in_progress", info.syncInProgress ? 1 : 0);
        field(out, "slave_read_repl_offset", info.readReplOffset);
        field(out, "slave_repl_offset", info.replOffset);
        if (info.syncInProgress) {
            // Same arithmetic as Redis, so an unknown (-1) or EOF-form (0) total prints as it does.
            double perc = 0;
            if (info.syncTotalBytes)
                perc = (double(info.syncReadBytes) / double(info.syncTotalBytes)) * 100;
            char percText[32];
            std::snprintf(percText, sizeof percText, "%.2f", perc);
            field(out, "master_sync_total_bytes", info.syncTotalBytes);
            field(out, "master_sync_read_bytes", info.syncReadBytes);
            field(out, "master_sync_left_bytes", info.syncTotalBytes - info.syncReadBytes);
            field(out, "master_sync_perc", percText);
            field(out, "master_sync_last_io_seconds_ago", info.syncLastIoSecondsAgo);
        }
        if (!info.linkUp)
            field(out, "master_link_down_since_seconds", info.linkDownSinceSeconds);
        field(out, "slave_priority", info.replicaPriority);
        field(out, "slave_read_only", info.readOnly ? 1 : 0);
        field(out, "replica_announced", info.announced ? 1 : 0);
    }
    field(out, "connected_slaves", std::int64_t(info.replicas.size()));
    if (info.minReplicasGood)
        field(out, "min_slaves_good_slaves", *info.minReplicasGood);
    for (std::size_t i = 0; i < info.replicas.size(); ++i) {
        const ReplicaInfoLine &r = info.replicas[i];
        out.append("slave").append(std::to_string(i)).append(":ip=").append(r.ip);
        out.append(",port=").append(std::to_string(r.port));
        out.append(",state=").append(r.state);
        out.append(",offset=").append(std::to_string(r.offset));
        out.append(",lag=").append(std::to_string(r.lag)).append("\r\n");
    }
    field(out, "master_failover_state", info.failoverState);
    field(out, "master_replid", info.replid);
    field(out, "master_replid2", info.replid2);
    field(out, "master_repl_offset", info.masterReplOffset);
    field(out, "second_repl_offset", info.secondReplOffset);
    field(out, "repl_backlog_active", info.backlogActive ? 1 : 0);
    field(out, "repl_backlog_size", info.backlogSize);
    field(out, "repl_backlog_first_byte_offset", info.backlogFirstByteOffset);
    field(out, "repl_backlog_histlen", info.backlogHistlen);
    return out;
}

} // namespace rd::repl
