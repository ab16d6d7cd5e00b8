// The stream a master produces: SELECT on db change, offsets, backlog, shared fan-out.
#include "replication/replication_stream.h"

#include <QTest>

using namespace rd::repl;

namespace {

std::vector<std::string> args(std::initializer_list<const char *> a)
{
    return {a.begin(), a.end()};
}

std::string drain(ReplicaOutput &r)
{
    std::string out;
    for (auto v : r.peek(1000))
        out.append(v);
    r.consume(r.pendingBytes());
    return out;
}

} // namespace

class TstReplicationStream : public QObject
{
    Q_OBJECT
private slots:
    void withoutBacklogOrReplicasTheOffsetStaysAtZero()
    {
        ReplicationStream s;
        s.propagate(0, args({"SET", "foo", "bar"}));
        QCOMPARE(s.masterReplOffset(), 0);
        QVERIFY(!s.hasUnflushed());
    }

    void redisReferenceOffsetsAreReproduced()
    {
        // Reference: SELECT 0 (23) + SET foo bar (31) + SELECT 3 (23) + set k3 v3 (29) + ping (14).
        ReplicationStream s;
        s.createBacklog(1048576);
        ReplicaOutput r;
        r.state = ReplicaSyncState::Online;
        s.attach(&r);
        s.propagate(0, args({"SET", "foo", "bar"}));
        QCOMPARE(s.masterReplOffset(), 54);
        s.propagate(3, args({"set", "k3", "v3"}));
        s.feedPing();
        QCOMPARE(s.masterReplOffset(), 120);
        QCOMPARE(s.backlog()->firstByteOffset(), 1);
        QCOMPARE(s.backlog()->histlen(), std::size_t(120));
        QCOMPARE(r.pendingBytes(), std::uint64_t(0)); // delivery waits for flush
        s.flush();
        const std::string bytes = drain(r);
        QCOMPARE(bytes, std::string("*2\r\n$6\r\nSELECT\r\n$1\r\n0\r\n"
                                    "*3\r\n$3\r\nSET\r\n$3\r\nfoo\r\n$3\r\nbar\r\n"
                                    "*2\r\n$6\r\nSELECT\r\n$1\r\n3\r\n"
                                    "*3\r\n$3\r\nset\r\n$2\r\nk3\r\n$2\r\nv3\r\n"
                                    "*1\r\n$4\r\nping\r\n"));
        QCOMPARE(s.backlog()->copyFrom(1), bytes);
    }

    void sameDbNoSelectForcedSelectAfterReset()
    {
        ReplicationStream s;
        s.createBacklog(4096);
        s.propagate(0, args({"SET", "a", "1"}));
        const auto after = s.masterReplOffset();
        s.propagate(0, args({"SET", "b", "2"}));
        QCOMPARE(s.masterReplOffset() - after,
                 std::int64_t(encodeMultibulk(args({"SET", "b", "2"})).size()));
        s.forceSelect();
        s.propagate(0, args({"DEL", "a"}));
        QVERIFY(s.backlog()->copyFrom(after + 1).find("SELECT") != std::string::npos);
    }

    void getAckIsThirtySevenBytes()
    {
        ReplicationStream s;
        s.createBacklog(4096);
        s.feedGetAck();
        QCOMPARE(s.masterReplOffset(), 37);
    }

    void replicasWaitingForTheirSnapshotGetNothing()
    {
        ReplicationStream s;
        s.createBacklog(4096);
        ReplicaOutput waiting; // WaitBgsaveStart
        ReplicaOutput buffering;
        buffering.state = ReplicaSyncState::WaitBgsaveEnd;
        s.attach(&waiting);
        s.attach(&buffering);
        s.attach(&buffering); // attaching twice is harmless
        QCOMPARE(s.replicas().size(), std::size_t(2));
        s.propagate(1, args({"LPUSH", "l", "x"}));
        s.flush();
        QCOMPARE(waiting.pendingBytes(), std::uint64_t(0));
        QCOMPARE(buffering.pendingBytes(), std::uint64_t(s.masterReplOffset()));
        s.detach(&buffering);
        s.feedPing();
        s.flush();
        QCOMPARE(buffering.pendingBytes(), std::uint64_t(s.masterReplOffset() - 14));
    }

    void verbatimBytesKeepTheMastersOffsets()
    {
        ReplicationStream s;
        s.setMasterReplOffset(1000);
        s.createBacklog(4096);
        s.feedVerbatim("sx\r\n*1\r\n$8\r\nflushall\r\n"); // may start mid-command
        QCOMPARE(s.masterReplOffset(), 1022);
        QCOMPARE(s.backlog()->firstByteOffset(), 1001);
        QVERIFY(s.backlog()->holds(1023));
        QVERIFY(!s.backlog()->holds(1024));
    }
};

QTEST_GUILESS_MAIN(TstReplicationStream)
#include "tst_replication_stream.moc"
