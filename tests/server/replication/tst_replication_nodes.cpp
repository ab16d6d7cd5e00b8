// Replication between real node processes on loopback: full sync, the stream, partial resync
// after a dropped link, chained replicas, promotion, and REPLSTATE.
#include "repl_test_helpers.h"
#include "server_process.h"
#include "tcp_proxy.h"

#include <QTest>

using namespace rdtest;

namespace {

const QStringList kMasterConf = {QStringLiteral("repl-diskless-sync-delay 0")};

QStringList replicaOf(quint16 port, QStringList extra = {})
{
    extra << QStringLiteral("replicaof 127.0.0.1 %1").arg(port);
    return extra;
}

} // namespace

class TstReplicationNodes : public QObject
{
    Q_OBJECT
private slots:
    void fullSyncThenStreamOfEveryType()
    {
        ServerProcess master(ServerKind::Node);
        QVERIFY2(master.start(kMasterConf), qPrintable(master.lastError()));
        RespTestClient m;
        QVERIFY(m.connectTo(master.port()));
        QVERIFY(writeEveryType(m, "before"));

        ServerProcess replica(ServerKind::Node);
        QVERIFY2(replica.start(replicaOf(master.port())), qPrintable(replica.lastError()));
        QVERIFY(waitUntil([&] { return caughtUp(master.port(), replica.port()); }, 10000));
        QVERIFY(sameData(replica.port(), master.port()));

        QVERIFY(writeEveryType(m, "after"));
        QVERIFY(run(m, {{"DEL", "str:before"},
                        {"EXPIRE", "list:before", "500"},
                        {"LPOP", "list:after"},
                        {"HDEL", "hash:after", "f1"},
                        {"SREM", "set:after", "a"},
                        {"ZINCRBY", "zset:after", "5", "one"},
                        {"MULTI"},
                        {"INCR", "counter"},
                        {"SET", "in-tx", "1"},
                        {"EXEC"}}));
        QVERIFY(waitUntil([&] { return caughtUp(master.port(), replica.port()); }, 10000));
        QVERIFY(sameData(replica.port(), master.port()));

        // The replica logs the seed's sequence, step by step.
        QByteArray missing;
        QVERIFY2(inOrder(replica.log(),
                         {"Connecting to MASTER 127.0.0.1:" + QByteArray::number(master.port()),
                          "MASTER <-> REPLICA sync started",
                          "Non blocking connect for SYNC fired the event.",
                          "Master replied to PING, replication can continue...",
                          "Partial resynchronization not possible (no cached master)",
                          "Full resync from master: ", "MASTER <-> REPLICA sync: receiving",
                          "MASTER <-> REPLICA sync: Flushing old data",
                          "MASTER <-> REPLICA sync: Loading DB in memory",
                          "MASTER <-> REPLICA sync: Finished with success"},
                         &missing),
                 missing.constData());
        QVERIFY(inOrder(master.log(), {"Replica 127.0.0.1:" + QByteArray::number(replica.port()) +
                                           " asks for synchronization",
                                       "Full resync requested by replica",
                                       "Starting BGSAVE for SYNC with target: replicas sockets",
                                       "Synchronization with replica"}));
        QCOMPARE(infoField(master.port(), "stats", "sync_full"), QByteArray("1"));
    }

    void readOnlyReplicaRefusesWritesAndRoleReportsIt()
    {
        ServerProcess master(ServerKind::Node);
        QVERIFY(master.start(kMasterConf));
        ServerProcess replica(ServerKind::Node);
        QVERIFY(replica.start(replicaOf(master.port())));
        QVERIFY(waitUntil([&] { return linkUp(replica.port()); }));
        RespTestClient r;
        QVERIFY(r.connectTo(replica.port()));
        const RespReply w = r.command({"SET", "k", "v"});
        QCOMPARE(w.text, QByteArray("READONLY You can't write against a read only replica."));
        const RespReply role = r.command({"ROLE"});
        QCOMPARE(role.elements.size(), 5);
        QCOMPARE(role.elements[0].text, QByteArray("slave"));
        QCOMPARE(role.elements[2].integer, qint64(master.port()));
        QCOMPARE(role.elements[3].text, QByteArray("connected"));

        RespTestClient m;
        QVERIFY(m.connectTo(master.port()));
        QVERIFY(waitUntil([&] {
            const RespReply mr = m.command({"ROLE"});
            return mr.elements.size() == 3 && mr.elements[2].elements.size() == 1;
        }));
        const RespReply mr = m.command({"ROLE"});
        QCOMPARE(mr.elements[0].text, QByteArray("master"));
        QCOMPARE(mr.elements[2].elements[0].elements[1].text, QByteArray::number(replica.port()));
    }

