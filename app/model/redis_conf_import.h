#pragma once
// Builds a connection from a server's redis.conf: the address it listens on (port / tls-port
// and the first usable bind address), its password (requirepass) and TLS files. What cannot be
// used as-is (a wildcard bind, a server-only TLS key) is explained in `notes`.
#include "client/connection_spec.h"

#include <QStringList>

struct RedisConfImport
{
    ConnectionSpec spec;
    QStringList notes; // user-facing remarks (translated)
    QString replicaOf; // "host port" when the file makes the server a replica
};

RedisConfImport importRedisConf(const QByteArray &text, const QString &fileName = {});
