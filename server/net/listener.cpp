#include "net/listener.h"

#include "core/server.h"
#include "net/connection.h"

#include <asio/ip/v6_only.hpp>

namespace rd {

Listener::Listener(Server &server, asio::io_context &io)
    : m_server(server)
    , m_acceptor(io)
{
}

std::error_code Listener::open(const asio::ip::tcp::endpoint &endpoint, int backlog)
{
    std::error_code ec;
    m_acceptor.open(endpoint.protocol(), ec);
    if (ec)
        return ec;
    m_acceptor.set_option(asio::ip::tcp::acceptor::reuse_address(true), ec);
    if (endpoint.address().is_v6())
        m_acceptor.set_option(asio::ip::v6_only(true), ec);
    m_acceptor.bind(endpoint, ec);
    if (!ec)
        m_acceptor.listen(backlog, ec);
    if (ec) {
        std::error_code ignored;
        m_acceptor.close(ignored);
    }
    return ec;
}

void Listener::startAccepting()
{
    acceptOne();
}

void Listener::acceptOne()
{
    m_acceptor.async_accept([this](const std::error_code &ec, asio::ip::tcp::socket socket) {
        if (ec == asio::error::operation_aborted || !m_acceptor.is_open())
            return;
        if (!ec) {
            m_server.keyspace().setNow(Keyspace::wallClockMs());
            auto conn = std::make_shared<Connection>(m_server, std::move(socket));
            conn->start();
            m_server.flushPendingWrites();
        }
        acceptOne();
    });
}

void Listener::close()
{
    std::error_code ec;
    m_acceptor.close(ec);
}

uint16_t Listener::port() const
{
    std::error_code ec;
    return m_acceptor.local_endpoint(ec).port();
}

asio::ip::tcp::endpoint Listener::endpoint() const
{
    std::error_code ec;
    return m_acceptor.local_endpoint(ec);
}

} // namespace rd
