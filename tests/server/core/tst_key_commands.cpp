// Generic key commands behave as Redis 7.0's: scripts run on the node and on redis-server,
// plus SCAN's guarantee over a table that grows and shrinks during the scan.
#include "node_test_support.h"

#include <QSet>

using namespace nodetest;

class TstKeyCommands : public QObject
{
    Q_OBJECT

private slots:
    void deleteExistsTypeTouch()
    {
        RUN_SCRIPT_ON_BOTH(QStringList{},
                           {{"MSET a 1 b 2", "OK"},
                            {"EXISTS a b c a", "(integer) 3"},
                            {"TOUCH a c", "(integer) 1"},
                            {"TYPE a", "string"},
                            {"TYPE c", "none"},
                            {"DEL a c", "(integer) 1"},
                            {"UNLINK b", "(integer) 1"},
                            {"DBSIZE", "(integer) 0"},
                            {"DEL", "(error) ERR wrong number of arguments for 'del' command"}});
    }

    void renameMoveCopy()
    {
        RUN_SCRIPT_ON_BOTH(QStringList{},
                           {{"SET a 1 EX 100", "OK"},
                            {"RENAME a b", "OK"},
                            {"TTL b", "(integer) 100"},
                            {"RENAME missing x", "(error) ERR no such key"},
                            {"RENAME b b", "OK"},
                            {"SET c 3", "OK"},
                            {"RENAMENX b c", "(integer) 0"},
                            {"RENAMENX b d", "(integer) 1"},
                            {"MOVE d 1", "(integer) 1"},
                            {"MOVE d 1", "(integer) 0"},
                            {"MOVE c 0", "(error) ERR source and destination objects are the same"},
                            {"MOVE c 99", "(error) ERR DB index is out of range"},
                            {"SELECT 1", "OK"},
                            {"TTL d", "(integer) 100"},
                            {"COPY d e", "(integer) 1"},
                            {"TTL e", "(integer) 100"},
                            {"COPY d e", "(integer) 0"},
                            {"COPY d e REPLACE", "(integer) 1"},
                            {"COPY d d", "(error) ERR source and destination objects are the same"},
                            {"COPY d x DB 0", "(integer) 1"},
                            {"RPUSH l a b", "(integer) 2"},
                            {"COPY l l2", "(integer) 1"},
                            {"RPUSH l2 c", "(integer) 3"},
                            {"LLEN l", "(integer) 2"},
                            {"SELECT 0", "OK"},
                            {"GET x", "\"1\""},
                            {"SELECT 16", "(error) ERR DB index is out of range"},
                            {"SELECT x", "(error) ERR value is not an integer or out of range"}});
    }

    void expireFamily()
    {
        RUN_SCRIPT_ON_BOTH(
            QStringList{},
            {{"SET k v", "OK"},
             {"TTL k", "(integer) -1"},
             {"TTL none", "(integer) -2"},
             {"PTTL none", "(integer) -2"},
             {"EXPIRE none 10", "(integer) 0"},
             {"EXPIRE k 100", "(integer) 1"},
             {"TTL k", "(integer) 100"},
             {"EXPIRE k 50 NX", "(integer) 0"},
             {"EXPIRE k 50 GT", "(integer) 0"},
             {"EXPIRE k 500 GT", "(integer) 1"},
             {"EXPIRE k 50 LT", "(integer) 1"},
             {"EXPIRE k 10 NX XX",
              "(error) ERR NX and XX, GT or LT options at the same time are not compatible"},
             {"EXPIRE k 10 GT LT",
              "(error) ERR GT and LT options at the same time are not compatible"},
             {"EXPIRE k 10 FOO", "(error) ERR Unsupported option FOO"},
             {"EXPIRE k abc", "(error) ERR value is not an integer or out of range"},
             {"PERSIST k", "(integer) 1"},
             {"PERSIST k", "(integer) 0"},
             {"EXPIRE k 10 XX", "(integer) 0"},
             {"EXPIRE k 10 LT", "(integer) 1"},
             {"EXPIRETIME none", "(integer) -2"},
             {"SET p v", "OK"},
             {"EXPIRETIME p", "(integer) -1"},
             {"EXPIREAT p 4102444800", "(integer) 1"},
             {"EXPIRETIME p", "(integer) 4102444800"},
             {"PEXPIRETIME p", "(integer) 4102444800000"},
             {"PEXPIREAT p 4102444800123", "(integer) 1"},
             {"PEXPIRETIME p", "(integer) 4102444800123"},
             {"EXPIRE p -1", "(integer) 1"},
             {"EXISTS p", "(integer) 0"},
             {"SET q v", "OK"},
             {"EXPIREAT q 1", "(integer) 1"},
             {"GET q", "(nil)"},
             {"SET big v", "OK"},
             {"EXPIRE big 9223372036854775807",
              "(error) ERR invalid expire time in 'expire' command"}});
    }

