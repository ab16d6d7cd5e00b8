// Pipelined batches: every command of one read runs, replies go back in order (written once the
// batch of ready clients has run), and the per-batch clock (CommandClock) gives each command its
// own duration and a wall clock good enough for expiry.
#include "node_test_support.h"

using namespace nodetest;

class TstPipelining : public QObject
{
    Q_OBJECT

private slots:
    void oneWriteManyCommandsRepliesInOrder()
    {
        Node node;
        NODE_CHECK(node);
        QByteArray batch;
        const int n = 3000;
        for (int i = 0; i < n; ++i) {
            const QByteArray key = "k:" + QByteArray::number(i);
            batch += RespTestClient::encode({"INCR", "counter"});
            batch += RespTestClient::encode({"SET", key, "v:" + QByteArray::number(i)});
            batch += RespTestClient::encode({"GET", key});
        }
        node.client.sendRaw(batch);
        for (int i = 0; i < n; ++i) {
            const RespReply incr = node.client.readReply();
            QCOMPARE(incr.type, RespReply::Type::Integer);
            QCOMPARE(incr.integer, qint64(i + 1));
            QCOMPARE(node.client.readReply().toDebugString(), QByteArray("OK"));
            QCOMPARE(node.client.readReply().text, "v:" + QByteArray::number(i));
        }
        QCOMPARE(node.cmd("DBSIZE").integer, qint64(n + 1));
    }

    void manyClientsPipelineAtOnce()
    {
        // Every client's batch is read and run before the replies of the round are written:
        // each must still get exactly its own replies.
        Node node;
        NODE_CHECK(node);
        std::vector<std::unique_ptr<RespTestClient>> clients;
        for (int c = 0; c < 30; ++c) {
            clients.push_back(node.connect());
            QVERIFY(clients.back());
        }
        const int perClient = 200;
        for (int c = 0; c < int(clients.size()); ++c) {
            QByteArray batch;
            const QByteArray key = "list:" + QByteArray::number(c);
            for (int i = 0; i < perClient; ++i)
                batch += RespTestClient::encode({"RPUSH", key, QByteArray::number(i)});
            batch += RespTestClient::encode({"LRANGE", key, "-1", "-1"});
            clients[size_t(c)]->sendRaw(batch);
        }
        for (int c = 0; c < int(clients.size()); ++c) {
            for (int i = 0; i < perClient; ++i)
                QCOMPARE(clients[size_t(c)]->readReply().integer, qint64(i + 1));
            QCOMPARE(clients[size_t(c)]->readReply().toDebugString(),
                     QByteArray("[\"") + QByteArray::number(perClient - 1) + "\"]");
        }
    }

    void eachCommandOfABatchHasItsOwnDuration()
    {
        // The end of one command is the start of the next: a slow command must not lend its
        // time to the PING after it, nor the PING's time be lost.
        Node node({QStringLiteral("slowlog-log-slower-than 0"),
                   QStringLiteral("enable-debug-command yes")});
        NODE_CHECK(node);
        node.cmd("SLOWLOG RESET");
        node.cmd("CONFIG RESETSTAT");
        node.client.sendRaw(RespTestClient::encode({"DEBUG", "SLEEP", "0.2"}) +
                            RespTestClient::encode({"PING"}) + RespTestClient::encode({"PING"}));
        QCOMPARE(node.client.readReply().toDebugString(), QByteArray("OK"));
        QCOMPARE(node.client.readReply().toDebugString(), QByteArray("PONG"));
        QCOMPARE(node.client.readReply().toDebugString(), QByteArray("PONG"));
        const RespReply log = node.cmd("SLOWLOG GET 10");
        // Newest first: PING, PING, DEBUG SLEEP (CONFIG RESETSTAT and SLOWLOG RESET before it).
        QVERIFY2(log.elements.size() >= 3, log.toDebugString().constData());
        const qint64 ping2 = log.elements[0].elements[2].integer;
        const qint64 ping1 = log.elements[1].elements[2].integer;
        const qint64 sleep = log.elements[2].elements[2].integer;
        QCOMPARE(log.elements[2].elements[3].toDebugString(),
                 QByteArray("[\"DEBUG\", \"SLEEP\", \"0.2\"]"));
        QVERIFY2(sleep >= 200000 && sleep < 5000000, QByteArray::number(sleep).constData());
        QVERIFY2(ping1 >= 0 && ping1 < 100000, QByteArray::number(ping1).constData());
        QVERIFY2(ping2 >= 0 && ping2 < 100000, QByteArray::number(ping2).constData());
        const QByteArray stats = node.cmd("INFO commandstats").text;
        QVERIFY2(stats.contains("cmdstat_ping:calls=2,"), stats.constData());
    }

