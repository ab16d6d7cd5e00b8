#include "net/connection.h"

#include "core/client.h"
#include "core/server.h"
#include "log/logger.h"

#include <asio/write.hpp>

#include <cstring>

namespace rd {

namespace {

constexpr size_t kReadChunk = 16 * 1024;

const char kProtectedModeDenied[] =
    "-DENIED Redis is running in protected mode because protected mode is enabled and no "
    "password is set for the default user. In this mode connections are only accepted from the "
    "loopback interface. If you want to connect from external computers to Redis you may adopt "
    "one of the following solutions: 1) Just disable protected mode sending the command 'CONFIG "
    "SET protected-mode no' from the loopback interface by connecting to Redis from the same "
    "host the server is running, however MAKE SURE Redis is not publicly accessible from "
    "internet if you do so. Use CONFIG REWRITE to make this change permanent. 2) Alternatively "
    "you can just disable the protected mode by editing the Redis configuration file, and "
    "setting the protected mode option to 'no', and then restarting the server. 3) If you "
    "started the server manually just for testing, restart it with the '--protected-mode no' "
    "option. 4) Setup a an authentication password for the default user. NOTE: You only need to "
    "do one of the above things in order for the server to start accepting connections from the "
    "outside.\r\n";

std::string formatAddress(const asio::ip::tcp::endpoint &ep)
{
    const std::string ip = ep.address().to_string();
    if (ep.address().is_v6())
        return "[" + ip + "]:" + std::to_string(ep.port());
    return ip + ":" + std::to_string(ep.port());
}

} // namespace

Connection::Connection(Server &server, asio::ip::tcp::socket socket)
    : m_server(server)
    , m_socket(std::move(socket))
{
}

Connection::~Connection() = default;

int Connection::fd()
{
    return m_socket.native_handle();
}

bool Connection::isLoopback() const
{
    std::error_code ec;
    const auto ep = m_socket.remote_endpoint(ec);
    if (ec)
        return false;
    const asio::ip::address a = ep.address();
    if (a.is_v4())
        return a.to_v4().to_bytes()[0] == 127;
    const auto v6 = a.to_v6();
    return v6.is_loopback() || (v6.is_v4_mapped() && v6.to_bytes()[12] == 127);
}

void Connection::start()
{
    const Config &cfg = m_server.config();
    std::error_code ec;
    m_socket.non_blocking(true, ec);
    m_socket.set_option(asio::ip::tcp::no_delay(true), ec);
    if (cfg.tcpKeepalive > 0) {
        m_socket.set_option(asio::socket_base::keep_alive(true), ec);
        const int fd = m_socket.native_handle();
        int idle = int(cfg.tcpKeepalive), intvl = std::max(1, int(cfg.tcpKeepalive / 3)), cnt = 3;
        ::setsockopt(fd, IPPROTO_TCP, TCP_KEEPIDLE, &idle, sizeof idle);
        ::setsockopt(fd, IPPROTO_TCP, TCP_KEEPINTVL, &intvl, sizeof intvl);
        ::setsockopt(fd, IPPROTO_TCP, TCP_KEEPCNT, &cnt, sizeof cnt);
    }
    ++m_server.stats().totalConnectionsReceived;
    if (int64_t(m_server.clientCount()) >= cfg.maxclients) {
        static const char err[] = "-ERR max number of clients reached\r\n";
        asio::write(m_socket, asio::buffer(err, sizeof err - 1), ec);
        ++m_server.stats().rejectedConnections;
        m_closed = true;
        m_socket.close(ec);
        return;
    }
    if (cfg.protectedMode && cfg.requirepass.empty() && !isLoopback()) {
        asio::write(m_socket, asio::buffer(kProtectedModeDenied, sizeof kProtectedModeDenied - 1),
                    ec);
        ++m_server.stats().rejectedConnections;
        m_closed = true;
        m_socket.close(ec);
        return;
    }
    m_client = m_server.createClient(this);
    const auto peer = m_socket.remote_endpoint(ec);
    if (!ec)
        m_client->peerAddress = formatAddress(peer);
    const auto local = m_socket.local_endpoint(ec);
    if (!ec)
        m_client->localAddress = formatAddress(local);
    m_in.resize(kReadChunk);
    readSome();
}

void Connection::readSome()
{
    if (m_closed || m_readInFlight)
        return;
    if (m_in.size() - m_inEnd < kReadChunk / 2) {
        // Make room: first by dropping consumed bytes, then by growing (a big argument).
        if (m_inStart > 0) {
            std::memmove(m_in.data(), m_in.data() + m_inStart, m_inEnd - m_inStart);
            m_inEnd -= m_inStart;
            m_inStart = 0;
        }
        if (m_in.size() - m_inEnd < kReadChunk / 2)
            m_in.resize(std::max(m_in.size() * 2, m_inEnd + kReadChunk));
    }
    m_readInFlight = true;
    m_socket.async_read_some(
        asio::buffer(m_in.data() + m_inEnd, m_in.size() - m_inEnd),
        [self = shared_from_this()](const std::error_code &ec, size_t n) { self->onRead(ec, n); });
}

void Connection::onRead(const std::error_code &ec, size_t n)
{
    m_readInFlight = false;
    if (m_closed)
        return;
    if (ec) {
        if (ec != asio::error::eof && ec != asio::error::connection_reset)
            serverLogf(LogLevel::Verbose, "Reading from client: %s", ec.message().c_str());
        close();
        return;
    }
    m_inEnd += n;
    ServerStats &st = m_server.stats();
    st.netInputBytes += int64_t(n);
    ++st.totalReadsProcessed;
    processInput(true);
    if (m_closed)
        return;
    shrinkQueryBuffer(); // safe here: no read is in flight inside its own completion
    if (m_inEnd - m_inStart > m_server.config().clientQueryBufferLimit) {
        serverLogf(LogLevel::Warning,
                   "Closing client that reached max query buffer length: addr=%s qbuf=%zu",
                   m_client->peerAddress.c_str(), m_inEnd - m_inStart);
        close();
        return;
    }
    m_server.flushPendingWritesSoon();
    if (!m_closed)
        readSome();
}

void Connection::processInput(bool fromRead)
{
    if (m_processing || !m_client)
        return;
    m_processing = true;
    CommandClock &clock = m_server.commandClock();
    m_server.keyspace().setNow(clock.beginBatch());
    if (fromRead)
        m_client->lastInteractionMs = m_server.keyspace().now();
    RespParser::Limits limits;
    while (!m_closed && m_client &&
           !(m_client->flags & (Client::Blocked | Client::CloseAfterReply | Client::CloseAsap))) {
        limits.maxBulkLen = m_server.config().protoMaxBulkLen;
        limits.authenticated = m_client->authenticated || m_server.config().requirepass.empty();
        limits.fromMaster = m_client->hasFlag(Client::Master);
        size_t used = 0;
        const RespParser::Status st = m_parser.feed(m_in.data() + m_inStart, m_inEnd - m_inStart,
                                                    used, m_client->argv, limits);
        m_inStart += used;
        if (st == RespParser::Status::NeedMore)
            break;
        if (st == RespParser::Status::Error) {
            serverLogf(LogLevel::Verbose, "Protocol error (%s) from client: addr=%s",
                       m_parser.errorText().c_str(), m_client->peerAddress.c_str());
            m_client->reply().error(m_parser.errorText());
            m_client->setFlag(Client::CloseAfterReply);
            m_server.scheduleWrite(*m_client);
            break;
        }
        m_server.processCommand(*m_client);
        if (!m_client)
            break;
        m_client->argv.clear();
        if (m_client->argv.slotCount() > 256)
            m_client->argv.release(); // a huge MSET should not pin its slots forever
    }
    clock.endBatch();
    // Not under a pending read: it writes at the old m_inEnd (input resumed after a WAIT or
    // BLPOP is parsed while the connection is already reading again).
    if (m_inStart == m_inEnd && !m_readInFlight)
        m_inStart = m_inEnd = 0;
    if (m_client)
        m_client->queryBufferBytes = m_inEnd - m_inStart;
    m_processing = false;
}

void Connection::resumeInput()
{
    if (m_closed || !m_client)
        return;
    processInput(false);
    m_server.flushPendingWrites();
}

void Connection::flush()
{
    if (m_closed || !m_client)
        return;
    std::string &out = m_client->reply().bytes();
    if (m_client->hasFlag(Client::Master)) {
        out.clear(); // commands from our master get no replies
        return;
    }
    if (!m_writeInFlight && pendingWriteBytes() == 0 && !out.empty()) {
        // Most replies fit in the socket buffer: write directly, no async round trip.
        std::error_code ec;
        const size_t n = m_socket.write_some(asio::buffer(out), ec);
        if (ec && ec != asio::error::would_block && ec != asio::error::try_again) {
            close();
            return;
        }
        if (!ec) {
            m_server.stats().netOutputBytes += int64_t(n);
            ++m_server.stats().totalWritesProcessed;
        }
        if (!ec && n == out.size()) {
            out.clear();
        } else {
            // The rest goes out from an offset: moving it to the front would cost a memmove of
            // the whole remainder per partial write (MBs for a lagging replica).
            m_writing.swap(out);
            out.clear();
            m_writeOffset = ec ? 0 : n;
        }
    }
    if (!m_writeInFlight && pendingWriteBytes() > 0)
        asyncWrite();
    if (!m_writeInFlight && pendingWriteBytes() == 0 && out.empty() &&
        m_client->hasFlag(Client::CloseAfterReply))
        close();
}

void Connection::asyncWrite()
{
    // One write_some at a time, so m_writeOffset (and pendingWriteBytes(), which INFO, CLIENT
    // LIST and the output buffer limits read) always says what is still unsent. Replies queued
    // meanwhile wait in the client's buffer and follow once m_writing is done.
    m_writeInFlight = true;
    m_socket.async_write_some(
        asio::buffer(m_writing.data() + m_writeOffset, m_writing.size() - m_writeOffset),
        [self = shared_from_this()](const std::error_code &ec, size_t n) {
            self->onWritten(ec, n);
        });
}

void Connection::onWritten(const std::error_code &ec, size_t n)
{
    m_writeInFlight = false;
    if (m_closed)
        return;
    if (ec) {
        close();
        return;
    }
    m_server.stats().netOutputBytes += int64_t(n);
    ++m_server.stats().totalWritesProcessed;
    m_writeOffset += n;
    if (m_writeOffset == m_writing.size()) {
        m_writing.clear();
        m_writeOffset = 0;
    }
    flush();
}

void Connection::detachClient()
{
    m_client = nullptr;
    if (!m_closed) {
        m_closed = true;
        std::error_code ec;
        m_socket.shutdown(asio::ip::tcp::socket::shutdown_both, ec);
        m_socket.close(ec);
    }
}

void Connection::close()
{
    if (m_client) {
        Client *c = m_client;
        m_client = nullptr;
        m_server.freeClient(*c); // calls detachClient()
    }
    if (!m_closed) {
        m_closed = true;
        std::error_code ec;
        m_socket.close(ec);
    }
}

void Connection::shrinkQueryBuffer()
{
    // Never while a read is in flight: it writes into the buffer.
    if (!m_readInFlight && m_inEnd == m_inStart && m_in.size() > 4 * kReadChunk) {
        m_in.resize(kReadChunk);
        m_in.shrink_to_fit();
        m_inStart = m_inEnd = 0;
    }
}

} // namespace rd
