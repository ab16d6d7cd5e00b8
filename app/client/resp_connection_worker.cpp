#include "client/resp_connection_worker.h"

#include <QFile>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTimer>

RespConnectionWorker::RespConnectionWorker(const ConnectionSpec &spec, const QByteArray &clientName)
    : m_spec(spec)
    , m_clientName(clientName)
    , m_connectTimer(new QTimer(this))
    , m_replyTimer(new QTimer(this))
    , m_reconnectTimer(new QTimer(this))
{
    m_clock.start();
    for (QTimer *t : {m_connectTimer, m_replyTimer, m_reconnectTimer})
        t->setSingleShot(true);
    connect(m_connectTimer, &QTimer::timeout, this, [this] {
        fail(makeError(ClientError::Kind::Timeout,
                       tr("no connection within %1 ms").arg(m_spec.connectTimeoutMs)));
    });
    connect(m_replyTimer, &QTimer::timeout, this, &RespConnectionWorker::onReplyTimeout);
    connect(m_reconnectTimer, &QTimer::timeout, this, &RespConnectionWorker::startAttempt);
}

RespConnectionWorker::~RespConnectionWorker()
{
    if (m_socket) {
        disconnect(m_socket, nullptr, this, nullptr);
        m_socket->abort();
    }
}

// ---------------------------------------------------------------------------------------------
// Requests from the GUI side

void RespConnectionWorker::open()
{
    if (m_state == ConnectionState::Connecting || m_state == ConnectionState::Ready)
        return;
    m_reconnectTimer->stop();
    m_attempt = 0;
    startAttempt();
}

void RespConnectionWorker::close()
{
    m_reconnectTimer->stop();
    m_connectTimer->stop();
    m_replyTimer->stop();
    dropSocket();
    failAll(makeError(ClientError::Kind::Closed));
    setState(ConnectionState::Disconnected);
}

void RespConnectionWorker::send(quint64 id, const QByteArray &encoded, int timeoutMs)
{
    switch (m_state) {
    case ConnectionState::Ready:
        write(id, Step::User, encoded, timeoutMs);
        return;
    case ConnectionState::Disconnected:
        m_queued.push_back({id, encoded, timeoutMs});
        open();
        return;
    case ConnectionState::Connecting:
        m_queued.push_back({id, encoded, timeoutMs});
        return;
    case ConnectionState::Waiting:
    case ConnectionState::Failed:
        // Fail fast while the server is unreachable: a monitor shows "down" at once and a
        // console user sees why, instead of requests piling up behind the backoff.
        emit replied(id, RespValue::clientError(m_lastError));
        return;
    }
}

void RespConnectionWorker::setReconnect(bool enabled, int firstDelayMs, int maxDelayMs)
{
    m_reconnect = enabled;
    m_firstDelayMs = qMax(1, firstDelayMs);
    m_maxDelayMs = qMax(m_firstDelayMs, maxDelayMs);
    if (!enabled)
        m_reconnectTimer->stop();
}

// ---------------------------------------------------------------------------------------------
// Connecting: TCP (or TLS), then AUTH, SELECT, CLIENT SETNAME, PING pipelined in one write

void RespConnectionWorker::startAttempt()
{
    dropSocket();
    m_reader.reset();
    m_tlsErrors.clear();
    setState(ConnectionState::Connecting);

    m_socket = new QSslSocket(this);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, &RespConnectionWorker::onSocketError);
    connect(m_socket, &QAbstractSocket::disconnected, this, &RespConnectionWorker::onSocketError);
    connect(m_socket, &QIODevice::readyRead, this, &RespConnectionWorker::onReadyRead);
    if (m_spec.connectTimeoutMs > 0)
        m_connectTimer->start(m_spec.connectTimeoutMs);

    if (m_spec.tls.enabled) {
        QString error;
        if (!configureTls(&error)) {
            fail(makeError(ClientError::Kind::TlsFailure, error));
            return;
        }
        connect(m_socket, &QSslSocket::encrypted, this, &RespConnectionWorker::startHandshake);
        connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
            QStringList texts;
            for (const QSslError &e : errors)
                texts << e.errorString();
            m_tlsErrors = texts.join(QStringLiteral("; "));
        });
        const QString peerName =
            m_spec.tls.serverName.isEmpty() ? m_spec.host : m_spec.tls.serverName;
        m_socket->connectToHostEncrypted(m_spec.host, m_spec.port, peerName);
    } else {
        connect(m_socket, &QAbstractSocket::connected, this, &RespConnectionWorker::startHandshake);
        m_socket->connectToHost(m_spec.host, m_spec.port);
    }
}

