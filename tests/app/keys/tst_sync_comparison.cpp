// "Synced?" against real replication groups: a master with two replicas, differences injected
// by writing straight to a replica made writable, every kind of finding (missing, only on the
// replica, value / TTL / type differs, big values through the paged digest), the in-flight
// reading while a replica's link is held back, and the CSV report.
#include "model/keys/sync_comparison.h"

#include "key_fixtures.h"
#include "pausable_proxy.h"

#include <QTest>

using namespace rdtest;
using namespace keyfixtures;

namespace {

QList<QList<QByteArray>> dataset()
{
    QList<QList<QByteArray>> fill;
    for (int i = 0; i < 500; ++i) {
        const QByteArray n = QByteArray::number(i);
        fill << QList<QByteArray>{"SET", "str:" + n, "value-" + n};
        fill << QList<QByteArray>{"HSET", "hash:" + n, "a", n, "b", "x"};
        fill << QList<QByteArray>{"SADD", "set:" + n, "m1", "m2", n};
        fill << QList<QByteArray>{"ZADD", "zset:" + n, "1.5", "a", n, "b"};
        fill << QList<QByteArray>{"RPUSH", "list:" + n, "x", "y", n};
    }
    fill << QList<QByteArray>{"SET", "ttl:1", "v", "PX", "600000"};
    QList<QByteArray> big{"HSET", "bighash"};
    for (int i = 0; i < 20000; ++i)
        big << "f" + QByteArray::number(i) << "v" + QByteArray::number(i);
    fill << big;
    return fill;
}

} // namespace

class SyncComparisonTest : public QObject
{
    Q_OBJECT
private slots:
    void findsInjectedDifferencesOnRedis() { findsInjectedDifferences(ServerKind::Redis, {}); }

    void findsInjectedDifferencesWithDebugDigest()
    {
        findsInjectedDifferences(ServerKind::Redis, {QStringLiteral("enable-debug-command yes")},
                                 SyncComparison::FastDigest::DebugDigestValue);
    }

    void findsInjectedDifferencesOnOurNode()
    {
        if (!nodeAvailable())
            QSKIP("replicadesk-node is not built");
        findsInjectedDifferences(ServerKind::Node, {});
    }

    void aReplicaBehindIsInFlightNotDiverged()
    {
        ServerProcess master(ServerKind::Redis);
        QVERIFY(master.start());
        PausableProxy proxy(master.port());
        ServerProcess replica(ServerKind::Redis);
        QVERIFY(replica.start({QStringLiteral("replicaof 127.0.0.1 %1").arg(proxy.port())}));
        QVERIFY(waitUntil(
            [&] {
                return infoText(replica.port(), "replication").contains("master_link_status:up");
            },
            15000));

        RespConnection m(specFor(master.port()));
        RespConnection r(specFor(replica.port()));
        proxy.setHeld(true);
        QVERIFY(roundTrip(m, {"SET", "fresh", "value"}));

        SyncComparison sync({"master", &m, 0}, {{"replica", &r, 0}});
        sync.setRecheck(2, 50);
        sync.compareKeys({"fresh"});
        QVERIFY(waitUntil([&] { return sync.state() == SyncComparison::State::Finished; }));
        QCOMPARE(sync.results().size(), 1);
        const ReplicaCheck held = sync.results()[0].replicas[0];
        QCOMPARE(held.verdict, SyncVerdict::InFlight);
        QVERIFY(held.behindBytes > 0);
        QCOMPARE(held.type, KeyType::None);

        // The link lets the stream through again: the same key is now synced.
        proxy.setHeld(false);
        QVERIFY(waitUntil([&] { return roundTrip(r, {"EXISTS", "fresh"})->toInteger() == 1; }));
        SyncComparison again({"master", &m, 0}, {{"replica", &r, 0}});
        again.compareKeys({"fresh"});
        QVERIFY(waitUntil([&] { return again.state() == SyncComparison::State::Finished; }));
        QCOMPARE(again.results()[0].replicas[0].verdict, SyncVerdict::Synced);
    }

