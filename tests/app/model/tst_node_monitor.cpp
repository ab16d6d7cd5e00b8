// NodeMonitor against a real redis-server: periodic INFO with rates and bounded series, fast
// replication samples with ROLE, and reachability across a server restart.
#include "model/node_monitor.h"

#include "client/node_connections.h"
#include "replication_pair.h"

#include <QSignalSpy>
#include <QTest>

using namespace rdtest;

namespace {
ConnectionSpec specFor(quint16 port)
{
    ConnectionSpec spec;
    spec.port = port;
    spec.connectTimeoutMs = 2000;
    spec.commandTimeoutMs = 3000;
    return spec;
}
} // namespace

class TestNodeMonitor : public QObject
{
    Q_OBJECT
private slots:
    void samplesInfoAndDerivesRates()
    {
        ServerProcess redis(ServerKind::Redis);
        QVERIFY2(redis.start(), qPrintable(redis.lastError()));
        NodeConnections node(specFor(redis.port()));
        NodeMonitor monitor(&node);
        monitor.setInfoInterval(100);
        monitor.setReplicationInterval(30);
        QSignalSpy info(&monitor, &NodeMonitor::infoUpdated);
        QSignalSpy repl(&monitor, &NodeMonitor::replicationUpdated);
        monitor.start();
        QVERIFY(waitUntil([&] { return info.size() >= 1; }));
        QVERIFY(monitor.isReachable());
        QCOMPARE(monitor.nodeRole(), NodeRole::Master);

        // Load on a separate connection: 3000 commands between two samples.
        RespConnection load(specFor(redis.port()));
        int done = 0;
        for (int i = 0; i < 3000; ++i)
            load.command({"INCR", "n"}, this, [&done](const RespValue &) { ++done; });
        QVERIFY(waitUntil([&] { return done == 3000; }));
        const int seen = int(info.size());
        QVERIFY(waitUntil([&] { return info.size() >= seen + 2; }));

        QVERIFY(monitor.opsPerSec() >= 0);
        QVERIFY(monitor.netInputPerSec() >= 0);
        const RingSeries &ops = monitor.series(NodeMonitor::Metric::OpsPerSec);
        QVERIFY(ops.size() >= 2);
        QVERIFY2(ops.maxSince(0) > 1000, qPrintable(QString::number(ops.maxSince(0))));
        QVERIFY(monitor.series(NodeMonitor::Metric::UsedMemory).lastValue() > 0);
        QVERIFY(monitor.series(NodeMonitor::Metric::ConnectedClients).lastValue() >= 2);
        QVERIFY(repl.size() > info.size()); // the fast sample runs more often
        QCOMPARE(monitor.role().role, NodeRole::Master);
        QCOMPARE(monitor.info().keyspace.value(0).keys, 1);
    }

    void historyIsBounded()
    {
        ServerProcess redis(ServerKind::Redis);
        QVERIFY2(redis.start(), qPrintable(redis.lastError()));
        NodeConnections node(specFor(redis.port()));
        NodeMonitor monitor(&node);
        monitor.setHistoryCapacity(4);
        monitor.setInfoInterval(20);
        monitor.setReplicationInterval(0);
        QSignalSpy info(&monitor, &NodeMonitor::infoUpdated);
        monitor.start();
        QVERIFY(waitUntil([&] { return info.size() >= 10; }));
        QCOMPARE(monitor.series(NodeMonitor::Metric::UsedMemory).size(), 4);
    }

    void reachabilityFollowsTheServer()
    {
        ServerProcess redis(ServerKind::Redis);
        QVERIFY2(redis.start(), qPrintable(redis.lastError()));
        NodeConnections node(specFor(redis.port()));
        node.monitoring()->setAutoReconnect(true, 50, 200);
        NodeMonitor monitor(&node);
        monitor.setInfoInterval(50);
        QSignalSpy reach(&monitor, &NodeMonitor::reachabilityChanged);
        monitor.start();
        QVERIFY(waitUntil([&] { return monitor.isReachable(); }));
        redis.kill();
        QVERIFY(waitUntil([&] { return !monitor.isReachable(); }));
        QVERIFY(monitor.lastError().isError());
        QVERIFY(!monitor.lastError().userText().isEmpty());
        QVERIFY(redis.restart());
        QVERIFY(waitUntil([&] { return monitor.isReachable(); }, 10000));
        QCOMPARE(reach.size(), 3); // up, down, up
    }

    void replicaLinkFromRole()
    {
        ReplicationPair pair(ServerKind::Redis);
        QString error;
        QVERIFY2(pair.start(&error), qPrintable(error));
        NodeConnections node(specFor(pair.replica.port()));
        NodeMonitor monitor(&node);
        monitor.setReplicationInterval(30);
        QSignalSpy roleChanged(&monitor, &NodeMonitor::roleChanged);
        monitor.start();
        QVERIFY(waitUntil([&] { return monitor.role().valid; }));
        QCOMPARE(monitor.nodeRole(), NodeRole::Replica);
        QCOMPARE(roleChanged.size(), 1);
        QCOMPARE(monitor.role().linkState, ReplicaLinkState::Connected);
        QCOMPARE(monitor.info().replication.masterPort, int(pair.master.port()));

        // The master goes away: the fast sample sees the link drop within a few periods.
        pair.master.stop();
        QVERIFY(waitUntil([&] { return !monitor.info().replication.masterLinkUp; }, 5000));
        QVERIFY(monitor.info().replication.masterLinkDownSinceSeconds.has_value());
    }
};

QTEST_GUILESS_MAIN(TestNodeMonitor)
#include "tst_node_monitor.moc"
