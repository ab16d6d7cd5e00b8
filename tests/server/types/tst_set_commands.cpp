// Set commands on a real replicadesk-node, each reply compared with Debian's redis-server given
// the same commands (differential.h). Intsets list in numeric order, as in Redis, so small
// integer sets compare exactly; other sets compare as multisets.
#include "differential.h"
#include "scan_walk.h"

#include <QtTest>

using namespace rdtest;
using namespace rdtest::types;

class SetCommandsTest : public QObject
{
    Q_OBJECT

private:
    DifferentialPair m_pair;

private slots:
    void initTestCase() { QVERIFY2(m_pair.start(), qPrintable(m_pair.lastError())); }
    void init() { m_pair.both({"FLUSHALL"}); }

    void membershipMatchesRedis()
    {
        RD_SAME_SCRIPT(m_pair, R"(
            SADD s a b c
            SADD s a d
            SADD nums 5 -3 10 0 -9223372036854775808 9223372036854775807
            SMEMBERS nums
            SCARD s
            SCARD nokey
            SISMEMBER s a
            SISMEMBER s z
            SISMEMBER nokey a
            SMISMEMBER s a z b
            SMISMEMBER nokey a b
            SREM s a z
            SREM nokey a
            SREM s b c d
            EXISTS s
            SMEMBERS nokey
            OBJECT ENCODING nums
            SADD nums 01
            OBJECT ENCODING nums
            SREM nums 01
            OBJECT ENCODING nums
        )");
        m_pair.both(rdtest::argv("SADD w x y z"));
        RD_SAME(m_pair, {"SMEMBERS", "w"}, Match::Unordered);
    }

    void algebraMatchesRedis()
    {
        m_pair.both(rdtest::argv("SADD a 1 2 3 4 x"));
        m_pair.both(rdtest::argv("SADD b 3 4 5 x y"));
        m_pair.both(rdtest::argv("SADD c 4 x z"));
        m_pair.both(rdtest::argv("SADD i1 1 2 3"));
        m_pair.both(rdtest::argv("SADD i2 3 2 9"));
        for (const char *line : {"SINTER a b c", "SINTER a", "SUNION a b c", "SUNION a nokey",
                                 "SDIFF a b", "SDIFF a b c", "SDIFF nokey a", "SDIFF a nokey",
                                 "SINTER i1 i2", "SUNION i1 i2", "SDIFF i1 i2"})
            RD_SAME(m_pair, rdtest::argv(line), Match::Unordered);
        RD_SAME_SCRIPT(m_pair, R"(
            SINTER a nokey
            SINTERSTORE dst a b
            SCARD dst
            SUNIONSTORE dst a b c
            SCARD dst
            SDIFFSTORE dst a b c
            SMEMBERS dst
            SINTERSTORE dst a nokey
            EXISTS dst
            SET dst str
            SUNIONSTORE dst a
            TYPE dst
            SET dst str
            EXPIRE dst 100
            SINTERSTORE dst a b
            TTL dst
            SDIFFSTORE a a b
            SMEMBERS a
            SINTERCARD 2 a b
            SINTERCARD 3 a b c
            SINTERCARD 1 nokey
            SINTERCARD 2 b c LIMIT 1
            SINTERCARD 2 b c LIMIT 0
            SINTERCARD 0 a
            SINTERCARD 3 a b
            SINTERCARD 1 a LIMIT -1
            SINTERCARD 1 a LIMIT
            SINTERCARD 1 a FOO 1
            SINTERCARD x a
        )");
    }

    void smoveMatchesRedis()
    {
        RD_SAME_SCRIPT(m_pair, R"(
            SADD src a b
            SADD dst c
            SMOVE src dst a
            SMOVE src dst z
            SMOVE src src b
            SMOVE src src z
            SMOVE src newdst b
            EXISTS src
            SMEMBERS newdst
            SMOVE nokey dst a
            SET str v
            SMOVE str dst c
            SMOVE dst str c
            SMOVE nokey str c
            SADD dst a
            SMOVE newdst dst b
            SCARD dst
        )");
    }