    void cancelStopsTheWalk()
    {
        ReplicaGroup group(ServerKind::Redis, 1);
        QString error;
        QVERIFY2(group.start(&error), qPrintable(error));
        QVERIFY(fillStrings(group.master.port(), 20000,
                            [](int i) { return "k:" + QByteArray::number(i); }));
        QVERIFY(group.waitInSync());
        RespConnection m(specFor(group.master.port()));
        RespConnection r(specFor(group.replicas[0]->port()));
        SyncComparison sync({"master", &m, 0}, {{"replica", &r, 0}});
        sync.setBatchSize(10);
        sync.comparePattern("k:*");
        QVERIFY(waitUntil([&] { return sync.keysChecked() > 0; }));
        sync.cancel();
        const qint64 checked = sync.keysChecked();
        QCOMPARE(sync.state(), SyncComparison::State::Cancelled);
        QTest::qWait(200); // replies already in flight must not count after a cancel
        QCOMPARE(sync.keysChecked(), checked);
        QVERIFY(checked < 20000);
    }

private:
    void findsInjectedDifferences(ServerKind kind, const QStringList &extra,
                                  std::optional<SyncComparison::FastDigest> expectFast = {})
    {
        ServerProcess master(kind);
        QVERIFY2(master.start(extra), qPrintable(master.lastError()));
        std::vector<std::unique_ptr<ServerProcess>> replicas;
        for (int i = 0; i < 2; ++i) {
            replicas.push_back(std::make_unique<ServerProcess>(kind));
            QStringList config = extra;
            config << QStringLiteral("replicaof 127.0.0.1 %1").arg(master.port());
            QVERIFY2(replicas.back()->start(config), qPrintable(replicas.back()->lastError()));
        }
        for (auto &replica : replicas)
            QVERIFY(waitUntil(
                [&] {
                    return infoText(replica->port(), "replication")
                        .contains("master_link_status:up");
                },
                15000));
        QString error;
        QVERIFY2(pipeCommands(master.port(), dataset(), &error), qPrintable(error));
        // Wait until both replicas processed everything the master wrote.
        QVERIFY(waitUntil(
            [&] {
                const qint64 offset =
                    ReplicaGroup::infoField(infoText(master.port(), "replication"),
                                            "master_repl_offset")
                        .toLongLong();
                for (auto &replica : replicas)
                    if (ReplicaGroup::infoField(infoText(replica->port(), "replication"),
                                                "slave_repl_offset")
                            .toLongLong() < offset)
                        return false;
                return true;
            },
            20000));

        // Make replica 1 writable and write to it behind the master's back.
        RespTestClient direct;
        QVERIFY(direct.connectTo(replicas[0]->port()));
        QCOMPARE(direct.command({"CONFIG", "SET", "replica-read-only", "no"}).text,
                 QByteArray("OK"));
        direct.command({"SET", "str:5", "changed"});
        direct.command({"DEL", "str:6"});
        direct.command({"SET", "only-here", "x"});
        direct.command({"PEXPIRE", "str:7", "500000"});
        direct.command({"SADD", "set:8", "intruder"});
        direct.command({"DEL", "list:9"});
        direct.command({"SET", "list:9", "not a list"});
        direct.command({"HSET", "bighash", "f123", "tampered"});

        RespConnection m(specFor(master.port()));
        RespConnection r1(specFor(replicas[0]->port()));
        RespConnection r2(specFor(replicas[1]->port()));
        SyncComparison sync({"master", &m, 0}, {{"replica-1", &r1, 0}, {"replica-2", &r2, 0}});
        sync.setRecheck(2, 20);
        sync.comparePattern("*");
        QVERIFY(waitUntil([&] { return sync.state() == SyncComparison::State::Finished; }, 60000));
        if (expectFast)
            QCOMPARE(sync.fastDigest(), *expectFast);
        qInfo("compared %lld keys on 3 nodes in %lld ms (fast digest %d)", sync.keysChecked(),
              sync.elapsedMs(), int(sync.fastDigest()));

        QHash<QByteArray, KeyCheck> byKey;
        for (const KeyCheck &check : sync.results())
            byKey.insert(check.key, check);
        QCOMPARE(sync.keysChecked(), 2503); // 2 500 + ttl:1 + bighash + only-here
        auto verdict = [&](const QByteArray &key, int replica) {
            return byKey.value(key).replicas.value(replica).verdict;
        };
        auto differences = [&](const QByteArray &key) {
            return byKey.value(key).replicas.value(0).differences;
        };
        QCOMPARE(verdict("str:5", 0), SyncVerdict::Differs);
        QCOMPARE(differences("str:5"), SyncDifferences(SyncDifference::Value));
        QCOMPARE(verdict("str:6", 0), SyncVerdict::Missing);
        QCOMPARE(verdict("only-here", 0), SyncVerdict::Extra);
        QCOMPARE(verdict("only-here", 1), SyncVerdict::Synced); // absent on master and replica-2
        QCOMPARE(verdict("str:7", 0), SyncVerdict::Differs);
        QCOMPARE(differences("str:7"), SyncDifferences(SyncDifference::Ttl));
        QCOMPARE(verdict("set:8", 0), SyncVerdict::Differs);
        QCOMPARE(differences("list:9"), SyncDifferences(SyncDifference::Type));
        QCOMPARE(verdict("bighash", 0), SyncVerdict::Differs);
        QCOMPARE(differences("bighash"), SyncDifferences(SyncDifference::Value));
        QCOMPARE(verdict("bighash", 1), SyncVerdict::Synced);
        QCOMPARE(verdict("ttl:1", 0), SyncVerdict::Synced);
        // Replica 2 was left alone: every key is synced there.
        for (const KeyCheck &check : sync.results())
            if (check.key != "only-here")
                QCOMPARE(check.replicas[1].verdict, SyncVerdict::Synced);
        QCOMPARE(sync.count(SyncVerdict::Differs), 5);
        QCOMPARE(sync.count(SyncVerdict::Missing), 1);
        QCOMPARE(sync.count(SyncVerdict::Extra), 1);

        const QByteArray csv = sync.toCsv();
        const QList<QByteArray> lines = csv.trimmed().split('\n');
        QCOMPARE(lines.size(), 1 + 7);
        QVERIFY(lines[0].startsWith("key,replica,verdict"));
        QVERIFY(csv.contains("str:6,replica-1,missing,"));
        QVERIFY(csv.contains("only-here,replica-1,extra,"));
    }
};

QTEST_GUILESS_MAIN(SyncComparisonTest)
#include "tst_sync_comparison.moc"
