#include "lab/shaped_link.h"

#include "lab/proxy_connection.h"

#include <QTcpServer>
#include <QTcpSocket>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

// A TCP socket bound to addr:port but not listening. A SYN to it is answered with RST, so a
// client's connect() fails with ECONNREFUSED, exactly as with a firewall's `--reject-with
// tcp-reset` or a server that is not there; meanwhile no other program can take the port.
int holdPort(const QHostAddress &address, quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    const int one = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in sa{};
    sa.sin_family = AF_INET;
    sa.sin_port = htons(port);
    sa.sin_addr.s_addr = htonl(address.toIPv4Address());
    if (::bind(fd, reinterpret_cast<sockaddr *>(&sa), sizeof sa) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

} // namespace

ShapedLink::ShapedLink(const QString &id, const QList<QHostAddress> &listen,
                       const QHostAddress &upstreamHost, quint16 upstreamPort,
                       const LinkShape &shape, QObject *parent)
    : QObject(parent)
    , m_id(id)
    , m_listen(listen)
    , m_upstreamHost(upstreamHost)
    , m_upstreamPort(upstreamPort)
    , m_shape(shape)
{
}

ShapedLink::~ShapedLink()
{
    dropConnections(false);
    releaseBlackHoled();
    stopListening();
    for (int fd : std::as_const(m_heldFds))
        ::close(fd);
}

bool ShapedLink::open(quint16 port, QString *error)
{
    m_port = port;
    for (const QHostAddress &address : std::as_const(m_listen)) {
        auto *server = new QTcpServer(this);
        if (!server->listen(address, m_port)) {
            if (error)
                *error = QStringLiteral("%1:%2: %3")
                             .arg(address.toString())
                             .arg(m_port)
                             .arg(server->errorString());
            delete server;
            stopListening();
            return false;
        }
        m_port = server->serverPort(); // the first address picks the port for all of them
        connect(server, &QTcpServer::newConnection, this,
                [this, server] { onNewConnection(server); });
        m_servers << server;
    }
    updateListening();
    return true;
}

void ShapedLink::startListening()
{
    for (int fd : std::as_const(m_heldFds))
        ::close(fd);
    m_heldFds.clear();
    for (const QHostAddress &address : std::as_const(m_listen)) {
        auto *server = new QTcpServer(this);
        if (!server->listen(address, m_port)) {
            emit event(m_id, QStringLiteral("cannot listen on %1:%2: %3")
                                 .arg(address.toString())
                                 .arg(m_port)
                                 .arg(server->errorString()));
            delete server;
            continue;
        }
        connect(server, &QTcpServer::newConnection, this,
                [this, server] { onNewConnection(server); });
        m_servers << server;
    }
}

void ShapedLink::stopListening()
{
    qDeleteAll(m_servers);
    m_servers.clear();
}

void ShapedLink::updateListening()
{
    const bool shouldListen = m_upstreamAvailable && !m_shape.firewallReject;
    if (shouldListen && m_servers.isEmpty()) {
        startListening();
        emit event(m_id, QStringLiteral("accepting connections on port %1").arg(m_port));
    } else if (!shouldListen && !m_servers.isEmpty()) {
        stopListening();
        for (const QHostAddress &address : std::as_const(m_listen)) {
            const int fd = holdPort(address, m_port);
            if (fd >= 0)
                m_heldFds << fd;
        }
        emit event(
            m_id,
            m_shape.firewallReject
                ? QStringLiteral("firewall: refusing connections to port %1").arg(m_port)
                : QStringLiteral("upstream down: refusing connections to port %1").arg(m_port));
    }
}

void ShapedLink::onNewConnection(QTcpServer *server)
{
    while (QTcpSocket *socket = server->nextPendingConnection()) {
        if (m_shape.firewallReject || !m_upstreamAvailable) {
            abortWithReset(socket); // accepted in the instant before we stopped listening
            socket->deleteLater();
            continue;
        }
        if (m_shape.cut) {
            // Partition: the connection opens (the proxy's kernel accepted it) but nothing ever
            // comes back, so the replica hangs in its handshake until the cut heals.
            socket->setParent(this);
            connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->readAll(); });
            m_blackHoled << socket;
            ++m_blackHoledTotal;
            continue;
        }
        auto *connection =
            new ProxyConnection(socket, m_upstreamHost, m_upstreamPort, m_shape, this);
        connect(connection, &ProxyConnection::closed, this,
                [this](ProxyConnection *c, const QString &why) {
                    m_closedToReplica += c->bytesToReplica();
                    m_closedToUpstream += c->bytesToUpstream();
                    m_connections.removeOne(c);
                    emit event(m_id, QStringLiteral("connection closed: %1").arg(why));
                });
        m_connections << connection;
        emit event(m_id, QStringLiteral("connection from %1:%2")
                             .arg(socket->peerAddress().toString())
                             .arg(socket->peerPort()));
    }
}

