// Commands whose effect is random or computed (SPOP, HINCRBYFLOAT, ZINCRBY) and the blocking
// pops must reach replicas as deterministic writes (SREM/DEL, HSET, LPOP, LMOVE...). A real
// redis-server replicates from our node; after each workload its DEBUG DIGEST must equal the
// master's.
#include "resp_test_client.h"
#include "server_process.h"
#include "wait_until.h"

#include <QtTest>

using namespace rdtest;

class TypePropagationTest : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_master{ServerKind::Node};
    ServerProcess m_replica{ServerKind::Redis};
    RespTestClient m_m;
    RespTestClient m_r;

    QByteArray digest(RespTestClient &c) { return c.command({"DEBUG", "DIGEST"}).text; }

    // The replica has applied everything and holds the same dataset as the master.
    bool replicaAgrees()
    {
        const QByteArray ours = digest(m_m);
        if (ours.size() != 40 || ours == QByteArray(40, '0'))
            return false; // DEBUG DIGEST must work and the dataset must not be empty
        return waitUntil([&] { return digest(m_m) == digest(m_r); }, 10000, 20);
    }

    void run(const QList<QList<QByteArray>> &commands)
    {
        for (const auto &argv : commands) {
            const RespReply r = m_m.command(argv);
            QVERIFY2(r.type != RespReply::Type::None, argv.join(' ').constData());
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_master.start({"enable-debug-command yes", "repl-diskless-sync-delay 0"}),
                 qPrintable(m_master.lastError()));
        QVERIFY2(m_replica.start({"enable-debug-command yes",
                                  QStringLiteral("replicaof 127.0.0.1 %1").arg(m_master.port())}),
                 qPrintable(m_replica.lastError()));
        QVERIFY(m_m.connectTo(m_master.port()));
        QVERIFY(m_r.connectTo(m_replica.port()));
        QVERIFY(waitUntil(
            [&] {
                return m_r.command({"INFO", "replication"}).text.contains("master_link_status:up");
            },
            15000));
    }

    void randomSetPopsReplicateAsRemovals()
    {
        QList<QByteArray> add{"SADD", "s"};
        for (int i = 0; i < 200; ++i)
            add << "m" + QByteArray::number(i);
        run({add,
             {"SPOP", "s"},
             {"SPOP", "s", "5"},
             {"SPOP", "s", "50"},
             {"SADD", "small", "a"},
             {"SPOP", "small", "10"}});
        QVERIFY(replicaAgrees());
        QCOMPARE(m_r.command({"SCARD", "s"}).integer, 144);
        QCOMPARE(m_r.command({"EXISTS", "small"}).integer, 0);
    }

    void floatIncrementsReplicateTheirResult()
    {
        run({{"HINCRBYFLOAT", "h", "f", "0.1"},
             {"HINCRBYFLOAT", "h", "f", "1e-3"},
             {"ZINCRBY", "z", "0.1", "m"},
             {"ZADD", "z", "INCR", "2.5", "m"}});
        QVERIFY(replicaAgrees());
        QCOMPARE(m_r.command({"HGET", "h", "f"}).text, QByteArray("0.101"));
    }

    void servedBlockingPopsReplicate()
    {
        RespTestClient blocker;
        QVERIFY(blocker.connectTo(m_master.port()));
        blocker.sendRaw(RespTestClient::encode({"BLPOP", "q", "10"}));
        QVERIFY(waitUntil([&] {
            return m_m.command({"CLIENT", "LIST"}).text.contains("cmd=blpop");
        }));
        run({{"RPUSH", "q", "a", "b", "c"}});
        QCOMPARE(blocker.readReply(5000).elements.value(1).text, QByteArray("a"));
        blocker.sendRaw(RespTestClient::encode({"BLMOVE", "empty", "dst", "LEFT", "RIGHT", "10"}));
        QVERIFY(waitUntil([&] {
            return m_m.command({"CLIENT", "LIST"}).text.contains("cmd=blmove");
        }));
        run({{"LPUSH", "empty", "x"}, {"BRPOP", "q", "1"}, {"BRPOPLPUSH", "q", "dst", "1"}});
        QCOMPARE(blocker.readReply(5000).text, QByteArray("x"));
        QVERIFY(replicaAgrees());
        QCOMPARE(m_r.command({"LRANGE", "dst", "0", "-1"}).elements.size(), 2);
    }

    void popsAndStoresReplicate()
    {
        run({{"RPUSH", "l", "1", "2", "3", "4"},
             {"LPOP", "l", "2"},
             {"ZADD", "zz", "1", "a", "2", "b", "3", "c"},
             {"ZPOPMIN", "zz"},
             {"ZUNIONSTORE", "zout", "2", "zz", "z", "WEIGHTS", "0.5", "3"},
             {"SADD", "a", "1", "2"},
             {"SINTERSTORE", "sout", "a", "s"},
             {"SMOVE", "a", "b", "1"},
             {"LTRIM", "l", "0", "0"}});
        QVERIFY(replicaAgrees());
    }
};

QTEST_GUILESS_MAIN(TypePropagationTest)
#include "tst_type_propagation.moc"
