#include "replication/master_link.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <thread>

namespace rd::repl {

namespace {

std::int64_t steadyMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

std::int64_t steadySec()
{
    return steadyMs() / 1000;
}

bool equalsNoCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (std::tolower(static_cast<unsigned char>(a[i])) !=
            std::tolower(static_cast<unsigned char>(b[i])))
            return false;
    }
    return true;
}

// Backoff before attempt n+1 after n consecutive failures. A replica that has a cached master
// (its link was up) retries soon, to resync partially before the backlog moves on: 100 ms,
// doubling to 1 s. One that never got in starts at Redis's 1 s pace. Both level off at 5 s.
std::int64_t backoffMs(int failures, bool hasCachedMaster)
{
    if (hasCachedMaster) // 100 ms, 200 ms, 400 ms, 800 ms, 1.6 s, 3.2 s, then 5 s
        return std::min<std::int64_t>(5000, 100LL << std::clamp(failures - 1, 0, 6));
    // 1 s, 1 s, 2 s, 4 s, then 5 s
    return std::min<std::int64_t>(5000, 1000LL << std::clamp(failures - 2, 0, 3));
}

constexpr std::size_t kReadChunk = 256 * 1024;

} // namespace

// ---------------------------------------------------------------------------------------------
// Lifetime

MasterLink::MasterLink(asio::io_context &io, ReplStateMachine &machine, LogSink log,
                       MasterLinkOwner &owner, MasterLinkSettings settings)
    : m_io(io)
    , m_machine(machine)
    , m_log(std::move(log))
    , m_owner(owner)
    , m_settings(std::move(settings))
    , m_resolver(io)
    , m_retryTimer(io)
{
    m_readChunk.resize(kReadChunk);
}

MasterLink::~MasterLink()
{
    stop();
}

void MasterLink::start(std::optional<CachedMaster> cached)
{
    m_cached = std::move(cached);
    if (m_cached) {
        m_replid = m_cached->replid;
        m_reploff = m_readReploff = m_cached->offset;
    }
    connect("Connecting to MASTER ");
}

void MasterLink::stop()
{
    if (m_stopped)
        return;
    m_stopped = true;
    ++m_generation;
    m_retryTimer.cancel();
    m_resolver.cancel();
    if (m_loadCancelled)
        *m_loadCancelled = true;
    closeSocket();
}

void MasterLink::closeSocket()
{
    if (m_socket) {
        std::error_code ignored;
        m_socket->close(ignored);
        m_socket.reset();
    }
    if (m_tempFd >= 0) {
        ::close(m_tempFd);
        m_tempFd = -1;
        ::unlink(m_tempPath.c_str());
    }
    m_out.clear();
    m_writing = false;
    m_in.clear();
}

void MasterLink::touch()
{
    m_lastIoSteady = steadyMs();
}

// ---------------------------------------------------------------------------------------------
// connect -> connecting

void MasterLink::connect(const char *logLine)
{
    if (m_stopped)
        return;
    const std::uint64_t gen = ++m_generation;
    m_retryAtSteadyMs = -1;
    const std::string line = logLine + m_settings.host + ":" + std::to_string(m_settings.port);
    if (m_machine.state() != ReplState::Connect)
        m_machine.transitionTo(ReplState::Connect, line);
    else if (m_log)
        m_log(LogLevel::Notice, line);
    m_machine.transitionTo(ReplState::Connecting, "MASTER <-> REPLICA sync started");
    touch();
    m_socket = std::make_unique<asio::ip::tcp::socket>(m_io);
    auto self = shared_from_this();
    m_resolver.async_resolve(
        m_settings.host, std::to_string(m_settings.port),
        [this, self, gen](const std::error_code &ec, asio::ip::tcp::resolver::results_type r) {
            if (gen != m_generation)
                return;
            if (ec)
                return fail("connect", "Error condition on socket for SYNC: " + ec.message(), ec);
            asio::async_connect(
                *m_socket, r, [this, self, gen](const std::error_code &ec2, const auto &) {
                    if (gen != m_generation)
                        return;
                    if (ec2)
                        return fail("connect",
                                    "Error condition on socket for SYNC: " + ec2.message(), ec2);
                    onConnected();
                });
        });
}

