// List commands on a real replicadesk-node, each reply compared with Debian's redis-server
// given the same commands (differential.h), plus the blocking pops across two clients.
#include "differential.h"
#include "wait_until.h"

#include <QtTest>

using namespace rdtest;
using namespace rdtest::types;

class ListCommandsTest : public QObject
{
    Q_OBJECT

private:
    DifferentialPair m_pair;

    // A second connection to each server, for the client that blocks.
    struct Blocker
    {
        RespTestClient node;
        RespTestClient redis;
    };
    bool connectBlocker(Blocker &b)
    {
        return b.node.connectTo(m_pair.nodeServer().port()) &&
               b.redis.connectTo(m_pair.redisServer().port());
    }

private slots:
    void initTestCase() { QVERIFY2(m_pair.start(), qPrintable(m_pair.lastError())); }
    void init() { m_pair.both({"FLUSHALL"}); }

    void pushesPopsAndRangesMatchRedis()
    {
        RD_SAME_SCRIPT(m_pair, R"(
            RPUSH l a b c d e f
            LPUSH l z y
            LPUSHX l w
            RPUSHX l g h
            LPUSHX nokey a
            RPUSHX nokey a
            EXISTS nokey
            LLEN l
            LRANGE l 0 -1
            LRANGE l -3 -1
            LRANGE l 2 4
            LRANGE l 5 2
            LRANGE l 100 200
            LRANGE l -100 1
            LRANGE nokey 0 -1
            LINDEX l 0
            LINDEX l -1
            LINDEX l 100
            LINDEX nokey 0
            LPOP l
            RPOP l
            LPOP l 2
            RPOP l 3
            LPOP l 0
            RPOP l 100
            EXISTS l
            LPOP l
            LPOP l 2
            RPOP nokey
            LLEN l
        )");
    }

    void editsInTheMiddleMatchRedis()
    {
        RD_SAME_SCRIPT(m_pair, R"(
            RPUSH l a b c a b c a
            LSET l 0 A
            LSET l -1 Z
            LSET l 7 x
            LSET l -8 x
            LSET nokey 0 x
            LRANGE l 0 -1
            LINSERT l BEFORE b B
            LINSERT l after c C
            LINSERT l before missing x
            LINSERT nokey before a x
            LRANGE l 0 -1
            LREM l 1 b
            LREM l -1 c
            LREM l 0 a
            LREM l 0 missing
            LRANGE l 0 -1
            LTRIM l 1 -2
            LRANGE l 0 -1
            LTRIM l 0 100
            LRANGE l 0 -1
            LTRIM l 5 1
            EXISTS l
            LTRIM nokey 0 1
        )");
    }

    void lposMatchesRedis()
    {
        RD_SAME_SCRIPT(m_pair, R"(
            RPUSH l a b c a b c a b
            LPOS l a
            LPOS l b
            LPOS l z
            LPOS l a RANK 2
            LPOS l a RANK -1
            LPOS l a RANK -2
            LPOS l a RANK 10
            LPOS l a COUNT 0
            LPOS l a COUNT 2
            LPOS l a COUNT 2 RANK -1
            LPOS l a COUNT 0 MAXLEN 4
            LPOS l a RANK -1 MAXLEN 2
            LPOS l c RANK -1 MAXLEN 2
            LPOS l z COUNT 1
            LPOS nokey a
            LPOS nokey a COUNT 1
            LPOS l a RANK -9223372036854775808
            LPOS l a RANK 0
            LPOS l a COUNT -1
            LPOS l a MAXLEN -1
            LPOS l a COUNT x
            LPOS l a RANK x
            LPOS l a FOO 1
            LPOS l a RANK
        )");
    }

    void movesMatchRedis()
    {
        RD_SAME_SCRIPT(m_pair, R"(
            RPUSH src a b c
            LMOVE src dst LEFT RIGHT
            LMOVE src dst RIGHT LEFT
            LMOVE src src LEFT RIGHT
            LRANGE src 0 -1
            LRANGE dst 0 -1
            RPOPLPUSH src dst
            EXISTS src
            LRANGE dst 0 -1
            RPOPLPUSH src dst
            LMOVE nokey dst LEFT LEFT
            LMOVE dst dst UP LEFT
            SET str x
            LMOVE dst str LEFT LEFT
            LRANGE dst 0 -1
            LMOVE str dst LEFT LEFT
            RPUSH one x
            RPOPLPUSH one one
            LRANGE one 0 -1
        )");
    }

    void errorsMatchRedis()
    {
        RD_SAME_SCRIPT(m_pair, R"(
            SET str v
            LPUSH str a
            RPUSH str a
            LPUSHX str a
            LPOP str
            LPOP str 2
            LLEN str
            LRANGE str 0 1
            LINDEX str 0
            LSET str 0 a
            LREM str 0 a
            LTRIM str 0 1
            LINSERT str before a b
            LPOS str a
            LPUSH
            LPUSH l
            LPOP
            LPOP l 1 2
            LPOP l -1
            LPOP l x
            LRANGE l x 1
            LRANGE l 0 1.5
            LINDEX l x
            LINDEX nokey x
            RPUSH l a
            LINDEX l x
            LSET l x a
            LREM l x a
            LTRIM l a b
            LINSERT l middle a b
            LMOVE l l up down
            LLEN l extra
            BLPOP l
            BLPOP l x
            BLPOP l -1
            BLPOP l 1e400
            BLMOVE l l LEFT RIGHT x
            BLMOVE l l UP RIGHT 1
            BLPOP str 0
        )");
    }

