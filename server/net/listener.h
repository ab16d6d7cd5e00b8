#pragma once
// Listener: accepts TCP connections on one bound address and hands them to new Connections.
#include <asio/ip/tcp.hpp>

#include <memory>
#include <string>
#include <system_error>

namespace rd {

class Server;

class Listener
{
public:
    Listener(Server &server, asio::io_context &io);
    // Binds and listens; on failure returns the error (the caller logs Redis's message).
    std::error_code open(const asio::ip::tcp::endpoint &endpoint, int backlog);
    void startAccepting();
    void close();
    uint16_t port() const;
    asio::ip::tcp::endpoint endpoint() const;
    int nativeHandle() { return m_acceptor.native_handle(); }

private:
    void acceptOne();

    Server &m_server;
    asio::ip::tcp::acceptor m_acceptor;
};

} // namespace rd
