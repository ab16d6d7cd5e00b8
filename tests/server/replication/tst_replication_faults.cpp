// Faults: each ends in a clear state (REPLSTATE), a Redis log line, and never a crash, a tight
// reconnect loop or a silently diverged dataset.
#include "free_port.h"
#include "repl_test_helpers.h"
#include "server_process.h"
#include "tcp_proxy.h"

#include <QTest>

using namespace rdtest;

namespace {

QStringList replicaOf(quint16 port, QStringList extra = {})
{
    extra << QStringLiteral("replicaof 127.0.0.1 %1").arg(port);
    return extra;
}

// About 2 MB of data, so a throttled transfer takes a while.
bool writeBulk(RespTestClient &c, int keys = 2000)
{
    const QByteArray value(1000, 'x');
    for (int i = 0; i < keys; ++i) {
        c.sendRaw(RespTestClient::encode({"SET", "bulk:" + QByteArray::number(i), value}));
    }
    for (int i = 0; i < keys; ++i) {
        if (c.readReply().isError())
            return false;
    }
    return true;
}

} // namespace

class TstReplicationFaults : public QObject
{
    Q_OBJECT
private slots:
    void unreachableMasterKeepsTheOsReasonAndBacksOff()
    {
        const quint16 nobody = freePort();
        ServerProcess replica(ServerKind::Node);
        QVERIFY(replica.start(replicaOf(nobody)));
        QVERIFY(
            waitUntil([&] { return !replState(replica.port()).value("last_error").isEmpty(); }));
        const auto st = replState(replica.port());
        QCOMPARE(st.value("state"), QByteArray("connect"));
        QCOMPARE(st.value("last_error"),
                 QByteArray("Error condition on socket for SYNC: Connection refused"));
        QCOMPARE(st.value("last_error_kind"), QByteArray("connect"));
        QCOMPARE(st.value("last_error_os"), QByteArray("Connection refused"));
        QCOMPARE(st.value("last_error_errno"), QByteArray("111"));
        QVERIFY(st.value("next_retry_in_ms").toLongLong() >= 0);
        QVERIFY(
            inOrder(replica.log(), {"Connecting to MASTER 127.0.0.1:" + QByteArray::number(nobody),
                                    "MASTER <-> REPLICA sync started",
                                    "# Error condition on socket for SYNC: Connection refused"}));
        // Backoff, not a tight loop: a handful of attempts in 2.5 s.
        QTest::qWait(2500);
        const int attempts = countLines(replica.log(), "MASTER <-> REPLICA sync started");
        QVERIFY2(attempts >= 2 && attempts <= 4, QByteArray::number(attempts).constData());
        RespTestClient c;
        QVERIFY(c.connectTo(replica.port()));
        QCOMPARE(c.command({"ROLE"}).elements.value(3).text, QByteArray("connect"));
        QVERIFY(c.command({"PING"}).text == "PONG"); // stale data is served
    }

    void staleDataOffAnswersMasterdownWhileTheLinkIsDown()
    {
        ServerProcess node(ServerKind::Node);
        QVERIFY(node.start());
        RespTestClient c;
        QVERIFY(c.connectTo(node.port()));
        QVERIFY(run(c, {{"SET", "k", "v"},
                        {"CONFIG", "SET", "replica-serve-stale-data", "no"},
                        {"REPLICAOF", "127.0.0.1", QByteArray::number(freePort())}}));
        const QByteArray masterdown =
            "MASTERDOWN Link with MASTER is down and replica-serve-stale-data is set to 'no'.";
        QCOMPARE(c.command({"GET", "k"}).text, masterdown);
        QCOMPARE(c.command({"PING"}).text, masterdown);
        QVERIFY(c.command({"INFO", "replication"}).text.contains("master_link_status:down"));
        QCOMPARE(c.command({"ROLE"}).elements.value(0).text, QByteArray("slave"));
        QCOMPARE(c.command({"REPLICAOF", "NO", "ONE"}).text, QByteArray("OK"));
        QCOMPARE(c.command({"GET", "k"}).text, QByteArray("v"));
    }

