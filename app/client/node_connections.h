#pragma once
// The connections the app keeps to one server, one per purpose, created on first use.
// Monitoring, browsing and the console never share a socket, so none waits behind another.
#include "client/connection_spec.h"
#include "client/resp_connection.h"

#include <QObject>
#include <array>

class NodeConnections : public QObject
{
    Q_OBJECT
public:
    explicit NodeConnections(const ConnectionSpec &spec, QObject *parent = nullptr);

    const ConnectionSpec &spec() const { return m_spec; }
    // The connection for `purpose`, created (not yet opened: it opens on its first command).
    RespConnection *connection(RespConnection::Purpose purpose);
    RespConnection *monitoring() { return connection(RespConnection::Purpose::Monitoring); }
    RespConnection *browsing() { return connection(RespConnection::Purpose::Browsing); }
    RespConnection *console() { return connection(RespConnection::Purpose::Console); }
    // Replaces credentials/TLS/etc.: existing connections are closed and recreated on demand.
    void setSpec(const ConnectionSpec &spec);

signals:
    // Emitted after setSpec(): holders of a RespConnection* must ask again.
    void connectionsReset();

private:
    ConnectionSpec m_spec;
    std::array<RespConnection *, 4> m_connections{};
};
