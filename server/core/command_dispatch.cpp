// Running a command: Redis's processCommand (lookup and every check that can refuse it, in
// Redis's order), call (run, time, count, slowlog, MONITOR), and the propagation of what it
// changed.
#include "commands/command_context.h"
#include "core/blocking.h"
#include "core/server.h"
#include "log/logger.h"
#include "store/memory.h"
#include "util/split_args.h"

#include <chrono>
#include <cstdio>
#include <strings.h>

namespace rd {

namespace {

bool nameIs(const CommandSpec &cmd, const char *name)
{
    return cmd.name == name;
}

// Commands a RESP2 client may send while it has subscriptions.
bool allowedInPubsubContext(const CommandSpec &cmd)
{
    static const char *names[] = {"ping", "subscribe", "unsubscribe", "psubscribe",  "punsubscribe",
                                  "quit", "reset",     "ssubscribe",  "sunsubscribe"};
    for (const char *n : names)
        if (cmd.name == n && cmd.parent == nullptr)
            return true;
    return false;
}

std::string unknownCommandError(const Argv &argv)
{
    // "unknown command 'FOO', with args beginning with: 'a' 'b' " (the client's case, args up
    // to 128 bytes in total).
    std::string args;
    for (size_t i = 1; i < argv.size() && args.size() < 128; ++i) {
        const size_t room = 128 - args.size();
        args += "'" + argv[i].substr(0, room) + "' ";
    }
    return "unknown command '" + argv[0].substr(0, 128) + "', with args beginning with: " + args;
}

std::string upper(std::string s)
{
    for (char &c : s)
        c = char(std::toupper(static_cast<unsigned char>(c)));
    return s;
}

} // namespace

const CommandSpec *Server::resolveCommand(const Argv &argv) const
{
    if (argv.empty())
        return nullptr;
    const CommandSpec *cmd = m_commands.find(argv[0]);
    if (cmd && cmd->isContainer() && !(argv.size() == 1 && cmd->handler))
        cmd = argv.size() >= 2 ? cmd->findSubcommand(argv[1]) : nullptr;
    return cmd;
}

void Server::processCommand(Client &c)
{
    Argv &argv = c.argv;
    if (argv.empty())
        return;
    ReplyBuffer &reply = c.reply();
    const bool inMulti = c.hasFlag(Client::Multi);
    auto reject = [&](std::string_view error) {
        reply.error(error);
        ++m_stats.totalErrorReplies;
        if (inMulti)
            c.setFlag(Client::DirtyExec);
        scheduleWrite(c);
    };

    const CommandSpec *cmd = m_commands.find(argv[0]);
    if (!cmd) {
        reject(unknownCommandError(argv));
        return;
    }
    // A container runs a subcommand; bare COMMAND has a handler of its own.
    if (cmd->isContainer() && !(argv.size() == 1 && cmd->handler)) {
        if (argv.size() < 2) {
            reject("wrong number of arguments for '" + cmd->name + "' command");
            return;
        }
        const CommandSpec *sub = cmd->findSubcommand(argv[1]);
        if (!sub) {
            reject("unknown subcommand '" + argv[1].substr(0, 128) + "'. Try " + upper(cmd->name) +
                   " HELP.");
            return;
        }
        cmd = sub;
    }
    if ((cmd->arity > 0 && int(argv.size()) != cmd->arity) || int(argv.size()) < -cmd->arity) {
        ++cmd->rejectedCalls;
        reject("wrong number of arguments for '" + cmd->fullName + "' command");
        return;
    }
    if (!c.authenticated && !cmd->has(cmdflag::NoAuth)) {
        ++cmd->rejectedCalls;
        reject("-NOAUTH Authentication required.");
        return;
    }
    if (c.resp == 2 && c.subscriptionCount() > 0 && !allowedInPubsubContext(*cmd)) {
        ++cmd->rejectedCalls;
        reject("Can't execute '" + cmd->fullName +
               "': only (P|S)SUBSCRIBE / (P|S)UNSUBSCRIBE / PING / QUIT / RESET are allowed in "
               "this context");
        return;
    }
    const bool isExecLike = nameIs(*cmd, "exec") || nameIs(*cmd, "discard") ||
                            nameIs(*cmd, "multi") || nameIs(*cmd, "watch") ||
                            nameIs(*cmd, "quit") || nameIs(*cmd, "reset");
    // Refusals that depend on the server's state (memory, replica, loading).
    if (m_config.maxmemory > 0 && !m_loading && !c.hasFlag(Client::Master)) {
        const bool denyOom =
            cmd->has(cmdflag::DenyOom) ||
            (nameIs(*cmd, "exec") &&
             std::any_of(c.multiQueue.begin(), c.multiQueue.end(), [&](const Argv &q) {
                 const CommandSpec *s = m_commands.find(q[0]);
                 return s && s->has(cmdflag::DenyOom);
             }));
        m_clock.forgetCarry(); // evicting is not part of the command's time
        if (!performEvictions() && denyOom) {
            ++cmd->rejectedCalls;
            reject("-OOM command not allowed when used memory > 'maxmemory'.");
            return;
        }
    }
    const bool isWrite = cmd->has(cmdflag::Write) ||
                         (nameIs(*cmd, "exec") &&
                          std::any_of(c.multiQueue.begin(), c.multiQueue.end(), [&](const Argv &q) {
                              const CommandSpec *s = m_commands.find(q[0]);
                              return s && s->has(cmdflag::Write);
                          }));
    if (isWrite && !c.hasFlag(Client::Master)) {
        for (auto &guard : m_writeGuards) {
            if (auto err = guard()) {
                ++cmd->rejectedCalls;
                reject(*err);
                return;
            }
        }
    }
    if (m_replicaMode && m_config.replicaReadOnly && !c.hasFlag(Client::Master) && isWrite) {
        ++cmd->rejectedCalls;
        reject("-READONLY You can't write against a read only replica.");
        return;
    }
    if (m_replicaMode && !m_masterLinkUp && !m_config.replicaServeStaleData &&
        !cmd->has(cmdflag::Stale)) {
        ++cmd->rejectedCalls;
        reject("-MASTERDOWN Link with MASTER is down and replica-serve-stale-data is set to "
               "'no'.");
        return;
    }
    if (m_loading && !cmd->has(cmdflag::Loading)) {
        ++cmd->rejectedCalls;
        reject("-LOADING Redis is loading the dataset in memory");
        return;
    }
    if (inMulti && !isExecLike) {
        if (cmd->has(cmdflag::NoMulti)) {
            reject("Command not allowed inside a transaction");
            return;
        }
        c.multiQueue.emplace_back(argv.span());
        reply.status("QUEUED");
        scheduleWrite(c);
        return;
    }
    call(c, *cmd);
    scheduleWrite(c);
    handleReadyKeys(*this);
}

void Server::call(Client &c, const CommandSpec &cmd)
{
    int64_t wallMs = 0;
    const int64_t startUs = m_clock.start(wallMs);
    m_keyspace.setNow(wallMs);
    const bool fromMaster = c.hasFlag(Client::Master);
    const bool savedMasterCaller = m_keyspace.masterCaller();
    m_keyspace.setMasterCaller(fromMaster);
    const int64_t dirtyBefore = m_dirty;
    const size_t replyBefore = c.reply().size();
    const int dbBefore = c.dbIndex;
    ++m_callDepth;
    CommandContext ctx(*this, c, cmd);
    c.lastCommand = &cmd;
    cmd.handler(ctx);
    const int64_t us = std::max<int64_t>(0, m_clock.finish() - startUs);
    --m_callDepth;
    m_keyspace.setMasterCaller(savedMasterCaller);

    ++cmd.calls;
    cmd.microseconds += uint64_t(us);
    ++m_stats.totalCommandsProcessed;
    const std::string &out = c.reply().bytes();
    if (out.size() > replyBefore && out[replyBefore] == '-') {
        ++cmd.failedCalls;
        ++m_stats.totalErrorReplies;
        const size_t sp = out.find_first_of(" \r", replyBefore);
        ++m_errorStats[out.substr(replyBefore + 1, sp - replyBefore - 1)];
    }
    if (!cmd.has(cmdflag::SkipSlowlog) && m_config.slowlogLogSlowerThan >= 0 &&
        us >= m_config.slowlogLogSlowerThan)
        m_slowlog.record(c.argv.span(), us, m_keyspace.now() / 1000, c.peerAddress, c.name,
                         size_t(m_config.slowlogMaxLen));
    if (!m_monitors.empty() && !cmd.has(cmdflag::Admin) && !cmd.has(cmdflag::SkipMonitor))
        feedMonitors(c, c.argv.span());

    if (m_dirty != dirtyBefore && !ctx.propagationPrevented() && m_propagationHook) {
        const std::span<const std::string> args =
            ctx.hasPropagateAs() ? ctx.propagateArgv().span() : c.argv.span();
        // The usual case, one top-level write and nothing queued, goes out without a copy.
        if (m_callDepth == 0 && m_pendingPropagationCount == 0)
            m_propagationHook(dbBefore, args);
        else
            queuePropagation(dbBefore, args);
    }
    if (m_callDepth == 0)
        flushPropagation();
}

void Server::executeFromMaster(Client &client)
{
    client.setFlag(Client::Master);
    processCommand(client);
    client.reply().clear();
}

// --- propagation ---------------------------------------------------------------------------------

void Server::queuePropagation(int db, std::span<const std::string> argv)
{
    if (m_pendingPropagationCount == m_pendingPropagation.size())
        m_pendingPropagation.emplace_back();
    PropagationBuffer &b = m_pendingPropagation[m_pendingPropagationCount++];
    b.db = db;
    b.argv.assign(argv);
}

void Server::propagate(int db, std::span<const std::string> argv)
{
    if (!m_propagationHook)
        return;
    if (m_callDepth > 0) {
        queuePropagation(db, argv); // flushed with the command that caused it
        return;
    }
    m_propagationHook(db, argv);
}

void Server::flushPropagation()
{
    const size_t n = m_pendingPropagationCount;
    if (n == 0)
        return;
    m_pendingPropagationCount = 0;
    if (!m_propagationHook)
        return;
    // Several writes from one command (a transaction, a DEL of an expired key before a write)
    // are wrapped in MULTI/EXEC so replicas apply them atomically, as Redis 7.0 does.
    if (n > 1) {
        static const std::string multi[1] = {"MULTI"};
        m_propagationHook(m_pendingPropagation[0].db, multi);
    }
    for (size_t i = 0; i < n; ++i)
        m_propagationHook(m_pendingPropagation[i].db, m_pendingPropagation[i].argv.span());
    if (n > 1) {
        static const std::string exec[1] = {"EXEC"};
        m_propagationHook(m_pendingPropagation[n - 1].db, exec);
    }
    // Keep the reusable slots small: one huge MSET must not pin its copy here forever.
    for (size_t i = 0; i < n; ++i)
        if (m_pendingPropagation[i].argv.memoryUsage() > 64 * 1024)
            m_pendingPropagation[i].argv.release();
}

void Server::feedMonitors(const Client &c, std::span<const std::string> argv)
{
    char head[128];
    const int64_t nowUs = std::chrono::duration_cast<std::chrono::microseconds>(
                              std::chrono::system_clock::now().time_since_epoch())
                              .count();
    std::string where = c.hasFlag(Client::Master) ? "lua" : c.peerAddress;
    if (c.hasFlag(Client::Master))
        where = "master";
    std::snprintf(head, sizeof head, "+%lld.%06lld [%d ", (long long)(nowUs / 1000000),
                  (long long)(nowUs % 1000000), c.dbIndex);
    std::string line = head + where + "]";
    for (const std::string &a : argv)
        line += " " + quoteArg(a);
    line += "\r\n";
    for (Client *m : m_monitors) {
        m->reply().raw(line);
        scheduleWrite(*m);
    }
}

void Server::addMonitor(Client &c)
{
    c.setFlag(Client::Monitor);
    m_monitors.push_back(&c);
}

void Server::addWriteGuard(std::function<std::optional<std::string>()> guard)
{
    m_writeGuards.push_back(std::move(guard));
}

} // namespace rd
