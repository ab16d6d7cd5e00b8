// MULTI/EXEC/DISCARD/WATCH/UNWATCH as in Redis 7.0.
#include "node_test_support.h"

using namespace nodetest;

class TstTransactions : public QObject
{
    Q_OBJECT

private slots:
    void queueAndExecute()
    {
        RUN_SCRIPT_ON_BOTH(QStringList{},
                           {{"EXEC", "(error) ERR EXEC without MULTI"},
                            {"DISCARD", "(error) ERR DISCARD without MULTI"},
                            {"MULTI", "OK"},
                            {"MULTI", "(error) ERR MULTI calls can not be nested"},
                            {"SET a 1", "QUEUED"},
                            {"INCR a", "QUEUED"},
                            {"LPUSH a x", "QUEUED"},
                            {"GET a", "QUEUED"},
                            {"EXEC", "[OK, (integer) 2, (error) WRONGTYPE Operation against a key "
                                     "holding the wrong kind of value, \"2\"]"},
                            {"MULTI", "OK"},
                            {"SET b 1", "QUEUED"},
                            {"DISCARD", "OK"},
                            {"EXISTS b", "(integer) 0"}});
    }

    void errorsWhileQueueingAbortExec()
    {
        RUN_SCRIPT_ON_BOTH(
            QStringList{},
            {{"MULTI", "OK"},
             {"SET a 1", "QUEUED"},
             {"NOSUCHCOMMAND",
              "(error) ERR unknown command 'NOSUCHCOMMAND', with args beginning with: "},
             {"GET", "(error) ERR wrong number of arguments for 'get' command"},
             {"EXEC", "(error) EXECABORT Transaction discarded because of previous errors."},
             {"EXISTS a", "(integer) 0"}});
    }

    void watchedKeyChangedByAnotherClientFailsExec()
    {
        Node node;
        NODE_CHECK(node);
        auto other = node.connect();
        QVERIFY(other);
        QCOMPARE(node.cmd("SET balance 10").toDebugString(), QByteArray("OK"));
        QCOMPARE(node.cmd("WATCH balance").toDebugString(), QByteArray("OK"));
        QCOMPARE(other->command({"INCRBY", "balance", "5"}).integer, 15);
        QCOMPARE(node.cmd("MULTI").toDebugString(), QByteArray("OK"));
        QCOMPARE(node.cmd("SET balance 0").toDebugString(), QByteArray("QUEUED"));
        QCOMPARE(node.cmd("EXEC").type, RespReply::Type::NilArray);
        QCOMPARE(node.cmd("GET balance").text, QByteArray("15"));
        // The WATCH is gone after EXEC: the next transaction succeeds.
        QCOMPARE(node.cmd("MULTI").toDebugString(), QByteArray("OK"));
        node.cmd("SET balance 0");
        QCOMPARE(node.cmd("EXEC").toDebugString(), QByteArray("[OK]"));
    }

    void watchSeesDeletesFlushesAndUnwatch()
    {
        Node node;
        NODE_CHECK(node);
        auto other = node.connect();
        node.cmd("SET k v");
        node.cmd("WATCH k");
        other->command({"DEL", "k"});
        node.cmd("MULTI");
        node.cmd("PING");
        QCOMPARE(node.cmd("EXEC").type, RespReply::Type::NilArray);

        node.cmd("SET k v");
        node.cmd("WATCH k");
        other->command({"FLUSHALL"});
        node.cmd("MULTI");
        QCOMPARE(node.cmd("EXEC").type, RespReply::Type::NilArray);

        node.cmd("SET k v");
        node.cmd("WATCH k");
        node.cmd("UNWATCH");
        other->command({"SET", "k", "w"});
        node.cmd("MULTI");
        QCOMPARE(node.cmd("EXEC").toDebugString(), QByteArray("[]"));

        QCOMPARE(node.cmd("MULTI").toDebugString(), QByteArray("OK"));
        QCOMPARE(node.cmd("WATCH k").toDebugString(),
                 QByteArray("(error) ERR WATCH inside MULTI is not allowed"));
        node.cmd("DISCARD");
    }

    void watchOnKeyThatExpiresFailsExec()
    {
        Node node;
        NODE_CHECK(node);
        node.cmd("SET k v PX 100");
        node.cmd("WATCH k");
        QVERIFY(rdtest::waitUntil([&] {
            auto probe = node.connect();
            return probe->command({"EXISTS", "k"}).integer == 0;
        }));
        node.cmd("MULTI");
        node.cmd("PING");
        QCOMPARE(node.cmd("EXEC").type, RespReply::Type::NilArray);
    }
};

QTEST_GUILESS_MAIN(TstTransactions)
#include "tst_transactions.moc"
