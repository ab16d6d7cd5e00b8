#include "model/keys/key_writer.h"

#include "model/keys/info_text.h"

#include <QUuid>
#include <cmath>

QByteArray KeyWriter::formatScore(double score)
{
    if (std::isinf(score))
        return score > 0 ? "+inf" : "-inf";
    return QByteArray::number(score, 'g', 17);
}

void KeyWriter::finish(const RespValue &reply, bool ok, const Done &done) const
{
    WriteResult result;
    result.ok = ok;
    result.reply = reply;
    if (ok) {
        done(result);
        return;
    }
    if (reply.errorCode() != "READONLY" || !m_db.connection()) {
        result.message = explainWriteError(reply);
        done(result);
        return;
    }
    // Name the master the write belongs on.
    m_db.connection()->command(
        {"INFO", "replication"}, m_context, [result, done](const RespValue &info) mutable {
            const QByteArray host = infoField(info.bytes(), "master_host");
            const QByteArray port = infoField(info.bytes(), "master_port");
            if (!host.isEmpty())
                result.masterAddress = QString::fromUtf8(host + ':' + port);
            result.message = explainWriteError(result.reply, result.masterAddress);
            done(result);
        });
}

void KeyWriter::run(const QList<QByteArray> &argv, Done done,
                    std::function<bool(const RespValue &)> isOk) const
{
    const KeyWriter self = *this;
    m_db.command(argv, m_context, [self, done = std::move(done), isOk](const RespValue &reply) {
        const bool ok = !reply.isError() && (!isOk || isOk(reply));
        self.finish(reply, ok, done);
    });
}

void KeyWriter::transaction(const QList<QList<QByteArray>> &commands, Done done) const
{
    QList<QList<QByteArray>> all{{"MULTI"}};
    all << commands;
    all << QList<QByteArray>{"EXEC"};
    const KeyWriter self = *this;
    m_db.pipeline(all, m_context, [self, done = std::move(done)](const QList<RespValue> &replies) {
        // An error while queueing (MULTI, a queued command, or EXECABORT) comes first.
        for (const RespValue &reply : replies) {
            if (reply.isError()) {
                self.finish(reply, false, done);
                return;
            }
        }
        const RespValue &exec = replies.last();
        if (exec.isNil()) {
            self.finish(RespValue::error("ERR transaction aborted"), false, done);
            return;
        }
        for (const RespValue &reply : exec.elements()) {
            if (reply.isError()) {
                self.finish(reply, false, done);
                return;
            }
        }
        self.finish(exec, true, done);
    });
}

void KeyWriter::setString(const QByteArray &key, const QByteArray &value, Done done) const
{
    run({"SET", key, value, "KEEPTTL"}, std::move(done));
}

void KeyWriter::setTtl(const QByteArray &key, qint64 ms, Done done) const
{
    if (ms > 0)
        run({"PEXPIRE", key, QByteArray::number(ms)}, std::move(done),
            [](const RespValue &r) { return r.toInteger() == 1; });
    else
        run({"PERSIST", key}, std::move(done)); // 0 = had no TTL: still what the user wants
}

void KeyWriter::rename(const QByteArray &from, const QByteArray &to, bool overwrite,
                       Done done) const
{
    if (overwrite) {
        run({"RENAME", from, to}, std::move(done));
        return;
    }
    const KeyWriter self = *this;
    m_db.command({"RENAMENX", from, to}, m_context,
                 [self, done = std::move(done)](const RespValue &reply) {
                     if (reply.isInteger() && reply.toInteger() == 0) {
                         self.finish(RespValue::error("BUSYKEY Target key name already exists."),
                                     false, done);
                         return;
                     }
                     self.finish(reply, !reply.isError(), done);
                 });
}

void KeyWriter::unlink(const QList<QByteArray> &keys, Done done) const
{
    QList<QByteArray> argv{"UNLINK"};
    argv << keys;
    run(argv, std::move(done));
}

