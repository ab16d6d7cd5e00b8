#pragma once
// The lab's link shaper: one loopback TCP proxy per replication link, all running on a thread of
// their own so that a busy or frozen GUI never stalls replication traffic. Every method here is
// called from the owner's thread (the GUI thread) and is cheap; the proxies live on the shaper's
// thread. The port map (route()) lets every view show the real node behind a proxy port.
#include "lab/link_shape.h"
#include "lab/shaped_link.h"

#include <QHash>
#include <QHostAddress>
#include <QMutex>
#include <QObject>
#include <QStringList>
#include <optional>

class QThread;

class LinkShaper : public QObject
{
    Q_OBJECT
public:
    struct Route
    {
        QString linkId; // the lab uses the replica's node name
        QHostAddress upstreamHost;
        quint16 upstreamPort = 0;
    };

    explicit LinkShaper(QObject *parent = nullptr);
    ~LinkShaper() override;

    // Opens a proxy for a link: it listens on `listen` (the upstream node's bind addresses) at
    // `port` (0: a free one) and forwards to upstream. Returns the proxy port, or 0 and *error.
    // Waits for the shaper thread to bind the port (a few microseconds of work).
    quint16 addLink(const QString &id, const QList<QHostAddress> &listen,
                    const QHostAddress &upstreamHost, quint16 upstreamPort, const LinkShape &shape,
                    quint16 port = 0, QString *error = nullptr);
    void removeLink(const QString &id);
    void setShape(const QString &id, const LinkShape &shape);
    void setUpstream(const QString &id, const QHostAddress &host, quint16 port);
    // Mirrors the upstream node's liveness: while it is down the proxy refuses connections, as
    // the node's own port would.
    void setUpstreamAvailable(const QString &id, bool available);
    bool setListenAddresses(const QString &id, const QList<QHostAddress> &listen,
                            QString *error = nullptr);

    QStringList linkIds() const;
    LinkShape shape(const QString &id) const;
    // Counters of one link as of the last snapshot (at most 200 ms old; empty if unknown).
    LinkStats stats(const QString &id) const;
    // Port mapping: the link and real upstream behind a proxy port, if it is one of ours.
    std::optional<Route> route(quint16 proxyPort) const;
    std::optional<quint16> proxyPortOf(const QString &id) const;

    // A node's `bind` directive as addresses to listen on ("*" and "0.0.0.0": any IPv4).
    static QList<QHostAddress> listenAddressesFor(const QStringList &bind);

signals:
    // Something happened on a link (connection accepted, refused, closed, fault applied).
    // Emitted on the owner's thread.
    void linkEvent(const QString &id, const QString &text);

private:
    void publishStats(); // on m_thread

    QThread *m_thread;
    QObject *m_worker;                    // lives on m_thread; parent of every ShapedLink
    QHash<QString, ShapedLink *> m_links; // touched only on m_thread after creation
    mutable QMutex m_mutex;               // guards m_routes, m_shapes, m_ports, m_stats
    QHash<quint16, Route> m_routes;
    QHash<QString, LinkShape> m_shapes;
    QHash<QString, quint16> m_ports;
    QHash<QString, LinkStats> m_stats;
};
