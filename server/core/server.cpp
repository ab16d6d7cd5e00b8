// Server lifecycle: construction, start-up (the lines Redis logs, listeners, signals, pidfile),
// the hook registries, clients, fork, and shutdown. Command execution is in command_dispatch.cpp,
// the cron in cron.cpp, INFO in info.cpp.
#include "core/server.h"

#include "core/blocking.h"
#include "core/subsystems.h"
#include "log/logger.h"
#include "net/connection.h"
#include "net/listener.h"
#include "store/memory.h"

#include "rd_version.h"

#include <asio/ip/address.hpp>
#include <asio/post.hpp>

#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <random>
#include <sys/wait.h>
#include <unistd.h>

namespace rd {

void installConfigListeners(Server &server); // commands/config_commands.cpp

namespace {

std::string randomHex(size_t n)
{
    std::random_device rd;
    std::mt19937_64 gen((uint64_t(rd()) << 32) ^ rd() ^ uint64_t(getpid()));
    static const char digits[] = "0123456789abcdef";
    std::string s(n, '0');
    for (char &c : s)
        c = digits[gen() & 15];
    return s;
}

} // namespace

Server::Server(Config config)
    : m_config(std::move(config))
    , m_io(1) // one thread runs the loop
    , m_keyspace(int(m_config.databases))
    , m_cronTimer(m_io)
    , m_blocking(std::make_unique<BlockingRegistry>())
{
    registerAllCommands(m_commands);
    m_runId = randomHex(40);
    m_startTimeMs = Keyspace::wallClockMs();
    m_watchedKeys.resize(size_t(m_config.databases));
    m_blocking->keys.resize(size_t(m_config.databases));
    {
        std::random_device rd;
        setHashSeed((uint64_t(rd()) << 32) ^ rd());
    }
    // A key deleted because it expired is propagated as DEL (Redis 7.0) and touches WATCH.
    m_keyspace.onExpired = [this](Database &db, std::string_view key) {
        const std::string argv[2] = {"DEL", std::string(key)};
        propagate(db.id(), argv);
        signalModifiedKey(db.id(), key);
    };
    installDefaultInfoSections();
    installConfigListeners(*this);
    Logger::setLevel(m_config.loglevel);
}

Server::~Server()
{
    for (auto &l : m_listeners)
        l->close();
    // Connections hold shared_ptrs in pending handlers; detach every client first.
    while (!m_clients.empty())
        freeClient(*m_clients.begin()->second);
}

// --- start-up and the loop -------------------------------------------------------------------

bool Server::openListeners()
{
    // Each bind address may be prefixed with '-': optional, failing to bind it is not fatal.
    const int port = int(m_config.port);
    bool any = false;
    for (const std::string &spec : m_config.bind) {
        const bool optional = !spec.empty() && spec[0] == '-';
        const std::string addr = optional ? spec.substr(1) : spec;
        std::vector<asio::ip::address> addrs;
        if (addr == "*") {
            addrs.push_back(asio::ip::address_v4::any());
        } else if (addr == "::*") {
            addrs.push_back(asio::ip::address_v6::any());
        } else {
            std::error_code ec;
            const auto a = asio::ip::make_address(addr, ec);
            if (ec) {
                serverLogf(LogLevel::Warning,
                           "Warning: Could not create server TCP listening socket %s:%d: %s",
                           addr.c_str(), port, "Invalid bind address");
                if (optional)
                    continue;
                serverLogf(LogLevel::Warning, "Failed listening on port %d (TCP), aborting.", port);
                return false;
            }
            addrs.push_back(a);
        }
        for (const auto &a : addrs) {
            auto listener = std::make_unique<Listener>(*this, m_io);
            const uint16_t p = m_boundPort ? m_boundPort : uint16_t(port);
            const std::error_code ec =
                listener->open(asio::ip::tcp::endpoint(a, p), int(m_config.tcpBacklog));
            if (ec) {
                std::string reason = ec.message();
                if (ec == asio::error::address_in_use)
                    reason = "Address already in use";
                serverLogf(LogLevel::Warning,
                           "Warning: Could not create server TCP listening socket %s:%d: bind: %s",
                           addr.c_str(), port, reason.c_str());
                if (optional)
                    continue;
                serverLogf(LogLevel::Warning, "Failed listening on port %d (TCP), aborting.", port);
                return false;
            }
            m_boundPort = listener->port();
            m_listeners.push_back(std::move(listener));
            any = true;
        }
    }
    if (!any) {
        serverLogf(LogLevel::Warning, "Failed listening on port %d (TCP), aborting.", port);
        return false;
    }
    return true;
}

bool Server::rebindListeners()
{
    // New listeners first: if any required address fails, the old ones stay in service.
    std::vector<std::unique_ptr<Listener>> old;
    old.swap(m_listeners);
    const uint16_t oldPort = m_boundPort;
    m_boundPort = 0;
    for (auto &l : old)
        l->close();
    if (!openListeners()) {
        for (auto &l : m_listeners)
            l->close();
        m_listeners.clear();
        m_boundPort = oldPort;
        // Reopen what we had (same addresses and port as before the change).
        m_listeners.clear();
        Config attempted = m_config;
        m_config.port = oldPort;
        m_config.bind = m_previousBind;
        openListeners();
        m_config = attempted;
        for (auto &l : m_listeners)
            l->startAccepting();
        return false;
    }
    m_previousBind = m_config.bind;
    for (auto &l : m_listeners)
        l->startAccepting();
    return true;
}

bool Server::start(bool handleSignals)
{
    Logger::setServerPid(long(getpid()));
    Logger::setRole(m_replicaMode ? 'S' : 'M');
    serverLog(LogLevel::Notice, "monotonic clock: POSIX clock_gettime");
    if (!openListeners())
        return false;
    m_previousBind = m_config.bind;
    serverLogf(LogLevel::Notice, "Running mode=standalone, port=%d.", int(m_boundPort));
    if (handleSignals) {
        // A fork child must not inherit the handlers' self-pipe behaviour: it exits directly.
        std::signal(SIGPIPE, SIG_IGN);
        m_signals = std::make_unique<asio::signal_set>(m_io, SIGTERM, SIGINT);
        m_signals->async_wait([this](const std::error_code &ec, int sig) {
            if (!ec)
                handleSignal(sig);
        });
    }
    writePidFile();
    serverLog(LogLevel::Warning, "Server initialized");
    m_keyspace.setNow(Keyspace::wallClockMs());
    m_startupMemory = mem::usedMemory(); // before a snapshot is loaded or a client connects
    installSubsystems(*this);
    for (auto &l : m_listeners)
        l->startAccepting();
    scheduleCron();
    serverLog(LogLevel::Notice, "Ready to accept connections");
    return true;
}

int Server::run()
{
    m_io.run();
    return m_exitCode;
}

void Server::post(std::function<void()> fn)
{
    asio::post(m_io, [this, fn = std::move(fn)] {
        m_keyspace.setNow(Keyspace::wallClockMs());
        fn();
        flushPendingWrites();
    });
}

void Server::writePidFile()
{
    // Redis writes a pidfile when one is configured, or by default when daemonized.
    std::string path = m_config.pidfile;
    if (path.empty() && m_config.daemonize)
        path = "/var/run/redis.pid";
    if (path.empty())
        return;
    FILE *f = std::fopen(path.c_str(), "w");
    if (!f) {
        serverLogf(LogLevel::Warning, "Failed to write PID file: %s", std::strerror(errno));
        return;
    }
    std::fprintf(f, "%d\n", int(getpid()));
    std::fclose(f);
}

void Server::handleSignal(int sig)
{
    const char *name = sig == SIGINT ? "SIGINT" : "SIGTERM";
    serverLogf(LogLevel::Warning, "Received %s scheduling shutdown...", name);
    m_keyspace.setNow(Keyspace::wallClockMs());
    if (!shutdown(false, false)) {
        // A failed save on shutdown keeps the server up, as Redis; listen for the next signal.
        m_signals->async_wait([this](const std::error_code &ec, int s) {
            if (!ec)
                handleSignal(s);
        });
    }
}

bool Server::shutdown(bool save, bool nosave, bool force)
{
    serverLog(LogLevel::Warning, "User requested shutdown...");
    if (m_childPid > 0) {
        serverLog(LogLevel::Warning, "There is a child saving an .rdb. Killing it!");
        ::kill(m_childPid, SIGUSR1);
        int status;
        ::waitpid(m_childPid, &status, 0);
        m_childPid = -1;
        setDictResizeAllowed(true);
    }
    // Save when asked, or by default when save points are configured (unless NOSAVE).
    const bool wantSave = !nosave && (save || !m_config.save.empty());
    for (auto &hook : m_shutdownHooks) {
        if (!hook(wantSave) && !force) {
            serverLog(LogLevel::Warning, "Errors trying to shut down the server. Check the logs "
                                         "for more information.");
            return false;
        }
    }
    std::string pidfile = m_config.pidfile;
    if (pidfile.empty() && m_config.daemonize)
        pidfile = "/var/run/redis.pid";
    if (!pidfile.empty()) {
        serverLog(LogLevel::Notice, "Removing the pid file.");
        ::unlink(pidfile.c_str());
    }
    flushPendingWrites();
    for (auto &l : m_listeners)
        l->close();
    serverLog(LogLevel::Warning, "Redis is now ready to exit, bye bye...");
    m_shuttingDown = true;
    m_exitCode = 0;
    m_io.stop();
    return true;
}

// --- state changes from subsystems -----------------------------------------------------------

void Server::setReplicaMode(bool replica)
{
    m_replicaMode = replica;
    m_keyspace.setReplicaMode(replica);
    Logger::setRole(replica ? 'S' : 'M');
}

void Server::setLoading(bool loading)
{
    m_loading = loading;
    m_keyspace.setLoading(loading);
}

// --- hooks -------------------------------------------------------------------------------------

void Server::addCronJob(std::string name, std::function<void()> job)
{
    m_cronJobs.push_back({std::move(name), std::move(job)});
}

void Server::addInfoSection(const std::string &name, InfoProvider provider, bool inDefault)
{
    for (InfoSection &s : m_infoSections) {
        if (s.name == name) {
            s.provider = std::move(provider);
            s.inDefault = inDefault;
            return;
        }
    }
    std::string title = name == "cpu" ? "CPU" : name;
    if (!title.empty())
        title[0] = char(std::toupper(static_cast<unsigned char>(title[0])));
    m_infoSections.push_back({name, title, std::move(provider), inDefault});
}

void Server::addClientCloseHook(std::function<void(Client &)> hook)
{
    m_closeHooks.push_back(std::move(hook));
}

void Server::addShutdownHook(std::function<bool(bool)> hook)
{
    m_shutdownHooks.push_back(std::move(hook));
}

void Server::onConfigChange(const std::string &directive,
                            std::function<std::optional<std::string>()> listener)
{
    m_configListeners.emplace(directive, std::move(listener));
}

std::optional<std::string> Server::notifyConfigChanged(const std::string &directive)
{
    auto range = m_configListeners.equal_range(directive);
    for (auto it = range.first; it != range.second; ++it)
        if (auto err = it->second())
            return err;
    return std::nullopt;
}

// --- fork ----------------------------------------------------------------------------------------

pid_t Server::forkChild(std::function<void(int exitCode, bool bySignal)> onExit)
{
    if (m_childPid > 0)
        return -1;
    const auto start = std::chrono::steady_clock::now();
    const pid_t pid = ::fork();
    if (pid == 0) {
        // Child: no listeners, no signal handling by the loop; the caller does its work and
        // calls _exit().
        for (auto &l : m_listeners)
            ::close(l->nativeHandle());
        std::signal(SIGTERM, SIG_DFL);
        std::signal(SIGINT, SIG_DFL);
        std::signal(SIGUSR1, SIG_DFL);
        return 0;
    }
    if (pid < 0) {
        serverLogf(LogLevel::Warning, "Can't fork: %s", std::strerror(errno));
        return -1;
    }
    m_stats.latestForkUsec = std::chrono::duration_cast<std::chrono::microseconds>(
                                 std::chrono::steady_clock::now() - start)
                                 .count();
    ++m_stats.totalForks;
    m_childPid = pid;
    m_childExit = std::move(onExit);
    setDictResizeAllowed(false);
    return pid;
}

void Server::reapChild()
{
    if (m_childPid <= 0)
        return;
    int status = 0;
    const pid_t pid = ::waitpid(m_childPid, &status, WNOHANG);
    if (pid != m_childPid)
        return;
    m_childPid = -1;
    setDictResizeAllowed(true);
    auto onExit = std::move(m_childExit);
    m_childExit = nullptr;
    if (onExit) {
        if (WIFSIGNALED(status))
            onExit(0, true);
        else
            onExit(WEXITSTATUS(status), false);
    }
}

// --- clients
// ---------------------------------------------------------------------------------------

Client *Server::createClient(Connection *connection)
{
    const uint64_t id = m_nextClientId++;
    auto c = std::make_unique<Client>(*this, id, connection);
    c->createdMs = m_keyspace.now();
    c->lastInteractionMs = c->createdMs;
    c->authenticated = m_config.requirepass.empty();
    Client *raw = c.get();
    m_clients.emplace(id, std::move(c));
    return raw;
}

std::unique_ptr<Client> Server::createFakeClient()
{
    auto c = std::make_unique<Client>(*this, m_nextClientId++, nullptr);
    c->setFlag(Client::Fake);
    c->authenticated = true;
    c->createdMs = c->lastInteractionMs = m_keyspace.now();
    return c;
}

Client *Server::findClient(uint64_t id)
{
    auto it = m_clients.find(id);
    return it == m_clients.end() ? nullptr : it->second.get();
}

void Server::freeClient(Client &client)
{
    for (auto &hook : m_closeHooks)
        hook(client);
    unwatchAll(client);
    unblockClient(*this, client);
    std::erase(m_monitors, &client);
    std::erase(m_pendingWrites, &client);
    for (Client *&f : m_flushing)
        if (f == &client)
            f = nullptr;
    if (Connection *conn = client.connection())
        conn->detachClient();
    m_clients.erase(client.id()); // destroys client when it is registered here
}

size_t Server::blockedClientCount() const
{
    return m_blocking->blockedCount;
}

void Server::scheduleWrite(Client &client)
{
    if (client.hasFlag(Client::Fake) || client.hasFlag(Client::Master)) {
        client.reply().clear();
        return;
    }
    if (client.pendingWrite)
        return;
    client.pendingWrite = true;
    m_pendingWrites.push_back(&client);
}

bool Server::exceedsOutputLimit(Client &c)
{
    // client-output-buffer-limit for normal and pub/sub clients (replicas: replication's own).
    if (c.hasFlag(Client::Replica) || c.hasFlag(Client::Master) || c.hasFlag(Client::Fake))
        return false;
    const OutputBufferLimit &limit =
        m_config.outputBufferLimits[c.subscriptionCount() > 0 ? int(ClientClass::Pubsub)
                                                              : int(ClientClass::Normal)];
    const size_t used = c.pendingOutputBytes();
    bool over = limit.hardBytes && used >= limit.hardBytes;
    if (!over && limit.softBytes && used >= limit.softBytes) {
        const int64_t now = m_keyspace.now();
        if (c.softLimitReachedMs == 0)
            c.softLimitReachedMs = now;
        else if (now - c.softLimitReachedMs > limit.softSeconds * 1000)
            over = true;
    } else if (used < limit.softBytes || !limit.softBytes) {
        c.softLimitReachedMs = 0;
    }
    if (over)
        serverLogf(LogLevel::Warning,
                   "Client id=%llu addr=%s name=%s scheduled to be closed ASAP for overcoming of "
                   "output buffer limits.",
                   static_cast<unsigned long long>(c.id()), c.peerAddress.c_str(), c.name.c_str());
    return over;
}

void Server::flushPendingWritesSoon()
{
    if (m_flushPosted || m_pendingWrites.empty())
        return;
    m_flushPosted = true;
    // Runs after the completions already queued (the rest of this epoll batch).
    asio::post(m_io, [this] {
        m_flushPosted = false;
        flushPendingWrites();
    });
}

void Server::flushPendingWrites()
{
    // Flushing may free clients (write errors, limits); freeClient() clears their slot in
    // m_flushing, so every non-null pointer here is alive.
    if (m_inFlush)
        return;
    m_inFlush = true;
    while (!m_pendingWrites.empty()) {
        m_flushing.swap(m_pendingWrites);
        for (size_t i = 0; i < m_flushing.size(); ++i) {
            Client *c = m_flushing[i];
            if (!c)
                continue;
            c->pendingWrite = false;
            if (c->hasFlag(Client::CloseAsap) || exceedsOutputLimit(*c)) {
                freeClient(*c);
                continue;
            }
            if (Connection *conn = c->connection())
                conn->flush();
        }
        m_flushing.clear();
    }
    m_inFlush = false;
}

} // namespace rd
