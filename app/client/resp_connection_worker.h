#pragma once
// The network-thread half of a RespConnection: owns the socket, the hiredis reader, the
// in-flight queue, timeouts and reconnects. Only RespConnection talks to it (queued calls in,
// signals out), so nothing here is touched from two threads.
#include "client/client_error.h"
#include "client/connection_spec.h"
#include "client/connection_state.h"
#include "client/resp_codec.h"

#include <QElapsedTimer>
#include <QObject>
#include <deque>

class QSslSocket;
class QTimer;

class RespConnectionWorker : public QObject
{
    Q_OBJECT
public:
    RespConnectionWorker(const ConnectionSpec &spec, const QByteArray &clientName);
    ~RespConnectionWorker() override;

    // All of these run on the network thread (RespConnection invokes them queued).
    void open();
    void close();
    void send(quint64 id, const QByteArray &encoded, int timeoutMs);
    void setReconnect(bool enabled, int firstDelayMs, int maxDelayMs);
    // The database the next handshakes select (the current link keeps what it selected).
    void setDatabase(int db) { m_spec.db = db; }

signals:
    void replied(quint64 id, const RespValue &reply);
    void stateChanged(ConnectionState state, const ClientError &error);

private:
    // What a reply in the in-flight queue answers: a user request or a handshake step.
    enum class Step { User, Auth, Select, SetName, Ping };
    struct InFlight
    {
        quint64 id = 0;
        Step step = Step::User;
        qint64 deadline = 0; // ms on m_clock; 0 = none
    };
    struct Queued
    {
        quint64 id;
        QByteArray encoded;
        int timeoutMs;
    };

    void startAttempt();
    void startHandshake();
    void onReadyRead();
    void onSocketError();
    void onHandshakeReply(Step step, const RespValue &reply);
    void becomeReady();
    void fail(const ClientError &error);
    void failAll(const ClientError &error);
    void setState(ConnectionState state, const ClientError &error = {});
    void write(quint64 id, Step step, const QByteArray &encoded, int timeoutMs);
    void armReplyTimer();
    void onReplyTimeout();
    void dropSocket();
    ClientError makeError(ClientError::Kind kind, const QString &detail = {}) const;
    bool configureTls(QString *error);

    ConnectionSpec m_spec;
    QByteArray m_clientName;
    QSslSocket *m_socket = nullptr;
    RespReader m_reader;
    QTimer *m_connectTimer = nullptr;
    QTimer *m_replyTimer = nullptr;
    QTimer *m_reconnectTimer = nullptr;
    QElapsedTimer m_clock;
    std::deque<InFlight> m_inFlight;
    std::deque<Queued> m_queued; // user commands waiting for Ready
    ConnectionState m_state = ConnectionState::Disconnected;
    ClientError m_lastError;
    QString m_tlsErrors;
    bool m_reconnect = true;
    int m_firstDelayMs = 250;
    int m_maxDelayMs = 5000;
    int m_attempt = 0; // consecutive failed attempts, for the backoff
};
