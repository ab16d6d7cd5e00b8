// Hash commands on a real replicadesk-node, each reply compared with Debian's redis-server
// given the same commands (differential.h). Field order is not specified by Redis, so whole-hash
// replies are compared as multisets.
#include "differential.h"
#include "scan_walk.h"

#include <QtTest>

using namespace rdtest;
using namespace rdtest::types;

class HashCommandsTest : public QObject
{
    Q_OBJECT

private:
    DifferentialPair m_pair;

private slots:
    void initTestCase() { QVERIFY2(m_pair.start(), qPrintable(m_pair.lastError())); }
    void init() { m_pair.both({"FLUSHALL"}); }

    void setGetAndDeleteMatchRedis()
    {
        RD_SAME_SCRIPT(m_pair, R"(
            HSET h f1 v1 f2 v2
            HSET h f1 new f3 v3
            HSETNX h f1 x
            HSETNX h f4 v4
            HMSET h f5 v5 f6 v6
            HGET h f1
            HGET h missing
            HGET nokey f
            HMGET h f1 missing f2
            HMGET nokey a b
            HLEN h
            HLEN nokey
            HEXISTS h f1
            HEXISTS h missing
            HEXISTS nokey f
            HSTRLEN h f1
            HSTRLEN h missing
            HDEL h f1 f1 missing f2
            HDEL nokey f
            HLEN h
            HDEL h f3 f4 f5 f6
            EXISTS h
        )");
    }

    void wholeHashRepliesMatchRedisAsMultisets()
    {
        m_pair.both(rdtest::argv("HSET h a 1 b 2 c 3 d 4"));
        RD_SAME(m_pair, {"HGETALL", "h"}, Match::UnorderedPairs);
        RD_SAME(m_pair, {"HKEYS", "h"}, Match::Unordered);
        RD_SAME(m_pair, {"HVALS", "h"}, Match::Unordered);
        RD_SAME(m_pair, {"HGETALL", "nokey"});
        RD_SAME(m_pair, {"HKEYS", "nokey"});
        RD_SAME(m_pair, {"HVALS", "nokey"});
    }

    void incrementsMatchRedis()
    {
        RD_SAME_SCRIPT(m_pair, R"(
            HINCRBY h n 5
            HINCRBY h n -12
            HINCRBY h n 9223372036854775807
            HINCRBY h n -9223372036854775808
            HSET h big 9223372036854775807
            HINCRBY h big 1
            HSET h neg -9223372036854775808
            HINCRBY h neg -1
            HINCRBY h n x
            HINCRBY h n 1.5
            HSET h s abc
            HINCRBY h s 1
            HINCRBY nokey2 f x
            EXISTS nokey2
            HINCRBY nokey3 f 0
            HINCRBYFLOAT h f 10.5
            HINCRBYFLOAT h f 0.1
            HINCRBYFLOAT h f -5
            HINCRBYFLOAT h f 1e3
            HINCRBYFLOAT h f 5.0e3
            HINCRBYFLOAT h f x
            HINCRBYFLOAT h s 1
            HINCRBYFLOAT h f inf
            HINCRBYFLOAT h f -inf
            HINCRBYFLOAT h f nan
            HSET h huge 1e308
            HINCRBYFLOAT h huge 1e308
            HINCRBYFLOAT h n 1
            HINCRBYFLOAT h int 3
            HGET h f
            HGET h n
        )");
        RD_SAME(m_pair, {"HGETALL", "h"}, Match::UnorderedPairs);
    }

    void errorsMatchRedis()
    {
        RD_SAME_SCRIPT(m_pair, R"(
            SET str v
            HSET str f v
            HGET str f
            HMGET str f
            HGETALL str
            HDEL str f
            HLEN str
            HINCRBY str f 1
            HINCRBYFLOAT str f 1
            HSCAN str 0
            HRANDFIELD str
            HSET h f
            HSET h f v g
            HMSET h f v g
            HSET h
            HGET h
            HSETNX h f
            HDEL h
            HRANDFIELD h 1 WITHVALUES extra
            HRANDFIELD h 1 foo
            HRANDFIELD h x
            HRANDFIELD h -9223372036854775808
            HRANDFIELD h -9223372036854775807 WITHVALUES
            HSCAN h x
            HSCAN h 0 COUNT 0
            HSCAN h 0 COUNT x
            HSCAN h 0 MATCH
            HSCAN h 0 foo bar
            HSCAN nokey 0 foo bar
            HSCAN nokey x
        )");
    }

