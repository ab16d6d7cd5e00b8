#include "lab/node_command.h"

#include "client/resp_codec.h"

#include <QTcpSocket>
#include <QTimer>
#include <memory>

NodeCommand::NodeCommand(QObject *context, Callback done)
    : QObject(context)
    , m_done(std::move(done))
{
}

void NodeCommand::finish(const RespValue &reply)
{
    if (m_finished)
        return;
    m_finished = true;
    deleteLater();
    if (m_done)
        m_done(reply);
}

void NodeCommand::send(QObject *context, quint16 port, const QString &password,
                       const QList<QByteArray> &argv, Callback done, int timeoutMs)
{
    auto *command = new NodeCommand(context, std::move(done));
    auto *socket = new QTcpSocket(command);
    auto reader = std::make_shared<RespReader>();
    const QString address = QStringLiteral("127.0.0.1:%1").arg(port);
    const bool withAuth = !password.isEmpty();
    auto fail = [command, address](ClientError::Kind kind, const QString &detail) {
        command->finish(RespValue::clientError(ClientError{kind, address, detail}));
    };

    QTimer::singleShot(timeoutMs, command,
                       [fail] { fail(ClientError::Kind::Timeout, QStringLiteral("no reply")); });
    QObject::connect(socket, &QTcpSocket::connected, command, [=] {
        QByteArray out;
        if (withAuth)
            out += encodeCommand({"AUTH", password.toUtf8()});
        out += encodeCommand(argv);
        socket->write(out);
    });
    QObject::connect(socket, &QTcpSocket::errorOccurred, command,
                     [fail, socket](QAbstractSocket::SocketError error) {
                         const auto kind = error == QAbstractSocket::ConnectionRefusedError
                                               ? ClientError::Kind::Refused
                                               : ClientError::Kind::ConnectionLost;
                         fail(kind, socket->errorString());
                     });
    auto authPending = std::make_shared<bool>(withAuth);
    QObject::connect(socket, &QTcpSocket::readyRead, command, [=] {
        reader->feed(socket->readAll());
        while (auto reply = reader->next()) {
            if (*authPending) {
                *authPending = false;
                if (reply->isError()) {
                    fail(ClientError::Kind::WrongPass, QString::fromUtf8(reply->bytes()));
                    return;
                }
                continue;
            }
            command->finish(*reply);
            return;
        }
        if (reader->hasError())
            fail(ClientError::Kind::Protocol, reader->errorString());
    });
    socket->connectToHost(QStringLiteral("127.0.0.1"), port);
}
