// NodeRegistry: discovery of a replication group from one of its members, the derived
// topology, and no duplicates for one endpoint spelled two ways.
#include "model/node_registry.h"

#include "model/node_monitor.h"
#include "replication_pair.h"

#include <QSignalSpy>
#include <QTest>

using namespace rdtest;

namespace {
ConnectionSpec specFor(quint16 port, const QString &host = QStringLiteral("127.0.0.1"))
{
    ConnectionSpec spec;
    spec.host = host;
    spec.port = port;
    return spec;
}
} // namespace

class TestNodeRegistry : public QObject
{
    Q_OBJECT
private slots:
    void offersTheGroupOfAReplicaThenAddsIt()
    {
        ReplicationPair pair(ServerKind::Redis);
        QString error;
        QVERIFY2(pair.start(&error), qPrintable(error));
        ServerProcess second(ServerKind::Redis);
        QVERIFY(second.start({QStringLiteral("replicaof 127.0.0.1 %1").arg(pair.master.port())}));
        QVERIFY(waitUntil([&] {
            return infoOf(pair.master.port(), "replication").contains("connected_slaves:2");
        }));

        NodeRegistry registry;
        registry.setSamplingIntervals(200, 50);
        QSignalSpy offered(&registry, &NodeRegistry::groupMembersDiscovered);
        const NodeId replica = registry.addNode(specFor(pair.replica.port()));
        QVERIFY(waitUntil([&] { return !offered.isEmpty(); }));
        const auto members = offered.first().at(1).value<QList<ConnectionSpec>>();
        QCOMPARE(members.size(), 1);
        QCOMPARE(members[0].port, pair.master.port());
        QCOMPARE(registry.nodeIds().size(), 1); // offered, not added

        registry.addGroupOf(replica);
        QVERIFY(waitUntil([&] { return registry.nodeIds().size() == 3; }));
        const NodeId master = registry.findByAddress("127.0.0.1", pair.master.port());
        const NodeId other = registry.findByAddress("127.0.0.1", second.port());
        QVERIFY(master && other);
        QVERIFY(waitUntil([&] {
            return registry.masterOf(replica) == master && registry.masterOf(other) == master &&
                   registry.replicasOf(master).size() == 2;
        }));
        QCOMPARE(registry.groupRoot(other), master);
        QCOMPARE(registry.groupOf(replica).size(), 3);
        QCOMPARE(registry.groupOf(replica).first(), master);
        QCOMPARE(registry.role(master), NodeRole::Master);
        QVERIFY(registry.unregisteredNeighbours(master).isEmpty());
    }

    void oneEndpointIsOneNode()
    {
        ServerProcess redis(ServerKind::Redis);
        QVERIFY(redis.start());
        NodeRegistry registry;
        QSignalSpy added(&registry, &NodeRegistry::nodeAdded);
        const NodeId a = registry.addNode(specFor(redis.port()));
        const NodeId b = registry.addNode(specFor(redis.port(), "localhost"));
        QCOMPARE(a, b);
        QCOMPARE(added.size(), 1);
        QSignalSpy removed(&registry, &NodeRegistry::nodeRemoved);
        registry.removeNode(a);
        QCOMPARE(removed.size(), 1);
        QVERIFY(registry.nodeIds().isEmpty());
        QVERIFY(!registry.monitor(a));
    }
};

QTEST_GUILESS_MAIN(TestNodeRegistry)
#include "tst_node_registry.moc"
