// Replication: wiring into the server, the cron, INFO replication, ROLE and REPLSTATE.
// The master side is in replication_master.cpp, the replica side in replication_replica.cpp.
#include "replication/replication.h"

#include "commands/command_context.h"
#include "core/blocking.h"
#include "core/server.h"
#include "log/logger.h"

#include <chrono>
#include <mutex>

namespace rd::repl {

namespace {

std::mutex g_registryMutex;
std::map<const Server *, Replication *> g_registry;

std::int64_t steadyMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Lifetime and hooks

Replication::Replication(Server &server)
    : m_server(server)
    , m_machine([](LogLevel level, std::string_view message) { serverLog(level, message); })
    , m_cronTimer(server.io())
{
    std::lock_guard lock(g_registryMutex);
    g_registry[&server] = this;
}

Replication::~Replication()
{
    if (m_link)
        m_link->stop();
    std::lock_guard lock(g_registryMutex);
    g_registry.erase(&m_server);
}

Replication *Replication::of(Server &server)
{
    std::lock_guard lock(g_registryMutex);
    auto it = g_registry.find(&server);
    return it == g_registry.end() ? nullptr : it->second;
}

void Replication::log(LogLevel level, std::string_view message) const
{
    serverLog(level, message);
}

void Replication::start(std::optional<CachedMaster> loaded)
{
    m_cachedAtStart = std::move(loaded);
    m_noReplicasSinceMs = steadyMs();
    propagateOwnWrites(true);
    m_server.addInfoSection("replication", [this](std::string &out) {
        out.append("# Replication\r\n").append(infoSection());
    });
    // The server frees its remaining clients after the shutdown hook has destroyed this object,
    // so the hook finds it through the registry instead of holding `this`.
    m_server.addClientCloseHook([&server = m_server](Client &c) {
        Replication *self = Replication::of(server);
        if (!self)
            return;
        if (c.hasFlag(Client::Replica))
            self->dropReplica(c, "");
        server.blocking().blockedCount -=
            std::erase_if(self->m_waiters, [&](const Waiter &w) { return w.clientId == c.id(); });
    });
    m_server.blocking().unblockOther = [&server = m_server](Client &c, bool error) {
        Replication *self = Replication::of(server);
        return self && self->unblockWaiter(c, error);
    };
    m_server.onConfigChange("repl-backlog-size", [this]() -> std::optional<std::string> {
        m_stream.resizeBacklog(std::size_t(m_server.config().replBacklogSize));
        return std::nullopt;
    });
    const Config &cfg = m_server.config();
    if (!cfg.replicaofHost.empty())
        becomeReplicaOf(cfg.replicaofHost, int(cfg.replicaofPort), "");
    cron();
}

// A master encodes its writes into the stream. A replica's stream is its master's, forwarded
// byte for byte; its own writes (a writable replica) stay local, as in Redis 4.0+. Without a
// hook the server does not even copy the arguments of what the master's stream runs.
void Replication::propagateOwnWrites(bool on)
{
    if (!on)
        return m_server.setPropagationHook(nullptr);
    m_server.setPropagationHook([this](int db, std::span<const std::string> argv) {
        m_stream.propagate(db, argv);
        scheduleFlush();
    });
}

// The 1 Hz replication cron (Redis's replicationCron), on its own timer so that it runs once
// a second whatever hz is.
void Replication::cron()
{
    ++m_cronTicks;
    if (m_link)
        m_link->cron();
    masterCron();
    m_server.flushPendingWrites(); // a timer handler: nothing else sends what it queued
    m_cronTimer.expires_after(std::chrono::seconds(1));
    m_cronTimer.async_wait([this](const std::error_code &ec) {
        if (!ec)
            cron();
    });
}

// ---------------------------------------------------------------------------------------------
// INFO replication

ReplicationInfo Replication::infoSnapshot() const
{
    const Config &cfg = m_server.config();
    ReplicationInfo i;
    i.isReplica = bool(m_link);
    if (m_link) {
        const ReplState s = m_machine.state();
        i.masterHost = cfg.replicaofHost;
        i.masterPort = int(cfg.replicaofPort);
        i.linkUp = s == ReplState::Connected;
        i.lastIoSecondsAgo = m_link->lastIoSecondsAgo();
        i.syncInProgress = s == ReplState::Transfer;
        const bool hasMaster = i.linkUp || m_link->cachedMaster();
        i.readReplOffset = hasMaster ? m_link->readReploff() : 1;
        i.replOffset = hasMaster ? m_link->reploff() : 1;
        if (const SyncPayloadReader *t = m_link->transfer()) {
            i.syncTotalBytes = t->totalBytes();
            i.syncReadBytes = t->readBytes();
            i.syncLastIoSecondsAgo = 0;
        }
        i.linkDownSinceSeconds = m_link->downSinceSeconds();
        i.replicaPriority = int(cfg.replicaPriority);
        i.readOnly = cfg.replicaReadOnly;
        i.announced = cfg.replicaAnnounced;
    }
    const std::int64_t now = steadyMs();
    for (const auto &r : m_replicas) {
        const ReplicaOutput &o = *r->out;
        i.replicas.push_back(
            {o.shownIp(), o.listeningPort, std::string(infoStateName(o.state)), o.ackOffset,
             o.state == ReplicaSyncState::Online ? (now - o.lastAckMs) / 1000 : 0});
    }
    if (cfg.minReplicasToWrite && cfg.minReplicasMaxLag)
        i.minReplicasGood = goodReplicas();
    i.replid = m_stream.ids.replid;
    i.replid2 = m_stream.ids.replid2;
    i.masterReplOffset = m_stream.masterReplOffset();
    i.secondReplOffset = m_stream.ids.secondReplidOffset;
    if (const Backlog *b = m_stream.backlog()) {
        i.backlogActive = true;
        i.backlogFirstByteOffset = b->firstByteOffset();
        i.backlogHistlen = std::int64_t(b->histlen());
    }
    i.backlogSize = cfg.replBacklogSize;
    return i;
}

std::string Replication::infoSection() const
{
    return renderReplicationInfo(infoSnapshot());
}

std::optional<rdb::RdbAuxInfo::Replication> Replication::saveInfo() const
{
    if (m_link) {
        if (m_link->connected())
            return rdb::RdbAuxInfo::Replication{masterDb(), m_link->masterReplid(),
                                                m_link->reploff()};
        if (const auto &c = m_link->cachedMaster())
            return rdb::RdbAuxInfo::Replication{c->db, c->replid, c->offset};
        return std::nullopt;
    }
    if (!m_stream.backlog())
        return std::nullopt;
    return rdb::RdbAuxInfo::Replication{0, m_stream.ids.replid, m_stream.masterReplOffset()};
}

// ---------------------------------------------------------------------------------------------
// ROLE

void Replication::roleCommand(CommandContext &ctx)
{
    ReplyBuffer &r = ctx.reply;
    if (!m_link) {
        r.arrayHeader(3);
        r.bulk("master");
        r.integer(m_stream.masterReplOffset());
        std::size_t online = 0;
        for (const auto &rep : m_replicas)
            online += rep->out->state == ReplicaSyncState::Online;
        r.arrayHeader(online);
        for (const auto &rep : m_replicas) {
            const ReplicaOutput &o = *rep->out;
            if (o.state != ReplicaSyncState::Online)
                continue;
            r.arrayHeader(3);
            r.bulk(o.shownIp());
            r.bulk(std::to_string(o.listeningPort));
            r.bulk(std::to_string(o.ackOffset));
        }
        return;
    }
    const Config &cfg = m_server.config();
    r.arrayHeader(5);
    r.bulk("slave");
    r.bulk(cfg.replicaofHost);
    r.integer(cfg.replicaofPort);
    r.bulk(roleStateName(m_machine.state()));
    r.integer(m_link->connected() ? m_link->reploff() : -1);
}

// ---------------------------------------------------------------------------------------------
// REPLSTATE (ReplicaDesk's extension; see README.md)

void Replication::replstateCommand(CommandContext &ctx)
{
    ReplyBuffer &r = ctx.reply;
    Argv &argv = ctx.argv;
    if (argv.size() >= 2) {
        std::string sub = argv[1];
        for (char &c : sub)
            c = char(std::tolower(static_cast<unsigned char>(c)));
        if (sub != "history" || argv.size() > 3)
            return ctx.replySyntaxError();
        std::int64_t count = 0;
        if (argv.size() == 3) {
            if (!ctx.intArg(2, count))
                return;
            if (count < 1)
                return ctx.replyError("value is out of range, must be positive");
        }
        const auto h = m_machine.history(std::size_t(count));
        r.arrayHeader(h.size());
        for (const ReplTransition &t : h) {
            r.arrayHeader(5);
            r.integer(t.timestampUs);
            r.bulk(stateName(t.from));
            r.bulk(stateName(t.to));
            r.bulk(t.reason);
            r.integer(std::int64_t(t.seq));
        }
        return;
    }
    const Config &cfg = m_server.config();
    const MasterLink *l = m_link.get();
    const SyncPayloadReader *t = l ? l->transfer() : nullptr;
    static const LinkError kNoError;
    const LinkError &e = l ? l->lastError() : kNoError;
    std::string cached;
    if (l && l->cachedMaster())
        cached = l->cachedMaster()->replid + ":" + std::to_string(l->cachedMaster()->offset);

    r.arrayHeader(2 * 30);
    const auto field = [&](const char *name) {
        r.bulk(name);
    };
    field("role");
    r.bulk(l ? "slave" : "master");
    field("state");
    r.bulk(stateName(m_machine.state()));
    field("role_state");
    r.bulk(roleStateName(m_machine.state()));
    field("state_since_us");
    r.integer(m_machine.enteredAtUs());
    field("master_host");
    r.bulk(l ? cfg.replicaofHost : "");
    field("master_port");
    r.integer(l ? cfg.replicaofPort : 0);
    field("link_status");
    r.bulk(m_machine.state() == ReplState::Connected ? "up" : "down");
    field("last_error");
    r.bulk(e.message);
    field("last_error_kind");
    r.bulk(e.kind);
    field("last_error_os");
    r.bulk(e.osText);
    field("last_error_errno");
    r.integer(e.osErrno);
    field("last_error_us");
    r.integer(e.timestampUs);
    field("connect_attempts");
    r.integer(l ? l->connectAttempts() : 0);
    field("next_retry_in_ms");
    r.integer(l && m_machine.state() == ReplState::Connect ? l->nextRetryInMs() : -1);
    field("transfer_form");
    r.bulk(!t || !t->headerSeen() ? "none" : t->eofForm() ? "eof" : "length");
    field("transfer_total_bytes");
    r.integer(t ? t->totalBytes() : -1);
    field("transfer_read_bytes");
    r.integer(t ? t->readBytes() : 0);
    field("transfer_started_us");
    r.integer(l ? l->transferStartedUs() : 0);
    field("loading");
    r.integer(l && l->loading() ? 1 : 0);
    field("master_replid");
    r.bulk(l ? l->masterReplid() : m_stream.ids.replid);
    field("master_repl_offset");
    r.integer(m_stream.masterReplOffset());
    field("slave_repl_offset");
    r.integer(l ? l->reploff() : -1);
    field("slave_read_repl_offset");
    r.integer(l ? l->readReploff() : -1);
    field("cached_master");
    r.bulk(cached);
    field("sync_full");
    r.integer(l ? std::int64_t(l->fullSyncs()) : 0);
    field("sync_partial_ok");
    r.integer(l ? std::int64_t(l->partialSyncs()) : 0);
    field("transitions_total");
    r.integer(std::int64_t(m_machine.transitionCount()));
    field("history_capacity");
    r.integer(std::int64_t(m_machine.historyCapacity()));
    field("connected_slaves");
    r.integer(std::int64_t(m_replicas.size()));
    field("master_replid2");
    r.bulk(m_stream.ids.replid2);
}

} // namespace rd::repl
