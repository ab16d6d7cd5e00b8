// String commands behave as Redis 7.0's: each script runs on the node and on redis-server.
#include "node_test_support.h"

using namespace nodetest;

class TstStringCommands : public QObject
{
    Q_OBJECT

private slots:
    void getAndSetWithOptions()
    {
        RUN_SCRIPT_ON_BOTH(
            QStringList{},
            {{"GET k", "(nil)"},
             {"SET k v", "OK"},
             {"GET k", "\"v\""},
             {"SET k w NX", "(nil)"},
             {"SET k w XX", "OK"},
             {"SET k2 w XX", "(nil)"},
             {"SET k x GET", "\"w\""},
             {"SET new y NX GET", "(nil)"},
             {"GET new", "\"y\""},
             {"SET k v EX 100", "OK"},
             {"TTL k", "(integer) 100"},
             {"SET k v KEEPTTL", "OK"},
             {"TTL k", "(integer) 100"},
             {"SET k v", "OK"},
             {"TTL k", "(integer) -1"},
             {"SET k v EX 0", "(error) ERR invalid expire time in 'set' command"},
             {"SET k v EX -5", "(error) ERR invalid expire time in 'set' command"},
             {"SET k v EX abc", "(error) ERR value is not an integer or out of range"},
             {"SET k v NX XX", "(error) ERR syntax error"},
             {"SET k v EX 10 PX 100", "(error) ERR syntax error"},
             {"SET k v KEEPTTL EX 10", "(error) ERR syntax error"},
             {"SET k v BOGUS", "(error) ERR syntax error"},
             {"SET k", "(error) ERR wrong number of arguments for 'set' command"},
             {"RPUSH list a", "(integer) 1"},
             {"GET list",
              "(error) WRONGTYPE Operation against a key holding the wrong kind of value"},
             {"SET list v GET",
              "(error) WRONGTYPE Operation against a key holding the wrong kind of value"},
             {"SET list v", "OK"},
             {"TYPE list", "string"}});
    }

    void setnxSetexGetsetGetdelGetex()
    {
        RUN_SCRIPT_ON_BOTH(QStringList{},
                           {{"SETNX a 1", "(integer) 1"},
                            {"SETNX a 2", "(integer) 0"},
                            {"SETEX b 50 v", "OK"},
                            {"TTL b", "(integer) 50"},
                            {"SETEX b 0 v", "(error) ERR invalid expire time in 'setex' command"},
                            {"PSETEX c 50000 v", "OK"},
                            {"TTL c", "(integer) 50"},
                            {"GETSET a 3", "\"1\""},
                            {"GETSET none 3", "(nil)"},
                            {"GETDEL a", "\"3\""},
                            {"EXISTS a", "(integer) 0"},
                            {"GETDEL a", "(nil)"},
                            {"GETEX b PERSIST", "\"v\""},
                            {"TTL b", "(integer) -1"},
                            {"GETEX b EX 20", "\"v\""},
                            {"TTL b", "(integer) 20"},
                            {"GETEX b EX 20 PERSIST", "(error) ERR syntax error"},
                            {"GETEX missing EX 20", "(nil)"}});
    }

    void multiKeyCommands()
    {
        RUN_SCRIPT_ON_BOTH(
            QStringList{},
            {{"MSET a 1 b 2 c 3", "OK"},
             {"MGET a b nope c", "[\"1\", \"2\", (nil), \"3\"]"},
             {"MSET a 1 b", "(error) ERR wrong number of arguments for 'mset' command"},
             {"MSETNX a 9 z 9", "(integer) 0"},
             {"EXISTS z", "(integer) 0"},
             {"MSETNX y 9 z 9", "(integer) 1"},
             {"RPUSH l x", "(integer) 1"},
             {"MGET a l", "[\"1\", (nil)]"}});
    }

    void appendStrlenRanges()
    {
        RUN_SCRIPT_ON_BOTH(QStringList{},
                           {{"APPEND s Hello", "(integer) 5"},
                            {"APPEND s World", "(integer) 10"},
                            {"GET s", "\"HelloWorld\""},
                            {"STRLEN s", "(integer) 10"},
                            {"STRLEN none", "(integer) 0"},
                            {"GETRANGE s 0 4", "\"Hello\""},
                            {"GETRANGE s -5 -1", "\"World\""},
                            {"GETRANGE s 5 100", "\"World\""},
                            {"GETRANGE s -1 -5", "\"\""},
                            {"GETRANGE none 0 10", "\"\""},
                            {"SUBSTR s 0 0", "\"H\""},
                            {"SETRANGE s 5 Redis", "(integer) 10"},
                            {"GET s", "\"HelloRedis\""},
                            {"SETRANGE pad 3 x", "(integer) 4"},
                            {"STRLEN pad", "(integer) 4"},
                            {"SETRANGE s -1 x", "(error) ERR offset is out of range"}});
    }

    void counters()
    {
        RUN_SCRIPT_ON_BOTH(
            QStringList{},
            {{"INCR n", "(integer) 1"},
             {"INCRBY n 10", "(integer) 11"},
             {"DECR n", "(integer) 10"},
             {"DECRBY n 20", "(integer) -10"},
             {"SET n 9223372036854775807", "OK"},
             {"INCR n", "(error) ERR increment or decrement would overflow"},
             {"SET n abc", "OK"},
             {"INCR n", "(error) ERR value is not an integer or out of range"},
             {"SET n 010", "OK"},
             {"INCR n", "(error) ERR value is not an integer or out of range"},
             {"INCRBY n x", "(error) ERR value is not an integer or out of range"},
             {"DECRBY m -9223372036854775808", "(error) ERR decrement would overflow"},
             {"SET f 10.50", "OK"},
             {"INCRBYFLOAT f 0.1", "\"10.6\""},
             {"INCRBYFLOAT f -5", "\"5.6\""},
             {"INCRBYFLOAT f 5.0e3", "\"5005.60000000000000009\""},
             {"INCRBYFLOAT f abc", "(error) ERR value is not a valid float"},
             {"SET f 3", "OK"},
             {"INCRBYFLOAT f 1.5", "\"4.5\""},
             {"INCRBYFLOAT f inf", "(error) ERR increment would produce NaN or Infinity"},
             {"SET e 5 EX 100", "OK"},
             {"INCR e", "(integer) 6"},
             {"TTL e", "(integer) 100"}});
    }

    void binarySafeValues()
    {
        Node node;
        NODE_CHECK(node);
        const QByteArray value("a\0b\r\n\xff", 6);
        QCOMPARE(node.cmd({"SET", QByteArray("k\0ey", 4), value}).toDebugString(),
                 QByteArray("OK"));
        const RespReply got = node.cmd({"GET", QByteArray("k\0ey", 4)});
        QCOMPARE(got.text, value);
        QCOMPARE(node.cmd({"STRLEN", QByteArray("k\0ey", 4)}).integer, 6);
    }

    void largeValueRoundTrips()
    {
        Node node;
        NODE_CHECK(node);
        QByteArray big(3 * 1024 * 1024, 'x');
        big[12345] = 'y';
        QCOMPARE(node.cmd({"SET", "big", big}).toDebugString(), QByteArray("OK"));
        QCOMPARE(node.cmd({"GET", "big"}).text, big);
        QCOMPARE(node.cmd({"APPEND", "big", "tail"}).integer, big.size() + 4);
    }
};

QTEST_GUILESS_MAIN(TstStringCommands)
#include "tst_string_commands.moc"
