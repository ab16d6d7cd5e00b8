#include "model/redis_conf_import.h"

#include "client/redis_cli_text.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace {
bool isWildcard(const QByteArray &address)
{
    return address == "*" || address == "0.0.0.0" || address == "::" || address == "::*";
}
} // namespace

RedisConfImport importRedisConf(const QByteArray &text, const QString &fileName)
{
    RedisConfImport out;
    ConnectionSpec &spec = out.spec;
    spec.name = fileName.isEmpty() ? QString() : QFileInfo(fileName).completeBaseName();
    int port = 6379;
    int tlsPort = 0;
    QByteArray bindTo;
    QString clientCert, clientKey, serverCert;

    for (const QByteArray &raw : text.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const auto args = splitCommandLine(line); // redis.conf uses redis-cli's quoting
        if (!args || args->isEmpty())
            continue;
        const QByteArray directive = args->first().toLower();
        const QByteArray value = args->size() > 1 ? args->at(1) : QByteArray();
        if (directive == "port")
            port = value.toInt();
        else if (directive == "tls-port")
            tlsPort = value.toInt();
        else if (directive == "bind") {
            bindTo.clear();
            for (qsizetype i = 1; i < args->size(); ++i) {
                QByteArray a = args->at(i);
                if (a.startsWith('-'))
                    a.remove(0, 1); // "-::1": optional address
                if (!isWildcard(a)) {
                    bindTo = a;
                    break;
                }
            }
            if (bindTo.isEmpty())
                out.notes << QCoreApplication::translate(
                    "RedisConfImport",
                    "The server listens on every address; connecting to 127.0.0.1. "
                    "Change the host if the server runs elsewhere.");
        } else if (directive == "requirepass")
            spec.password = QString::fromUtf8(value);
        else if (directive == "tls-ca-cert-file")
            spec.tls.caFile = QString::fromUtf8(value);
        else if (directive == "tls-client-cert-file")
            clientCert = QString::fromUtf8(value);
        else if (directive == "tls-client-key-file")
            clientKey = QString::fromUtf8(value);
        else if (directive == "tls-cert-file")
            serverCert = QString::fromUtf8(value);
        else if (directive == "replicaof" || directive == "slaveof")
            out.replicaOf =
                QString::fromUtf8(value) + QLatin1Char(' ') + QString::fromUtf8(args->value(2));
    }

    spec.host = bindTo.isEmpty() ? QStringLiteral("127.0.0.1") : QString::fromUtf8(bindTo);
    if (port == 0 && tlsPort > 0) {
        spec.port = quint16(tlsPort);
        spec.tls.enabled = true;
    } else {
        spec.port = quint16(port);
        if (tlsPort > 0)
            out.notes << QCoreApplication::translate("RedisConfImport",
                                                     "The server also accepts TLS on port %1.")
                             .arg(tlsPort);
    }
    if (spec.tls.enabled) {
        spec.tls.certFile = clientCert;
        spec.tls.keyFile = clientKey;
        if (clientCert.isEmpty() && !serverCert.isEmpty())
            out.notes << QCoreApplication::translate(
                "RedisConfImport", "If the server requires client certificates (tls-auth-clients), "
                                   "choose a client certificate and key.");
    }
    if (!spec.password.isEmpty())
        out.notes << QCoreApplication::translate("RedisConfImport",
                                                 "The password comes from requirepass.");
    if (!out.replicaOf.isEmpty())
        out.notes << QCoreApplication::translate("RedisConfImport",
                                                 "This server is a replica of %1.")
                         .arg(out.replicaOf);
    return out;
}