    void hscanReturnsSmallHashesWholeAndLargeOnesCompletely()
    {
        m_pair.both(rdtest::argv("HSET small a 1 b 2 c 3"));
        RD_SAME(m_pair, {"HSCAN", "nokey", "0"});
        for (RespTestClient *c : {&m_pair.node(), &m_pair.redis()}) {
            const RespReply r = c->command({"HSCAN", "small", "0", "COUNT", "1"});
            QCOMPARE(r.elements[0].text, QByteArray("0")); // a listpack comes whole
            QCOMPARE(r.elements[1].elements.size(), 6);
        }
        QList<QByteArray> big{"HSET", "big"};
        for (int i = 0; i < 3000; ++i)
            big << "field:" + QByteArray::number(i) << QByteArray::number(i * 7);
        m_pair.both(big);
        const ScanWalk ours = walkScan(m_pair.node(), "HSCAN", "big", true);
        const ScanWalk theirs = walkScan(m_pair.redis(), "HSCAN", "big", true);
        QVERIFY(ours.ok && theirs.ok);
        QCOMPARE(ours.items.size(), 3000);
        QCOMPARE(ours.items, theirs.items);
        QVERIFY2(ours.calls > 100, "a large hash is walked in many steps");
        const ScanWalk matched =
            walkScan(m_pair.node(), "HSCAN", "big", true, {"MATCH", "field:1?", "COUNT", "100"});
        QCOMPARE(matched.items, walkScan(m_pair.redis(), "HSCAN", "big", true,
                                         {"MATCH", "field:1?", "COUNT", "100"})
                                    .items);
        QCOMPARE(matched.items.size(), 10);
    }

    void hrandfieldReturnsMembersOfTheHash()
    {
        m_pair.both(rdtest::argv("HSET h a 1 b 2 c 3 d 4 e 5"));
        RD_SAME(m_pair, {"HRANDFIELD", "nokey"});
        RD_SAME(m_pair, {"HRANDFIELD", "nokey", "3"});
        RD_SAME(m_pair, {"HRANDFIELD", "h", "0"});
        RD_SAME(m_pair, {"HRANDFIELD", "h", "10"}, Match::Unordered);
        RD_SAME(m_pair, {"HRANDFIELD", "h", "10", "WITHVALUES"}, Match::UnorderedPairs);
        RD_SAME(m_pair, {"HRANDFIELD", "h", "3"}, Match::Shape);
        RD_SAME(m_pair, {"HRANDFIELD", "h", "-8", "WITHVALUES"}, Match::Shape);
        const RespReply distinct = m_pair.node().command({"HRANDFIELD", "h", "4", "WITHVALUES"});
        QSet<QByteArray> seen;
        for (int i = 0; i < distinct.elements.size(); i += 2) {
            const QByteArray f = distinct.elements[i].text;
            QVERIFY(!seen.contains(f));
            seen.insert(f);
            QCOMPARE(m_pair.node().command({"HGET", "h", f}).text, distinct.elements[i + 1].text);
        }
        QCOMPARE(seen.size(), 4);
        const RespReply one = m_pair.node().command({"HRANDFIELD", "h"});
        QCOMPARE(m_pair.node().command({"HEXISTS", "h", one.text}).integer, 1);
    }

    void encodingFollowsRedisLimits()
    {
        m_pair.both(rdtest::argv("HSET h a 1"));
        RD_SAME(m_pair, {"OBJECT", "ENCODING", "h"});
        m_pair.both({"HSET", "h", "long", QByteArray(65, 'x')});
        RD_SAME(m_pair, {"OBJECT", "ENCODING", "h"});
        m_pair.both({"CONFIG", "SET", "hash-max-listpack-entries", "2"});
        m_pair.both(rdtest::argv("HSET h2 a 1 b 2"));
        RD_SAME(m_pair, {"OBJECT", "ENCODING", "h2"});
        m_pair.both(rdtest::argv("HSET h2 c 3"));
        RD_SAME(m_pair, {"OBJECT", "ENCODING", "h2"});
        m_pair.both({"CONFIG", "SET", "hash-max-listpack-entries", "512"});
    }
};

QTEST_GUILESS_MAIN(HashCommandsTest)
#include "tst_hash_commands.moc"