    void expiryInABatchUsesTheWallClock()
    {
        Node node;
        NODE_CHECK(node);
        node.client.sendRaw(RespTestClient::encode({"SET", "long", "v", "PX", "100000"}) +
                            RespTestClient::encode({"SET", "short", "v", "PX", "150"}) +
                            RespTestClient::encode({"PTTL", "long"}) +
                            RespTestClient::encode({"TIME"}));
        QCOMPARE(node.client.readReply().toDebugString(), QByteArray("OK"));
        QCOMPARE(node.client.readReply().toDebugString(), QByteArray("OK"));
        const qint64 pttl = node.client.readReply().integer;
        QVERIFY2(pttl > 95000 && pttl <= 100000, QByteArray::number(pttl).constData());
        const RespReply time = node.client.readReply();
        QCOMPARE(time.elements.size(), 2);
        const qint64 nodeSeconds = time.elements[0].text.toLongLong();
        QVERIFY(qAbs(nodeSeconds - QDateTime::currentSecsSinceEpoch()) <= 2);
        // EXPIRETIME in the same batch as the SET is the SET's wall clock plus the TTL.
        node.client.sendRaw(RespTestClient::encode({"SET", "at", "v", "EX", "1000"}) +
                            RespTestClient::encode({"EXPIRETIME", "at"}));
        QCOMPARE(node.client.readReply().toDebugString(), QByteArray("OK"));
        const qint64 at = node.client.readReply().integer;
        QVERIFY(qAbs(at - (QDateTime::currentSecsSinceEpoch() + 1000)) <= 2);
        QVERIFY(rdtest::waitUntil([&] { return node.cmd("EXISTS short").integer == 0; }, 5000));
        QCOMPARE(node.cmd("EXISTS long").integer, 1);
    }

    void incrInPlaceKeepsTtlAndGrows()
    {
        // INCR writes in place when the digits fit and moves the value when they do not; the
        // TTL stays either way.
        RUN_SCRIPT_ON_BOTH(QStringList{},
                           {{"SET n 9 EX 100", "OK"},
                            {"INCR n", "(integer) 10"},
                            {"INCRBY n 9223372036854775000", "(integer) 9223372036854775010"},
                            {"TTL n", "(integer) 100"},
                            {"DECRBY n 9223372036854775010", "(integer) 0"},
                            {"GET n", "\"0\""},
                            {"DECR n", "(integer) -1"},
                            {"TTL n", "(integer) 100"},
                            {"SET big 12345678901234567890123", "OK"},
                            {"INCR big", "(error) ERR value is not an integer or out of range"},
                            {"SET s 00000000000000000000000000000000000042", "OK"},
                            {"INCR s", "(error) ERR value is not an integer or out of range"},
                            {"SET t 42", "OK"},
                            {"APPEND t 0000000000000000000000000000000", "(integer) 33"},
                            {"SET t 5", "OK"},
                            {"INCR t", "(integer) 6"},
                            {"STRLEN t", "(integer) 1"},
                            {"INCR fresh", "(integer) 1"},
                            {"TTL fresh", "(integer) -1"}});
    }
};

QTEST_GUILESS_MAIN(TstPipelining)
#include "tst_pipelining.moc"
