// SHUTDOWN while replicas are attached in every master-side state (waiting for the diskless
// delay, online): the server exits cleanly with code 0, as Redis does. The node once crashed
// here, freeing the replica clients after its replication subsystem was gone.
#include "repl_test_helpers.h"
#include "server_process.h"

#include <QTest>

using namespace rdtest;

Q_DECLARE_METATYPE(rdtest::ServerKind)

class TstShutdownWithReplicas : public QObject
{
    Q_OBJECT
private slots:
    void shutdownWhileAReplicaWaitsForItsSync_data()
    {
        QTest::addColumn<ServerKind>("kind");
        QTest::newRow("node") << ServerKind::Node;
        QTest::newRow("redis") << ServerKind::Redis;
    }
    void shutdownWhileAReplicaWaitsForItsSync()
    {
        QFETCH(ServerKind, kind);
        ServerProcess master(kind);
        // A long diskless delay keeps the replica in wait_bgsave until the shutdown.
        QVERIFY2(master.start({QStringLiteral("repl-diskless-sync-delay 30")}),
                 qPrintable(master.lastError()));
        RespTestClient replica;
        QVERIFY(replica.connectTo(master.port()));
        replica.sendRaw("PSYNC ? -1\r\n");
        QVERIFY(waitUntil(
            [&] { return infoField(master.port(), "replication", "connected_slaves") == "1"; }));
        shutdownAndExpectCleanExit(master);
    }

    void shutdownWithAnOnlineReplica_data() { shutdownWhileAReplicaWaitsForItsSync_data(); }
    void shutdownWithAnOnlineReplica()
    {
        QFETCH(ServerKind, kind);
        ServerProcess master(kind);
        QVERIFY2(master.start({QStringLiteral("repl-diskless-sync-delay 0")}),
                 qPrintable(master.lastError()));
        ServerProcess replica(kind);
        QVERIFY2(replica.start({QStringLiteral("replicaof 127.0.0.1 %1").arg(master.port())}),
                 qPrintable(replica.lastError()));
        QVERIFY(waitUntil([&] { return caughtUp(master.port(), replica.port()); }, 15000));
        shutdownAndExpectCleanExit(master);
    }

private:
    static void shutdownAndExpectCleanExit(ServerProcess &master)
    {
        RespTestClient admin;
        QVERIFY(admin.connectTo(master.port()));
        admin.sendRaw(RespTestClient::encode({"SHUTDOWN", "NOSAVE"}));
        QVERIFY(admin.waitForDisconnect(10000));
        QVERIFY(master.process().waitForExit(10000));
        QCOMPARE(master.process().process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(master.process().exitCode(), 0);
        QVERIFY2(master.log().contains("ready to exit, bye bye"), master.log().constData());
    }
};

QTEST_GUILESS_MAIN(TstShutdownWithReplicas)
#include "tst_shutdown_with_replicas.moc"