bool RespConnectionWorker::configureTls(QString *error)
{
    if (!QSslSocket::supportsSsl()) {
        *error = tr("this system has no TLS library");
        return false;
    }
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    if (!m_spec.tls.caFile.isEmpty()) {
        const QList<QSslCertificate> cas = QSslCertificate::fromPath(m_spec.tls.caFile);
        if (cas.isEmpty()) {
            *error = tr("cannot read a CA certificate from %1").arg(m_spec.tls.caFile);
            return false;
        }
        conf.setCaCertificates(cas);
    }
    if (!m_spec.tls.certFile.isEmpty()) {
        const QList<QSslCertificate> certs = QSslCertificate::fromPath(m_spec.tls.certFile);
        if (certs.isEmpty()) {
            *error = tr("cannot read the client certificate %1").arg(m_spec.tls.certFile);
            return false;
        }
        QFile keyFile(m_spec.tls.keyFile.isEmpty() ? m_spec.tls.certFile : m_spec.tls.keyFile);
        if (!keyFile.open(QIODevice::ReadOnly)) {
            *error = tr("cannot open the private key %1").arg(keyFile.fileName());
            return false;
        }
        const QByteArray pem = keyFile.readAll();
        QSslKey key(pem, QSsl::Rsa);
        if (key.isNull())
            key = QSslKey(pem, QSsl::Ec);
        if (key.isNull()) {
            *error = tr("cannot read the private key %1").arg(keyFile.fileName());
            return false;
        }
        conf.setLocalCertificate(certs.first());
        conf.setPrivateKey(key);
    }
    conf.setPeerVerifyMode(m_spec.tls.verifyPeer ? QSslSocket::VerifyPeer : QSslSocket::VerifyNone);
    m_socket->setSslConfiguration(conf);
    return true;
}

void RespConnectionWorker::startHandshake()
{
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_socket->setSocketOption(QAbstractSocket::KeepAliveOption, 1);
    if (!m_spec.password.isEmpty()) {
        QList<QByteArray> auth{QByteArrayLiteral("AUTH")};
        if (!m_spec.user.isEmpty())
            auth << m_spec.user.toUtf8();
        auth << m_spec.password.toUtf8();
        write(0, Step::Auth, encodeCommand(auth), 0);
    }
    if (m_spec.db != 0)
        write(0, Step::Select,
              encodeCommand({QByteArrayLiteral("SELECT"), QByteArray::number(m_spec.db)}), 0);
    if (!m_clientName.isEmpty())
        write(0, Step::SetName,
              encodeCommand(
                  {QByteArrayLiteral("CLIENT"), QByteArrayLiteral("SETNAME"), m_clientName}),
              0);
    // PING last: it reveals NOAUTH when no password was given, and its reply means the whole
    // handshake has been answered.
    write(0, Step::Ping, encodeCommand({QByteArrayLiteral("PING")}), 0);
}

void RespConnectionWorker::onHandshakeReply(Step step, const RespValue &reply)
{
    if (reply.isError()) {
        const QByteArray code = reply.errorCode();
        const QString text = QString::fromUtf8(reply.bytes());
        if (code == "NOAUTH")
            return fail(makeError(ClientError::Kind::NoAuth, text));
        if (code == "WRONGPASS")
            return fail(makeError(ClientError::Kind::WrongPass, text));
        if (code == "DENIED" || reply.bytes().contains("max number of clients"))
            return fail(makeError(ClientError::Kind::ServerRejected, text));
        // A password given to a server that has none: harmless, redis-cli goes on too.
        if (step == Step::Auth && !reply.bytes().contains("without any password configured"))
            return fail(makeError(ClientError::Kind::AuthFailed, text));
        if (step == Step::Select)
            return fail(makeError(ClientError::Kind::ServerRejected, text));
        // SETNAME unsupported, PING answered -LOADING or -MASTERDOWN: the session still works.
    }
    if (step == Step::Ping)
        becomeReady();
}

void RespConnectionWorker::becomeReady()
{
    m_connectTimer->stop();
    m_attempt = 0;
    m_lastError = {};
    setState(ConnectionState::Ready);
    std::deque<Queued> queued;
    queued.swap(m_queued);
    for (const Queued &q : queued)
        write(q.id, Step::User, q.encoded, q.timeoutMs);
}

// ---------------------------------------------------------------------------------------------
// Traffic

void RespConnectionWorker::write(quint64 id, Step step, const QByteArray &encoded, int timeoutMs)
{
    const qint64 deadline = timeoutMs > 0 ? m_clock.elapsed() + timeoutMs : 0;
    m_inFlight.push_back({id, step, deadline});
    m_socket->write(encoded);
    if (m_inFlight.size() == 1)
        armReplyTimer();
}