    void popAndRandomMatchRedisInShape()
    {
        RD_SAME_SCRIPT(m_pair, R"(
            SPOP nokey
            SPOP nokey 3
            SRANDMEMBER nokey
            SRANDMEMBER nokey 3
            SADD one only
            SPOP one
            EXISTS one
            SADD s 1 2 3 4 5
            SPOP s 0
            SRANDMEMBER s 0
            SPOP s -1
            SPOP s x
            SPOP s 1 2
            SRANDMEMBER s 1 2
            SRANDMEMBER s x
            SRANDMEMBER s -9223372036854775808
            SCARD s
        )");
        RD_SAME(m_pair, {"SRANDMEMBER", "s", "10"}, Match::Unordered);
        RD_SAME(m_pair, {"SRANDMEMBER", "s", "3"}, Match::Shape);
        RD_SAME(m_pair, {"SRANDMEMBER", "s", "-8"}, Match::Shape);
        RD_SAME(m_pair, {"SPOP", "s", "2"}, Match::Shape);
        RD_SAME(m_pair, {"SCARD", "s"});
        RD_SAME(m_pair, {"SPOP", "s", "10"}, Match::Shape);
        RD_SAME(m_pair, {"EXISTS", "s"});

        // What SPOP returns is really gone, and SRANDMEMBER with a positive count is distinct.
        m_pair.node().command(rdtest::argv("SADD t a b c d e f g"));
        const RespReply popped = m_pair.node().command({"SPOP", "t", "3"});
        for (const RespReply &m : popped.elements)
            QCOMPARE(m_pair.node().command({"SISMEMBER", "t", m.text}).integer, 0);
        QCOMPARE(m_pair.node().command({"SCARD", "t"}).integer, 4);
        const RespReply sample = m_pair.node().command({"SRANDMEMBER", "t", "3"});
        QSet<QByteArray> distinct;
        for (const RespReply &m : sample.elements) {
            distinct.insert(m.text);
            QCOMPARE(m_pair.node().command({"SISMEMBER", "t", m.text}).integer, 1);
        }
        QCOMPARE(distinct.size(), 3);
    }

    void errorsMatchRedis()
    {
        RD_SAME_SCRIPT(m_pair, R"(
            SET str v
            SADD str a
            SREM str a
            SMEMBERS str
            SISMEMBER str a
            SMISMEMBER str a
            SCARD str
            SPOP str
            SPOP str 2
            SRANDMEMBER str
            SRANDMEMBER str 2
            SINTER str
            SADD s a
            SINTER s str
            SINTER nokey str
            SUNION s str
            SDIFF s str
            SDIFF nokey str
            SINTERSTORE d s str
            SUNIONSTORE d str
            SDIFFSTORE d nokey str
            SINTERCARD 2 s str
            SSCAN str 0
            SADD s
            SREM s
            SMISMEMBER s
            SINTERSTORE d
            SMOVE a b
            SSCAN s x
            SSCAN s 0 COUNT 0
            SSCAN nokey 0 COUNT 0
        )");
    }

    void sscanMatchesRedis()
    {
        m_pair.both(rdtest::argv("SADD ints 3 1 2"));
        RD_SAME(m_pair, {"SSCAN", "ints", "0"});
        RD_SAME(m_pair, {"SSCAN", "ints", "0", "MATCH", "[12]"});
        RD_SAME(m_pair, {"SSCAN", "nokey", "0"});
        QList<QByteArray> big{"SADD", "big"};
        for (int i = 0; i < 5000; ++i)
            big << "member:" + QByteArray::number(i);
        m_pair.both(big);
        const ScanWalk ours = walkScan(m_pair.node(), "SSCAN", "big", false, {"COUNT", "50"});
        const ScanWalk theirs = walkScan(m_pair.redis(), "SSCAN", "big", false, {"COUNT", "50"});
        QVERIFY(ours.ok && theirs.ok);
        QCOMPARE(ours.items.size(), 5000);
        QCOMPARE(ours.items, theirs.items);
        const ScanWalk matched =
            walkScan(m_pair.node(), "SSCAN", "big", false, {"MATCH", "member:4?9"});
        QCOMPARE(matched.items,
                 walkScan(m_pair.redis(), "SSCAN", "big", false, {"MATCH", "member:4?9"}).items);
    }

    void intsetEncodingFollowsRedis()
    {
        QList<QByteArray> many{"SADD", "many"};
        for (int i = 0; i < 512; ++i)
            many << QByteArray::number(i);
        m_pair.both(many);
        RD_SAME(m_pair, {"OBJECT", "ENCODING", "many"});
        m_pair.both({"SADD", "many", "512"});
        RD_SAME(m_pair, {"OBJECT", "ENCODING", "many"});
        m_pair.both({"SREM", "many", "512"});
        RD_SAME(m_pair, {"OBJECT", "ENCODING", "many"});
    }
};

QTEST_GUILESS_MAIN(SetCommandsTest)
#include "tst_set_commands.moc"
