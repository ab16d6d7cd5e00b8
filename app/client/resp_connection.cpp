#include "client/resp_connection.h"

#include "client/network_thread.h"
#include "client/resp_codec.h"
#include "client/resp_connection_worker.h"

#include <QThread>
#include <memory>

namespace {
void registerMetaTypes()
{
    static const bool once = [] {
        qRegisterMetaType<RespValue>();
        qRegisterMetaType<ClientError>();
        qRegisterMetaType<ConnectionState>();
        return true;
    }();
    Q_UNUSED(once);
}
} // namespace

RespConnection::RespConnection(const ConnectionSpec &spec, Purpose purpose, QObject *parent)
    : QObject(parent)
    , m_spec(spec)
    , m_purpose(purpose)
{
    registerMetaTypes();
    m_worker = new RespConnectionWorker(spec, clientNameFor(purpose));
    m_worker->moveToThread(NetworkThread::shared());
    // Queued: the worker's signals come from the network thread. If this object dies first,
    // Qt disconnects these and discards the events already posted to it.
    connect(m_worker, &RespConnectionWorker::replied, this, &RespConnection::onReplied,
            Qt::QueuedConnection);
    connect(m_worker, &RespConnectionWorker::stateChanged, this, &RespConnection::onStateChanged,
            Qt::QueuedConnection);
}

RespConnection::~RespConnection()
{
    disconnect(m_worker, nullptr, this, nullptr);
    m_worker->deleteLater(); // runs on the network thread, which closes the socket there
}

QByteArray RespConnection::clientNameFor(Purpose purpose)
{
    switch (purpose) {
    case Purpose::Monitoring:
        return QByteArrayLiteral("replicadesk-monitor");
    case Purpose::Browsing:
        return QByteArrayLiteral("replicadesk-browser");
    case Purpose::Console:
        return QByteArrayLiteral("replicadesk-console");
    case Purpose::Probe:
        return QByteArrayLiteral("replicadesk-probe");
    }
    return {};
}

void RespConnection::setAutoReconnect(bool enabled, int firstDelayMs, int maxDelayMs)
{
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker, enabled, firstDelayMs, maxDelayMs] {
            w->setReconnect(enabled, firstDelayMs, maxDelayMs);
        },
        Qt::QueuedConnection);
}

void RespConnection::setDatabase(int db)
{
    m_spec.db = db;
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, db] { w->setDatabase(db); }, Qt::QueuedConnection);
}

void RespConnection::open()
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { w->open(); }, Qt::QueuedConnection);
}

void RespConnection::close()
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { w->close(); }, Qt::QueuedConnection);
}

void RespConnection::command(const QList<QByteArray> &argv, const QObject *context,
                             ReplyHandler handler, int timeoutMs)
{
    const quint64 id = m_nextId++;
    m_pending.insert(id, Pending{context, context != nullptr, std::move(handler)});
    const QByteArray encoded = encodeCommand(argv);
    const int timeout = timeoutMs < 0 ? m_spec.commandTimeoutMs : timeoutMs;
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, id, encoded, timeout] { w->send(id, encoded, timeout); },
        Qt::QueuedConnection);
}

void RespConnection::command(const QList<QByteArray> &argv)
{
    command(argv, nullptr, ReplyHandler{});
}

void RespConnection::pipeline(const QList<QList<QByteArray>> &commands, const QObject *context,
                              PipelineHandler handler, int timeoutMs)
{
    if (commands.isEmpty()) {
        if (handler)
            handler({});
        return;
    }
    struct Batch
    {
        QList<RespValue> replies;
        qsizetype remaining;
        PipelineHandler handler;
    };
    auto batch = std::make_shared<Batch>();
    batch->replies.resize(commands.size());
    batch->remaining = commands.size();
    batch->handler = std::move(handler);
    for (qsizetype i = 0; i < commands.size(); ++i) {
        command(
            commands.at(i), context,
            [batch, i](const RespValue &reply) {
                batch->replies[i] = reply;
                if (--batch->remaining == 0 && batch->handler)
                    batch->handler(batch->replies);
            },
            timeoutMs);
    }
}

void RespConnection::onReplied(quint64 id, const RespValue &reply)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    Pending pending = std::move(it.value());
    m_pending.erase(it);
    if (pending.guarded && pending.context.isNull())
        return; // the view that asked is gone
    if (pending.handler)
        pending.handler(reply);
}

void RespConnection::onStateChanged(ConnectionState state, const ClientError &error)
{
    const bool changed = state != m_state;
    m_state = state;
    if (error.isError())
        m_lastError = error;
    else if (state == ConnectionState::Ready)
        m_lastError = {};
    if (changed)
        emit stateChanged(state);
    if (state == ConnectionState::Ready)
        emit ready();
    else if (error.isError())
        emit connectionFailed(error);
}
