#include "model/keys/string_value.h"

void loadStringValue(const DbCommands &db, const QByteArray &key, qint64 maxBytes,
                     const QObject *context, std::function<void(const StringValue &)> done)
{
    db.pipeline({{"STRLEN", key},
                 {"GETRANGE", key, "0", QByteArray::number(maxBytes - 1)},
                 {"EXISTS", key}},
                context, [done = std::move(done)](const QList<RespValue> &replies) {
                    StringValue value;
                    for (const RespValue &reply : replies) {
                        if (reply.isError()) {
                            value.error = QString::fromUtf8(reply.bytes());
                            done(value);
                            return;
                        }
                    }
                    value.totalSize = replies[0].toInteger();
                    value.bytes = replies[1].bytes();
                    value.truncated = value.bytes.size() < value.totalSize;
                    value.missing = replies[2].toInteger() == 0;
                    done(value);
                });
}
