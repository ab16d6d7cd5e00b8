// The seed article's three-node topology, with its exact directives, on three loopback ports:
// a password-protected master that does not save, replica 1 that persists (save rules) and
// replica 2 that does not, both read-only and serving stale data.
#include "repl_test_helpers.h"
#include "server_process.h"

#include <QFile>
#include <QTest>

using namespace rdtest;

namespace {

const QByteArray kPassword = "redis:123:456";

QStringList masterConf()
{
    return {QStringLiteral("protected-mode no"),
            QStringLiteral("requirepass redis:123:456"),
            QStringLiteral("timeout 0"),
            QStringLiteral("loglevel notice"),
            QStringLiteral("databases 16"),
            QStringLiteral("save \"\""),
            QStringLiteral("dbfilename dump_6379.rdb"),
            QStringLiteral("repl-diskless-sync-delay 0")};
}

QStringList replicaConf(quint16 masterPort, bool persists)
{
    QStringList c = {QStringLiteral("protected-mode yes"), QStringLiteral("timeout 0"),
                     QStringLiteral("loglevel notice"), QStringLiteral("databases 16")};
    if (persists)
        c << QStringLiteral("save 900 1") << QStringLiteral("save 300 10")
          << QStringLiteral("save 60 10000");
    else
        c << QStringLiteral("save \"\"");
    c << QStringLiteral("dbfilename dump_6379.rdb")
      << QStringLiteral("replicaof 127.0.0.1 %1").arg(masterPort)
      << QStringLiteral("masterauth redis:123:456")
      << QStringLiteral("replica-serve-stale-data yes") << QStringLiteral("replica-read-only yes");
    return c;
}

} // namespace

class TstSeedTopology : public QObject
{
    Q_OBJECT
private slots:
    void seedTopologyReplicatesSurvivesRestartAndPromotion()
    {
        ServerProcess master(ServerKind::Node);
        master.password = QString::fromUtf8(kPassword);
        QVERIFY2(master.start(masterConf()), qPrintable(master.lastError()));
        ServerProcess replica1(ServerKind::Node);
        QVERIFY2(replica1.start(replicaConf(master.port(), true)),
                 qPrintable(replica1.lastError()));
        ServerProcess replica2(ServerKind::Node);
        QVERIFY2(replica2.start(replicaConf(master.port(), false)),
                 qPrintable(replica2.lastError()));

        // The seed's check: what the master holds is on both replicas.
        RespTestClient m;
        QVERIFY(m.connectTo(master.port()));
        QCOMPARE(m.command({"SET", "k", "v"}).text, QByteArray("NOAUTH Authentication required."));
        QCOMPARE(m.command({"AUTH", kPassword}).text, QByteArray("OK"));
        QVERIFY(run(m, {{"SET", "hello", "world"}, {"SET", "to-slave", "hello this is master"}}));
        for (ServerProcess *r : {&replica1, &replica2}) {
            QVERIFY(
                waitUntil([&] { return caughtUp(master.port(), r->port(), kPassword); }, 10000));
            RespTestClient c;
            QVERIFY(c.connectTo(r->port()));
            QCOMPARE(c.command({"GET", "hello"}).text, QByteArray("world"));
            QCOMPARE(c.command({"GET", "to-slave"}).text, QByteArray("hello this is master"));
            QCOMPARE(c.command({"SET", "x", "y"}).text,
                     QByteArray("READONLY You can't write against a read only replica."));
        }
        // The replica's log tells the seed's story.
        QVERIFY(inOrder(replica1.log(),
                        {"Connecting to MASTER 127.0.0.1:" + QByteArray::number(master.port()),
                         "MASTER <-> REPLICA sync started",
                         "Non blocking connect for SYNC fired the event.",
                         "Master replied to PING, replication can continue...",
                         "Partial resynchronization not possible (no cached master)",
                         "Full resync from master: ", "MASTER <-> REPLICA sync: receiving",
                         "MASTER <-> REPLICA sync: Flushing old data",
                         "MASTER <-> REPLICA sync: Loading DB in memory",
                         "MASTER <-> REPLICA sync: Finished with success"}));
        // Replica 1 persists: the snapshot it received is its dump file.
        QVERIFY(QFile::exists(replica1.dir() + QStringLiteral("/dump_6379.rdb")));
        QVERIFY(!QFile::exists(master.dir() + QStringLiteral("/dump_6379.rdb")));

        // Killing and restarting a replica ends in a partial resync.
        replica1.kill();
        QVERIFY(run(m, {{"SET", "while-down", "1"}, {"LPUSH", "l", "a", "b"}}));
        QVERIFY2(replica1.restart(), qPrintable(replica1.lastError()));
        QVERIFY(
            waitUntil([&] { return caughtUp(master.port(), replica1.port(), kPassword); }, 10000));
        QVERIFY(sameData(replica1.port(), master.port(), kPassword));
        QCOMPARE(infoField(master.port(), "stats", "sync_partial_ok", kPassword), QByteArray("1"));
        QVERIFY(replica1.log().contains("Successful partial resynchronization with master."));

        // Killing the master and promoting replica 1 keeps replica 2 in sync, partially.
        QVERIFY(waitUntil([&] { return caughtUp(master.port(), replica2.port(), kPassword); }));
        master.kill();
        RespTestClient r1;
        QVERIFY(r1.connectTo(replica1.port()));
        QCOMPARE(r1.command({"REPLICAOF", "NO", "ONE"}).text, QByteArray("OK"));
        QCOMPARE(r1.command({"CONFIG", "SET", "requirepass", kPassword}).text, QByteArray("OK"));
        RespTestClient r2;
        QVERIFY(r2.connectTo(replica2.port()));
        QCOMPARE(r2.command({"REPLICAOF", "127.0.0.1", QByteArray::number(replica1.port())}).text,
                 QByteArray("OK"));
        QVERIFY(waitUntil([&] { return caughtUp(replica1.port(), replica2.port(), kPassword); },
                          10000));
        QCOMPARE(infoField(replica1.port(), "stats", "sync_partial_ok", kPassword),
                 QByteArray("1"));
        QCOMPARE(infoField(replica1.port(), "stats", "sync_full", kPassword), QByteArray("0"));
        QCOMPARE(r1.command({"AUTH", kPassword}).text, QByteArray("OK"));
        QVERIFY(run(r1, {{"SET", "after-promotion", "yes"}}));
        QVERIFY(waitUntil([&] { return caughtUp(replica1.port(), replica2.port(), kPassword); },
                          10000));
        QVERIFY(sameData(replica2.port(), replica1.port(), kPassword));
    }
};

QTEST_GUILESS_MAIN(TstSeedTopology)
#include "tst_seed_topology.moc"
