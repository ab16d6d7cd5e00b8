// INFO parsing, checked against output captured at test time from Debian's redis-server
// (standalone, then a live master + replica pair) and from our node, plus Redis's documented
// replica-side transfer and link-down forms.
#include "model/info_reply.h"

#include "replication_pair.h"

#include <QTest>

using namespace rdtest;

namespace {

int countFieldLines(const QByteArray &text)
{
    int n = 0;
    for (const QByteArray &line : text.split('\n'))
        if (!line.startsWith('#') && line.contains(':'))
            ++n;
    return n;
}

int countParsedFields(const InfoReply &info)
{
    int n = 0;
    for (const InfoSection &s : info.sections)
        n += int(s.fields.size());
    return n;
}

} // namespace

class TestInfoReply : public QObject
{
    Q_OBJECT
private slots:
    void standaloneRedisEverySectionAndField()
    {
        ServerProcess redis(ServerKind::Redis);
        QVERIFY2(redis.start(), qPrintable(redis.lastError()));
        RespTestClient c;
        QVERIFY(c.connectTo(redis.port()));
        c.command({"SET", "a", "1"});
        c.command({"EXPIRE", "a", "100"});
        c.command({"SELECT", "3"});
        c.command({"SET", "b", "2"});
        const QByteArray text = c.command({"INFO", "everything"}).text;

        const InfoReply info = parseInfo(text);
        for (const char *name :
             {"server", "clients", "memory", "persistence", "stats", "replication", "cpu",
              "modules", "commandstats", "errorstats", "latencystats", "cluster", "keyspace"})
            QVERIFY2(info.hasSection(name), name);
        // Nothing dropped: every "name:value" line of the reply is a field.
        QCOMPARE(countParsedFields(info), countFieldLines(text));

        QVERIFY(info.server.redisVersion.startsWith("7."));
        QCOMPARE(info.server.redisMode, QString("standalone"));
        QCOMPARE(info.server.tcpPort, int(redis.port()));
        QCOMPARE(info.server.processId, redis.process().pid());
        QCOMPARE(info.server.runId.size(), 40);
        QVERIFY(info.server.uptimeSeconds >= 0);
        QVERIFY(info.server.serverTimeUsec > 0);
        QVERIFY(info.clients.connectedClients >= 1);
        QCOMPARE(info.clients.maxClients, 10000);
        QVERIFY(info.memory.usedMemory > 0);
        QVERIFY(info.memory.usedMemoryRss > 0);
        QCOMPARE(info.memory.maxMemoryPolicy, QByteArray("noeviction"));
        QVERIFY(info.memory.fragmentationRatio > 0);
        QCOMPARE(info.persistence.rdbLastBgsaveStatus, QByteArray("ok"));
        QVERIFY(!info.persistence.aofEnabled);
        QVERIFY(info.persistence.rdbChangesSinceLastSave >= 3);
        QVERIFY(info.stats.totalCommandsProcessed >= 4);
        QVERIFY(info.stats.totalNetInputBytes > 0);
        QCOMPARE(info.stats.syncFull, 0);
        QCOMPARE(info.replication.role, NodeRole::Master);
        QCOMPARE(info.replication.connectedSlaves, 0);
        QCOMPARE(info.replication.masterReplid.size(), 40);
        QCOMPARE(info.replication.replBacklogSize, 1048576);
        QCOMPARE(info.keyspace.size(), 2);
        QCOMPARE(info.keyspace[0].db, 0);
        QCOMPARE(info.keyspace[0].keys, 1);
        QCOMPARE(info.keyspace[0].expires, 1);
        QCOMPARE(info.keyspace[1].db, 3);
        QCOMPARE(info.totalKeys(), 2);
        // Fields with no typed member are still there, by name.
        QVERIFY(info.section("cpu")->has("used_cpu_user"));
        QVERIFY(info.value("cmdstat_set").startsWith("calls=2,"));
        QCOMPARE(info.value("cluster_enabled"), QByteArray("0"));
    }

    void liveMasterAndReplicaOfRedis() { checkPair(ServerKind::Redis); }

    void liveMasterAndReplicaOfOurNode()
    {
        if (!binaryAvailable(ServerKind::Node))
            QSKIP("replicadesk-node is not built yet");
        checkPair(ServerKind::Node);
    }

