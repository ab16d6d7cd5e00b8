#pragma once
// Replication: the node's replication subsystem, plugged into the Server through its hooks
// (propagation, cron, INFO, client close, config changes). It holds both sides:
//
//   master side — the replication stream (IDs, offset, backlog), the attached replicas and
//     their full syncs (a forked child writes the point-in-time snapshot to disk or, diskless,
//     into a pipe this process relays to the sockets), PING every repl-ping-replica-period,
//     output limits, replica timeouts, min-replicas, WAIT;
//   replica side — the MasterLink to our master (REPLICAOF), the master client that applies
//     its stream, the cached master for PSYNC, and the dataset swap after a full sync.
//
// Commands (SYNC, PSYNC, REPLCONF, REPLICAOF/SLAVEOF, ROLE, WAIT, REPLSTATE) are registered by
// registerReplicationCommands() and reach this object through Replication::of(server).
#include "persistence/rdb_writer.h"
#include "replication/master_link.h"
#include "replication/replica_output.h"
#include "replication/replication_info.h"
#include "replication/replication_stream.h"

#include <asio/posix/stream_descriptor.hpp>
#include <asio/steady_timer.hpp>

#include <sys/types.h>

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace rd {
class Server;
class Client;
class CommandContext;
class CommandTable;
} // namespace rd

namespace rd::repl {

class Replication : public MasterLinkOwner
{
public:
    explicit Replication(Server &server);
    ~Replication() override;
    Replication(const Replication &) = delete;
    Replication &operator=(const Replication &) = delete;

    // Installs the hooks and, with `replicaof` in the config, starts the link to the master.
    // `loaded`: replication info from the RDB loaded at start-up (to PSYNC after a restart).
    void start(std::optional<CachedMaster> loaded = std::nullopt);
    // The Replication attached to a server (nullptr if none).
    static Replication *of(Server &server);

    // --- commands (replication_commands.cpp calls these) ------------------------------------
    void syncCommand(CommandContext &ctx);
    void replconfCommand(CommandContext &ctx);
    void replicaofCommand(CommandContext &ctx);
    void roleCommand(CommandContext &ctx);
    void waitCommand(CommandContext &ctx);
    void replstateCommand(CommandContext &ctx);
    // -NOREPLICAS gate for writes (min-replicas-to-write): false when writes must be refused.
    bool enoughGoodReplicas() const;

    // --- state for INFO / REPLSTATE / tests --------------------------------------------------
    bool isReplica() const { return bool(m_link); }
    ReplicationStream &stream() { return m_stream; }
    ReplStateMachine &machine() { return m_machine; }
    MasterLink *link() { return m_link.get(); }
    std::string infoSection() const;
    // The stream position an RDB saved now must record (repl-id, repl-offset, repl-stream-db);
    // nullopt when there is none (a master that never had a replica).
    std::optional<rdb::RdbAuxInfo::Replication> saveInfo() const;

private:
    struct Replica
    {
        Client *client = nullptr;
        std::shared_ptr<ReplicaOutput> out; // also in the client's replicationState slot
        std::int64_t waitingSinceMs = 0;    // WaitBgsaveStart: when it started to wait
    };
    struct Waiter
    {
        std::uint64_t clientId;
        std::int64_t offset;
        std::int64_t numReplicas;
        std::int64_t deadlineMs; // 0: forever
    };
    // A running full sync: one forked child producing the snapshot for every replica that was
    // waiting when it started.
    struct FullSyncJob
    {
        bool diskless = false;
        pid_t pid = -1;
        std::string rdbPath;
        std::unique_ptr<asio::posix::stream_descriptor> pipe;
        std::vector<char> buffer = std::vector<char>(256 * 1024);
        bool pipeDone = false;
        bool childExited = false;
        bool childOk = false;
    };

    // master side (replication_master.cpp)
    Replica *findReplica(const Client &client);
    void attachReplica(Client &client, CommandContext &ctx, bool psync);
    bool tryPartialResync(CommandContext &ctx, Replica &r, const std::string &id,
                          std::int64_t offset);
    void startFullSyncIfNeeded();
    void startFullSync(bool diskless);
    void onSnapshotDone(bool ok);
    void relayPipe();
    void makeOnline(Replica &r, bool holdUntilAck);
    void dropReplica(Client &client, const std::string &why);
    void scheduleFlush();
    void flushStream();
    void masterCron();
    void serveWaiters();
    std::int64_t replicasAckedAt(std::int64_t offset) const;
    bool unblockWaiter(Client &client, bool error);
    void resumeInputAfterWait(Client &client);
    void disconnectReplicas();
    int goodReplicas() const;

    // replica side (replication_replica.cpp)
    void becomeReplicaOf(const std::string &host, int port, const std::string &who);
    void becomeMaster(const std::string &who);
    MasterLinkSettings linkSettings() const;
    SnapshotLoad loadSnapshot(const std::string &path) override;
    void installSnapshot(SnapshotLoad load, const std::string &replid,
                         std::int64_t offset) override;
    void resumePartial(const std::string &newReplid, std::int64_t offset) override;
    void applyFromMaster(Argv &argv) override;
    void forwardApplied(std::string_view bytes) override;
    void linkDown(bool wasConnected) override;
    int masterDb() const override;

    void propagateOwnWrites(bool on);
    void cron();
    void log(LogLevel level, std::string_view message) const;
    ReplicationInfo infoSnapshot() const;

    Server &m_server;
    ReplicationStream m_stream;
    ReplStateMachine m_machine;
    asio::steady_timer m_cronTimer;
    std::int64_t m_cronTicks = 0;
    bool m_flushScheduled = false;

    // master side
    std::vector<std::unique_ptr<Replica>> m_replicas;
    std::unique_ptr<FullSyncJob> m_job;
    std::vector<Waiter> m_waiters;
    std::int64_t m_noReplicasSinceMs = 0; // steady ms; repl-backlog-ttl counts from here

    // replica side
    std::shared_ptr<MasterLink> m_link;
    std::unique_ptr<Client> m_masterClient;
    std::optional<CachedMaster> m_cachedAtStart;
};

// Registers SYNC, PSYNC, REPLCONF, REPLICAOF, SLAVEOF, ROLE, WAIT and REPLSTATE.
void registerReplicationCommands(CommandTable &table);
// Creates the server's Replication (owned until shutdown), adds the -NOREPLICAS write guard
// and starts it. Called from installSubsystems().
void installReplication(Server &server);

} // namespace rd::repl