    void wrongMasterauthIsAnAuthErrorWithoutATightLoop()
    {
        ServerProcess master(ServerKind::Node);
        master.password = QStringLiteral("secret");
        QVERIFY(master.start({QStringLiteral("requirepass secret")}));
        ServerProcess replica(ServerKind::Node);
        QVERIFY(replica.start(replicaOf(master.port(), {QStringLiteral("masterauth wrong")})));
        QVERIFY(waitUntil(
            [&] { return replState(replica.port()).value("last_error_kind") == "auth"; }));
        const auto st = replState(replica.port());
        QVERIFY2(st.value("last_error").startsWith("Unable to AUTH to MASTER: -WRONGPASS"),
                 st.value("last_error").constData());
        QVERIFY(replica.log().contains("# Unable to AUTH to MASTER: -WRONGPASS"));
        QTest::qWait(1500);
        QVERIFY(countLines(replica.log(), "Unable to AUTH to MASTER") <= 3);
    }

    void missingMasterauthEndsInAbortedSyncAndBacksOff()
    {
        ServerProcess master(ServerKind::Node);
        master.password = QStringLiteral("secret");
        QVERIFY(master.start({QStringLiteral("requirepass secret")}));
        ServerProcess replica(ServerKind::Node);
        QVERIFY(replica.start(replicaOf(master.port())));
        QVERIFY(waitUntil([&] {
            return replState(replica.port()).value("last_error") ==
                   "MASTER aborted replication with an error: NOAUTH Authentication required.";
        }));
        QVERIFY(inOrder(replica.log(),
                        {"Unexpected reply to PSYNC from master: -NOAUTH", "Retrying with SYNC...",
                         "MASTER aborted replication with an error: NOAUTH"}));
        QTest::qWait(1500);
        QVERIFY(countLines(replica.log(), "Retrying with SYNC...") <= 3); // Redis: ~100k lines
    }

    void readsServeTheOldDataWhileTheNewSnapshotArrives()
    {
        ServerProcess oldMaster(ServerKind::Node);
        QVERIFY(oldMaster.start({QStringLiteral("repl-diskless-sync-delay 0")}));
        RespTestClient om;
        QVERIFY(om.connectTo(oldMaster.port()));
        QVERIFY(run(om, {{"SET", "k", "old"}}));
        ServerProcess newMaster(ServerKind::Node);
        QVERIFY(newMaster.start({QStringLiteral("repl-diskless-sync-delay 0")}));
        RespTestClient nm;
        QVERIFY(nm.connectTo(newMaster.port()));
        QVERIFY(run(nm, {{"SET", "k", "new"}}));
        QVERIFY(writeBulk(nm));
        TcpProxy slow(newMaster.port());
        QVERIFY(slow.start());
        slow.setRateLimit(1 << 20); // ~2 s for the snapshot

        ServerProcess replica(ServerKind::Node);
        QVERIFY(replica.start(replicaOf(oldMaster.port())));
        QVERIFY(waitUntil([&] { return caughtUp(oldMaster.port(), replica.port()); }));
        RespTestClient r;
        QVERIFY(r.connectTo(replica.port()));
        QCOMPARE(r.command({"REPLICAOF", "127.0.0.1", QByteArray::number(slow.port())}).text,
                 QByteArray("OK"));
        QVERIFY(waitUntil([&] { return replState(replica.port()).value("state") == "transfer"; }));
        int reads = 0;
        while (replState(replica.port()).value("state") != "connected") {
            const RespReply g = r.command({"GET", "k"});
            QVERIFY2(g.text == "old" || g.text == "new", g.toDebugString().constData());
            ++reads;
        }
        QVERIFY(reads > 0);
        QCOMPARE(r.command({"GET", "k"}).text, QByteArray("new"));
        QVERIFY(waitUntil([&] { return caughtUp(newMaster.port(), replica.port()); }));
        QCOMPARE(r.command({"DBSIZE"}).integer, qint64(2001));
    }