    void replstateShowsEverySubStateWithReasons()
    {
        ServerProcess master(ServerKind::Node);
        QVERIFY(master.start(kMasterConf));
        ServerProcess replica(ServerKind::Node);
        QVERIFY(replica.start(replicaOf(master.port())));
        QVERIFY(waitUntil([&] { return linkUp(replica.port()); }));
        const auto st = replState(replica.port());
        QCOMPARE(st.value("role"), QByteArray("slave"));
        QCOMPARE(st.value("state"), QByteArray("connected"));
        QCOMPARE(st.value("link_status"), QByteArray("up"));
        QCOMPARE(st.value("master_port"), QByteArray::number(master.port()));
        QCOMPARE(st.value("sync_full"), QByteArray("1"));

        RespTestClient r;
        QVERIFY(r.connectTo(replica.port()));
        const RespReply h = r.command({"REPLSTATE", "HISTORY"});
        QByteArrayList path;
        qint64 lastTs = 0;
        for (const RespReply &t : h.elements) {
            QCOMPARE(t.elements.size(), 5);
            QVERIFY(t.elements[0].integer >= lastTs);
            lastTs = t.elements[0].integer;
            path << t.elements[2].text;
        }
        const QByteArrayList expected = {
            "connect",        "connecting",          "receive_ping_reply",
            "send_handshake", "receive_port_reply",  "receive_capa_reply",
            "send_psync",     "receive_psync_reply", "transfer",
            "connected"};
        QCOMPARE(path, expected);
        QCOMPARE(h.elements.last().elements[3].text,
                 QByteArray("MASTER <-> REPLICA sync: Finished with success"));
        QCOMPARE(r.command({"REPLSTATE", "HISTORY", "2"}).elements.size(), 2);
        QVERIFY(r.command({"REPLSTATE", "HISTORY", "0"}).isError());
        QVERIFY(r.command({"REPLSTATE", "BOGUS"}).isError());
    }

    void linkDropEndsInPartialResync()
    {
        ServerProcess master(ServerKind::Node);
        QVERIFY(master.start(kMasterConf));
        TcpProxy proxy(master.port());
        QVERIFY(proxy.start());
        ServerProcess replica(ServerKind::Node);
        QVERIFY(replica.start(replicaOf(proxy.port())));
        RespTestClient m;
        QVERIFY(m.connectTo(master.port()));
        QVERIFY(writeEveryType(m, "one"));
        QVERIFY(waitUntil([&] { return caughtUp(master.port(), replica.port()); }));

        proxy.setRefusing(true);
        proxy.cutAll();
        QVERIFY(waitUntil([&] { return !linkUp(replica.port()); }));
        QVERIFY(writeEveryType(m, "during-outage"));
        proxy.setRefusing(false);
        QVERIFY(waitUntil([&] { return caughtUp(master.port(), replica.port()); }, 10000));
        QVERIFY(sameData(replica.port(), master.port()));

        QCOMPARE(infoField(master.port(), "stats", "sync_partial_ok"), QByteArray("1"));
        QCOMPARE(infoField(master.port(), "stats", "sync_full"), QByteArray("1"));
        QVERIFY(inOrder(replica.log(),
                        {"Connection with master lost.", "Caching the disconnected master state.",
                         "Reconnecting to MASTER", "Trying a partial resynchronization (request ",
                         "Successful partial resynchronization with master.",
                         "MASTER <-> REPLICA sync: Master accepted a Partial "
                         "Resynchronization."}));
        QVERIFY(master.log().contains("Partial resynchronization request from 127.0.0.1:" +
                                      QByteArray::number(replica.port()) + " accepted."));
    }

