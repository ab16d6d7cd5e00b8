#pragma once
// One node's configuration as CONFIG GET * returned it: directive -> value, bytes as sent.
#include "client/resp_value.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <functional>

class RespConnection;
class QObject;

struct ConfigSnapshot
{
    QMap<QByteArray, QByteArray> values; // sorted by name
    QString error;                       // CONFIG GET failed (renamed command, ACL, ...)

    bool isValid() const { return error.isEmpty(); }
    bool has(const QByteArray &name) const { return values.contains(name); }
    QByteArray value(const QByteArray &name) const { return values.value(name); }
};

// From a CONFIG GET reply (a flat array of name, value pairs).
ConfigSnapshot parseConfigReply(const RespValue &reply);

// CONFIG GET `pattern` on a connection.
void loadConfig(RespConnection *connection, const QObject *context,
                std::function<void(const ConfigSnapshot &)> done,
                const QByteArray &pattern = QByteArrayLiteral("*"));