void KeyWriter::listSet(const QByteArray &key, qint64 index, const QByteArray &value,
                        Done done) const
{
    run({"LSET", key, QByteArray::number(index), value}, std::move(done));
}

void KeyWriter::listPush(const QByteArray &key, const QByteArray &value, bool tail, Done done) const
{
    run({tail ? "RPUSHX" : "LPUSHX", key, value}, std::move(done),
        [](const RespValue &r) { return r.toInteger() > 0; });
}

void KeyWriter::listRemoveAt(const QByteArray &key, qint64 index, Done done) const
{
    const QByteArray marker =
        "__replicadesk_removed_" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + "__";
    transaction({{"LSET", key, QByteArray::number(index), marker}, {"LREM", key, "1", marker}},
                std::move(done));
}

void KeyWriter::hashSet(const QByteArray &key, const QByteArray &field, const QByteArray &value,
                        Done done) const
{
    run({"HSET", key, field, value}, std::move(done));
}

void KeyWriter::hashDelete(const QByteArray &key, const QByteArray &field, Done done) const
{
    run({"HDEL", key, field}, std::move(done));
}

void KeyWriter::hashRenameField(const QByteArray &key, const QByteArray &from, const QByteArray &to,
                                const QByteArray &value, Done done) const
{
    transaction({{"HDEL", key, from}, {"HSET", key, to, value}}, std::move(done));
}

void KeyWriter::setAdd(const QByteArray &key, const QByteArray &member, Done done) const
{
    run({"SADD", key, member}, std::move(done));
}

void KeyWriter::setRemove(const QByteArray &key, const QByteArray &member, Done done) const
{
    run({"SREM", key, member}, std::move(done));
}

void KeyWriter::setReplace(const QByteArray &key, const QByteArray &from, const QByteArray &to,
                           Done done) const
{
    transaction({{"SREM", key, from}, {"SADD", key, to}}, std::move(done));
}

void KeyWriter::zsetAdd(const QByteArray &key, const QByteArray &member, double score,
                        Done done) const
{
    run({"ZADD", key, formatScore(score), member}, std::move(done));
}

void KeyWriter::zsetRemove(const QByteArray &key, const QByteArray &member, Done done) const
{
    run({"ZREM", key, member}, std::move(done));
}

void KeyWriter::createKey(KeyType type, const QByteArray &key, const QList<QByteArray> &first,
                          qint64 ttlMs, Done done) const
{
    QList<QByteArray> write;
    switch (type) {
    case KeyType::String:
        write = {"SET", key, first.value(0)};
        break;
    case KeyType::List:
        write = {"RPUSH", key, first.value(0)};
        break;
    case KeyType::Hash:
        write = {"HSET", key, first.value(0), first.value(1)};
        break;
    case KeyType::Set:
        write = {"SADD", key, first.value(0)};
        break;
    case KeyType::ZSet:
        write = {"ZADD", key, first.value(1).isEmpty() ? QByteArray("0") : first.value(1),
                 first.value(0)};
        break;
    default:
        finish(RespValue::error("ERR this type cannot be created here"), false, done);
        return;
    }
    QList<QList<QByteArray>> commands{write};
    if (ttlMs > 0)
        commands << QList<QByteArray>{"PEXPIRE", key, QByteArray::number(ttlMs)};
    // EXISTS first: the write commands would merge into an existing key.
    const KeyWriter self = *this;
    m_db.command({"EXISTS", key}, m_context,
                 [self, commands, done = std::move(done)](const RespValue &exists) {
                     if (exists.isError()) {
                         self.finish(exists, false, done);
                         return;
                     }
                     if (exists.toInteger() > 0) {
                         self.finish(RespValue::error("BUSYKEY Target key name already exists."),
                                     false, done);
                         return;
                     }
                     self.transaction(commands, done);
                 });
}