    void chainedReplicaForwardsTheStreamVerbatim()
    {
        ServerProcess master(ServerKind::Node);
        QVERIFY(master.start(kMasterConf));
        ServerProcess middle(ServerKind::Node);
        QVERIFY(middle.start(replicaOf(master.port(), kMasterConf)));
        ServerProcess leaf(ServerKind::Node);
        QVERIFY(leaf.start(replicaOf(middle.port())));
        RespTestClient m;
        QVERIFY(m.connectTo(master.port()));
        QVERIFY(waitUntil([&] { return linkUp(middle.port()) && linkUp(leaf.port()); }, 10000));
        QVERIFY(writeEveryType(m, "chain"));
        QVERIFY(waitUntil([&] {
            return caughtUp(master.port(), middle.port()) && caughtUp(master.port(), leaf.port());
        }));
        QVERIFY(sameData(leaf.port(), master.port()));
        const QByteArray id = infoField(master.port(), "replication", "master_replid");
        QCOMPARE(infoField(middle.port(), "replication", "master_replid"), id);
        QCOMPARE(infoField(leaf.port(), "replication", "master_replid"), id);
        QCOMPARE(infoField(leaf.port(), "replication", "master_repl_offset"),
                 infoField(master.port(), "replication", "master_repl_offset"));

        // A pipelined burst with transactions: the middle applies and forwards it in batches
        // (a MULTI may open in one read and close in the next). Then the leaf's link is cut:
        // it continues from the middle's backlog, which must hold exactly the master's bytes.
        QByteArray burst;
        int commands = 0;
        for (int i = 0; i < 3000; ++i) {
            const QByteArray n = QByteArray::number(i);
            if (i % 100 == 0) {
                burst += RespTestClient::encode({"MULTI"});
                ++commands;
            }
            burst += RespTestClient::encode({"SET", "burst:" + n, QByteArray(i % 200, 'x')});
            burst += RespTestClient::encode({"INCR", "burst-counter"});
            commands += 2;
            if (i % 100 == 50) {
                burst += RespTestClient::encode({"EXEC"});
                ++commands;
            }
        }
        m.sendRaw(burst);
        for (int i = 0; i < commands; ++i)
            QVERIFY(!m.readReply().isError());
        QVERIFY(waitUntil([&] { return caughtUp(master.port(), leaf.port()); }));
        RespTestClient mid;
        QVERIFY(mid.connectTo(middle.port()));
        QVERIFY(mid.command({"CLIENT", "KILL", "TYPE", "replica"}).integer >= 1);
        QVERIFY(writeEveryType(m, "after-cut"));
        QVERIFY(waitUntil([&] { return caughtUp(master.port(), leaf.port()); }));
        QCOMPARE(infoField(middle.port(), "stats", "sync_partial_ok"), QByteArray("1"));
        QVERIFY(sameData(leaf.port(), master.port()));
        QCOMPARE(infoField(leaf.port(), "replication", "master_repl_offset"),
                 infoField(master.port(), "replication", "master_repl_offset"));
    }