    void blockingPopsServeImmediatelyWhenDataExists()
    {
        RD_SAME_SCRIPT(m_pair, R"(
            RPUSH l a b
            BLPOP nokey l 1
            BRPOP l 1
            BLPOP l 0.01
            RPUSH l x y
            BLMOVE l dst LEFT RIGHT 0
            BRPOPLPUSH l dst 0
            LRANGE dst 0 -1
            BRPOPLPUSH l dst 0.01
            BLMOVE l dst LEFT RIGHT 0.01
        )");
    }

    void blockingPopWaitsForAPushFromAnotherClient()
    {
        Blocker b;
        QVERIFY(connectBlocker(b));
        for (RespTestClient *c : {&b.node, &b.redis})
            c->sendRaw(RespTestClient::encode({"BLPOP", "q1", "q2", "5"}));
        // Both blocked: push to the second key from the main clients.
        QVERIFY(waitUntil([&] {
            return m_pair.node().command({"CLIENT", "LIST"}).text.contains("cmd=blpop") &&
                   m_pair.redis().command({"CLIENT", "LIST"}).text.contains("cmd=blpop");
        }));
        RD_SAME(m_pair, {"RPUSH", "q2", "first", "second"});
        const RespReply ours = b.node.readReply(5000);
        const RespReply theirs = b.redis.readReply(5000);
        QCOMPARE(render(ours), render(theirs));
        QCOMPARE(render(ours), QByteArray(R"(["q2", "first"])"));
        RD_SAME(m_pair, {"LRANGE", "q2", "0", "-1"});
    }

    void blockedClientsAreServedInArrivalOrder()
    {
        Blocker first, second;
        QVERIFY(connectBlocker(first));
        QVERIFY(connectBlocker(second));
        for (Blocker *b : {&first, &second}) {
            for (RespTestClient *c : {&b->node, &b->redis})
                c->sendRaw(RespTestClient::encode({"BRPOP", "q", "5"}));
            const QByteArray expected = b == &first ? "blocked_clients:1" : "blocked_clients:2";
            QVERIFY(waitUntil([&] {
                return m_pair.node().command({"INFO", "clients"}).text.contains(expected) &&
                       m_pair.redis().command({"INFO", "clients"}).text.contains(expected);
            }));
        }
        RD_SAME(m_pair, {"LPUSH", "q", "a", "b"});
        QCOMPARE(render(first.node.readReply(5000)), render(first.redis.readReply(5000)));
        QCOMPARE(render(second.node.readReply(5000)), render(second.redis.readReply(5000)));
        RD_SAME(m_pair, {"EXISTS", "q"});
    }

    void blockingMoveWaitsAndMoves()
    {
        Blocker b;
        QVERIFY(connectBlocker(b));
        for (RespTestClient *c : {&b.node, &b.redis})
            c->sendRaw(RespTestClient::encode({"BLMOVE", "src", "dst", "RIGHT", "LEFT", "5"}));
        QVERIFY(waitUntil([&] {
            return m_pair.node().command({"CLIENT", "LIST"}).text.contains("cmd=blmove") &&
                   m_pair.redis().command({"CLIENT", "LIST"}).text.contains("cmd=blmove");
        }));
        RD_SAME(m_pair, {"RPUSH", "src", "x", "y"});
        QCOMPARE(render(b.node.readReply(5000)), render(b.redis.readReply(5000)));
        RD_SAME_SCRIPT(m_pair, "LRANGE src 0 -1\nLRANGE dst 0 -1");
    }

    void blockingPopTimesOutWithNilArray()
    {
        RD_SAME(m_pair, {"BLPOP", "nokey", "0.05"});
        RD_SAME(m_pair, {"BRPOPLPUSH", "nokey", "dst", "0.05"});
        RD_SAME(m_pair, {"BLMOVE", "nokey", "dst", "LEFT", "LEFT", "0.05"});
    }

    void blockingPopInsideMultiDoesNotBlock()
    {
        RD_SAME_SCRIPT(m_pair, R"(
            MULTI
            BLPOP nokey 0
            BLMOVE nokey dst LEFT LEFT 0
            BRPOPLPUSH nokey dst 0
            EXEC
        )");
    }

    void blockedClientIgnoresAKeyOfAnotherType()
    {
        Blocker b;
        QVERIFY(connectBlocker(b));
        for (RespTestClient *c : {&b.node, &b.redis})
            c->sendRaw(RespTestClient::encode({"BLPOP", "k", "5"}));
        QVERIFY(waitUntil([&] {
            return m_pair.node().command({"CLIENT", "LIST"}).text.contains("cmd=blpop") &&
                   m_pair.redis().command({"CLIENT", "LIST"}).text.contains("cmd=blpop");
        }));
        RD_SAME_SCRIPT(m_pair, "SET k str\nDEL k\nRPUSH k v");
        QCOMPARE(render(b.node.readReply(5000)), QByteArray(R"(["k", "v"])"));
        QCOMPARE(render(b.redis.readReply(5000)), QByteArray(R"(["k", "v"])"));
    }

    void largeListsKeepOrderAtBothEnds()
    {
        QList<QByteArray> push{"RPUSH", "big"};
        for (int i = 0; i < 2000; ++i)
            push << QByteArray::number(i);
        RD_SAME(m_pair, push);
        QList<QByteArray> lpush{"LPUSH", "big"};
        for (int i = 0; i < 2000; ++i)
            lpush << "h" + QByteArray::number(i);
        RD_SAME(m_pair, lpush);
        RD_SAME_SCRIPT(m_pair, R"(
            LLEN big
            LRANGE big 1990 2010
            LINDEX big 3000
            LINSERT big AFTER 1000 inserted
            LPOS big inserted
            LREM big -2 h5
            LTRIM big 100 -100
            LRANGE big 0 5
            LRANGE big -5 -1
        )");
    }
};

QTEST_GUILESS_MAIN(ListCommandsTest)
#include "tst_list_commands.moc"