    void keysAndPatterns()
    {
        // KEYS returns hash-table order: compare as sets, on the node and on redis-server.
        for (ServerKind kind : {ServerKind::Node, ServerKind::Redis}) {
            Node node({}, kind);
            NODE_CHECK(node);
            node.cmd("MSET hello 1 hallo 2 hxllo 3 hllo 4 heeeello 5");
            auto keys = [&](const QByteArray &pattern) {
                QSet<QByteArray> out;
                for (const RespReply &k : node.cmd({"KEYS", pattern}).elements)
                    out.insert(k.text);
                return out;
            };
            QCOMPARE(keys("h?llo"), (QSet<QByteArray>{"hallo", "hello", "hxllo"}));
            QCOMPARE(keys("h*llo"),
                     (QSet<QByteArray>{"hallo", "hello", "hxllo", "hllo", "heeeello"}));
            QCOMPARE(keys("h[ae]llo"), (QSet<QByteArray>{"hallo", "hello"}));
            QCOMPARE(keys("h[^e]llo"), (QSet<QByteArray>{"hallo", "hxllo"}));
            QCOMPARE(keys("h[a-b]llo"), (QSet<QByteArray>{"hallo"}));
            QCOMPARE(keys("nothing*"), QSet<QByteArray>{});
        }
    }

    void randomKeyAndObject()
    {
        RUN_SCRIPT_ON_BOTH(
            QStringList{},
            {{"RANDOMKEY", "(nil)"},
             {"SET only v", "OK"},
             {"RANDOMKEY", "\"only\""},
             {"SET i 12345", "OK"},
             {"OBJECT ENCODING i", "\"int\""},
             {"OBJECT ENCODING only", "\"embstr\""},
             {"OBJECT ENCODING none", "(nil)"},
             {"RPUSH l a", "(integer) 1"},
             {"OBJECT ENCODING l", "\"quicklist\""},
             {"OBJECT FOO x", "(error) ERR unknown subcommand 'FOO'. Try OBJECT HELP."},
             {"OBJECT IDLETIME i", "(integer) 0"}});
    }

    void scanReturnsEveryKeyPresentForTheWholeScan()
    {
        // Keys present from start to end must be returned even though the table grows (adds)
        // and later shrinks (deletes) between SCAN calls.
        Node node;
        NODE_CHECK(node);
        QList<QByteArray> mset{"MSET"};
        for (int i = 0; i < 2000; ++i)
            mset << "stable:" + QByteArray::number(i) << "v";
        QCOMPARE(node.cmd(mset).toDebugString(), QByteArray("OK"));
        QSet<QByteArray> seen;
        QByteArray cursor = "0";
        int round = 0;
        do {
            const RespReply r = node.cmd({"SCAN", cursor, "COUNT", "50"});
            QCOMPARE(r.type, RespReply::Type::Array);
            cursor = r.elements[0].text;
            for (const RespReply &k : r.elements[1].elements)
                seen.insert(k.text);
            // Grow for a while, then shrink: both trigger incremental rehashing.
            QList<QByteArray> churn{round < 20 ? QByteArray("MSET") : QByteArray("DEL")};
            for (int i = 0; i < 500; ++i) {
                churn << "temp:" + QByteArray::number((round % 20) * 500 + i);
                if (round < 20)
                    churn << "x";
            }
            node.cmd(churn);
            ++round;
        } while (cursor != "0");
        for (int i = 0; i < 2000; ++i)
            QVERIFY2(seen.contains("stable:" + QByteArray::number(i)),
                     qPrintable(QString::number(i)));
    }

    void scanOptions()
    {
        Node node;
        NODE_CHECK(node);
        node.cmd("MSET user:1 a user:2 b other c");
        node.cmd("RPUSH user:list x");
        QSet<QByteArray> matched, typed;
        QByteArray cursor = "0";
        do {
            const RespReply r = node.cmd({"SCAN", cursor, "MATCH", "user:*", "COUNT", "2"});
            cursor = r.elements[0].text;
            for (const RespReply &k : r.elements[1].elements)
                matched.insert(k.text);
        } while (cursor != "0");
        QCOMPARE(matched, (QSet<QByteArray>{"user:1", "user:2", "user:list"}));
        do {
            const RespReply r = node.cmd({"SCAN", cursor, "TYPE", "list"});
            cursor = r.elements[0].text;
            for (const RespReply &k : r.elements[1].elements)
                typed.insert(k.text);
        } while (cursor != "0");
        QCOMPARE(typed, (QSet<QByteArray>{"user:list"}));
        QCOMPARE(node.cmd("SCAN x").toDebugString(), QByteArray("(error) ERR invalid cursor"));
        QCOMPARE(node.cmd("SCAN 0 COUNT 0").toDebugString(),
                 QByteArray("(error) ERR syntax error"));
        QCOMPARE(node.cmd("SCAN 0 MATCH").toDebugString(), QByteArray("(error) ERR syntax error"));
    }
};

QTEST_GUILESS_MAIN(TstKeyCommands)
#include "tst_key_commands.moc"