    void promotionLetsTheOtherReplicaResyncPartially()
    {
        ServerProcess master(ServerKind::Node);
        QVERIFY(master.start(kMasterConf));
        ServerProcess a(ServerKind::Node);
        QVERIFY(a.start(replicaOf(master.port(), kMasterConf)));
        ServerProcess b(ServerKind::Node);
        QVERIFY(b.start(replicaOf(master.port())));
        RespTestClient m;
        QVERIFY(m.connectTo(master.port()));
        QVERIFY(writeEveryType(m, "pre"));
        QVERIFY(waitUntil(
            [&] { return caughtUp(master.port(), a.port()) && caughtUp(master.port(), b.port()); },
            10000));
        const QByteArray oldId = infoField(master.port(), "replication", "master_replid");
        master.kill();

        RespTestClient ca;
        QVERIFY(ca.connectTo(a.port()));
        QCOMPARE(ca.command({"REPLICAOF", "NO", "ONE"}).text, QByteArray("OK"));
        QCOMPARE(infoField(a.port(), "replication", "master_replid2"), oldId);
        RespTestClient cb;
        QVERIFY(cb.connectTo(b.port()));
        QCOMPARE(cb.command({"REPLICAOF", "127.0.0.1", QByteArray::number(a.port())}).text,
                 QByteArray("OK"));
        QVERIFY(waitUntil([&] { return caughtUp(a.port(), b.port()); }, 10000));
        QCOMPARE(infoField(a.port(), "stats", "sync_partial_ok"), QByteArray("1"));
        QCOMPARE(infoField(a.port(), "stats", "sync_full"), QByteArray("0"));
        QVERIFY(b.log().contains("Master replication ID changed to"));
        QVERIFY(writeEveryType(ca, "post"));
        QVERIFY(waitUntil([&] { return caughtUp(a.port(), b.port()); }));
        QVERIFY(sameData(b.port(), a.port()));
    }

    void waitCountsAcknowledgedReplicasAndMinReplicasGateWrites()
    {
        ServerProcess master(ServerKind::Node);
        QVERIFY(master.start(kMasterConf));
        RespTestClient m;
        QVERIFY(m.connectTo(master.port()));
        QCOMPARE(m.command({"CONFIG", "SET", "min-replicas-to-write", "1"}).text, QByteArray("OK"));
        QCOMPARE(m.command({"SET", "k", "v"}).text,
                 QByteArray("NOREPLICAS Not enough good replicas to write."));
        ServerProcess replica(ServerKind::Node);
        QVERIFY(replica.start(replicaOf(master.port())));
        QVERIFY(waitUntil([&] { return linkUp(replica.port()); }));
        QVERIFY(waitUntil([&] { return m.command({"SET", "k", "v"}).text == "OK"; }));
        QCOMPARE(infoField(master.port(), "replication", "min_slaves_good_slaves"),
                 QByteArray("1"));
        const RespReply w = m.command({"WAIT", "1", "2000"});
        QCOMPARE(w.type, RespReply::Type::Integer);
        QCOMPARE(w.integer, qint64(1));
        QCOMPARE(m.command({"WAIT", "2", "100"}).integer, qint64(1)); // times out with what it has
        RespTestClient r;
        QVERIFY(r.connectTo(replica.port()));
        QVERIFY(r.command({"WAIT", "1", "0"})
                    .text.startsWith("ERR WAIT cannot be used with replica instances."));
    }

    void replicaofAnswersLikeRedis()
    {
        ServerProcess master(ServerKind::Node);
        QVERIFY(master.start(kMasterConf));
        ServerProcess node(ServerKind::Node);
        QVERIFY(node.start());
        RespTestClient c;
        QVERIFY(c.connectTo(node.port()));
        QCOMPARE(c.command({"REPLICAOF", "127.0.0.1", "99999"}).text,
                 QByteArray("ERR Invalid master port"));
        QCOMPARE(c.command({"SLAVEOF", "127.0.0.1", QByteArray::number(master.port())}).text,
                 QByteArray("OK"));
        QCOMPARE(c.command({"REPLICAOF", "127.0.0.1", QByteArray::number(master.port())}).text,
                 QByteArray("OK Already connected to specified master"));
        QVERIFY(waitUntil([&] { return linkUp(node.port()); }));
        QCOMPARE(c.command({"REPLICAOF", "NO", "ONE"}).text, QByteArray("OK"));
        QCOMPARE(infoField(node.port(), "replication", "role"), QByteArray("master"));
        QVERIFY(node.log().contains("MASTER MODE enabled (user request from '"));
        QVERIFY(c.command({"WAIT", "0", "0"}).type == RespReply::Type::Integer);
    }
};

QTEST_GUILESS_MAIN(TstReplicationNodes)
#include "tst_replication_nodes.moc"