void MasterLink::onConnected()
{
    std::error_code ignored;
    m_socket->set_option(asio::ip::tcp::no_delay(true), ignored);
    touch();
    HandshakeConfig cfg;
    cfg.masterUser = m_settings.masterUser;
    cfg.masterAuth = m_settings.masterAuth;
    cfg.listeningPort = m_settings.listeningPort;
    cfg.announceIp = m_settings.announceIp;
    cfg.cached = m_cached;
    m_handshake = std::make_unique<MasterHandshake>(m_machine, m_log, cfg);
    auto a = m_handshake->onConnected();
    write(std::move(a.bytes));
    read();
}

// ---------------------------------------------------------------------------------------------
// Failure and retry: every error ends here, back in `connect`.

void MasterLink::fail(std::string kind, std::string message, const std::error_code &ec,
                      LogLevel level)
{
    if (m_stopped)
        return;
    const bool wasConnected = m_machine.state() == ReplState::Connected;
    m_lastError.kind = std::move(kind);
    m_lastError.message = message;
    m_lastError.osText = ec ? ec.message() : std::string();
    m_lastError.osErrno =
        ec && ec.category() == asio::error::get_system_category() ? ec.value() : 0;
    m_lastError.timestampUs = ReplStateMachine::nowUs();
    ++m_generation;
    if (m_loadCancelled)
        *m_loadCancelled = true;
    m_loading = false;
    m_payload.reset();
    m_handshake.reset();
    closeSocket();
    m_parser.reset();
    m_inMulti = false;
    m_unforwarded.clear();
    m_commandBytes = 0;
    if (wasConnected) {
        m_downSince = steadySec();
        m_machine.transitionTo(ReplState::Connect, message, level);
        if (m_log)
            m_log(LogLevel::Notice, "Caching the disconnected master state.");
        m_cached = CachedMaster{m_replid, m_reploff, m_owner.masterDb()};
        m_readReploff = m_reploff;
        m_owner.linkDown(true);
        m_failures = 0;
        // Like Redis: reconnect at once, before the master's backlog moves on.
        connect("Reconnecting to MASTER ");
        return;
    }
    m_machine.transitionTo(ReplState::Connect, message, level);
    m_owner.linkDown(false);
    ++m_failures;
    scheduleRetry();
}

void MasterLink::scheduleRetry()
{
    const std::int64_t delay = backoffMs(m_failures, m_cached.has_value());
    m_retryAtSteadyMs = steadyMs() + delay;
    const std::uint64_t gen = m_generation;
    auto self = shared_from_this();
    m_retryTimer.expires_after(std::chrono::milliseconds(delay));
    m_retryTimer.async_wait([this, self, gen](const std::error_code &ec) {
        if (ec || gen != m_generation || m_stopped)
            return;
        connect("Connecting to MASTER ");
    });
}

std::int64_t MasterLink::nextRetryInMs() const
{
    if (m_retryAtSteadyMs < 0)
        return -1;
    return std::max<std::int64_t>(0, m_retryAtSteadyMs - steadyMs());
}

// ---------------------------------------------------------------------------------------------
// Reading and writing

void MasterLink::read()
{
    if (!m_socket)
        return;
    const std::uint64_t gen = m_generation;
    auto self = shared_from_this();
    m_socket->async_read_some(asio::buffer(m_readChunk),
                              [this, self, gen](const std::error_code &ec, std::size_t n) {
                                  if (gen != m_generation)
                                      return;
                                  if (ec)
                                      return onRead(0);
                                  m_in.append(m_readChunk.data(), n);
                                  onRead(n);
                                  if (gen == m_generation)
                                      read();
                              });
}

void MasterLink::onRead(std::size_t n)
{
    const ReplState s = m_machine.state();
    if (n == 0) {
        if (s == ReplState::Connected)
            return fail("io", "Connection with master lost.");
        if (s == ReplState::Transfer)
            return fail("io", "I/O error trying to sync with MASTER: connection lost");
        if (s == ReplState::ReceivePsyncReply)
            return fail("psync", "Master did not reply to PSYNC, will try later");
        return fail("handshake", "Master did not respond to command during SYNC handshake");
    }
    touch();
    if (isHandshakeState(s))
        processHandshake();
    else if (s == ReplState::Transfer)
        processTransfer();
    else if (s == ReplState::Connected)
        processStream();
}

