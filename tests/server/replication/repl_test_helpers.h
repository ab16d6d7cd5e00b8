#pragma once
// Helpers shared by the replication and interop suites: INFO fields, waiting for a link,
// writing data of every type, and comparing two servers' datasets key by key.
#include "resp_test_client.h"
#include "wait_until.h"

#include <QByteArrayList>
#include <QMap>
#include <algorithm>

namespace rdtest {

// One field of INFO <section> ("" if absent or the server did not answer).
inline QByteArray infoField(quint16 port, const QByteArray &section, const QByteArray &field,
                            const QByteArray &password = {})
{
    RespTestClient c;
    if (!c.connectTo(port, QStringLiteral("127.0.0.1"), 1000))
        return {};
    if (!password.isEmpty())
        c.command({"AUTH", password});
    const RespReply r = c.command({"INFO", section}, 3000);
    for (const QByteArray &line : r.text.split('\n')) {
        const QByteArray l = line.trimmed();
        if (l.startsWith(field + ':'))
            return l.mid(field.size() + 1);
    }
    return {};
}

// REPLSTATE as a field -> value map (integers rendered as text).
inline QMap<QByteArray, QByteArray> replState(quint16 port)
{
    QMap<QByteArray, QByteArray> out;
    RespTestClient c;
    if (!c.connectTo(port, QStringLiteral("127.0.0.1"), 1000))
        return out;
    const RespReply r = c.command({"REPLSTATE"}, 3000);
    for (int i = 0; i + 1 < r.elements.size(); i += 2) {
        const RespReply &v = r.elements[i + 1];
        out[r.elements[i].text] =
            v.type == RespReply::Type::Integer ? QByteArray::number(v.integer) : v.text;
    }
    return out;
}

inline bool linkUp(quint16 replicaPort, const QByteArray &password = {})
{
    return infoField(replicaPort, "replication", "master_link_status", password) == "up";
}

// The replica has applied everything the master produced.
inline bool caughtUp(quint16 masterPort, quint16 replicaPort, const QByteArray &password = {})
{
    if (!linkUp(replicaPort, password))
        return false;
    const QByteArray m = infoField(masterPort, "replication", "master_repl_offset", password);
    const QByteArray r = infoField(replicaPort, "replication", "slave_repl_offset", password);
    return !m.isEmpty() && m == r;
}

// Sends commands and fails the test on an error reply.
inline bool run(RespTestClient &c, const QList<QList<QByteArray>> &commands)
{
    for (const auto &cmd : commands) {
        const RespReply r = c.command(cmd);
        if (r.isError() || r.type == RespReply::Type::None) {
            qWarning("command %s failed: %s", cmd.join(' ').constData(),
                     r.toDebugString().constData());
            return false;
        }
    }
    return true;
}

// Keys of every type, in db 0 and db 3, one with a TTL; `tag` makes each call's keys distinct.
inline bool writeEveryType(RespTestClient &c, const QByteArray &tag)
{
    return run(c, {
                      {"SELECT", "0"},
                      {"SET", "str:" + tag, "value-" + tag},
                      {"SET", "ttl:" + tag, "expiring", "EX", "1000"},
                      {"SET", "bin:" + tag, QByteArray("\x00\xff\r\nbytes", 10)},
                      {"INCRBY", "counter", "7"},
                      {"RPUSH", "list:" + tag, "a", "b", "c", "1", "-2", "300"},
                      {"LPUSH", "list:" + tag, "head"},
                      {"HSET", "hash:" + tag, "f1", "v1", "f2", "2", "f3", "-300"},
                      {"SADD", "set:" + tag, "a", "b", "c"},
                      {"SADD", "intset:" + tag, "1", "2", "3", "100"},
                      {"ZADD", "zset:" + tag, "1", "one", "2.5", "two", "1e20", "big"},
                      {"SELECT", "3"},
                      {"SET", "db3:" + tag, "in db 3"},
                      {"HSET", "db3hash:" + tag, "x", "y"},
                      {"SELECT", "0"},
                  });
}

// A canonical dump of one key, comparable across servers.
inline QByteArray dumpKey(RespTestClient &c, const QByteArray &key)
{
    const QByteArray type = c.command({"TYPE", key}).text;
    QByteArrayList parts{type};
    auto flat = [](const RespReply &r) {
        QByteArrayList out;
        for (const RespReply &e : r.elements)
            out << e.text;
        return out;
    };
    if (type == "string") {
        parts << c.command({"GET", key}).text;
    } else if (type == "list") {
        parts << flat(c.command({"LRANGE", key, "0", "-1"}));
    } else if (type == "hash") {
        QByteArrayList kv = flat(c.command({"HGETALL", key}));
        QByteArrayList pairs;
        for (int i = 0; i + 1 < kv.size(); i += 2)
            pairs << kv[i] + "=" + kv[i + 1];
        std::sort(pairs.begin(), pairs.end());
        parts << pairs;
    } else if (type == "set") {
        QByteArrayList m = flat(c.command({"SMEMBERS", key}));
        std::sort(m.begin(), m.end());
        parts << m;
    } else if (type == "zset") {
        parts << flat(c.command({"ZRANGE", key, "0", "-1", "WITHSCORES"}));
    }
    const qint64 ttl = c.command({"PTTL", key}).integer;
    parts << (ttl >= 0 ? QByteArray("ttl") : QByteArray::number(ttl));
    return parts.join('|');
}

// Every key of dbs 0..15 with its dump; "" keys map to nothing.
inline QMap<QByteArray, QByteArray> dataset(quint16 port, const QByteArray &password = {})
{
    QMap<QByteArray, QByteArray> out;
    RespTestClient c;
    if (!c.connectTo(port, QStringLiteral("127.0.0.1"), 2000))
        return out;
    if (!password.isEmpty())
        c.command({"AUTH", password});
    for (int db = 0; db < 16; ++db) {
        c.command({"SELECT", QByteArray::number(db)});
        const RespReply keys = c.command({"KEYS", "*"});
        for (const RespReply &k : keys.elements)
            out[QByteArray::number(db) + ":" + k.text] = dumpKey(c, k.text);
    }
    return out;
}

// The replica holds exactly the master's keys (and the master is not trivially empty).
inline bool sameData(quint16 replicaPort, quint16 masterPort, const QByteArray &password = {},
                     const QByteArray &replicaPassword = {})
{
    const auto master = dataset(masterPort, password);
    const auto replica = dataset(replicaPort, replicaPassword);
    if (master.size() < 3) {
        qWarning("the master has only %d keys", int(master.size()));
        return false;
    }
    if (master == replica)
        return true;
    for (auto it = master.begin(); it != master.end(); ++it) {
        if (replica.value(it.key()) != it.value())
            qWarning("differs: %s master=%s replica=%s", it.key().constData(),
                     it.value().constData(), replica.value(it.key()).constData());
    }
    qWarning("master has %d keys, replica %d", int(master.size()), int(replica.size()));
    return false;
}

// Lines of a log that contain `needle`.
inline int countLines(const QByteArray &log, const QByteArray &needle)
{
    int n = 0;
    for (const QByteArray &l : log.split('\n'))
        n += l.contains(needle);
    return n;
}

// True when the needles appear in this order in the log (each after the previous one).
inline bool inOrder(const QByteArray &log, const QByteArrayList &needles,
                    QByteArray *missing = nullptr)
{
    qsizetype pos = 0;
    for (const QByteArray &n : needles) {
        const qsizetype at = log.indexOf(n, pos);
        if (at < 0) {
            if (missing)
                *missing = n;
            return false;
        }
        pos = at + n.size();
    }
    return true;
}

} // namespace rdtest
