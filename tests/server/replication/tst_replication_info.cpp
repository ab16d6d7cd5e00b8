// INFO replication must match Redis 7.0 byte for byte (reference snapshots observed on 7.0.15).
#include "replication/replica_output.h"
#include "replication/replication_info.h"

#include <QTest>

using namespace rd::repl;
using rd::OutputBufferLimit;

class TstReplicationInfo : public QObject
{
    Q_OBJECT
private slots:
    void masterWithOneReplicaMatchesRedis()
    {
        ReplicationInfo i;
        i.replicas.push_back({"127.0.0.1", 17002, "online", 120, 0});
        i.replid = "75f163091644efb7f5439b1e3935cfbf95e736b9";
        i.replid2 = std::string(40, '0');
        i.masterReplOffset = 120;
        i.backlogActive = true;
        i.backlogFirstByteOffset = 1;
        i.backlogHistlen = 120;
        QCOMPARE(renderReplicationInfo(i),
                 std::string("role:master\r\n"
                             "connected_slaves:1\r\n"
                             "slave0:ip=127.0.0.1,port=17002,state=online,offset=120,lag=0\r\n"
                             "master_failover_state:no-failover\r\n"
                             "master_replid:75f163091644efb7f5439b1e3935cfbf95e736b9\r\n"
                             "master_replid2:0000000000000000000000000000000000000000\r\n"
                             "master_repl_offset:120\r\n"
                             "second_repl_offset:-1\r\n"
                             "repl_backlog_active:1\r\n"
                             "repl_backlog_size:1048576\r\n"
                             "repl_backlog_first_byte_offset:1\r\n"
                             "repl_backlog_histlen:120\r\n"));
    }

    void connectedReplicaMatchesRedis()
    {
        ReplicationInfo i;
        i.isReplica = true;
        i.masterHost = "127.0.0.1";
        i.masterPort = 17001;
        i.linkUp = true;
        i.lastIoSecondsAgo = 1;
        i.readReplOffset = 120;
        i.replOffset = 120;
        i.replid = "75f163091644efb7f5439b1e3935cfbf95e736b9";
        i.replid2 = std::string(40, '0');
        i.masterReplOffset = 120;
        i.backlogActive = true;
        i.backlogFirstByteOffset = 1;
        i.backlogHistlen = 120;
        QCOMPARE(renderReplicationInfo(i),
                 std::string("role:slave\r\n"
                             "master_host:127.0.0.1\r\n"
                             "master_port:17001\r\n"
                             "master_link_status:up\r\n"
                             "master_last_io_seconds_ago:1\r\n"
                             "master_sync_in_progress:0\r\n"
                             "slave_read_repl_offset:120\r\n"
                             "slave_repl_offset:120\r\n"
                             "slave_priority:100\r\n"
                             "slave_read_only:1\r\n"
                             "replica_announced:1\r\n"
                             "connected_slaves:0\r\n"
                             "master_failover_state:no-failover\r\n"
                             "master_replid:75f163091644efb7f5439b1e3935cfbf95e736b9\r\n"
                             "master_replid2:0000000000000000000000000000000000000000\r\n"
                             "master_repl_offset:120\r\n"
                             "second_repl_offset:-1\r\n"
                             "repl_backlog_active:1\r\n"
                             "repl_backlog_size:1048576\r\n"
                             "repl_backlog_first_byte_offset:1\r\n"
                             "repl_backlog_histlen:120\r\n"));
    }

    void transferShowsProgressLikeRedis()
    {
        ReplicationInfo i;
        i.isReplica = true;
        i.masterHost = "127.0.0.1";
        i.masterPort = 17001;
        i.syncInProgress = true;
        i.syncTotalBytes = 20441;
        i.syncReadBytes = 100;
        i.syncLastIoSecondsAgo = 5;
        const std::string text = renderReplicationInfo(i);
        QVERIFY(text.find("master_sync_in_progress:1\r\nslave_read_repl_offset:1\r\n"
                          "slave_repl_offset:1\r\nmaster_sync_total_bytes:20441\r\n"
                          "master_sync_read_bytes:100\r\nmaster_sync_left_bytes:20341\r\n"
                          "master_sync_perc:0.49\r\nmaster_sync_last_io_seconds_ago:5\r\n"
                          "master_link_down_since_seconds:-1\r\nslave_priority:100\r\n") !=
                std::string::npos);
    }