void MasterLink::write(std::string bytes)
{
    if (bytes.empty() || !m_socket)
        return;
    m_out.push_back(std::move(bytes));
    if (!m_writing)
        writeNext();
}

void MasterLink::writeNext()
{
    if (m_out.empty() || !m_socket) {
        m_writing = false;
        return;
    }
    m_writing = true;
    const std::uint64_t gen = m_generation;
    auto self = shared_from_this();
    asio::async_write(*m_socket, asio::buffer(m_out.front()),
                      [this, self, gen](const std::error_code &ec, std::size_t) {
                          if (gen != m_generation)
                              return;
                          if (ec)
                              return fail("io",
                                          "Sending command to master in replication handshake: " +
                                              ec.message(),
                                          ec);
                          m_out.pop_front();
                          writeNext();
                      });
}

// ---------------------------------------------------------------------------------------------
// Handshake: one reply line at a time

void MasterLink::processHandshake()
{
    while (m_handshake && isHandshakeState(m_machine.state())) {
        const auto nl = m_in.find('\n');
        if (nl == std::string::npos)
            return;
        std::string line = m_in.substr(0, nl);
        m_in.erase(0, nl + 1);
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        MasterHandshake::Action a = m_handshake->onLine(line);
        using Kind = MasterHandshake::Action::Kind;
        switch (a.kind) {
        case Kind::Wait:
            break;
        case Kind::Send:
            write(std::move(a.bytes));
            break;
        case Kind::Fail: {
            const ReplState s = m_machine.state();
            const char *kind = s == ReplState::ReceiveAuthReply    ? "auth"
                               : s == ReplState::ReceivePsyncReply ? "psync"
                                                                   : "handshake";
            return fail(kind, a.reason);
        }
        case Kind::FullResync:
            write(std::move(a.bytes)); // SYNC after a refused PSYNC
            m_fullReplid = a.replid;
            m_fullOffset = a.offset;
            m_payload.emplace();
            m_transferStartedUs = ReplStateMachine::nowUs();
            if (m_cached && m_log)
                m_log(LogLevel::Notice, "Discarding previously cached master state.");
            m_cached.reset();
            return processTransfer();
        case Kind::Continue:
            ++m_partialSyncs;
            m_failures = 0;
            m_downSince = -1;
            if (a.idChanged)
                m_replid = a.replid;
            m_cached.reset();
            m_owner.resumePartial(a.idChanged ? a.replid : std::string(), m_reploff);
            return processStream();
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Transfer: the payload goes to a temp file, then loads beside the served data

void MasterLink::processTransfer()
{
    if (!m_payload || m_loading)
        return; // while loading, stream bytes wait in m_in
    const bool hadHeader = m_payload->headerSeen();
    const auto sink = [this](std::string_view bytes) {
        std::size_t off = 0;
        while (off < bytes.size() && m_tempFd >= 0) {
            const ssize_t w = ::write(m_tempFd, bytes.data() + off, bytes.size() - off);
            if (w < 0 && errno == EINTR)
                continue;
            if (w <= 0)
                break;
            off += std::size_t(w);
        }
    };
    if (!hadHeader) {
        // Open the temp file before the first payload byte, as Redis names it.
        if (m_tempFd < 0) {
            m_tempPath = (m_settings.dir.empty() ? std::string(".") : m_settings.dir) + "/temp-" +
                         std::to_string(std::time(nullptr)) + "." + std::to_string(::getpid()) +
                         ".rdb";
            m_tempFd = ::open(m_tempPath.c_str(), O_CREAT | O_WRONLY | O_TRUNC | O_CLOEXEC, 0644);
            if (m_tempFd < 0)
                return fail(
                    "transfer",
                    "Opening the temp file needed for MASTER <-> REPLICA synchronization: " +
                        std::string(std::strerror(errno)),
                    std::error_code(errno, std::system_category()));
        }
    }
    const auto step = m_payload->feed(m_in, sink);
    m_in.erase(0, step.consumed);
    if (!hadHeader && m_payload->headerSeen() && m_log)
        m_log(LogLevel::Notice, m_payload->message());
    if (step.status == SyncPayloadReader::Status::Error)
        return fail(m_payload->masterAborted() ? "transfer" : "protocol", m_payload->message());
    if (step.status == SyncPayloadReader::Status::Done)
        beginLoad();
}

void MasterLink::beginLoad()
{
    ::fsync(m_tempFd);
    ::close(m_tempFd);
    m_tempFd = -1;
    if (m_payload->eofForm() && m_payload->readBytes() == 0)
        return fail("transfer", "Replication stream EOF marker is broken");
    std::string path = m_tempPath;
    if (m_settings.keepRdbFile) {
        const std::string final = (m_settings.dir.empty() ? std::string(".") : m_settings.dir) +
                                  "/" + m_settings.dbfilename;
        if (::rename(m_tempPath.c_str(), final.c_str()) == 0)
            path = final;
    }
    if (m_log) {
        m_log(LogLevel::Notice, "MASTER <-> REPLICA sync: Flushing old data");
        m_log(LogLevel::Notice, "MASTER <-> REPLICA sync: Loading DB in memory");
    }
    m_loading = true;
    m_lastNewlineSteady = steadyMs();
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    m_loadCancelled = cancelled;
    const bool removeAfter = !m_settings.keepRdbFile;
    auto self = shared_from_this();
    const std::uint64_t gen = m_generation;
    std::thread([this, self, gen, path, cancelled, removeAfter] {
        SnapshotLoad load = m_owner.loadSnapshot(path);
        if (removeAfter)
            ::unlink(path.c_str());
        auto shared = std::make_shared<SnapshotLoad>(std::move(load));
        asio::post(m_io, [this, self, gen, cancelled, shared] {
            if (*cancelled || gen != m_generation)
                return;
            finishLoad(std::move(*shared));
        });
    }).detach();
}

void MasterLink::finishLoad(SnapshotLoad load)
{
    m_loading = false;
    m_loadCancelled.reset();
    if (!load.snapshot)
        return fail("load",
                    "Failed trying to load the MASTER synchronization DB from disk: " + load.error);
    std::string replid = m_fullReplid;
    std::int64_t offset = m_fullOffset;
    if (offset < 0) {
        // SYNC fallback: no +FULLRESYNC line; the RDB's aux fields name the position.
        replid = load.replId.value_or(std::string());
        offset = load.replOffset.value_or(0);
    }
    m_payload.reset();
    m_replid = replid;
    m_reploff = m_readReploff = offset;
    m_owner.installSnapshot(std::move(load), replid, offset);
    ++m_fullSyncs;
    m_failures = 0;
    m_downSince = -1;
    m_machine.transitionTo(ReplState::Connected, "MASTER <-> REPLICA sync: Finished with success");
    // A diskless master streams nothing until the first ACK; a disk one does not mind it.
    ackNow(m_reploff);
    processStream();
}

// ---------------------------------------------------------------------------------------------
// Connected: apply the stream, count offsets, forward what was applied

void MasterLink::processStream()
{
    // What was applied goes to the backlog and the sub-replicas once per batch, not once per
    // command; `appliedBytes` counts the bytes of m_unforwarded + m_in[segment, pos) applied so
    // far. Bytes of a command still in flight (or of an open MULTI) stay in m_unforwarded.
    const std::uint64_t gen = m_generation; // a reset link (fail, stop) drops what is left
    std::size_t pos = 0;
    std::size_t segment = 0; // m_in bytes from here to pos are not in m_unforwarded yet
    std::size_t appliedBytes = 0;
    const auto takeSegment = [&] {
        m_unforwarded.append(m_in, segment, pos - segment);
        segment = pos;
    };
    const auto forward = [&] {
        takeSegment();
        if (appliedBytes == 0)
            return;
        m_owner.forwardApplied(std::string_view(m_unforwarded).substr(0, appliedBytes));
        m_unforwarded.erase(0, appliedBytes);
        appliedBytes = 0;
    };
    while (pos < m_in.size() && m_machine.state() == ReplState::Connected && gen == m_generation) {
        // Bare newlines between commands are keepalives, outside the stream's offsets.
        if (!m_parser.midCommand() && m_commandBytes == 0 &&
            (m_in[pos] == '\n' ||
             (m_in[pos] == '\r' && pos + 1 < m_in.size() && m_in[pos + 1] == '\n'))) {
            takeSegment();
            pos += m_in[pos] == '\n' ? 1 : 2;
            segment = pos;
            continue;
        }
        if (!m_parser.midCommand() && m_commandBytes == 0 && m_in[pos] != '*') {
            forward();
            if (m_log)
                m_log(LogLevel::Warning,
                      "WARNING: Receiving inline protocol from master, master stream corruption? "
                      "Closing the master connection and discarding the cached master.");
            m_in.clear();
            m_replid.clear();
            return fail("protocol", "Master using the inline protocol. Desync?");
        }
        std::size_t used = 0;
        RespParser::Limits limits;
        limits.fromMaster = true;
        const auto st = m_parser.feed(m_in.data() + pos, m_in.size() - pos, used, m_argv, limits);
        pos += used;
        m_commandBytes += used;
        m_readReploff += std::int64_t(used);
        if (st == RespParser::Status::NeedMore)
            break;
        if (st == RespParser::Status::Error) {
            pos -= used; // the bad bytes were not applied
            m_readReploff -= std::int64_t(used);
            forward();
            m_in.clear();
            return fail("protocol", "Protocol error from MASTER: " + m_parser.errorText());
        }
        const std::int64_t before = m_reploff;
        m_commandBytes = 0;
        const bool empty = m_argv.empty(); // "*0\r\n": counted, nothing to run
        const bool getack = m_argv.size() >= 2 && equalsNoCase(m_argv[0], "REPLCONF") &&
                            equalsNoCase(m_argv[1], "GETACK");
        const bool endsMulti =
            !empty && (equalsNoCase(m_argv[0], "EXEC") || equalsNoCase(m_argv[0], "DISCARD"));
        if (!empty && equalsNoCase(m_argv[0], "MULTI"))
            m_inMulti = true;
        if (!getack && !empty)
            m_owner.applyFromMaster(m_argv); // takes the arguments (m_argv is reused)
        if (m_inMulti) {
            // Inside MULTI the applied offset jumps at EXEC (or DISCARD).
            if (!endsMulti)
                continue;
            m_inMulti = false;
        }
        m_reploff = m_readReploff;
        appliedBytes = m_unforwarded.size() + (pos - segment);
        if (getack)
            ackNow(before);
    }
    if (gen != m_generation)
        return;
    forward();
    m_in.erase(0, pos);
}

void MasterLink::ackNow(std::int64_t offset)
{
    const std::string off = std::to_string(offset);
    write("*3\r\n$8\r\nREPLCONF\r\n$3\r\nACK\r\n$" + std::to_string(off.size()) + "\r\n" + off +
          "\r\n");
}

// ---------------------------------------------------------------------------------------------
// The 1 Hz duties

void MasterLink::cron()
{
    if (m_stopped)
        return;
    const std::int64_t now = steadyMs();
    const std::int64_t idle = now - m_lastIoSteady;
    const std::int64_t timeout = m_settings.replTimeoutSec * 1000;
    const ReplState s = m_machine.state();
    if (s == ReplState::Connecting || isHandshakeState(s)) {
        if (idle > timeout)
            fail("timeout", "Timeout connecting to the MASTER...");
        return;
    }
    if (s == ReplState::Transfer) {
        if (m_loading) {
            // Tell the master we are alive while the load runs (at most once a second).
            if (now - m_lastNewlineSteady >= 1000) {
                write("\n");
                m_lastNewlineSteady = now;
            }
            return;
        }
        if (idle > timeout)
            fail("timeout", "Timeout receiving bulk data from MASTER... If the problem persists "
                            "try to set the 'repl-timeout' parameter in redis.conf to a larger "
                            "value.");
        return;
    }
    if (s == ReplState::Connected) {
        if (idle > timeout)
            return fail("timeout", "MASTER timeout: no data nor PING received...");
        ackNow(m_reploff);
    }
}

int MasterLink::lastIoSecondsAgo() const
{
    if (!connected())
        return -1;
    return int((steadyMs() - m_lastIoSteady) / 1000);
}

std::int64_t MasterLink::downSinceSeconds() const
{
    if (m_downSince < 0)
        return -1;
    return steadySec() - m_downSince;
}

} // namespace rd::repl
