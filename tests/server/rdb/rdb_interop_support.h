#pragma once
// Helpers shared by the RDB interop suites: one data set with every type and encoding Redis 7.0
// uses (filled through RESP into either server), and a canonical dump of a server's whole
// contents read back through RESP, so two servers can be compared key by key.
#include "resp_test_client.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QtTest>

#include <algorithm>

namespace rdtest {

inline QByteArray bytesOf(int n, char c)
{
    return QByteArray(n, c);
}

// Runs a command and fails the current test (returning false) on an error reply.
inline bool run(RespTestClient &c, const QList<QByteArray> &argv)
{
    const RespReply r = c.command(argv);
    if (r.type == RespReply::Type::None || r.isError()) {
        qWarning() << "command failed:" << argv.value(0) << argv.value(1) << r.toDebugString();
        return false;
    }
    return true;
}

// The data set: small and big variants of every type (so both compact and plain encodings are
// used), binary bytes, integers of every width, expiries, three databases.
inline bool fillDataSet(RespTestClient &c)
{
    bool ok = run(c, {"SELECT", "0"});
    ok &= run(c, {"SET", "s:int", "12345"});
    ok &= run(c, {"SET", "s:neg", "-7"});
    ok &= run(c, {"SET", "s:int32", "-2147483648"});
    ok &= run(c, {"SET", "s:int64", "9223372036854775807"});
    ok &= run(c, {"SET", "s:toolong", "123456789012345678901234567890"});
    ok &= run(c, {"SET", "s:lead0", "007"});
    ok &= run(c, {"SET", "s:float", "3.14"});
    ok &= run(c, {"SET", "s:empty", ""});
    ok &= run(c, {"SET", "s:long", bytesOf(1000, 'a') + "tail"});
    ok &= run(c, {"SET", "s:bin", QByteArray("\x00\xff\r\n\x01zz", 7)});
    ok &= run(c, {"SET", "s:ttl", "expiring", "EX", "100000"});
    ok &= run(c, {"SET",
                  QByteArray("key\x00with\xff"
                             "bytes",
                             14),
                  "v"});

    ok &= run(c, {"RPUSH", "l:small", "a", "b", "c", "1", "-2", "300", "70000", "4294967296"});
    QList<QByteArray> big = {"RPUSH", "l:big"};
    for (int i = 0; i < 3000; ++i)
        big << "item:" + QByteArray::number(i);
    ok &= run(c, big);
    ok &= run(c, {"RPUSH", "l:hugeelem", "x", bytesOf(20000, 'z'), "y"});
    ok &= run(c, {"LPUSH", "l:ttl", "p", "q"});
    ok &= run(c, {"PEXPIRE", "l:ttl", "50000000"});

    ok &= run(c, {"SADD", "set:ints", "-7", "1", "2", "3", "100"});
    ok &= run(c, {"SADD", "set:wide", "1", "70000", "1099511627776", "-9223372036854775808"});
    QList<QByteArray> bigSet = {"SADD", "set:manyints"};
    for (int i = 0; i < 700; ++i)
        bigSet << QByteArray::number(i * 7919);
    ok &= run(c, bigSet);
    ok &= run(c, {"SADD", "set:str", "a", "b", "c", "10", bytesOf(100, 'm')});

    ok &= run(c, {"HSET", "h:small", "f1", "v1", "f2", "2", "f3", "-300"});
    ok &= run(c, {"HSET", "h:longvalue", "long", bytesOf(100, 'v'), "x", "y"});
    QList<QByteArray> bigHash = {"HSET", "h:big"};
    for (int i = 0; i < 1000; ++i)
        bigHash << "field:" + QByteArray::number(i) << "value:" + QByteArray::number(i * 3);
    ok &= run(c, bigHash);

    ok &= run(c, {"ZADD", "z:small", "1", "a", "2.5", "b", "-3", "c", "1e20", "d", "inf", "e",
                  "-inf", "f", "0.1", "g"});
    QList<QByteArray> bigZset = {"ZADD", "z:big"};
    for (int i = 0; i < 300; ++i)
        bigZset << QByteArray::number(i * 1.25 - 100) << "member:" + QByteArray::number(i);
    ok &= run(c, bigZset);
    ok &= run(c, {"ZADD", "z:longmember", "5", bytesOf(100, 'q'), "6", "short"});

    ok &= run(c, {"SELECT", "3"});
    ok &= run(c, {"SET", "db3:s", "three"});
    ok &= run(c, {"HSET", "db3:h", "a", "1"});
    ok &= run(c, {"SELECT", "15"});
    ok &= run(c, {"SET", "db15:s", "fifteen", "PX", "90000000"});
    ok &= run(c, {"ZADD", "db15:z", "1", "one"});
    ok &= run(c, {"SELECT", "0"});
    return ok;
}

// One line per key: "<db>/<key> <type> <ttl bucket> <contents>", with set and hash contents
// sorted, so two servers holding the same data give the same text whatever their encodings.
// TTLs are compared in 100 s buckets (the two servers read them at different moments).
inline QMap<QByteArray, QByteArray> snapshotOf(RespTestClient &c, int databases = 16)
{
    QMap<QByteArray, QByteArray> out;
    for (int db = 0; db < databases; ++db) {
        c.command({"SELECT", QByteArray::number(db)});
        const RespReply keys = c.command({"KEYS", "*"});
        for (const RespReply &k : keys.elements) {
            const QByteArray key = k.text;
            const QByteArray type = c.command({"TYPE", key}).text;
            QByteArray text = type + " ";
            const qint64 pttl = c.command({"PTTL", key}).integer;
            text += pttl < 0 ? QByteArray("persist ")
                             : "ttl~" + QByteArray::number(pttl / 100000) + " ";
            QList<QByteArray> items;
            if (type == "string") {
                items << c.command({"GET", key}).text;
            } else if (type == "list") {
                for (const RespReply &e : c.command({"LRANGE", key, "0", "-1"}).elements)
                    items << e.text;
            } else if (type == "set") {
                for (const RespReply &e : c.command({"SMEMBERS", key}).elements)
                    items << e.text;
                std::sort(items.begin(), items.end());
            } else if (type == "hash") {
                const RespReply r = c.command({"HGETALL", key});
                for (int i = 0; i + 1 < r.elements.size(); i += 2)
                    items << r.elements[i].text + "=" + r.elements[i + 1].text;
                std::sort(items.begin(), items.end());
            } else if (type == "zset") {
                const RespReply r = c.command({"ZRANGE", key, "0", "-1", "WITHSCORES"});
                for (int i = 0; i + 1 < r.elements.size(); i += 2)
                    items << r.elements[i].text + "=" + r.elements[i + 1].text;
            }
            text += items.join('\x1f').toHex();
            out.insert(QByteArray::number(db) + "/" + key.toHex(), text);
        }
    }
    c.command({"SELECT", "0"});
    return out;
}

// Compares two snapshots key by key with a readable failure.
inline bool sameContents(const QMap<QByteArray, QByteArray> &expected,
                         const QMap<QByteArray, QByteArray> &actual)
{
    bool same = expected.size() == actual.size();
    if (!same)
        qWarning() << "key count differs:" << expected.size() << "vs" << actual.size();
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        if (!actual.contains(it.key())) {
            qWarning() << "missing key" << it.key();
            same = false;
        } else if (actual.value(it.key()) != it.value()) {
            qWarning() << "key differs" << it.key() << "\n expected" << it.value().left(200)
                       << "\n actual  " << actual.value(it.key()).left(200);
            same = false;
        }
    }
    for (auto it = actual.begin(); it != actual.end(); ++it)
        if (!expected.contains(it.key())) {
            qWarning() << "unexpected key" << it.key();
            same = false;
        }
    return same;
}

} // namespace rdtest
