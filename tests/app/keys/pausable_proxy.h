#pragma once
// A loopback TCP proxy whose server-to-client direction can be held back: placed between a
// replica and its master it makes the replica fall behind (its offset stops) while both keep
// answering their own clients.
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

class PausableProxy : public QObject
{
    Q_OBJECT
public:
    explicit PausableProxy(quint16 targetPort, QObject *parent = nullptr)
        : QObject(parent)
        , m_target(targetPort)
    {
        connect(&m_server, &QTcpServer::newConnection, this, &PausableProxy::accept);
        m_server.listen(QHostAddress::LocalHost, 0);
    }

    quint16 port() const { return m_server.serverPort(); }

    // While held, bytes from the target are buffered instead of forwarded.
    void setHeld(bool held)
    {
        m_held = held;
        if (!held)
            flush();
    }

private:
    void accept()
    {
        while (QTcpSocket *client = m_server.nextPendingConnection()) {
            auto *upstream = new QTcpSocket(client);
            upstream->connectToHost(QHostAddress::LocalHost, m_target);
            m_pairs << Pair{client, upstream, {}};
            const int index = int(m_pairs.size()) - 1;
            connect(client, &QTcpSocket::readyRead, this,
                    [client, upstream] { upstream->write(client->readAll()); });
            connect(upstream, &QTcpSocket::readyRead, this, [this, index] {
                Pair &p = m_pairs[index];
                p.pending += p.upstream->readAll();
                if (!m_held)
                    flush();
            });
            connect(client, &QTcpSocket::disconnected, upstream, &QTcpSocket::disconnectFromHost);
            connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
        }
    }

    void flush()
    {
        for (Pair &p : m_pairs) {
            if (p.client && !p.pending.isEmpty()) {
                p.client->write(p.pending);
                p.pending.clear();
            }
        }
    }

    struct Pair
    {
        QPointer<QTcpSocket> client;
        QPointer<QTcpSocket> upstream;
        QByteArray pending;
    };

    QTcpServer m_server;
    quint16 m_target;
    bool m_held = false;
    QList<Pair> m_pairs;
};
