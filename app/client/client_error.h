#pragma once
// Why a connection or a request failed, as a closed set the UI can react to, plus the
// user-facing explanation (translated) with the peer address and the low-level detail.
#include <QMetaType>
#include <QString>

struct ClientError
{
    enum class Kind {
        None,
        Refused,        // TCP RST: nothing listens there, or the server binds another address
        HostNotFound,   // DNS lookup failed
        Unreachable,    // "No route to host" / network unreachable: routing or a firewall
        Timeout,        // connect or reply took longer than the configured timeout
        TlsFailure,     // handshake, certificate or key problem
        ConnectionLost, // the established connection dropped
        NoAuth,         // the server requires a password and none was given
        WrongPass,      // AUTH rejected: wrong user/password or disabled user
        AuthFailed,     // AUTH rejected for another reason (e.g. no password configured)
        ServerRejected, // the server refused the session (protected mode, max clients, ...)
        Protocol,       // the peer does not speak RESP
        Closed,         // we closed the connection while the request was pending
    };

    Kind kind = Kind::None;
    QString address; // host:port
    QString detail;  // socket error string or the server's error line

    bool isError() const { return kind != Kind::None; }
    // True when retrying without a user change cannot help (bad credentials, TLS setup).
    bool isPermanent() const;
    // Short name for the kind ("Connection refused"), translated.
    QString title() const;
    // Full sentence for the user: what happened, where, and what usually causes it.
    QString userText() const;
};

Q_DECLARE_METATYPE(ClientError)