    void transferBeforeTheHeaderPrintsRedisNegativeZero()
    {
        ReplicationInfo i;
        i.isReplica = true;
        i.syncInProgress = true;
        const std::string text = renderReplicationInfo(i);
        QVERIFY(text.find("master_sync_total_bytes:-1\r\nmaster_sync_read_bytes:0\r\n"
                          "master_sync_left_bytes:-1\r\nmaster_sync_perc:-0.00\r\n") !=
                std::string::npos);
    }

    void minReplicasLineAppearsOnlyWhenConfigured()
    {
        ReplicationInfo i;
        QVERIFY(renderReplicationInfo(i).find("min_slaves_good_slaves") == std::string::npos);
        i.minReplicasGood = 2;
        QVERIFY(renderReplicationInfo(i).find("connected_slaves:0\r\nmin_slaves_good_slaves:2\r\n"
                                              "master_failover_state") != std::string::npos);
    }

    // --- the per-replica output queue on the master -----------------------------------------

    void replicaQueueSharesChunksAndDrainsInOrder()
    {
        ReplicaOutput a;
        ReplicaOutput b;
        auto chunk = std::make_shared<const std::string>("*1\r\n$4\r\nping\r\n");
        a.feed(chunk);
        b.feed(chunk);
        a.feed(std::string("tail"));
        QCOMPARE(a.pendingBytes(), std::uint64_t(18));
        a.consume(4);
        auto views = a.peek();
        QCOMPARE(views.size(), std::size_t(2));
        QCOMPARE(views[0], std::string_view("$4\r\nping\r\n"));
        a.consume(12);
        QCOMPARE(a.peek().at(0), std::string_view("il"));
        QCOMPARE(a.pendingBytes(), std::uint64_t(2));
        QCOMPARE(b.pendingBytes(), std::uint64_t(14));
    }

    void replicaNameAndStateFollowRedis()
    {
        ReplicaOutput r;
        r.peerIp = "127.0.0.1";
        QCOMPARE(r.name(), std::string("127.0.0.1:<unknown-replica-port>"));
        r.listeningPort = 6380;
        r.announcedIp = "10.1.2.3";
        QCOMPARE(r.name(), std::string("10.1.2.3:6380"));
        QCOMPARE(infoStateName(ReplicaSyncState::WaitBgsaveStart), std::string_view("wait_bgsave"));
        QCOMPARE(infoStateName(ReplicaSyncState::WaitBgsaveEnd), std::string_view("wait_bgsave"));
        QCOMPARE(infoStateName(ReplicaSyncState::SendBulk), std::string_view("send_bulk"));
        QCOMPARE(infoStateName(ReplicaSyncState::Online), std::string_view("online"));
    }

    void outputLimitHardAtOnceSoftAfterItsSeconds()
    {
        const OutputBufferLimit limit{100, 50, 2};
        ReplicaOutput r;
        r.feed(std::string(60, 'x'));
        QVERIFY(!r.overLimit(limit, 1000));
        QVERIFY(!r.overLimit(limit, 3000));
        QVERIFY(r.overLimit(limit, 3001));
        r.consume(20); // back under the soft limit: the clock restarts
        QVERIFY(!r.overLimit(limit, 4000));
        r.feed(std::string(20, 'x'));
        QVERIFY(!r.overLimit(limit, 5000));
        r.feed(std::string(40, 'x'));
        QVERIFY(r.overLimit(limit, 5001)); // hard limit
        QVERIFY(!r.overLimit(OutputBufferLimit{0, 0, 0}, 9999));
    }
};

QTEST_GUILESS_MAIN(TstReplicationInfo)
#include "tst_replication_info.moc"
