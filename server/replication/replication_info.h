#pragma once
// INFO replication, field by field and in the order Redis 7.0 prints them
// (genRedisInfoString in src/server.c). The node fills a snapshot; this renders it.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace rd::repl {

struct ReplicaInfoLine
{
    std::string ip;
    int port = 0;
    std::string state; // wait_bgsave, send_bulk, online
    std::int64_t offset = 0;
    std::int64_t lag = 0;
};

struct ReplicationInfo
{
    bool isReplica = false;

    // Replica-only fields.
    std::string masterHost;
    int masterPort = 0;
    bool linkUp = false;
    int lastIoSecondsAgo = -1;
    bool syncInProgress = false; // TRANSFER
    std::int64_t readReplOffset = 1;
    std::int64_t replOffset = 1;
    std::int64_t syncTotalBytes = -1; // TRANSFER only
    std::int64_t syncReadBytes = 0;
    int syncLastIoSecondsAgo = 0;
    std::int64_t linkDownSinceSeconds = -1; // printed when the link is not up
    int replicaPriority = 100;
    bool readOnly = true;
    bool announced = true;

    // Both roles.
    std::vector<ReplicaInfoLine> replicas;
    std::optional<int> minReplicasGood; // only when both min-replicas options are non-zero
    std::string failoverState = "no-failover";
    std::string replid;
    std::string replid2;
    std::int64_t masterReplOffset = 0;
    std::int64_t secondReplOffset = -1;
    bool backlogActive = false;
    std::int64_t backlogSize = 1048576;
    std::int64_t backlogFirstByteOffset = 0;
    std::int64_t backlogHistlen = 0;
};

// The section body without the "# Replication" title; each line ends in "\r\n".
std::string renderReplicationInfo(const ReplicationInfo &info);

} // namespace rd::repl
