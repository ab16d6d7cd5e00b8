#include "model/config/config_snapshot.h"

#include "client/resp_connection.h"

ConfigSnapshot parseConfigReply(const RespValue &reply)
{
    ConfigSnapshot snapshot;
    if (reply.isError()) {
        snapshot.error = QString::fromUtf8(reply.bytes());
        return snapshot;
    }
    if (!reply.isArray() || reply.size() % 2 != 0) {
        snapshot.error = QStringLiteral("unexpected reply to CONFIG GET");
        return snapshot;
    }
    for (qsizetype i = 0; i + 1 < reply.size(); i += 2)
        snapshot.values.insert(reply.at(i).bytes(), reply.at(i + 1).bytes());
    return snapshot;
}

void loadConfig(RespConnection *connection, const QObject *context,
                std::function<void(const ConfigSnapshot &)> done, const QByteArray &pattern)
{
    if (!connection) {
        ConfigSnapshot none;
        none.error = QStringLiteral("not connected");
        done(none);
        return;
    }
    connection->command(
        {"CONFIG", "GET", pattern}, context,
        [done = std::move(done)](const RespValue &reply) { done(parseConfigReply(reply)); });
}
