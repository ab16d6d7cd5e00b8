#include "model/keys/key_details.h"

QByteArray sizeCommandFor(KeyType type)
{
    switch (type) {
    case KeyType::String:
        return "STRLEN";
    case KeyType::List:
        return "LLEN";
    case KeyType::Hash:
        return "HLEN";
    case KeyType::Set:
        return "SCARD";
    case KeyType::ZSet:
        return "ZCARD";
    case KeyType::Stream:
        return "XLEN";
    case KeyType::None:
    case KeyType::Other:
        break;
    }
    return {};
}

void inspectKey(const DbCommands &db, const QByteArray &key, const QObject *context,
                std::function<void(const KeyDetails &)> done)
{
    db.pipeline(
        {{"TYPE", key},
         {"PTTL", key},
         {"OBJECT", "ENCODING", key},
         {"MEMORY", "USAGE", key, "SAMPLES", "0"}},
        context, [db, key, context, done = std::move(done)](const QList<RespValue> &replies) {
            KeyDetails details;
            details.key = key;
            if (replies[0].isError()) {
                details.error = QString::fromUtf8(replies[0].bytes());
                done(details);
                return;
            }
            details.type = keyTypeFromName(replies[0].bytes());
            details.ttlMs = replies[1].isInteger() ? replies[1].toInteger() : -2;
            if (replies[2].isBulk())
                details.encoding = replies[2].bytes();
            if (replies[3].isInteger())
                details.memoryBytes = replies[3].toInteger();
            const QByteArray sizeCommand = sizeCommandFor(details.type);
            if (sizeCommand.isEmpty()) {
                done(details);
                return;
            }
            db.command({sizeCommand, key}, context, [details, done](const RespValue &reply) {
                KeyDetails out = details;
                if (reply.isInteger())
                    out.size = reply.toInteger();
                else if (reply.isError())
                    out.error = QString::fromUtf8(reply.bytes());
                done(out);
            });
        });
}