void ShapedLink::dropConnections(bool withReset)
{
    const QList<ProxyConnection *> open = m_connections;
    for (ProxyConnection *c : open) {
        if (withReset)
            c->reset();
        else
            c->close();
    }
}

void ShapedLink::releaseBlackHoled()
{
    for (QTcpSocket *socket : std::as_const(m_blackHoled)) {
        socket->disconnectFromHost();
        socket->deleteLater();
    }
    m_blackHoled.clear();
}

void ShapedLink::setShape(const LinkShape &shape)
{
    const LinkShape before = m_shape;
    m_shape = shape;
    if (shape.firewallReject && !before.firewallReject)
        dropConnections(true); // established flows are reset too, so the replica must reconnect
    if (shape.cut && !before.cut) {
        dropConnections(false);
        emit event(m_id, QStringLiteral("link cut"));
    }
    if (!shape.cut && before.cut) {
        releaseBlackHoled(); // the hanging handshakes fail now; the replica's retry gets through
        emit event(m_id, QStringLiteral("link restored"));
    }
    for (ProxyConnection *c : std::as_const(m_connections))
        c->setShape(shape);
    updateListening();
}

void ShapedLink::setUpstream(const QHostAddress &host, quint16 port)
{
    m_upstreamHost = host;
    m_upstreamPort = port;
    dropConnections(false);
}

void ShapedLink::setUpstreamAvailable(bool available)
{
    if (m_upstreamAvailable == available)
        return;
    m_upstreamAvailable = available;
    updateListening();
}

bool ShapedLink::setListenAddresses(const QList<QHostAddress> &listen, QString *error)
{
    if (listen == m_listen)
        return true;
    const bool wasListening = !m_servers.isEmpty();
    stopListening();
    for (int fd : std::as_const(m_heldFds))
        ::close(fd);
    m_heldFds.clear();
    m_listen = listen;
    if (wasListening) {
        startListening();
        if (m_servers.size() != m_listen.size() && error)
            *error = QStringLiteral("cannot listen on every address of %1").arg(m_port);
    } else {
        for (const QHostAddress &address : std::as_const(m_listen)) {
            const int fd = holdPort(address, m_port);
            if (fd >= 0)
                m_heldFds << fd;
        }
    }
    return true;
}

LinkStats ShapedLink::stats() const
{
    LinkStats s;
    s.proxyPort = m_port;
    s.listening = !m_servers.isEmpty();
    s.connections = static_cast<int>(m_connections.size());
    s.bytesToReplica = m_closedToReplica;
    s.bytesToUpstream = m_closedToUpstream;
    for (const ProxyConnection *c : m_connections) {
        s.bytesToReplica += c->bytesToReplica();
        s.bytesToUpstream += c->bytesToUpstream();
        s.queuedBytes += c->queuedBytes();
    }
    s.refusedWhileDown = m_blackHoledTotal;
    return s;
}
