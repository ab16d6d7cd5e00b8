// Replication, master side: replicas attach with SYNC/PSYNC, get a point-in-time snapshot
// (from a forked child, to disk or straight into their sockets) while the writes that follow
// are buffered for them, then the command stream. REPLCONF, WAIT and the master cron live here.
#include "replication/replication.h"

#include "commands/command_context.h"
#include "core/blocking.h"
#include "core/server.h"
#include "log/logger.h"
#include "net/connection.h"
#include "persistence/keyspace_snapshot.h"
#include "persistence/rdb_file.h"
#include "persistence/rdb_writer.h"
#include "replication/psync_decision.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <fstream>

namespace rd::repl {

namespace {

std::int64_t steadyMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

std::string lower(std::string_view s)
{
    std::string out(s);
    for (char &c : out)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

bool parseInt(std::string_view s, std::int64_t &out)
{
    if (s.empty())
        return false;
    char *end = nullptr;
    const std::string copy(s);
    errno = 0;
    out = std::strtoll(copy.c_str(), &end, 10);
    return errno == 0 && end == copy.c_str() + copy.size();
}

// The per-replica record lives in the client's replicationState slot from its first REPLCONF,
// so what it announced is known when SYNC/PSYNC arrives.
std::shared_ptr<ReplicaOutput> outputOf(Client &c)
{
    if (!c.replicationState) {
        auto out = std::make_shared<ReplicaOutput>();
        const auto colon = c.peerAddress.rfind(':');
        out->peerIp = colon == std::string::npos ? c.peerAddress : c.peerAddress.substr(0, colon);
        c.replicationState = out;
    }
    return std::static_pointer_cast<ReplicaOutput>(c.replicationState);
}

} // namespace

// ---------------------------------------------------------------------------------------------
// SYNC / PSYNC

Replication::Replica *Replication::findReplica(const Client &client)
{
    for (auto &r : m_replicas) {
        if (r->client == &client)
            return r.get();
    }
    return nullptr;
}

void Replication::syncCommand(CommandContext &ctx)
{
    Client &c = ctx.client;
    if (c.hasFlag(Client::Replica))
        return; // already a replica: ignored, as Redis does
    const bool psync = lower(ctx.argv[0]) == "psync";
    if (psync && ctx.argv.size() != 3)
        return ctx.replyWrongArity();
    if (m_link && !m_link->connected())
        return ctx.replyError("-NOMASTERLINK Can't SYNC while not connected with my master");
    if (!ctx.reply.empty())
        return ctx.replyError("SYNC and PSYNC are invalid with pending output");

    auto out = outputOf(c);
    log(LogLevel::Notice, "Replica " + out->name() + " asks for synchronization");
    auto rec = std::make_unique<Replica>();
    rec->client = &c;
    rec->out = out;
    rec->waitingSinceMs = steadyMs();
    out->prePsync = !psync;
    out->state = ReplicaSyncState::WaitBgsaveStart;
    c.setFlag(Client::Replica);
    Replica &r = *rec;
    m_replicas.push_back(std::move(rec));

    if (psync) {
        std::int64_t offset = -1;
        if (!parseInt(ctx.argv[2], offset))
            offset = -1;
        if (tryPartialResync(ctx, r, ctx.argv[1], offset))
            return;
        if (ctx.argv[1] != "?")
            ++m_server.stats().syncPartialErr;
    }
    ++m_server.stats().syncFull;
    // The first replica creates the backlog, and with it a fresh history (new replication ID).
    if (!m_stream.backlog()) {
        if (!m_link) {
            m_stream.ids.change();
            m_stream.ids.clearSecondary();
        }
        m_stream.createBacklog(std::size_t(m_server.config().replBacklogSize));
        log(LogLevel::Notice, "Replication backlog created, my new replication IDs are '" +
                                  m_stream.ids.replid + "' and '" + m_stream.ids.replid2 + "'");
    }
    m_stream.attach(out.get());
    const Config &cfg = m_server.config();
    if (cfg.replDisklessSync && out->capaEof && cfg.replDisklessSyncDelay > 0)
        log(LogLevel::Notice, "Delay next BGSAVE for diskless SYNC");
    startFullSyncIfNeeded();
}

bool Replication::tryPartialResync(CommandContext &ctx, Replica &r, const std::string &id,
                                   std::int64_t offset)
{
    const PsyncDecision d = decidePsync(m_stream.ids, m_stream.backlog(),
                                        m_stream.masterReplOffset(), id, offset, r.out->name());
    for (const std::string &line : d.logLines)
        log(LogLevel::Notice, line);
    if (!d.accepted())
        return false;
    flushStream(); // bytes already produced go out through the backlog copy below
    const std::string backlog = m_stream.backlog()->copyFrom(offset);
    ctx.reply.raw(r.out->capaPsync2 ? "+CONTINUE " + m_stream.ids.replid + "\r\n"
                                    : std::string("+CONTINUE\r\n"));
    ctx.reply.raw(backlog);
    r.out->state = ReplicaSyncState::Online;
    r.out->lastAckMs = steadyMs();
    r.out->ackOffset = offset - 1;
    m_stream.attach(r.out.get());
    ++m_server.stats().syncPartialOk;
    log(LogLevel::Notice, "Partial resynchronization request from " + r.out->name() +
                              " accepted. Sending " + std::to_string(backlog.size()) +
                              " bytes of backlog starting from offset " + std::to_string(offset) +
                              ".");
    return true;
}

// ---------------------------------------------------------------------------------------------
// Full sync: fork a child that writes the snapshot, buffer the stream meanwhile

void Replication::startFullSyncIfNeeded()
{
    if (m_job || m_server.hasActiveChild())
        return; // the next one starts when the running child is done
    const Config &cfg = m_server.config();
    bool any = false;
    bool allEof = true;
    std::int64_t oldest = steadyMs();
    for (const auto &r : m_replicas) {
        if (r->out->state != ReplicaSyncState::WaitBgsaveStart)
            continue;
        any = true;
        allEof = allEof && r->out->capaEof;
        oldest = std::min(oldest, r->waitingSinceMs);
    }
    if (!any)
        return;
    const bool diskless = cfg.replDisklessSync && allEof;
    if (diskless && steadyMs() - oldest < cfg.replDisklessSyncDelay * 1000)
        return; // the cron starts it once the delay has passed
    startFullSync(diskless);
}

void Replication::startFullSync(bool diskless)
{
    flushStream(); // what was produced before the fork is in the snapshot, not in the buffers
    const std::int64_t offset = m_stream.masterReplOffset();
    const std::string &replid = m_stream.ids.replid;
    for (auto &r : m_replicas) {
        if (r->out->state != ReplicaSyncState::WaitBgsaveStart)
            continue;
        r->out->state = ReplicaSyncState::WaitBgsaveEnd;
        r->out->clear();
        if (!r->out->prePsync)
            r->client->sendRaw("+FULLRESYNC " + replid + " " + std::to_string(offset) + "\r\n");
    }
    m_stream.forceSelect();
    log(LogLevel::Notice, std::string("Starting BGSAVE for SYNC with target: ") +
                              (diskless ? "replicas sockets" : "disk"));

    auto job = std::make_unique<FullSyncJob>();
    job->diskless = diskless;
    // The same RDB as BGSAVE writes (persistence's code), with the position the stream
    // continues from; repl-stream-db 0 since the stream starts with a SELECT.
    const Config &cfg = m_server.config();
    const rdb::RdbAuxInfo aux =
        rdb::snapshotAuxInfo(rdb::RdbAuxInfo::Replication{0, replid, offset});
    const rdb::RdbWriterOptions options = rdb::writerOptionsFrom(cfg);
    int fds[2] = {-1, -1};
    std::string mark;
    if (diskless) {
        if (::pipe2(fds, O_CLOEXEC) != 0) {
            log(LogLevel::Warning,
                std::string("Can't save in background: pipe: ") + std::strerror(errno));
            return disconnectReplicas();
        }
        mark = randomReplId();
    } else {
        job->rdbPath = rdb::joinPath(cfg.dir, cfg.dbfilename);
    }
    FullSyncJob *raw = job.get();
    const pid_t pid = m_server.forkChild([this, raw](int exitCode, bool bySignal) {
        if (m_job.get() != raw)
            return;
        raw->childExited = true;
        raw->childOk = exitCode == 0 && !bySignal;
        if (!raw->diskless || raw->pipeDone)
            onSnapshotDone(raw->childOk);
    });
    if (pid == 0) {
        // The child: write the snapshot and leave without running any destructor.
        int code = 1;
        if (diskless) {
            ::close(fds[0]);
            const rdb::RdbSink sink = rdb::fdSink(fds[1]);
            if (!sink("$EOF:" + mark + "\r\n") &&
                !rdb::writeKeyspace(m_server.keyspace(), aux, sink, options) && !sink(mark))
                code = 0;
        } else if (!rdb::saveRdbFile(m_server.keyspace(), cfg.dir, cfg.dbfilename, aux, options)) {
            code = 0; // temp-<pid>.rdb renamed over dbfilename, "DB saved on disk" logged
        }
        ::_exit(code);
    }
    if (pid < 0) {
        log(LogLevel::Warning,
            std::string("Can't save in background: fork: ") + std::strerror(errno));
        if (diskless) {
            ::close(fds[0]);
            ::close(fds[1]);
        }
        return disconnectReplicas();
    }
    job->pid = pid;
    m_job = std::move(job);
    if (diskless) {
        ::close(fds[1]);
        m_job->pipe = std::make_unique<asio::posix::stream_descriptor>(m_server.io(), fds[0]);
        log(LogLevel::Notice, "Background RDB transfer started by pid " + std::to_string(pid));
        for (auto &r : m_replicas) {
            if (r->out->state == ReplicaSyncState::WaitBgsaveEnd)
                r->out->state = ReplicaSyncState::SendBulk;
        }
        relayPipe();
    } else {
        log(LogLevel::Notice, "Background saving started by pid " + std::to_string(pid));
    }
}

// Diskless: what the child writes into the pipe goes to every replica being synced.
void Replication::relayPipe()
{
    FullSyncJob *job = m_job.get();
    job->pipe->async_read_some(
        asio::buffer(job->buffer), [this, job](const std::error_code &ec, std::size_t n) {
            if (m_job.get() != job)
                return;
            if (ec || n == 0) {
                job->pipeDone = true;
                std::size_t up = 0;
                for (const auto &r : m_replicas)
                    up += r->out->state == ReplicaSyncState::SendBulk;
                log(LogLevel::Warning, "Diskless rdb transfer, done reading from pipe, " +
                                           std::to_string(up) + " replicas still up.");
                if (job->childExited)
                    onSnapshotDone(job->childOk);
                m_server.flushPendingWrites();
                return;
            }
            const std::string_view chunk(job->buffer.data(), n);
            for (auto &r : m_replicas) {
                if (r->out->state == ReplicaSyncState::SendBulk)
                    r->client->sendRaw(chunk);
            }
            m_server.stats().netReplOutputBytes += std::int64_t(n);
            m_server.flushPendingWrites();
            relayPipe();
        });
}

void Replication::onSnapshotDone(bool ok)
{
    std::unique_ptr<FullSyncJob> job = std::move(m_job);
    if (!ok) {
        log(LogLevel::Warning, "SYNC failed. BGSAVE child returned an error");
        for (auto &r : m_replicas) {
            const ReplicaSyncState s = r->out->state;
            if (s == ReplicaSyncState::WaitBgsaveEnd || s == ReplicaSyncState::SendBulk)
                r->client->close(true);
        }
        return startFullSyncIfNeeded();
    }
    if (job->diskless) {
        log(LogLevel::Notice, "Background RDB transfer terminated with success");
        for (auto &r : m_replicas) {
            if (r->out->state != ReplicaSyncState::SendBulk)
                continue;
            log(LogLevel::Notice, "Streamed RDB transfer with replica " + r->out->name() +
                                      " succeeded (socket). Waiting for REPLCONF ACK from slave "
                                      "to enable streaming");
            makeOnline(*r, true);
        }
    } else {
        log(LogLevel::Notice, "Background saving terminated with success");
        std::string payload;
        {
            std::ifstream in(job->rdbPath, std::ios::binary);
            payload.assign(std::istreambuf_iterator<char>(in), {});
        }
        const std::string header = "$" + std::to_string(payload.size()) + "\r\n";
        for (auto &r : m_replicas) {
            if (r->out->state != ReplicaSyncState::WaitBgsaveEnd)
                continue;
            r->out->state = ReplicaSyncState::SendBulk;
            r->client->sendRaw(header);
            r->client->sendRaw(payload);
            m_server.stats().netReplOutputBytes += std::int64_t(payload.size());
            makeOnline(*r, false);
            log(LogLevel::Notice, "Synchronization with replica " + r->out->name() + " succeeded");
        }
    }
    startFullSyncIfNeeded();
}

void Replication::makeOnline(Replica &r, bool holdUntilAck)
{
    r.out->state = ReplicaSyncState::Online;
    r.out->holdStreamUntilAck = holdUntilAck;
    r.out->lastAckMs = steadyMs();
    if (!holdUntilAck)
        flushStream();
}

// ---------------------------------------------------------------------------------------------
// Delivering the stream

void Replication::scheduleFlush()
{
    if (m_flushScheduled || m_replicas.empty())
        return;
    m_flushScheduled = true;
    // Server::post sends what the handler queued on the clients once it returns.
    m_server.post([this] { flushStream(); });
}

void Replication::flushStream()
{
    m_flushScheduled = false;
    m_stream.flush();
    const OutputBufferLimit &limit =
        m_server.config().outputBufferLimits[int(ClientClass::Replica)];
    const std::int64_t now = steadyMs();
    for (auto &r : m_replicas) {
        ReplicaOutput &o = *r->out;
        if (o.state == ReplicaSyncState::Online && !o.holdStreamUntilAck && o.hasPending()) {
            for (std::string_view v : o.peek(1 << 20))
                r->client->sendRaw(v);
            m_server.stats().netReplOutputBytes += std::int64_t(o.pendingBytes());
            o.consume(o.pendingBytes());
        }
        if (o.overLimit(limit, now, r->client->pendingOutputBytes())) {
            log(LogLevel::Warning, "Client id=" + std::to_string(r->client->id()) +
                                       " addr=" + r->client->peerAddress +
                                       " scheduled to be closed ASAP for overcoming of output "
                                       "buffer limits.");
            r->client->close(true);
        }
    }
}

void Replication::dropReplica(Client &client, const std::string &why)
{
    auto it = std::find_if(m_replicas.begin(), m_replicas.end(),
                           [&](const auto &r) { return r->client == &client; });
    if (it == m_replicas.end())
        return;
    m_stream.detach((*it)->out.get());
    if ((*it)->out->state == ReplicaSyncState::Online)
        log(LogLevel::Warning, "Connection with replica " + (*it)->out->name() + " lost." + why);
    m_replicas.erase(it);
    if (m_replicas.empty())
        m_noReplicasSinceMs = steadyMs();
}

void Replication::disconnectReplicas()
{
    std::vector<Client *> clients;
    for (auto &r : m_replicas)
        clients.push_back(r->client);
    for (Client *c : clients)
        c->close(true);
}

// ---------------------------------------------------------------------------------------------
// REPLCONF

void Replication::replconfCommand(CommandContext &ctx)
{
    Argv &argv = ctx.argv;
    if (argv.size() % 2 == 0)
        return ctx.replySyntaxError();
    Client &c = ctx.client;
    for (std::size_t i = 1; i + 1 < argv.size(); i += 2) {
        const std::string opt = lower(argv[i]);
        const std::string &val = argv[i + 1];
        if (opt == "listening-port") {
            std::int64_t port = 0;
            if (!parseInt(val, port))
                return ctx.replyError("value is not an integer or out of range");
            outputOf(c)->listeningPort = int(port);
        } else if (opt == "ip-address") {
            if (val.size() >= 46)
                return ctx.replyError("REPLCONF ip-address provided by replica instance is too "
                                      "long: " +
                                      std::to_string(val.size()) + " bytes");
            outputOf(c)->announcedIp = val;
        } else if (opt == "capa") {
            if (lower(val) == "eof")
                outputOf(c)->capaEof = true;
            else if (lower(val) == "psync2")
                outputOf(c)->capaPsync2 = true;
        } else if (opt == "ack") {
            // No reply at all; ignored from anything but a replica.
            Replica *r = findReplica(c);
            std::int64_t off = 0;
            if (!r || !parseInt(val, off))
                return;
            if (off > r->out->ackOffset)
                r->out->ackOffset = off;
            r->out->lastAckMs = steadyMs();
            if (r->out->state == ReplicaSyncState::Online && r->out->holdStreamUntilAck) {
                r->out->holdStreamUntilAck = false;
                log(LogLevel::Notice,
                    "Synchronization with replica " + r->out->name() + " succeeded");
                flushStream();
            }
            serveWaiters();
            return;
        } else if (opt == "getack") {
            return; // acted on by a replica's master link only
        } else if (opt == "rdb-only" || opt == "rdb-filter-only") {
            // accepted; the node always sends the whole snapshot
        } else {
            return ctx.replyError("Unrecognized REPLCONF option: " + argv[i]);
        }
    }
    ctx.reply.ok();
}

// ---------------------------------------------------------------------------------------------
// min-replicas and WAIT

int Replication::goodReplicas() const
{
    const std::int64_t maxLagMs = m_server.config().minReplicasMaxLag * 1000;
    const std::int64_t now = steadyMs();
    int n = 0;
    for (const auto &r : m_replicas) {
        if (r->out->state == ReplicaSyncState::Online && now - r->out->lastAckMs <= maxLagMs)
            ++n;
    }
    return n;
}

bool Replication::enoughGoodReplicas() const
{
    const Config &cfg = m_server.config();
    if (m_link || !cfg.minReplicasToWrite || !cfg.minReplicasMaxLag)
        return true;
    return goodReplicas() >= cfg.minReplicasToWrite;
}

void Replication::waitCommand(CommandContext &ctx)
{
    if (m_link)
        return ctx.replyError(
            "WAIT cannot be used with replica instances. Please also note that since Redis 4.0 "
            "if a replica is configured to be writable (which is not the default) writes to "
            "replicas are just local and are not propagated.");
    std::int64_t num = 0;
    std::int64_t timeout = 0;
    if (!ctx.intArg(1, num) || !ctx.intArg(2, timeout))
        return;
    if (timeout < 0)
        return ctx.replyError("timeout is negative");
    const std::int64_t offset = m_stream.masterReplOffset();
    const std::int64_t acked = replicasAckedAt(offset);
    // Never blocks inside a transaction (queued or running in EXEC), as Redis's
    // CLIENT_DENY_BLOCKING: the count so far is the reply.
    if (acked >= num || ctx.client.hasFlag(Client::Multi) ||
        ctx.client.hasFlag(Client::ExecutingQueued) || !ctx.client.connection())
        return ctx.reply.integer(acked);
    m_waiters.push_back({ctx.client.id(), offset, num, timeout ? steadyMs() + timeout : 0});
    // Redis blocks the client: commands pipelined behind the WAIT run after its reply, and it
    // counts in INFO's blocked_clients meanwhile.
    ctx.client.setFlag(Client::Blocked);
    ++m_server.blocking().blockedCount;
    m_stream.feedGetAck();
    flushStream();
    if (timeout) {
        auto timer = std::make_shared<asio::steady_timer>(m_server.io());
        timer->expires_after(std::chrono::milliseconds(timeout));
        timer->async_wait([this, timer](const std::error_code &) {
            serveWaiters();
            m_server.flushPendingWrites();
        });
    }
}

// Replies to every WAIT that has enough ACKs or has timed out.
void Replication::serveWaiters()
{
    const std::int64_t now = steadyMs();
    std::erase_if(m_waiters, [&](const Waiter &w) {
        const std::int64_t acked = replicasAckedAt(w.offset);
        if (acked < w.numReplicas && (w.deadlineMs == 0 || now < w.deadlineMs))
            return false;
        --m_server.blocking().blockedCount;
        if (Client *c = m_server.findClient(w.clientId)) {
            c->reply().integer(acked);
            c->setFlag(Client::Blocked, false);
            m_server.scheduleWrite(*c);
            resumeInputAfterWait(*c);
        }
        return true;
    });
}

// Online replicas whose last ACK reached offset.
std::int64_t Replication::replicasAckedAt(std::int64_t offset) const
{
    std::int64_t acked = 0;
    for (const auto &r : m_replicas)
        acked += r->out->state == ReplicaSyncState::Online && r->out->ackOffset >= offset;
    return acked;
}

// CLIENT UNBLOCK on a client blocked in WAIT, as Redis 7.0: the count acknowledged so far (what
// its timeout would reply), or -UNBLOCKED with ERROR. False if the client is not waiting.
bool Replication::unblockWaiter(Client &client, bool error)
{
    const auto it = std::find_if(m_waiters.begin(), m_waiters.end(),
                                 [&](const Waiter &w) { return w.clientId == client.id(); });
    if (it == m_waiters.end())
        return false;
    if (error)
        client.reply().error("-UNBLOCKED client unblocked via CLIENT UNBLOCK");
    else
        client.reply().integer(replicasAckedAt(it->offset));
    m_waiters.erase(it);
    --m_server.blocking().blockedCount;
    client.setFlag(Client::Blocked, false);
    m_server.scheduleWrite(client);
    resumeInputAfterWait(client);
    return true;
}

// The input that arrived behind the WAIT is parsed once its reply is on its way.
void Replication::resumeInputAfterWait(Client &client)
{
    Connection *conn = client.connection();
    if (!conn)
        return;
    m_server.post([weak = conn->weak_from_this()] {
        if (auto c = weak.lock())
            c->resumeInput();
    });
}

// ---------------------------------------------------------------------------------------------
// The master half of the 1 Hz cron

void Replication::masterCron()
{
    const Config &cfg = m_server.config();
    const std::int64_t now = steadyMs();
    // repl-backlog-ttl: a master left without replicas frees its backlog and, as Redis does,
    // starts a new history (the offset no longer moves, so the old ID could not be continued).
    // A replica keeps its backlog: it may be promoted and asked to PSYNC.
    if (!m_link && m_replicas.empty() && m_stream.backlog() && cfg.replBacklogTtl > 0 &&
        (now - m_noReplicasSinceMs) / 1000 > cfg.replBacklogTtl) {
        m_stream.ids.change();
        m_stream.ids.clearSecondary();
        m_stream.freeBacklog();
        log(LogLevel::Notice, "Replication backlog freed after " +
                                  std::to_string(cfg.replBacklogTtl) +
                                  " seconds without connected replicas.");
    }
    // A replica never injects its own PING: its stream is its master's, byte for byte.
    if (!m_link && !m_replicas.empty() && cfg.replPingReplicaPeriod > 0 &&
        m_cronTicks % cfg.replPingReplicaPeriod == 0) {
        m_stream.feedPing();
        flushStream();
    }
    std::vector<Client *> timedOut;
    for (auto &r : m_replicas) {
        const ReplicaOutput &o = *r->out;
        const bool preSync =
            o.state == ReplicaSyncState::WaitBgsaveStart ||
            (o.state == ReplicaSyncState::WaitBgsaveEnd && m_job && !m_job->diskless);
        if (preSync)
            r->client->sendRaw("\n");
        if (o.state == ReplicaSyncState::Online && !o.prePsync &&
            now - o.lastAckMs > cfg.replTimeout * 1000) {
            log(LogLevel::Warning, "Disconnecting timedout replica (streaming sync): " + o.name());
            timedOut.push_back(r->client);
        }
    }
    for (Client *c : timedOut)
        c->close(true);
    startFullSyncIfNeeded();
    serveWaiters();
}

} // namespace rd::repl
