#pragma once
// An asynchronous connection to one Redis-compatible server, used from the GUI thread.
//
// The socket and the RESP parser live on the shared network thread (NetworkThread); this
// object only queues requests and dispatches replies. Every reply handler is bound to a
// context QObject: when the context is destroyed before the reply arrives, the handler is
// dropped, so a view that closes mid-request never sees a callback.
//
// Requests are pipelined (written at once, answered in order). The connection opens itself on
// the first request, authenticates (AUTH [user] password), selects the database, names itself
// (CLIENT SETNAME replicadesk-<purpose>), and reconnects with exponential backoff when the link
// drops. Each purpose (monitoring, browsing, console) gets its own connection, so a slow SCAN
// never delays a monitoring sample.
#include "client/client_error.h"
#include "client/connection_spec.h"
#include "client/connection_state.h"
#include "client/resp_value.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <functional>

class RespConnectionWorker;

class RespConnection : public QObject
{
    Q_OBJECT
public:
    enum class Purpose { Monitoring, Browsing, Console, Probe };
    Q_ENUM(Purpose)

    using ReplyHandler = std::function<void(const RespValue &reply)>;
    using PipelineHandler = std::function<void(const QList<RespValue> &replies)>;

    explicit RespConnection(const ConnectionSpec &spec, Purpose purpose = Purpose::Browsing,
                            QObject *parent = nullptr);
    ~RespConnection() override;

    const ConnectionSpec &spec() const { return m_spec; }
    Purpose purpose() const { return m_purpose; }
    ConnectionState state() const { return m_state; }
    bool isReady() const { return m_state == ConnectionState::Ready; }
    // The error of the last failed attempt or lost link; kind None once Ready again.
    ClientError lastError() const { return m_lastError; }
    int pendingCount() const { return int(m_pending.size()); }

    // Reconnect policy (default on, 250 ms doubling up to 5 s). Permanent errors (wrong
    // password, TLS setup) never reconnect: the state becomes Failed.
    void setAutoReconnect(bool enabled, int firstDelayMs = 250, int maxDelayMs = 5000);
    void open();
    void close();
    // The database selected when the link is (re)established, e.g. after the user's SELECT, so
    // an automatic reconnect returns to it instead of the profile's db.
    void setDatabase(int db);

    // Sends argv (binary safe). `handler` runs on this object's thread with the server's reply,
    // or with a RespValue::isClientError() error if the request failed locally (timeout, link
    // lost, not connected). Dropped if `context` is destroyed first (pass nullptr only for a
    // handler that captures nothing that can die). timeoutMs: -1 = spec.commandTimeoutMs,
    // 0 = none (blocking commands).
    void command(const QList<QByteArray> &argv, const QObject *context, ReplyHandler handler,
                 int timeoutMs = -1);
    // Fire and forget.
    void command(const QList<QByteArray> &argv);
    // Several commands written back to back; the handler gets every reply, in order.
    void pipeline(const QList<QList<QByteArray>> &commands, const QObject *context,
                  PipelineHandler handler, int timeoutMs = -1);

    static QByteArray clientNameFor(Purpose purpose);

signals:
    void stateChanged(ConnectionState state);
    // Connected, authenticated, database selected.
    void ready();
    // An attempt failed or an established link dropped; state() says whether it will retry.
    void connectionFailed(const ClientError &error);

private:
    struct Pending
    {
        QPointer<const QObject> context;
        bool guarded = false;
        ReplyHandler handler;
    };

    void onReplied(quint64 id, const RespValue &reply);
    void onStateChanged(ConnectionState state, const ClientError &error);

    ConnectionSpec m_spec;
    Purpose m_purpose;
    RespConnectionWorker *m_worker = nullptr; // lives on the network thread
    ConnectionState m_state = ConnectionState::Disconnected;
    ClientError m_lastError;
    QHash<quint64, Pending> m_pending;
    quint64 m_nextId = 1;
};
