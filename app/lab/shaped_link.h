#pragma once
// One replication link's proxy: listens where the upstream node listens (same bind addresses),
// on a port of its own, and forwards each replica connection to the upstream through a pair of
// ShapedPipes. Faults: pause, cut (drop + black-hole), firewall reject (refuse with RST). Lives
// on the link shaper's thread; LinkShaper is its only user.
#include "lab/link_shape.h"

#include <QHostAddress>
#include <QList>
#include <QObject>

class QTcpServer;
class QTcpSocket;
class ProxyConnection;

struct LinkStats
{
    quint16 proxyPort = 0;
    bool listening = false;
    int connections = 0;
    qint64 bytesToReplica = 0;
    qint64 bytesToUpstream = 0;
    qint64 queuedBytes = 0;
    int refusedWhileDown = 0; // black-holed connections while cut
};

class ShapedLink : public QObject
{
    Q_OBJECT
public:
    ShapedLink(const QString &id, const QList<QHostAddress> &listen,
               const QHostAddress &upstreamHost, quint16 upstreamPort, const LinkShape &shape,
               QObject *parent);
    ~ShapedLink() override;

    // Binds the port (0: any free one) on every listen address. False and *error on failure.
    bool open(quint16 port, QString *error);
    quint16 port() const { return m_port; }

    void setShape(const LinkShape &shape);
    void setUpstream(const QHostAddress &host, quint16 port);
    void setUpstreamAvailable(bool available);
    bool setListenAddresses(const QList<QHostAddress> &listen, QString *error);
    LinkStats stats() const;

signals:
    void event(const QString &id, const QString &text);

private:
    void updateListening();
    void startListening();
    void stopListening();
    void onNewConnection(QTcpServer *server);
    void dropConnections(bool withReset);
    void releaseBlackHoled();

    QString m_id;
    QList<QHostAddress> m_listen;
    QHostAddress m_upstreamHost;
    quint16 m_upstreamPort;
    LinkShape m_shape;
    quint16 m_port = 0;
    bool m_upstreamAvailable = true;
    QList<QTcpServer *> m_servers;
    QList<int> m_heldFds; // bound, not listening: the port stays ours while connects are refused
    QList<ProxyConnection *> m_connections;
    QList<QTcpSocket *> m_blackHoled;
    qint64 m_closedToReplica = 0;
    qint64 m_closedToUpstream = 0;
    int m_blackHoledTotal = 0;
};