    void masterKilledMidTransferLeavesTheOldDataAndAClearError()
    {
        ServerProcess master(ServerKind::Node);
        QVERIFY(master.start({QStringLiteral("repl-diskless-sync-delay 0")}));
        RespTestClient m;
        QVERIFY(m.connectTo(master.port()));
        QVERIFY(writeBulk(m));
        TcpProxy slow(master.port());
        QVERIFY(slow.start());
        slow.setRateLimit(1 << 20);
        ServerProcess replica(ServerKind::Node);
        QVERIFY(replica.start(replicaOf(slow.port())));
        QVERIFY(waitUntil([&] {
            const auto st = replState(replica.port());
            return st.value("state") == "transfer" &&
                   st.value("transfer_read_bytes").toLongLong() > 0;
        }));
        master.kill();
        slow.cutAll();
        QVERIFY(waitUntil([&] { return replState(replica.port()).value("state") == "connect"; }));
        const auto st = replState(replica.port());
        QCOMPARE(st.value("last_error"),
                 QByteArray("I/O error trying to sync with MASTER: connection lost"));
        QVERIFY(replica.log().contains("# I/O error trying to sync with MASTER: connection lost"));
        RespTestClient r;
        QVERIFY(r.connectTo(replica.port()));
        QCOMPARE(r.command({"DBSIZE"}).integer, qint64(0)); // nothing half-loaded
    }

    void replicaKilledMidTransferResyncsAfterRestart()
    {
        ServerProcess master(ServerKind::Node);
        QVERIFY(master.start({QStringLiteral("repl-diskless-sync-delay 0")}));
        RespTestClient m;
        QVERIFY(m.connectTo(master.port()));
        QVERIFY(writeBulk(m));
        TcpProxy slow(master.port());
        QVERIFY(slow.start());
        slow.setRateLimit(1 << 20);
        ServerProcess replica(ServerKind::Node);
        QVERIFY(replica.start(replicaOf(slow.port())));
        QVERIFY(waitUntil([&] { return replState(replica.port()).value("state") == "transfer"; }));
        replica.kill();
        slow.setRateLimit(0);
        QVERIFY(replica.restart());
        QVERIFY(waitUntil([&] { return caughtUp(master.port(), replica.port()); }, 15000));
        QVERIFY(sameData(replica.port(), master.port()));
    }

    void linkCutMidStreamNeverDiverges()
    {
        ServerProcess master(ServerKind::Node);
        QVERIFY(master.start({QStringLiteral("repl-diskless-sync-delay 0")}));
        TcpProxy proxy(master.port());
        QVERIFY(proxy.start());
        ServerProcess replica(ServerKind::Node);
        QVERIFY(replica.start(replicaOf(proxy.port())));
        QVERIFY(waitUntil([&] { return linkUp(replica.port()); }));
        RespTestClient m;
        QVERIFY(m.connectTo(master.port()));
        for (int round = 0; round < 5; ++round) {
            for (int i = 0; i < 200; ++i)
                m.sendRaw(RespTestClient::encode(
                    {"RPUSH", "log", QByteArray::number(round) + ":" + QByteArray::number(i)}));
            m.sendRaw(
                RespTestClient::encode({"SET", "round:" + QByteArray::number(round), "done"}));
            proxy.cutAll(); // mid-stream: replies and propagation are in flight
            for (int i = 0; i < 201; ++i)
                QVERIFY(!m.readReply().isError());
        }
        QVERIFY(waitUntil([&] { return caughtUp(master.port(), replica.port()); }, 15000));
        QVERIFY(sameData(replica.port(), master.port()));
        QVERIFY(replica.log().contains("Connection with master lost."));
    }
};

QTEST_GUILESS_MAIN(TstReplicationFaults)
#include "tst_replication_faults.moc"
