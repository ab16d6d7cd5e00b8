#pragma once
// MasterLink: this node's link to its master, the replica side of replication, on Asio.
// It runs Redis 7.0's phases as small handlers, each ending in one state transition:
//
//   connect -> connecting -> handshake sub-states (MasterHandshake) -> transfer -> connected
//
// and resets to `connect` on any error, keeping the reason (with the OS error text) for
// REPLSTATE. The snapshot is written to a temp file, then loaded on a worker thread into a
// fresh dataset beside the one being served; the owner swaps them when the load is complete,
// so reads never see -LOADING or an empty dataset. Stream bytes that arrive meanwhile wait.
//
// Retries back off: 1 s, 1 s, 2 s, 4 s, then every 5 s for a master never reached; 100 ms,
// 200 ms, 400 ms, 800 ms, then up to 5 s with a cached master. A link that was up reconnects at
// once (as Redis does, to resync before the backlog moves on). Never a tight loop.
#include "net/argv.h"
#include "net/resp_parser.h"
#include "replication/master_handshake.h"
#include "replication/repl_state_machine.h"
#include "replication/sync_payload_reader.h"

#include <asio.hpp>

#include <atomic>
#include <cstdint>
#include <deque>
#include <memory>
#include <optional>
#include <string>

namespace rd::repl {

// A dataset loaded beside the served one; the owner knows what is inside.
class LoadedSnapshot
{
public:
    virtual ~LoadedSnapshot() = default;
};

struct SnapshotLoad
{
    std::unique_ptr<LoadedSnapshot> snapshot; // null on failure
    std::string error;                        // Redis-style reason on failure
    std::uint64_t keysLoaded = 0;
    std::optional<int> replStreamDb;
    std::optional<std::string> replId;      // the RDB's repl-id aux field
    std::optional<std::int64_t> replOffset; // the RDB's repl-offset aux field
};

// What the link needs from the node. Everything is called on the loop thread except
// loadSnapshot, which runs on a worker thread and must touch nothing but its new dataset.
class MasterLinkOwner
{
public:
    virtual ~MasterLinkOwner() = default;
    virtual SnapshotLoad loadSnapshot(const std::string &path) = 0;
    // The full sync is complete: swap in `load.snapshot`, adopt replid/offset as the stream
    // position (backlog, sub-replicas), select `streamDb` for the master client.
    virtual void installSnapshot(SnapshotLoad load, const std::string &replid,
                                 std::int64_t offset) = 0;
    // +CONTINUE: resume the cached master; newReplid is set when the master's id changed.
    virtual void resumePartial(const std::string &newReplid, std::int64_t offset) = 0;
    // One command of the master's stream, run as the master client. It may take the arguments
    // (argv is left holding unspecified slots for the next command).
    virtual void applyFromMaster(Argv &argv) = 0;
    // Stream bytes this node applied, to be forwarded verbatim (backlog, sub-replicas).
    virtual void forwardApplied(std::string_view bytes) = 0;
    // The link went down; the owner caches what it needs to PSYNC later.
    virtual void linkDown(bool wasConnected) = 0;
    // The master client's currently selected db (for the cached master).
    virtual int masterDb() const = 0;
};

struct MasterLinkSettings
{
    std::string host;
    int port = 0;
    std::string masterUser;
    std::string masterAuth;
    int listeningPort = 0;
    std::string announceIp;
    std::int64_t replTimeoutSec = 60;
    std::string dir; // where the temp-<unixtime>.<pid>.rdb goes
    std::string dbfilename = "dump.rdb";
    bool keepRdbFile = true; // rename the received RDB to dbfilename (as Redis does)
};

// Why the link last failed, for REPLSTATE and the app's diagnosis.
struct LinkError
{
    std::string kind;    // connect, auth, handshake, psync, transfer, load, timeout, io, protocol
    std::string message; // Redis's log line
    std::string osText;  // "Connection refused", "No route to host", ... or ""
    int osErrno = 0;
    std::int64_t timestampUs = 0;
};

class MasterLink : public std::enable_shared_from_this<MasterLink>
{
public:
    MasterLink(asio::io_context &io, ReplStateMachine &machine, LogSink log, MasterLinkOwner &owner,
               MasterLinkSettings settings);
    ~MasterLink();

