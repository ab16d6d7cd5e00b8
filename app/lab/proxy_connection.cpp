#include "lab/proxy_connection.h"

#include "lab/shaped_pipe.h"

#include <QTcpSocket>
#include <QTimer>
#include <sys/socket.h>

void abortWithReset(QTcpSocket *socket)
{
    const qintptr fd = socket->socketDescriptor();
    if (fd >= 0) {
        const linger hard{1, 0};
        ::setsockopt(static_cast<int>(fd), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
    }
    socket->abort();
}

ProxyConnection::ProxyConnection(QTcpSocket *downstream, const QHostAddress &upstreamHost,
                                 quint16 upstreamPort, const LinkShape &shape, QObject *parent)
    : QObject(parent)
    , m_down(downstream)
    , m_up(new QTcpSocket(this))
{
    m_down->setParent(this);
    m_down->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_toUpstream = new ShapedPipe(m_down, m_up, shape, this);
    m_toReplica = new ShapedPipe(m_up, m_down, shape, this);

    connect(m_up, &QTcpSocket::connected, this, [this] {
        m_up->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_toUpstream->service();
    });
    // The upstream is not there (its node died): the replica sees its connection reset, the
    // closest a proxy can get to the refusal it would have met dialling the node itself.
    connect(m_up, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
        if (m_finished)
            return;
        if (e == QAbstractSocket::RemoteHostClosedError) {
            m_toReplica->sourceClosed();
            return;
        }
        abortWithReset(m_down);
        finish(QStringLiteral("upstream: ") + m_up->errorString());
    });
    connect(m_down, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
        if (m_finished)
            return;
        if (e == QAbstractSocket::RemoteHostClosedError) {
            m_toUpstream->sourceClosed();
            return;
        }
        abortWithReset(m_up); // pass the reset on, as the replica's RST would travel
        finish(QStringLiteral("replica: ") + m_down->errorString());
    });
    // A side that hung up: deliver what is still queued towards the other side, then close.
    connect(m_toReplica, &ShapedPipe::drainedAfterClose, this, [this] {
        m_down->disconnectFromHost();
        finish(QStringLiteral("upstream closed the connection"));
    });
    connect(m_toUpstream, &ShapedPipe::drainedAfterClose, this, [this] {
        m_up->disconnectFromHost();
        finish(QStringLiteral("replica closed the connection"));
    });
    m_up->connectToHost(upstreamHost, upstreamPort);
    m_toUpstream->service(); // bytes that arrived before we were wired up
}

ProxyConnection::~ProxyConnection() = default;

void ProxyConnection::setShape(const LinkShape &shape)
{
    m_toUpstream->setShape(shape);
    m_toReplica->setShape(shape);
}

void ProxyConnection::reset()
{
    abortWithReset(m_down);
    abortWithReset(m_up);
    finish(QStringLiteral("reset"));
}

void ProxyConnection::close()
{
    m_down->disconnectFromHost();
    m_up->disconnectFromHost();
    finish(QStringLiteral("closed"));
}

qint64 ProxyConnection::bytesToReplica() const
{
    return m_toReplica->forwardedBytes();
}

qint64 ProxyConnection::bytesToUpstream() const
{
    return m_toUpstream->forwardedBytes();
}

qint64 ProxyConnection::queuedBytes() const
{
    return m_toReplica->queuedBytes() + m_toUpstream->queuedBytes();
}

void ProxyConnection::finish(const QString &why)
{
    if (m_finished)
        return;
    m_finished = true;
    emit closed(this, why);
    // Let a graceful close flush what is still queued in the sockets before they are deleted.
    auto deleteWhenClosed = [this] {
        if (m_down->state() == QAbstractSocket::UnconnectedState &&
            m_up->state() == QAbstractSocket::UnconnectedState)
            deleteLater();
    };
    connect(m_down, &QTcpSocket::disconnected, this, deleteWhenClosed);
    connect(m_up, &QTcpSocket::disconnected, this, deleteWhenClosed);
    QTimer::singleShot(2000, this, &QObject::deleteLater);
    deleteWhenClosed();
}
