#include "client/node_connections.h"

NodeConnections::NodeConnections(const ConnectionSpec &spec, QObject *parent)
    : QObject(parent)
    , m_spec(spec)
{
}

RespConnection *NodeConnections::connection(RespConnection::Purpose purpose)
{
    RespConnection *&slot = m_connections[std::size_t(purpose)];
    if (!slot)
        slot = new RespConnection(m_spec, purpose, this);
    return slot;
}

void NodeConnections::setSpec(const ConnectionSpec &spec)
{
    m_spec = spec;
    for (RespConnection *&c : m_connections) {
        if (c) {
            c->close();
            c->deleteLater();
            c = nullptr;
        }
    }
    emit connectionsReset();
}
