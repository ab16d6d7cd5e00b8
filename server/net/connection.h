#pragma once
// Connection: one client's TCP socket on the event loop. It reads into a reused buffer, parses
// every complete command in what arrived (pipelining in one read), has the server run them,
// and sends all their replies in one write: a direct non-blocking write first, async writes
// only for what the socket did not take (sent from an offset, never moved).
//
// Lifetime: owned by shared_ptr handles held by its pending Asio operations; the Client it
// feeds is owned by the Server. Either side can end it: Connection::close() frees the client;
// Server::freeClient() detaches and closes the connection.
#include "net/resp_parser.h"

#include <asio/ip/tcp.hpp>

#include <memory>
#include <string>
#include <vector>

namespace rd {

class Server;
class Client;

class Connection : public std::enable_shared_from_this<Connection>
{
public:
    Connection(Server &server, asio::ip::tcp::socket socket);
    ~Connection();

    // Registers the client (or refuses it: maxclients, protected mode) and starts reading.
    void start();
    // Closes the socket now and frees the client.
    void close();
    // Sends what the client's reply buffer holds (no-op if a write is in flight).
    void flush();
    // Resumes parsing input after the client was unblocked.
    void resumeInput();
    // Called by Server::freeClient: forget the client and close the socket.
    void detachClient();

    size_t pendingWriteBytes() const { return m_writing.size() - m_writeOffset; }
    size_t queryBufferBytes() const { return m_inEnd - m_inStart; }
    size_t queryBufferCapacity() const { return m_in.size(); }
    bool isLoopback() const;
    int fd();
    // Frees a large empty query buffer (after a big request has been processed).
    void shrinkQueryBuffer();

private:
    void readSome();
    void onRead(const std::error_code &ec, size_t n);
    // Runs every complete command in the buffer; fromRead: new bytes arrived (not a resume).
    void processInput(bool fromRead);
    void asyncWrite();
    void onWritten(const std::error_code &ec, size_t n);

    Server &m_server;
    asio::ip::tcp::socket m_socket;
    Client *m_client = nullptr;
    RespParser m_parser;

    std::vector<char> m_in;
    size_t m_inStart = 0;
    size_t m_inEnd = 0;

    std::string m_writing; // bytes being sent, from m_writeOffset on; swapped in, never erased
    size_t m_writeOffset = 0;
    bool m_writeInFlight = false;
    bool m_readInFlight = false;
    bool m_closed = false;
    bool m_processing = false;
};

} // namespace rd
