// Sorted set commands on a real replicadesk-node, each reply compared with Debian's
// redis-server given the same commands (differential.h). Sorted sets have a defined order, so
// almost everything compares exactly, scores included (%.17g, "inf", "-inf").
#include "differential.h"
#include "scan_walk.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace rdtest;
using namespace rdtest::types;

class ZSetCommandsTest : public QObject
{
    Q_OBJECT

private:
    DifferentialPair m_pair;

private slots:
    void initTestCase()
    {
        QVERIFY2(m_pair.start({"enable-debug-command yes"}), qPrintable(m_pair.lastError()));
    }
    void init() { m_pair.both({"FLUSHALL"}); }

    void zaddFlagsMatchRedis()
    {
        RD_SAME_SCRIPT(m_pair, R"(
            ZADD z 1 a 2 b 3 c
            ZADD z 1 a
            ZADD z CH 5 a 2 b 9 d
            ZADD z NX 100 a 4 e
            ZADD z XX 7 a 100 newone
            ZADD z XX CH 8 a 8 b
            ZADD z GT 1 a 20 b
            ZADD z GT CH 1 a 30 b
            ZADD z LT CH 1 a 300 b
            ZADD z XX GT CH 2 a 1 c
            ZADD z INCR 5 a
            ZADD z INCR NX 5 a
            ZADD z INCR XX 5 zz
            ZADD z INCR GT -1 a
            ZADD z INCR LT -1 a
            ZADD z INCR 0 a
            ZADD z INCR 3 fresh
            ZADD xx XX 1 a
            EXISTS xx
            ZADD z 0.1 f 1e20 g -0 h inf i -inf j 1.5e-7 k 0x10 l
            ZRANGE z 0 -1 WITHSCORES
            ZADD z NX XX 1 a
            ZADD z GT LT 1 a
            ZADD z GT NX 1 a
            ZADD z INCR 1 a 2 b
            ZADD z 1
            ZADD z 1 a 2
            ZADD z x a
            ZADD z nan a
            ZADD z 1 a x b
            ZADD z inf a
            ZADD z INCR -inf a
            ZSCORE z a
            ZADD z FOO 1 a
            ZINCRBY z 2.5 b
            ZINCRBY z 1 newmember
            ZINCRBY z x b
            ZINCRBY z +inf i
            ZINCRBY z -inf i
            ZINCRBY nokey2 0.1 m
            ZRANGE z 0 -1 WITHSCORES
        )");
    }

