// Pub/sub on a real replicadesk-node: subscription replies, message delivery to channel and
// pattern subscribers, PUBSUB introspection, clean-up when a subscriber disconnects. Replies are
// compared with Debian's redis-server given the same sequence on the same number of clients.
#include "differential.h"
#include "wait_until.h"

#include <QtTest>

using namespace rdtest;
using namespace rdtest::types;

class PubSubCommandsTest : public QObject
{
    Q_OBJECT

private:
    DifferentialPair m_pair;

    // One subscriber connection on each server.
    struct Subscriber
    {
        RespTestClient node;
        RespTestClient redis;
    };
    bool connect(Subscriber &s)
    {
        return s.node.connectTo(m_pair.nodeServer().port()) &&
               s.redis.connectTo(m_pair.redisServer().port());
    }
    // Sends a command on both subscriber connections and compares the next `replies` replies.
    QByteArray sameOn(Subscriber &s, const QList<QByteArray> &argv, int replies)
    {
        s.node.sendRaw(RespTestClient::encode(argv));
        s.redis.sendRaw(RespTestClient::encode(argv));
        for (int i = 0; i < replies; ++i) {
            const QByteArray a = render(s.node.readReply(5000));
            const QByteArray b = render(s.redis.readReply(5000));
            if (a != b)
                return "node: " + a + "\nredis: " + b;
        }
        return {};
    }
    QByteArray sameNext(Subscriber &s)
    {
        const QByteArray a = render(s.node.readReply(5000));
        const QByteArray b = render(s.redis.readReply(5000));
        return a == b ? QByteArray() : "node: " + a + "\nredis: " + b;
    }

private slots:
    void initTestCase() { QVERIFY2(m_pair.start(), qPrintable(m_pair.lastError())); }

    void subscribersReceiveChannelAndPatternMessages()
    {
        Subscriber s;
        QVERIFY(connect(s));
        QCOMPARE(sameOn(s, {"SUBSCRIBE", "news", "sport", "news"}, 3), QByteArray());
        QCOMPARE(sameOn(s, {"PSUBSCRIBE", "n*", "x?"}, 2), QByteArray());
        RD_SAME(m_pair, {"PUBLISH", "news", "hello"});
        QCOMPARE(sameNext(s), QByteArray()); // message
        QCOMPARE(sameNext(s), QByteArray()); // pmessage n*
        RD_SAME(m_pair, {"PUBLISH", "xy", QByteArray("bin\x00\xff", 5)});
        QCOMPARE(sameNext(s), QByteArray());
        RD_SAME(m_pair, {"PUBLISH", "nobody", "x"}); // matches n*
        QCOMPARE(sameNext(s), QByteArray());
        RD_SAME(m_pair, {"PUBLISH", "quiet", "x"});
        RD_SAME(m_pair, {"PUBSUB", "NUMSUB", "news", "sport", "none"});
        RD_SAME(m_pair, {"PUBSUB", "NUMPAT"});
        RD_SAME(m_pair, {"PUBSUB", "CHANNELS"}, Match::Unordered);
        RD_SAME(m_pair, {"PUBSUB", "CHANNELS", "s*"});
        QCOMPARE(sameOn(s, {"UNSUBSCRIBE", "news", "never"}, 2), QByteArray());
        QCOMPARE(sameOn(s, {"PUNSUBSCRIBE", "x?"}, 1), QByteArray());
        QCOMPARE(sameOn(s, {"UNSUBSCRIBE"}, 1), QByteArray());
        QCOMPARE(sameOn(s, {"PUNSUBSCRIBE"}, 1), QByteArray());
        QCOMPARE(sameOn(s, {"UNSUBSCRIBE"}, 1), QByteArray()); // nothing left: nil name
        QCOMPARE(sameOn(s, {"PING"}, 1), QByteArray());        // back to normal mode
    }

    void subscriberModeRefusesOtherCommands()
    {
        Subscriber s;
        QVERIFY(connect(s));
        QCOMPARE(sameOn(s, {"SUBSCRIBE", "c"}, 1), QByteArray());
        QCOMPARE(sameOn(s, {"GET", "k"}, 1), QByteArray());
        QCOMPARE(sameOn(s, {"PING"}, 1), QByteArray());
    }

    void disconnectedSubscribersAreForgotten()
    {
        {
            Subscriber s;
            QVERIFY(connect(s));
            QCOMPARE(sameOn(s, {"SUBSCRIBE", "gone"}, 1), QByteArray());
            QCOMPARE(sameOn(s, {"PSUBSCRIBE", "gone*"}, 1), QByteArray());
            RD_SAME(m_pair, {"PUBLISH", "gone", "1"});
        }
        QVERIFY(waitUntil([&] {
            return m_pair.node().command({"PUBSUB", "NUMSUB", "gone"}).elements.value(1).integer ==
                       0 &&
                   m_pair.node().command({"PUBSUB", "NUMPAT"}).integer == 0;
        }));
        RD_SAME(m_pair, {"PUBLISH", "gone", "2"});
    }

    void errorsMatchRedis()
    {
        RD_SAME_SCRIPT(m_pair, R"(
            PUBLISH
            PUBLISH c
            PUBLISH c m extra
            SUBSCRIBE
            PSUBSCRIBE
            PUBSUB
            PUBSUB FOO
            PUBSUB NUMPAT extra
            PUBSUB CHANNELS a b
        )");
    }
};

QTEST_GUILESS_MAIN(PubSubCommandsTest)
#include "tst_pubsub_commands.moc"
