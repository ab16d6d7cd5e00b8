#pragma once
// One replica connection through a shaped link: the accepted socket from the replica, a socket
// to the upstream node, and a ShapedPipe each way. Lives on the link shaper's thread.
#include "lab/link_shape.h"

#include <QHostAddress>
#include <QObject>

class QTcpSocket;
class ShapedPipe;

class ProxyConnection : public QObject
{
    Q_OBJECT
public:
    ProxyConnection(QTcpSocket *downstream, const QHostAddress &upstreamHost, quint16 upstreamPort,
                    const LinkShape &shape, QObject *parent);
    ~ProxyConnection() override;

    void setShape(const LinkShape &shape);
    // Closes both sides with a TCP RST, as a firewall rejecting the flow would.
    void reset();
    // Closes both sides with a normal FIN.
    void close();
    qint64 bytesToReplica() const;
    qint64 bytesToUpstream() const;
    qint64 queuedBytes() const;

signals:
    void closed(ProxyConnection *connection, const QString &why);

private:
    void finish(const QString &why);

    QTcpSocket *m_down;
    QTcpSocket *m_up;
    ShapedPipe *m_toUpstream;
    ShapedPipe *m_toReplica;
    bool m_finished = false;
};

// Closes a socket so that the peer gets a RST (SO_LINGER 0) rather than a FIN.
void abortWithReset(QTcpSocket *socket);