void RespConnectionWorker::onReadyRead()
{
    if (!m_socket)
        return;
    m_reader.feed(m_socket->readAll());
    bool headChanged = false;
    while (m_socket) {
        std::optional<RespValue> reply = m_reader.next();
        if (!reply)
            break;
        if (m_inFlight.empty())
            continue; // nothing asked for it (a server push we did not subscribe to)
        const InFlight head = m_inFlight.front();
        m_inFlight.pop_front();
        headChanged = true;
        if (head.step == Step::User)
            emit replied(head.id, *reply);
        else
            onHandshakeReply(head.step, *reply);
    }
    if (!m_socket)
        return;
    if (m_reader.hasError())
        return fail(makeError(ClientError::Kind::Protocol, m_reader.errorString()));
    if (headChanged)
        armReplyTimer();
}

void RespConnectionWorker::armReplyTimer()
{
    if (m_inFlight.empty() || m_inFlight.front().deadline == 0) {
        m_replyTimer->stop();
        return;
    }
    m_replyTimer->start(int(qMax<qint64>(0, m_inFlight.front().deadline - m_clock.elapsed())));
}

void RespConnectionWorker::onReplyTimeout()
{
    if (m_inFlight.empty() || m_inFlight.front().deadline == 0)
        return;
    if (m_inFlight.front().deadline > m_clock.elapsed())
        return armReplyTimer();
    // Replies come in order, so a late one would be matched to the wrong request: the only
    // safe recovery is a new connection.
    fail(makeError(ClientError::Kind::Timeout, tr("no reply within the command timeout")));
}

// ---------------------------------------------------------------------------------------------
// Failures and reconnects

void RespConnectionWorker::onSocketError()
{
    if (!m_socket)
        return;
    using SE = QAbstractSocket::SocketError;
    const SE code = m_socket->error();
    const QString detail = m_socket->errorString();
    ClientError::Kind kind = ClientError::Kind::ConnectionLost;
    switch (code) {
    case SE::ConnectionRefusedError:
        kind = ClientError::Kind::Refused;
        break;
    case SE::HostNotFoundError:
        kind = ClientError::Kind::HostNotFound;
        break;
    case SE::NetworkError:
        kind = m_state == ConnectionState::Ready ? ClientError::Kind::ConnectionLost
                                                 : ClientError::Kind::Unreachable;
        break;
    case SE::SocketTimeoutError:
        kind = ClientError::Kind::Timeout;
        break;
    case SE::SslHandshakeFailedError:
    case SE::SslInternalError:
    case SE::SslInvalidUserDataError:
        kind = ClientError::Kind::TlsFailure;
        break;
    default:
        break;
    }
    QString text = detail;
    if (kind == ClientError::Kind::TlsFailure && !m_tlsErrors.isEmpty())
        text = m_tlsErrors;
    fail(makeError(kind, text));
}

void RespConnectionWorker::fail(const ClientError &error)
{
    m_connectTimer->stop();
    m_replyTimer->stop();
    dropSocket();
    m_reader.reset();
    m_lastError = error;
    // State first: handlers of the failed requests then see lastError() already set.
    if (m_reconnect && !error.isPermanent()) {
        const int shift = qMin(m_attempt, 16);
        const int delay = int(qMin<qint64>(qint64(m_firstDelayMs) << shift, m_maxDelayMs));
        ++m_attempt;
        setState(ConnectionState::Waiting, error);
        m_reconnectTimer->start(delay);
    } else {
        setState(ConnectionState::Failed, error);
    }
    failAll(error);
}

void RespConnectionWorker::failAll(const ClientError &error)
{
    const RespValue failed = RespValue::clientError(error);
    std::deque<InFlight> inFlight;
    inFlight.swap(m_inFlight);
    std::deque<Queued> queued;
    queued.swap(m_queued);
    for (const InFlight &f : inFlight)
        if (f.step == Step::User)
            emit replied(f.id, failed);
    for (const Queued &q : queued)
        emit replied(q.id, failed);
}

void RespConnectionWorker::dropSocket()
{
    if (!m_socket)
        return;
    disconnect(m_socket, nullptr, this, nullptr);
    m_socket->abort();
    m_socket->deleteLater(); // we may be inside one of its signals
    m_socket = nullptr;
}

void RespConnectionWorker::setState(ConnectionState state, const ClientError &error)
{
    m_state = state;
    emit stateChanged(state, error);
}

ClientError RespConnectionWorker::makeError(ClientError::Kind kind, const QString &detail) const
{
    ClientError e;
    e.kind = kind;
    e.address = m_spec.address();
    e.detail = detail;
    return e;
}
