// Replication, replica side: REPLICAOF, and what the MasterLink asks of the node — load the
// snapshot beside the served data and swap it in, run the master's commands on the master
// client, forward what was applied to our own replicas, cache the master when the link drops.
#include "replication/replication.h"

#include "commands/command_context.h"
#include "core/server.h"
#include "log/logger.h"
#include "persistence/keyspace_snapshot.h"
#include "store/keyspace.h"

#include <chrono>
#include <thread>

namespace rd::repl {

namespace {

// A received full-sync snapshot, loaded beside the served keyspace until the swap.
class KeyspaceBeside final : public LoadedSnapshot
{
public:
    explicit KeyspaceBeside(int databases)
        : keyspace(databases)
    {
        // Loading keeps every key: a replica waits for its master's DEL.
        keyspace.setReplicaMode(true);
        keyspace.setLoading(true);
    }
    Keyspace keyspace;
};

std::int64_t steadyMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

std::string clientInfo(const Client &c)
{
    return "id=" + std::to_string(c.id()) + " addr=" + c.peerAddress + " laddr=" + c.localAddress +
           " name=" + c.name + " db=" + std::to_string(c.dbIndex);
}

} // namespace

// ---------------------------------------------------------------------------------------------
// REPLICAOF / SLAVEOF

void Replication::replicaofCommand(CommandContext &ctx)
{
    Argv &argv = ctx.argv;
    std::string host = argv[1];
    std::string port = argv[2];
    std::string h = host;
    std::string p = port;
    for (char &c : h)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    for (char &c : p)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    if (h == "no" && p == "one") {
        if (m_link)
            becomeMaster(clientInfo(ctx.client));
        return ctx.reply.ok();
    }
    std::int64_t portNum = 0;
    char *end = nullptr;
    portNum = std::strtoll(port.c_str(), &end, 10);
    if (port.empty() || *end || portNum < 0 || portNum > 65535)
        return ctx.replyError("Invalid master port");
    const Config &cfg = m_server.config();
    if (m_link && cfg.replicaofHost == host && cfg.replicaofPort == portNum) {
        log(LogLevel::Notice, "REPLICAOF would result into synchronization with the master we "
                              "are already connected with. No operation performed.");
        return ctx.reply.status("OK Already connected to specified master");
    }
    becomeReplicaOf(host, int(portNum), clientInfo(ctx.client));
    ctx.reply.ok();
}

MasterLinkSettings Replication::linkSettings() const
{
    const Config &cfg = m_server.config();
    MasterLinkSettings s;
    s.host = cfg.replicaofHost;
    s.port = int(cfg.replicaofPort);
    s.masterUser = cfg.masteruser;
    s.masterAuth = cfg.masterauth;
    s.listeningPort =
        int(cfg.replicaAnnouncePort ? cfg.replicaAnnouncePort
                                    : (m_server.boundPort() ? m_server.boundPort() : cfg.port));
    s.announceIp = cfg.replicaAnnounceIp;
    s.replTimeoutSec = cfg.replTimeout;
    s.dir = cfg.dir;
    s.dbfilename = cfg.dbfilename;
    return s;
}

void Replication::becomeReplicaOf(const std::string &host, int port, const std::string &who)
{
    std::optional<CachedMaster> cached;
    if (m_link) {
        // Switching masters: our current master's position may be valid on the new one.
        if (m_link->connected()) {
            log(LogLevel::Warning, "Connection with master lost.");
            log(LogLevel::Notice, "Caching the disconnected master state.");
            cached = CachedMaster{m_link->masterReplid(), m_link->reploff(), masterDb()};
        } else {
            cached = m_link->cachedMaster();
        }
        m_link->stop();
        m_link.reset();
    } else if (who.empty()) {
        // The replicaof directive at start-up: only what the loaded RDB recorded can be offered.
        cached = m_cachedAtStart;
        m_cachedAtStart.reset();
    } else {
        // A master turning replica offers its own history: a promoted ex-replica of ours can
        // then continue it partially.
        log(LogLevel::Notice,
            "Before turning into a replica, using my own master parameters to synthesize a "
            "cached master: I may be able to synchronize with the new master with just a "
            "partial transfer.");
        cached = CachedMaster{m_stream.ids.replid, m_stream.masterReplOffset(), 0};
        if (!m_stream.backlog())
            m_stream.createBacklog(std::size_t(m_server.config().replBacklogSize));
    }
    Config &cfg = m_server.config();
    cfg.replicaofHost = host;
    cfg.replicaofPort = port;
    m_server.setReplicaMode(true);
    m_server.setMasterLinkUp(false);
    propagateOwnWrites(false);
    if (!who.empty())
        log(LogLevel::Notice, "REPLICAOF " + host + ":" + std::to_string(port) +
                                  " enabled (user request from '" + who + "')");
    if (!m_masterClient) {
        m_masterClient = m_server.createFakeClient();
        m_masterClient->setFlag(Client::Master);
        m_masterClient->authenticated = true;
    }
    if (cached)
        m_masterClient->dbIndex = cached->db;
    m_link = std::make_shared<MasterLink>(
        m_server.io(), m_machine,
        [](LogLevel level, std::string_view message) { serverLog(level, message); }, *this,
        linkSettings());
    m_link->start(cached);
}

void Replication::becomeMaster(const std::string &who)
{
    if (m_link->connected() || m_link->cachedMaster()) {
        log(LogLevel::Notice, "Caching the disconnected master state.");
        log(LogLevel::Notice, "Discarding previously cached master state.");
    }
    // Our history so far came from the old master; keep it valid as the secondary ID so our
    // replicas (and the old master's other replicas) can continue partially.
    const std::int64_t offset =
        m_link->connected() ? m_link->reploff() : m_stream.masterReplOffset();
    m_link->stop();
    m_link.reset();
    m_stream.setMasterReplOffset(offset);
    log(LogLevel::Notice, m_stream.ids.shift(offset));
    if (!m_stream.backlog())
        m_stream.createBacklog(std::size_t(m_server.config().replBacklogSize));
    m_stream.forceSelect();
    disconnectReplicas();
    // As Redis: the backlog's time to live without replicas counts from the promotion.
    m_noReplicasSinceMs = steadyMs();
    m_masterClient.reset();
    Config &cfg = m_server.config();
    cfg.replicaofHost.clear();
    cfg.replicaofPort = 0;
    m_server.setReplicaMode(false);
    m_server.setMasterLinkUp(false);
    propagateOwnWrites(true);
    m_machine.transitionTo(ReplState::None,
                           "MASTER MODE enabled (user request from '" + who + "')");
}

// ---------------------------------------------------------------------------------------------
// MasterLinkOwner

// Runs on the link's worker thread: the received RDB goes into a keyspace of its own, through
// the same loader as the start-up load, keeping expired keys (the master's DEL removes them).
SnapshotLoad Replication::loadSnapshot(const std::string &path)
{
    SnapshotLoad out;
    auto snap = std::make_unique<KeyspaceBeside>(int(m_server.config().databases));
    const rdb::RdbLoadResult r =
        rdb::loadKeyspaceFile(path, snap->keyspace, rdb::loadOptionsFrom(m_server.config(), false));
    if (!r.ok()) {
        out.error = r.error->message();
        return out;
    }
    snap->keyspace.setLoading(false);
    out.keysLoaded = r.info.keysLoaded;
    out.replStreamDb = r.info.replStreamDb;
    out.replId = r.info.replId;
    out.replOffset = r.info.replOffset;
    out.snapshot = std::move(snap);
    return out;
}

void Replication::installSnapshot(SnapshotLoad load, const std::string &replid, std::int64_t offset)
{
    // One step on the loop thread: every database trades contents with the loaded one.
    auto &loaded = static_cast<KeyspaceBeside &>(*load.snapshot);
    Keyspace &live = m_server.keyspace();
    for (int i = 0; i < live.count() && i < loaded.keyspace.count(); ++i)
        live.db(i).swapContents(loaded.keyspace.db(i));
    // The old data now sits in the snapshot object: free it off the loop thread.
    std::thread([old = std::move(load.snapshot)]() mutable { old.reset(); }).detach();
    m_server.signalFlushedDb(-1);
    // Our sub-replicas followed a history that just ended: they must resync with us.
    disconnectReplicas();
    m_stream.freeBacklog();
    m_stream.ids.replid = replid;
    m_stream.ids.clearSecondary();
    m_stream.setMasterReplOffset(offset);
    m_stream.createBacklog(std::size_t(m_server.config().replBacklogSize));
    if (!m_masterClient) {
        m_masterClient = m_server.createFakeClient();
        m_masterClient->setFlag(Client::Master);
        m_masterClient->authenticated = true;
    }
    m_masterClient->dbIndex = load.replStreamDb.value_or(0);
    m_masterClient->multiQueue.clear();
    m_masterClient->setFlag(Client::Multi, false);
    m_server.setMasterLinkUp(true);
}

void Replication::resumePartial(const std::string &newReplid, std::int64_t offset)
{
    if (!m_stream.backlog()) {
        m_stream.setMasterReplOffset(offset);
        m_stream.createBacklog(std::size_t(m_server.config().replBacklogSize));
    }
    if (!newReplid.empty()) {
        m_stream.ids.adoptWithSecondary(newReplid, offset);
        // Sub-replicas learn the new ID by reconnecting (they continue through replid2).
        disconnectReplicas();
    } else if (m_stream.ids.replid != m_link->masterReplid()) {
        m_stream.ids.replid = m_link->masterReplid();
    }
    m_server.setMasterLinkUp(true);
}

void Replication::applyFromMaster(Argv &argv)
{
    // The link parses the next command into whatever slots it gets back: swap, do not copy.
    std::swap(m_masterClient->argv, argv);
    m_server.executeFromMaster(*m_masterClient);
}

void Replication::forwardApplied(std::string_view bytes)
{
    m_server.stats().netReplInputBytes += std::int64_t(bytes.size());
    m_stream.feedVerbatim(bytes);
    scheduleFlush();
}

void Replication::linkDown(bool wasConnected)
{
    m_server.setMasterLinkUp(false);
    if (wasConnected && m_masterClient) {
        // What was half applied (an open MULTI) is dropped, as Redis drops the query buffer.
        m_masterClient->multiQueue.clear();
        m_masterClient->setFlag(Client::Multi, false);
    }
}

int Replication::masterDb() const
{
    return m_masterClient ? m_masterClient->dbIndex : 0;
}

} // namespace rd::repl