    void scoreAndRankReadsMatchRedis()
    {
        RD_SAME_SCRIPT(m_pair, R"(
            ZADD z 1 a 2 b 2 c 3 d 0.1 e
            ZSCORE z a
            ZSCORE z e
            ZSCORE z missing
            ZSCORE nokey a
            ZMSCORE z a missing e
            ZMSCORE nokey a b
            ZCARD z
            ZCARD nokey
            ZRANK z a
            ZRANK z c
            ZRANK z missing
            ZREVRANK z a
            ZREVRANK z d
            ZRANK nokey a
            ZCOUNT z 2 3
            ZCOUNT z (2 3
            ZCOUNT z -inf +inf
            ZCOUNT z (1 (2
            ZCOUNT z 5 1
            ZCOUNT nokey 0 1
            ZCOUNT z x 1
            ZCOUNT z 1 (x
            ZCOUNT z ( (
        )");
    }

    void rangesMatchRedis()
    {
        m_pair.both(rdtest::argv("ZADD z 1 a 2 b 3 c 4 d 5 e 5 f 6 g"));
        RD_SAME_SCRIPT(m_pair, R"(
            ZRANGE z 0 -1
            ZRANGE z 0 -1 WITHSCORES
            ZRANGE z 2 4
            ZRANGE z -2 -1
            ZRANGE z 5 2
            ZRANGE z 100 200
            ZRANGE z -100 0
            ZRANGE z 0 -1 REV
            ZRANGE z 0 1 REV WITHSCORES
            ZRANGE z 2 5 BYSCORE
            ZRANGE z (2 5 BYSCORE WITHSCORES
            ZRANGE z 5 (2 BYSCORE REV
            ZRANGE z -inf +inf BYSCORE LIMIT 1 3
            ZRANGE z -inf +inf BYSCORE LIMIT 1 -1
            ZRANGE z -inf +inf BYSCORE LIMIT -1 3
            ZRANGE z -inf +inf BYSCORE LIMIT 10 3
            ZRANGE z -inf +inf BYSCORE LIMIT 0 0
            ZRANGE z +inf -inf BYSCORE REV LIMIT 2 2 WITHSCORES
            ZRANGE z 0 -1 LIMIT 0 1
            ZRANGE z 0 -1 LIMIT 0 -1
            ZRANGE z [a (c BYLEX WITHSCORES
            ZRANGE z 0 -1 BYSCORE BYLEX
            ZRANGE z 0 -1 REV REV
            ZRANGE z 0 -1 FOO
            ZRANGE z x -1
            ZRANGE z x y BYSCORE
            ZRANGE z a b BYLEX
            ZRANGE nokey 0 -1
            ZRANGE nokey x -1
            ZRANGE z 0 -1 LIMIT 1
            ZRANGEBYSCORE z 2 4
            ZRANGEBYSCORE z (2 (5 WITHSCORES
            ZRANGEBYSCORE z -inf +inf LIMIT 2 2
            ZRANGEBYSCORE z -inf +inf WITHSCORES LIMIT 2 2
            ZRANGEBYSCORE z 2 4 REV
            ZRANGEBYSCORE z 2 4 BYSCORE
            ZRANGEBYSCORE z 4 2
            ZREVRANGEBYSCORE z 4 2
            ZREVRANGEBYSCORE z +inf (5 WITHSCORES
            ZREVRANGEBYSCORE z +inf -inf LIMIT 1 2
            ZREVRANGE z 0 2
            ZREVRANGE z 0 2 WITHSCORES
            ZREVRANGE z -1 -1
            ZREVRANGE z 0 2 LIMIT 0 1
        )");
    }

    void lexRangesMatchRedis()
    {
        m_pair.both(rdtest::argv("ZADD z 0 a 0 b 0 c 0 d 0 e 0 ee 0 f"));
        RD_SAME_SCRIPT(m_pair, R"(
            ZRANGEBYLEX z - +
            ZRANGEBYLEX z [b [d
            ZRANGEBYLEX z (b (d
            ZRANGEBYLEX z [e +
            ZRANGEBYLEX z - (c
            ZRANGEBYLEX z [d [b
            ZRANGEBYLEX z - + LIMIT 2 3
            ZRANGEBYLEX z - + LIMIT 10 3
            ZREVRANGEBYLEX z + -
            ZREVRANGEBYLEX z [d [b
            ZREVRANGEBYLEX z + - LIMIT 1 2
            ZRANGE z [b [e BYLEX
            ZRANGE z [e [b BYLEX REV
            ZLEXCOUNT z - +
            ZLEXCOUNT z [b (e
            ZLEXCOUNT z + -
            ZLEXCOUNT nokey - +
            ZRANGEBYLEX z b d
            ZRANGEBYLEX z [b d
            ZRANGEBYLEX z -- +
            ZLEXCOUNT z x +
            ZRANGEBYLEX z - + WITHSCORES
            ZREMRANGEBYLEX z [b (d
            ZRANGEBYLEX z - +
            ZREMRANGEBYLEX z x y
            ZREMRANGEBYLEX nokey - +
        )");
    }

    void removalsMatchRedis()
    {
        RD_SAME_SCRIPT(m_pair, R"(
            ZADD z 1 a 2 b 3 c 4 d 5 e 6 f 7 g 8 h
            ZREM z a missing a
            ZREM nokey a
            ZREMRANGEBYSCORE z 2 (4
            ZREMRANGEBYSCORE z (100 200
            ZREMRANGEBYSCORE z x 1
            ZRANGE z 0 -1
            ZREMRANGEBYRANK z 0 0
            ZREMRANGEBYRANK z -2 -1
            ZREMRANGEBYRANK z 5 1
            ZREMRANGEBYRANK z 100 200
            ZREMRANGEBYRANK z x 1
            ZRANGE z 0 -1 WITHSCORES
            ZREMRANGEBYRANK z 0 -1
            EXISTS z
            ZREMRANGEBYSCORE nokey 0 1
            ZREMRANGEBYRANK nokey 0 1
        )");
    }

    void popsMatchRedis()
    {
        RD_SAME_SCRIPT(m_pair, R"(
            ZADD z 1 a 2 b 3 c 4 d
            ZPOPMIN z
            ZPOPMAX z
            ZPOPMIN z 0
            ZPOPMIN z 5
            EXISTS z
            ZPOPMIN nokey
            ZPOPMAX nokey 2
            ZPOPMIN nokey 0
            ZPOPMIN z -1
            ZPOPMIN z x
            ZPOPMIN z 1 2
            SET str v
            ZPOPMIN str
            ZPOPMIN str 0
        )");
    }

    void unionAndIntersectionMatchRedis()
    {
        m_pair.both(rdtest::argv("ZADD z1 1 a 2 b 3 c"));
        m_pair.both(rdtest::argv("ZADD z2 10 b 20 c 30 d"));
        m_pair.both(rdtest::argv("SADD s1 a d x"));
        m_pair.both(rdtest::argv("ZADD zinf inf a -inf b"));
        RD_SAME_SCRIPT(m_pair, R"(
            ZUNIONSTORE out 2 z1 z2
            ZRANGE out 0 -1 WITHSCORES
            ZINTERSTORE out 2 z1 z2
            ZRANGE out 0 -1 WITHSCORES
            ZUNIONSTORE out 2 z1 z2 WEIGHTS 2 0.5
            ZRANGE out 0 -1 WITHSCORES
            ZUNIONSTORE out 2 z1 z2 AGGREGATE MIN
            ZRANGE out 0 -1 WITHSCORES
            ZINTERSTORE out 2 z1 z2 AGGREGATE MAX WEIGHTS 1 -1
            ZRANGE out 0 -1 WITHSCORES
            ZUNIONSTORE out 3 z1 z2 s1
            ZRANGE out 0 -1 WITHSCORES
            ZINTERSTORE out 2 z1 s1
            ZRANGE out 0 -1 WITHSCORES
            ZUNIONSTORE out 2 zinf z1 WEIGHTS 0 1
            ZRANGE out 0 -1 WITHSCORES
            ZUNIONSTORE out 2 zinf zinf WEIGHTS 1 -1
            ZRANGE out 0 -1 WITHSCORES
            ZUNIONSTORE out 2 z1 nokey
            ZRANGE out 0 -1 WITHSCORES
            ZINTERSTORE out 2 z1 nokey
            EXISTS out
            ZUNIONSTORE z1 2 z1 z2
            ZRANGE z1 0 -1 WITHSCORES
            ZUNION 2 z1 z2 WITHSCORES
            ZINTER 2 z1 z2
            ZUNIONSTORE out 0 z1
            ZUNIONSTORE out 3 z1 z2
            ZUNIONSTORE out -1 z1
            ZUNIONSTORE out x z1
            ZUNIONSTORE out 2 z1 z2 WEIGHTS 1
            ZUNIONSTORE out 2 z1 z2 WEIGHTS 1 x
            ZUNIONSTORE out 2 z1 z2 AGGREGATE AVG
            ZUNIONSTORE out 2 z1 z2 WITHSCORES
            ZUNIONSTORE out 2 z1 z2 FOO
            SET str v
            ZUNIONSTORE out 2 z1 str
            ZINTERSTORE out 2 nokey str
        )");
    }

    void errorsMatchRedis()
    {
        RD_SAME_SCRIPT(m_pair, R"(
            SET str v
            ZADD str 1 a
            ZINCRBY str 1 a
            ZSCORE str a
            ZMSCORE str a
            ZCARD str
            ZCOUNT str 0 1
            ZRANK str a
            ZRANGE str 0 1
            ZRANGEBYSCORE str 0 1
            ZRANGEBYLEX str - +
            ZREM str a
            ZREMRANGEBYSCORE str 0 1
            ZREMRANGEBYRANK str 0 1
            ZSCAN str 0
            ZADD z
            ZADD z 1
            ZSCORE z
            ZRANGE z 0
            ZREMRANGEBYRANK z 0
            ZSCAN z x
            ZSCAN nokey x
            ZSCAN nokey 0 COUNT 0
        )");
    }

    void zscanMatchesRedis()
    {
        m_pair.both(rdtest::argv("ZADD small 3 c 1 a 2.5 b"));
        RD_SAME(m_pair, {"ZSCAN", "small", "0"});
        RD_SAME(m_pair, {"ZSCAN", "small", "0", "MATCH", "[ab]", "COUNT", "1"});
        QList<QByteArray> big{"ZADD", "big"};
        for (int i = 0; i < 3000; ++i)
            big << QByteArray::number(i * 0.25) << "m" + QByteArray::number(i);
        m_pair.both(big);
        const ScanWalk ours = walkScan(m_pair.node(), "ZSCAN", "big", true);
        const ScanWalk theirs = walkScan(m_pair.redis(), "ZSCAN", "big", true);
        QVERIFY(ours.ok && theirs.ok);
        QCOMPARE(ours.items.size(), 3000);
        QCOMPARE(ours.items, theirs.items);
        RD_SAME(m_pair, {"OBJECT", "ENCODING", "small"});
        RD_SAME(m_pair, {"OBJECT", "ENCODING", "big"});
    }

    // DEBUG DIGEST-VALUE is how the app compares nodes: every type must digest as in Redis.
    void valueDigestsMatchRedis()
    {
        m_pair.both(rdtest::argv("RPUSH l a b c"));
        m_pair.both(rdtest::argv("SADD s 1 2 x"));
        m_pair.both(rdtest::argv("HSET h f v g w"));
        m_pair.both(rdtest::argv("ZADD z 1 a 2.5 b 0.1 c -inf d 1e20 e"));
        QList<QByteArray> big{"ZADD", "bigz"};
        for (int i = 0; i < 300; ++i)
            big << QByteArray::number(i / 3.0) << "m" + QByteArray::number(i);
        m_pair.both(big);
        RD_SAME(m_pair, {"DEBUG", "DIGEST-VALUE", "l", "s", "h", "z", "bigz", "nokey"});
        RD_SAME(m_pair, {"DEBUG", "DIGEST"});
    }

    // Random operations on large sets exercise the skiplist (ranks, ranges) against Redis's.
    void randomWorkloadMatchesRedis()
    {
        QRandomGenerator rng(20240601);
        for (int step = 0; step < 3000; ++step) {
            const QByteArray member = "m" + QByteArray::number(rng.bounded(400));
            const QByteArray score = QByteArray::number(rng.bounded(50) - 25);
            QList<QByteArray> cmd;
            switch (rng.bounded(8)) {
            case 0:
            case 1:
            case 2:
                cmd = {"ZADD", "r", score, member};
                break;
            case 3:
                cmd = {"ZREM", "r", member};
                break;
            case 4:
                cmd = {"ZRANK", "r", member};
                break;
            case 5:
                cmd = {"ZRANGE", "r", QByteArray::number(rng.bounded(300)),
                       QByteArray::number(rng.bounded(300)), "WITHSCORES"};
                break;
            case 6:
                cmd = {"ZCOUNT", "r", "(" + score, QByteArray::number(score.toInt() + 5)};
                break;
            case 7:
                cmd = {"ZINCRBY", "r", "0.5", member};
                break;
            }
            RD_SAME(m_pair, cmd);
        }
        RD_SAME(m_pair, {"ZRANGE", "r", "0", "-1", "WITHSCORES"});
    }
};

QTEST_GUILESS_MAIN(ZSetCommandsTest)
#include "tst_zset_commands.moc"
