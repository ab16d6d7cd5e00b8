// Replication between the node and Debian's real redis-server 7.0, both directions: full
// sync, the stream of every type, a dropped link ending in a partial resync, identical data.
#include "repl_test_helpers.h"
#include "server_process.h"
#include "tcp_proxy.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

using namespace rdtest;

class TstInteropReplication : public QObject
{
    Q_OBJECT

    // master -> (proxy) -> replica, data of every type before, during and after an outage.
    void replicateThroughAnOutage(ServerProcess &master, ServerProcess &replica,
                                  const QStringList &replicaExtra)
    {
        RespTestClient m;
        QVERIFY(m.connectTo(master.port()));
        QVERIFY(writeEveryType(m, "before"));
        // Big enough for Redis to choose quicklist/hashtable/skiplist encodings too.
        QList<QByteArray> rpush{"RPUSH", "biglist"};
        QList<QByteArray> hset{"HSET", "bighash"};
        QList<QByteArray> zadd{"ZADD", "bigzset"};
        for (int i = 0; i < 700; ++i) {
            rpush << "item:" + QByteArray::number(i);
            hset << "f" + QByteArray::number(i) << QByteArray(i % 100, 'v');
            zadd << QByteArray::number(i * 0.5) << "m" + QByteArray::number(i);
        }
        QVERIFY(run(m, {rpush, hset, zadd}));

        TcpProxy proxy(master.port());
        QVERIFY(proxy.start());
        QStringList conf = replicaExtra;
        conf << QStringLiteral("replicaof 127.0.0.1 %1").arg(proxy.port());
        QVERIFY2(replica.start(conf), qPrintable(replica.lastError()));
        QVERIFY(waitUntil([&] { return caughtUp(master.port(), replica.port()); }, 15000));
        QVERIFY(sameData(replica.port(), master.port()));

        QVERIFY(writeEveryType(m, "streamed"));
        QVERIFY(waitUntil([&] { return caughtUp(master.port(), replica.port()); }, 10000));
        QVERIFY(sameData(replica.port(), master.port()));

        proxy.setRefusing(true);
        proxy.cutAll();
        QVERIFY(waitUntil([&] { return !linkUp(replica.port()); }, 10000));
        QVERIFY(writeEveryType(m, "outage"));
        proxy.setRefusing(false);
        QVERIFY(waitUntil([&] { return caughtUp(master.port(), replica.port()); }, 15000));
        QVERIFY(sameData(replica.port(), master.port()));
        QCOMPARE(infoField(master.port(), "stats", "sync_partial_ok"), QByteArray("1"));
        QCOMPARE(infoField(master.port(), "stats", "sync_full"), QByteArray("1"));
        QVERIFY(replica.log().contains("Successful partial resynchronization with master."));
    }

private slots:
    void infoReplicationHasRedisFieldsInRedisOrder()
    {
        const auto names = [](quint16 port) {
            RespTestClient c;
            c.connectTo(port);
            QByteArrayList out;
            for (const QByteArray &line : c.command({"INFO", "replication"}).text.split('\n')) {
                const qsizetype colon = line.indexOf(':');
                if (colon > 0)
                    out << line.left(colon);
            }
            return out;
        };
        ServerProcess nodeMaster(ServerKind::Node);
        QVERIFY(nodeMaster.start({QStringLiteral("repl-diskless-sync-delay 0")}));
        ServerProcess redisReplica(ServerKind::Redis);
        QVERIFY(
            redisReplica.start({QStringLiteral("replicaof 127.0.0.1 %1").arg(nodeMaster.port())}));
        ServerProcess redisMaster(ServerKind::Redis);
        QVERIFY(redisMaster.start({QStringLiteral("repl-diskless-sync-delay 0")}));
        ServerProcess nodeReplica(ServerKind::Node);
        QVERIFY(
            nodeReplica.start({QStringLiteral("replicaof 127.0.0.1 %1").arg(redisMaster.port())}));
        QVERIFY(waitUntil(
            [&] {
                return caughtUp(nodeMaster.port(), redisReplica.port()) &&
                       caughtUp(redisMaster.port(), nodeReplica.port());
            },
            15000));
        QCOMPARE(names(nodeMaster.port()), names(redisMaster.port()));
        QCOMPARE(names(nodeReplica.port()), names(redisReplica.port()));
        QVERIFY(names(nodeReplica.port()).contains("slave_read_repl_offset"));
    }

    void redisReplicatesFromANodeMaster()
    {
        ServerProcess master(ServerKind::Node);
        QVERIFY2(master.start({QStringLiteral("repl-diskless-sync-delay 0")}),
                 qPrintable(master.lastError()));
        ServerProcess replica(ServerKind::Redis);
        replicateThroughAnOutage(master, replica, {});
        if (QTest::currentTestFailed())
            return;
        QVERIFY(replica.log().contains("MASTER <-> REPLICA sync: Finished with success"));
    }

    void redisReplicatesFromANodeMasterWithDiskSync()
    {
        ServerProcess master(ServerKind::Node);
        QVERIFY(master.start({QStringLiteral("repl-diskless-sync no")}));
        ServerProcess replica(ServerKind::Redis);
        replicateThroughAnOutage(master, replica, {});
        if (QTest::currentTestFailed())
            return;
        QVERIFY(replica.log().contains("bytes from master to disk"));
        // The snapshot is persistence's BGSAVE file: written as temp-<pid>.rdb, renamed over
        // dbfilename, with the AUX fields every node RDB has (Redis logs the used-mem one).
        QVERIFY(inOrder(master.log(), {"Starting BGSAVE for SYNC with target: disk",
                                       "Background saving started by pid", "DB saved on disk",
                                       "Background saving terminated with success",
                                       "Synchronization with replica"}));
        QVERIFY(replica.log().contains("RDB memory usage when created"));
        QVERIFY(QFileInfo::exists(master.dir() + QStringLiteral("/dump.rdb")));
        QCOMPARE(QDir(master.dir()).entryList({QStringLiteral("temp-*")}), QStringList());
    }

    void nodeReplicatesFromARedisMaster()
    {
        // Redis's defaults: diskless ($EOF: form) with its listpack/quicklist/intset encodings.
        ServerProcess master(ServerKind::Redis);
        QVERIFY(master.start({QStringLiteral("repl-diskless-sync-delay 0")}));
        ServerProcess replica(ServerKind::Node);
        replicateThroughAnOutage(master, replica, {});
        if (QTest::currentTestFailed())
            return;
        QVERIFY(replica.log().contains(
            "MASTER <-> REPLICA sync: receiving streamed RDB from master with EOF to disk"));
    }

    void nodeReplicatesFromARedisMasterWithDiskSync()
    {
        ServerProcess master(ServerKind::Redis);
        QVERIFY(master.start({QStringLiteral("repl-diskless-sync no")}));
        ServerProcess replica(ServerKind::Node);
        replicateThroughAnOutage(master, replica, {});
        if (QTest::currentTestFailed())
            return;
        QVERIFY(replica.log().contains("bytes from master to disk"));
    }
};

QTEST_GUILESS_MAIN(TstInteropReplication)
#include "tst_interop_replication.moc"
