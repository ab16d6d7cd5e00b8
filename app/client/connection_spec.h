#pragma once
// Where and how to reach one server: address, credentials, database, TLS, timeouts.
// Parsed from / printed as redis:// and rediss:// URLs (the same rules as redis-cli -u).
#include <QMetaType>
#include <QString>
#include <optional>

struct TlsOptions
{
    bool enabled = false;
    QString caFile;   // PEM CA bundle; empty = system CAs
    QString certFile; // PEM client certificate (optional)
    QString keyFile;  // PEM private key of the client certificate
    bool verifyPeer = true;
    QString serverName; // SNI / name to verify; empty = host
};

struct ConnectionSpec
{
    QString name; // profile name shown to the user; may be empty
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 6379;
    QString user;     // ACL user; empty = "default" (AUTH <password>)
    QString password; // empty = no AUTH
    int db = 0;
    TlsOptions tls;
    int connectTimeoutMs = 5000;
    int commandTimeoutMs = 10000; // 0 = wait forever

    // "host:port", IPv6 hosts in brackets.
    QString address() const;
    // Name if set, else the address.
    QString displayName() const;

    // redis://[[user]:password@]host[:port][/db] or rediss://... (TLS).
    // "redis://secret@host" means password "secret", like redis-cli.
    static std::optional<ConnectionSpec> fromUrl(const QString &url, QString *error = nullptr);
    QString toUrl(bool withPassword = false) const;

    bool sameEndpoint(const ConnectionSpec &other) const;
};

Q_DECLARE_METATYPE(ConnectionSpec)
