#include "client/client_error.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ClientError", text);
}
} // namespace

bool ClientError::isPermanent() const
{
    return kind == Kind::NoAuth || kind == Kind::WrongPass || kind == Kind::AuthFailed ||
           kind == Kind::TlsFailure;
}

QString ClientError::title() const
{
    switch (kind) {
    case Kind::None:
        return tr("No error");
    case Kind::Refused:
        return tr("Connection refused");
    case Kind::HostNotFound:
        return tr("Host not found");
    case Kind::Unreachable:
        return tr("No route to host");
    case Kind::Timeout:
        return tr("Timed out");
    case Kind::TlsFailure:
        return tr("TLS failure");
    case Kind::ConnectionLost:
        return tr("Connection lost");
    case Kind::NoAuth:
        return tr("Authentication required");
    case Kind::WrongPass:
        return tr("Wrong password");
    case Kind::AuthFailed:
        return tr("Authentication failed");
    case Kind::ServerRejected:
        return tr("Rejected by server");
    case Kind::Protocol:
        return tr("Protocol error");
    case Kind::Closed:
        return tr("Connection closed");
    }
    return {};
}

QString ClientError::userText() const
{
    QString text;
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Refused:
        text = tr("Connection to %1 was refused: no server listens on that address and port. "
                  "Check that the server runs, and that its 'bind' setting includes an address "
                  "reachable from here (a server bound to 127.0.0.1 refuses remote clients).")
                   .arg(address);
        break;
    case Kind::HostNotFound:
        text = tr("The host name in %1 could not be resolved.").arg(address);
        break;
    case Kind::Unreachable:
        text = tr("No route to host %1: the network path is blocked. A firewall on the server "
                  "(or between) usually rejects the port; open it (e.g. firewall-cmd "
                  "--add-port=6379/tcp) or check the routing.")
                   .arg(address);
        break;
    case Kind::Timeout:
        text = tr("%1 did not answer in time. The host may be down, or a firewall silently "
                  "drops the packets.")
                   .arg(address);
        break;
    case Kind::TlsFailure:
        text = tr("The TLS handshake with %1 failed. Check the CA certificate, the client "
                  "certificate and key, and that the server has TLS enabled on this port.")
                   .arg(address);
        break;
    case Kind::ConnectionLost:
        text = tr("The connection to %1 was lost.").arg(address);
        break;
    case Kind::NoAuth:
        text = tr("%1 requires a password (requirepass or ACL). Enter it in the connection "
                  "settings.")
                   .arg(address);
        break;
    case Kind::WrongPass:
        text = tr("%1 rejected the user name or password.").arg(address);
        break;
    case Kind::AuthFailed:
        text = tr("%1 rejected the authentication.").arg(address);
        break;
    case Kind::ServerRejected:
        text = tr("%1 refused the session.").arg(address);
        break;
    case Kind::Protocol:
        text = tr("%1 does not speak the Redis protocol.").arg(address);
        break;
    case Kind::Closed:
        text = tr("The connection to %1 was closed.").arg(address);
        break;
    }
    if (!detail.isEmpty())
        text += QLatin1Char(' ') + tr("(%1)").arg(detail);
    return text;
}
