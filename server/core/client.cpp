#include "core/client.h"

#include "core/blocking.h"
#include "core/server.h"
#include "net/connection.h"

namespace rd {

Client::Client(Server &server, uint64_t id, Connection *connection)
    : m_server(server)
    , m_id(id)
    , m_connection(connection)
{
}

Client::~Client() = default;

void Client::sendRaw(std::string_view bytes)
{
    m_reply.raw(bytes);
    m_server.scheduleWrite(*this);
}

size_t Client::pendingOutputBytes() const
{
    return m_reply.size() + (m_connection ? m_connection->pendingWriteBytes() : 0);
}

void Client::close(bool asap)
{
    setFlag(asap ? CloseAsap : CloseAfterReply);
    m_server.scheduleWrite(*this);
}

} // namespace rd