    void replicaTransferAndLinkDownForms()
    {
        // Redis 7.0 genRedisInfoString while a replica loads the snapshot, then after its
        // master vanished (reference/redis-replication.md §3.2).
        const InfoReply transfer =
            parseInfo("# Replication\r\nrole:slave\r\nmaster_host:10.0.0.1\r\n"
                      "master_port:6379\r\nmaster_link_status:down\r\n"
                      "master_last_io_seconds_ago:-1\r\n"
                      "master_sync_in_progress:1\r\nslave_read_repl_offset:1\r\n"
                      "slave_repl_offset:1\r\nmaster_sync_total_bytes:20441\r\n"
                      "master_sync_read_bytes:100\r\n"
                      "master_sync_left_bytes:20341\r\nmaster_sync_perc:0.49\r\n"
                      "master_sync_last_io_seconds_ago:5\r\n"
                      "master_link_down_since_seconds:-1\r\n"
                      "slave_priority:100\r\nslave_read_only:1\r\n");
        const ReplicationInfo &r = transfer.replication;
        QCOMPARE(r.role, NodeRole::Replica);
        QVERIFY(!r.masterLinkUp);
        QVERIFY(r.masterSyncInProgress);
        QVERIFY(r.transfer.has_value());
        QCOMPARE(r.transfer->totalBytes, 20441);
        QCOMPARE(r.transfer->leftBytes, 20341);
        QCOMPARE(r.transfer->percent, 0.49);
        QCOMPARE(r.masterLinkDownSinceSeconds.value(), -1);
        QVERIFY(r.slaveReadOnly);

        const InfoReply down = parseInfo("# Replication\nrole:slave\nmaster_host:h\nmaster_port:1\n"
                                         "master_link_status:down\nmaster_sync_in_progress:0\n"
                                         "master_link_down_since_seconds:105\n");
        QVERIFY(!down.replication.transfer.has_value());
        QCOMPARE(down.replication.masterLinkDownSinceSeconds.value(), 105);
    }

    void mergeRefreshesOnlyTheSectionsGiven()
    {
        InfoReply full = parseInfo("# Server\nredis_version:7.0.15\n# Replication\nrole:master\n"
                                   "connected_slaves:0\nmaster_repl_offset:10\n");
        full.mergeSections(parseInfo("# Replication\nrole:master\nconnected_slaves:1\n"
                                     "slave0:ip=127.0.0.1,port=7001,state=online,offset=90,lag=1\n"
                                     "master_repl_offset:99\n"));
        QCOMPARE(full.server.redisVersion, QString("7.0.15"));
        QCOMPARE(full.replication.masterReplOffset, 99);
        QCOMPARE(full.replication.replicas.size(), 1);
        QCOMPARE(full.sections.size(), 2);
    }

    void absentCountersStayUnknown()
    {
        const InfoReply info = parseInfo("# Server\nredis_version:7.0.0\n");
        QCOMPARE(info.stats.totalCommandsProcessed, -1);
        QCOMPARE(info.memory.usedMemory, -1);
        QCOMPARE(info.replication.role, NodeRole::Unknown);
        QVERIFY(!info.hasSection("stats"));
    }

private:
    void checkPair(ServerKind kind)
    {
        ReplicationPair pair(kind);
        QString error;
        QVERIFY2(pair.start(&error), qPrintable(error));
        RespTestClient writer;
        QVERIFY(writer.connectTo(pair.master.port()));
        writer.command({"SET", "foo", "bar"});
        // Wait for the replica's ACK to reach the master's slave0 line.
        InfoReply master;
        QVERIFY(waitUntil([&] {
            master = parseInfo(infoOf(pair.master.port(), "replication"));
            return !master.replication.replicas.isEmpty() &&
                   master.replication.replicas[0].offset == master.replication.masterReplOffset;
        }));
        const ReplicationInfo &m = master.replication;
        QCOMPARE(m.role, NodeRole::Master);
        QCOMPARE(m.connectedSlaves, 1);
        QCOMPARE(m.replicas[0].index, 0);
        QCOMPARE(m.replicas[0].ip, QString("127.0.0.1"));
        QCOMPARE(m.replicas[0].port, int(pair.replica.port()));
        QCOMPARE(m.replicas[0].state, QByteArray("online"));
        QVERIFY(m.replicas[0].lag >= 0);
        QVERIFY(m.masterReplOffset > 0);
        QVERIFY(m.replBacklogActive);

        const InfoReply replica = parseInfo(infoOf(pair.replica.port()));
        const ReplicationInfo &r = replica.replication;
        QCOMPARE(r.role, NodeRole::Replica);
        QCOMPARE(r.masterHost, QString("127.0.0.1"));
        QCOMPARE(r.masterPort, int(pair.master.port()));
        QVERIFY(r.masterLinkUp);
        QVERIFY(!r.masterSyncInProgress);
        QVERIFY(!r.transfer.has_value());
        QVERIFY(!r.masterLinkDownSinceSeconds.has_value());
        QVERIFY(r.slaveReplOffset > 0);
        QVERIFY(r.slaveReadOnly);
        QCOMPARE(r.masterReplid, m.masterReplid);
        QVERIFY(replica.stats.syncFull >= 0);
        QCOMPARE(master.stats.syncFull, -1); // only the replication section was asked for
        QVERIFY(parseInfo(infoOf(pair.master.port())).stats.syncFull >= 1);
    }
};

QTEST_GUILESS_MAIN(TestInfoReply)
#include "tst_info_reply.moc"
