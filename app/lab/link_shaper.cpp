#include "lab/link_shaper.h"

#include <QMutexLocker>
#include <QThread>
#include <QTimer>

namespace {
constexpr int kStatsIntervalMs = 200;
} // namespace

LinkShaper::LinkShaper(QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_worker(new QObject)
{
    m_thread->setObjectName(QStringLiteral("LinkShaper"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
    // Counters are copied out a few times a second, so readers never wait for the shaper thread.
    QMetaObject::invokeMethod(m_worker, [this] {
        auto *timer = new QTimer(m_worker);
        connect(timer, &QTimer::timeout, m_worker, [this] { publishStats(); });
        timer->start(kStatsIntervalMs);
    });
}

LinkShaper::~LinkShaper()
{
    QMetaObject::invokeMethod(
        m_worker,
        [this] {
            qDeleteAll(m_links);
            m_links.clear();
        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

QList<QHostAddress> LinkShaper::listenAddressesFor(const QStringList &bind)
{
    QList<QHostAddress> out;
    for (QString b : bind) {
        if (b.startsWith(QLatin1Char('-')))
            b.remove(0, 1); // "-addr": optional address, Redis 7 syntax
        if (b == QLatin1String("*") || b == QLatin1String("0.0.0.0"))
            return {QHostAddress(QHostAddress::AnyIPv4)};
        const QHostAddress address(b);
        if (address.protocol() == QAbstractSocket::IPv4Protocol && !out.contains(address))
            out << address;
    }
    return out;
}

quint16 LinkShaper::addLink(const QString &id, const QList<QHostAddress> &listen,
                            const QHostAddress &upstreamHost, quint16 upstreamPort,
                            const LinkShape &shape, quint16 port, QString *error)
{
    removeLink(id);
    quint16 bound = 0;
    QString why;
    QMetaObject::invokeMethod(
        m_worker,
        [&] {
            auto *link = new ShapedLink(id, listen, upstreamHost, upstreamPort, shape, m_worker);
            // Events are queued to this object's thread.
            connect(link, &ShapedLink::event, this, &LinkShaper::linkEvent);
            if (!link->open(port, &why) && port != 0) {
                why.clear(); // the saved port is taken: any free port will do
                link->open(0, &why);
            }
            if (link->port() == 0 || !why.isEmpty()) {
                delete link;
                return;
            }
            bound = link->port();
            m_links.insert(id, link);
        },
        Qt::BlockingQueuedConnection);
    if (bound == 0) {
        if (error)
            *error = why;
        return 0;
    }
    QMutexLocker lock(&m_mutex);
    m_routes.insert(bound, {id, upstreamHost, upstreamPort});
    m_shapes.insert(id, shape);
    m_ports.insert(id, bound);
    return bound;
}

void LinkShaper::removeLink(const QString &id)
{
    {
        QMutexLocker lock(&m_mutex);
        if (!m_ports.contains(id))
            return;
        m_routes.remove(m_ports.take(id));
        m_shapes.remove(id);
    }
    QMetaObject::invokeMethod(
        m_worker, [this, id] { delete m_links.take(id); }, Qt::BlockingQueuedConnection);
}

void LinkShaper::setShape(const QString &id, const LinkShape &shape)
{
    {
        QMutexLocker lock(&m_mutex);
        if (!m_shapes.contains(id))
            return;
        m_shapes.insert(id, shape);
    }
    QMetaObject::invokeMethod(m_worker, [this, id, shape] {
        if (ShapedLink *link = m_links.value(id))
            link->setShape(shape);
    });
}

void LinkShaper::setUpstream(const QString &id, const QHostAddress &host, quint16 port)
{
    {
        QMutexLocker lock(&m_mutex);
        if (!m_ports.contains(id))
            return;
        m_routes.insert(m_ports.value(id), {id, host, port});
    }
    QMetaObject::invokeMethod(m_worker, [this, id, host, port] {
        if (ShapedLink *link = m_links.value(id))
            link->setUpstream(host, port);
    });
}

void LinkShaper::setUpstreamAvailable(const QString &id, bool available)
{
    QMetaObject::invokeMethod(m_worker, [this, id, available] {
        if (ShapedLink *link = m_links.value(id))
            link->setUpstreamAvailable(available);
    });
}

bool LinkShaper::setListenAddresses(const QString &id, const QList<QHostAddress> &listen,
                                    QString *error)
{
    bool ok = true;
    QMetaObject::invokeMethod(
        m_worker,
        [&] {
            if (ShapedLink *link = m_links.value(id))
                ok = link->setListenAddresses(listen, error);
        },
        Qt::BlockingQueuedConnection);
    return ok;
}

QStringList LinkShaper::linkIds() const
{
    QMutexLocker lock(&m_mutex);
    return m_ports.keys();
}

LinkShape LinkShaper::shape(const QString &id) const
{
    QMutexLocker lock(&m_mutex);
    return m_shapes.value(id);
}

LinkStats LinkShaper::stats(const QString &id) const
{
    QMutexLocker lock(&m_mutex);
    return m_stats.value(id);
}

void LinkShaper::publishStats()
{
    QHash<QString, LinkStats> snapshot;
    for (auto it = m_links.cbegin(); it != m_links.cend(); ++it)
        snapshot.insert(it.key(), it.value()->stats());
    QMutexLocker lock(&m_mutex);
    m_stats = std::move(snapshot);
}

std::optional<LinkShaper::Route> LinkShaper::route(quint16 proxyPort) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_routes.constFind(proxyPort);
    if (it == m_routes.cend())
        return std::nullopt;
    return *it;
}

std::optional<quint16> LinkShaper::proxyPortOf(const QString &id) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_ports.constFind(id);
    if (it == m_ports.cend())
        return std::nullopt;
    return *it;
}