    // Starts connecting now ("Connecting to MASTER h:p"). `cached`: a master to PSYNC from.
    void start(std::optional<CachedMaster> cached);
    // Closes everything; the state machine is left for the caller to move.
    void stop();

    const MasterLinkSettings &settings() const { return m_settings; }
    bool connected() const { return m_machine.state() == ReplState::Connected; }
    bool loading() const { return m_loading; }
    const std::string &masterReplid() const { return m_replid; }
    std::int64_t reploff() const { return m_reploff; }
    std::int64_t readReploff() const { return m_readReploff; }
    bool hasMasterClient() const { return connected(); }
    const std::optional<CachedMaster> &cachedMaster() const { return m_cached; }
    const LinkError &lastError() const { return m_lastError; }
    int connectAttempts() const { return m_failures; }
    std::int64_t nextRetryInMs() const;
    const SyncPayloadReader *transfer() const { return m_payload ? &*m_payload : nullptr; }
    std::int64_t transferStartedUs() const { return m_transferStartedUs; }
    // Seconds since the last byte from the master (-1 without a link); INFO fields.
    int lastIoSecondsAgo() const;
    // When the link went down (steady seconds), -1 if it never came up.
    std::int64_t downSinceSeconds() const;
    std::uint64_t fullSyncs() const { return m_fullSyncs; }
    std::uint64_t partialSyncs() const { return m_partialSyncs; }

    // The 1 Hz duties: ACK, keepalive while loading, repl-timeout.
    void cron();
    // REPLCONF GETACK from the master: ACK now with the offset before that command.
    void ackNow(std::int64_t offset);

private:
    void connect(const char *logLine);
    void onConnected();
    void fail(std::string kind, std::string message, const std::error_code &ec = {},
              LogLevel level = LogLevel::Warning);
    void scheduleRetry();
    void read();
    void onRead(std::size_t n);
    void processHandshake();
    void processTransfer();
    void processStream();
    void beginLoad();
    void finishLoad(SnapshotLoad load);
    void write(std::string bytes);
    void writeNext();
    void closeSocket();
    void touch();

    asio::io_context &m_io;
    ReplStateMachine &m_machine;
    LogSink m_log;
    MasterLinkOwner &m_owner;
    MasterLinkSettings m_settings;

    asio::ip::tcp::resolver m_resolver;
    std::unique_ptr<asio::ip::tcp::socket> m_socket;
    asio::steady_timer m_retryTimer;
    std::uint64_t m_generation = 0; // bumps on every reconnect; stale handlers check it
    bool m_stopped = false;

    std::unique_ptr<MasterHandshake> m_handshake;
    std::optional<CachedMaster> m_cached;
    std::string m_in; // bytes read and not yet consumed
    std::string m_readChunk;
    std::deque<std::string> m_out;
    bool m_writing = false;

    std::optional<SyncPayloadReader> m_payload;
    std::string m_fullReplid;
    std::int64_t m_fullOffset = 0;
    int m_tempFd = -1;
    std::string m_tempPath;
    std::int64_t m_transferStartedUs = 0;
    bool m_loading = false;
    std::shared_ptr<std::atomic<bool>> m_loadCancelled;

    RespParser m_parser;
    Argv m_argv;
    std::size_t m_commandBytes = 0; // bytes of the command being parsed
    bool m_inMulti = false;
    std::string m_unforwarded; // applied inside MULTI, forwarded at EXEC

    std::string m_replid;
    std::int64_t m_reploff = 0;
    std::int64_t m_readReploff = 0;
    std::int64_t m_lastIoSteady = 0;
    std::int64_t m_downSince = -1;
    std::int64_t m_lastNewlineSteady = 0;
    std::int64_t m_retryAtSteadyMs = -1;
    int m_failures = 0;
    LinkError m_lastError;
    std::uint64_t m_fullSyncs = 0;
    std::uint64_t m_partialSyncs = 0;
};

} // namespace rd::repl
