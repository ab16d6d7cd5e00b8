// The backlog keeps the newest repl-backlog-size bytes and answers "can I replay from X?".
#include "replication/backlog.h"
#include "replication/psync_decision.h"

#include <QTest>

using namespace rd::repl;

class TstBacklog : public QObject
{
    Q_OBJECT
private slots:
    void newBacklogStartsAfterTheCurrentOffset()
    {
        Backlog b(1024, 0);
        QCOMPARE(b.firstByteOffset(), 1);
        QCOMPARE(b.histlen(), std::size_t(0));
        QVERIFY(b.holds(1)); // "missed nothing" is accepted
        QVERIFY(!b.holds(2));
        QVERIFY(!b.holds(0));
        QCOMPARE(b.copyFrom(1), std::string());
    }

    void appendedBytesAreReplayedFromAnyHeldOffset()
    {
        Backlog b(1024, 100);
        b.append("*2\r\n$6\r\nSELECT\r\n$1\r\n0\r\n"); // 23 bytes, offsets 101..123
        b.append("abc");
        QCOMPARE(b.masterReplOffset(), 126);
        QCOMPARE(b.firstByteOffset(), 101);
        QCOMPARE(b.histlen(), std::size_t(26));
        QCOMPARE(b.copyFrom(124), std::string("abc"));
        QCOMPARE(b.copyFrom(127), std::string());
        QVERIFY(!b.holds(128));
        QVERIFY(!b.holds(100));
    }

    void oldBytesFallOutWhenTheBufferWraps()
    {
        Backlog b(10, 0);
        std::string all;
        for (int i = 0; i < 7; ++i) {
            std::string piece = std::to_string(i) + "xyz"; // 4 bytes each, 28 total
            b.append(piece);
            all += piece;
        }
        QCOMPARE(b.histlen(), std::size_t(10));
        QCOMPARE(b.masterReplOffset(), 28);
        QCOMPARE(b.firstByteOffset(), 19);
        QCOMPARE(b.copyFrom(19), all.substr(18));
        QCOMPARE(b.copyFrom(25), all.substr(24));
        QVERIFY(!b.holds(18));
    }

    void anAppendLargerThanTheBufferKeepsItsTail()
    {
        Backlog b(8, 5);
        b.append("0123456789abcdef");
        QCOMPARE(b.masterReplOffset(), 21);
        QCOMPARE(b.firstByteOffset(), 14);
        QCOMPARE(b.copyFrom(14), std::string("89abcdef"));
    }

    void manySmallAppendsMatchAReferenceString()
    {
        Backlog b(97, 1000);
        std::string all;
        for (int i = 0; i < 500; ++i) {
            std::string piece(std::size_t(i % 13 + 1), char('a' + i % 26));
            b.append(piece);
            all += piece;
            const std::int64_t first = b.firstByteOffset();
            QCOMPARE(b.copyFrom(first), all.substr(all.size() - b.histlen()));
            QCOMPARE(first + std::int64_t(b.histlen()), b.masterReplOffset() + 1);
        }
    }

    void resizeKeepsTheNewestBytes()
    {
        Backlog b(16, 0);
        b.append("abcdefghijkl");
        b.resize(4);
        QCOMPARE(b.size(), std::size_t(4));
        QCOMPARE(b.firstByteOffset(), 9);
        QCOMPARE(b.copyFrom(9), std::string("ijkl"));
        b.resize(32);
        b.append("mn");
        QCOMPARE(b.copyFrom(9), std::string("ijklmn"));
        QCOMPARE(b.masterReplOffset(), 14);
    }

    // --- the partial-resync decision ------------------------------------------------------

    void psyncWithOurIdAndAHeldOffsetContinues()
    {
        ReplicationIds ids;
        Backlog b(1024, 0);
        b.append(std::string(120, 'x'));
        const PsyncDecision d = decidePsync(ids, &b, 120, ids.replid, 121, "127.0.0.1:7001");
        QVERIFY(d.accepted());
        QVERIFY(d.logLines.empty());
    }

    void psyncQuestionMarkIsAFullResyncRequest()
    {
        ReplicationIds ids;
        Backlog b(1024, 0);
        const PsyncDecision d = decidePsync(ids, &b, 0, "?", -1, "127.0.0.1:7001");
        QCOMPARE(d.verdict, PsyncVerdict::FullResyncRequested);
        QCOMPARE(d.logLines.at(0), std::string("Full resync requested by replica 127.0.0.1:7001"));
    }

    void psyncWithAForeignIdIsRejectedWithRedisLogLine()
    {
        ReplicationIds ids;
        const std::string other(40, 'a');
        const PsyncDecision d = decidePsync(ids, nullptr, 0, other, 5, "10.0.0.2:6380");
        QCOMPARE(d.verdict, PsyncVerdict::IdMismatch);
        QCOMPARE(d.logLines.at(0),
                 "Partial resynchronization not accepted: Replication ID mismatch (Replica asked "
                 "for '" +
                     other + "', my replication IDs are '" + ids.replid +
                     "' and '0000000000000000000000000000000000000000')");
    }

    void psyncWithTheSecondaryIdWorksUpToTheForkOffset()
    {
        ReplicationIds ids;
        const std::string old = ids.replid;
        Backlog b(1024, 0);
        b.append(std::string(1507, 'x'));
        const std::string line = ids.shift(1507);
        QCOMPARE(line, "Setting secondary replication ID to " + old +
                           ", valid up to offset: 1508. New replication ID is " + ids.replid);
        QCOMPARE(ids.replid2, old);
        QCOMPARE(ids.secondReplidOffset, 1508);
        QVERIFY(ids.replid != old);

        QVERIFY(decidePsync(ids, &b, 1507, old, 1508, "r:1").accepted());
        QVERIFY(decidePsync(ids, &b, 1507, old, 1000, "r:1").accepted());
        b.append("more");
        const PsyncDecision past = decidePsync(ids, &b, 1511, old, 1509, "r:1");
        QCOMPARE(past.verdict, PsyncVerdict::SecondaryOffsetTooHigh);
        QCOMPARE(past.logLines.at(0),
                 std::string("Partial resynchronization not accepted: Requested offset for second "
                             "ID was 1509, but I can reply up to 1508"));
    }

    void psyncIdsCompareCaseInsensitively()
    {
        ReplicationIds ids;
        Backlog b(64, 0);
        QVERIFY(decidePsync(ids, &b, 0,
                            QByteArray::fromStdString(ids.replid).toUpper().toStdString(), 1, "r:1")
                    .accepted());
    }

    void psyncOutsideTheBacklogFallsBackToFullSync()
    {
        ReplicationIds ids;
        Backlog b(10, 0);
        b.append(std::string(50, 'x'));
        const PsyncDecision old = decidePsync(ids, &b, 50, ids.replid, 3, "127.0.0.1:7002");
        QCOMPARE(old.verdict, PsyncVerdict::OutsideBacklog);
        QCOMPARE(old.logLines.size(), std::size_t(1));
        QCOMPARE(old.logLines.at(0), std::string("Unable to partial resync with replica "
                                                 "127.0.0.1:7002 for lack of backlog (Replica "
                                                 "request was: 3)."));
        const PsyncDecision future = decidePsync(ids, &b, 50, ids.replid, 60, "127.0.0.1:7002");
        QCOMPARE(future.verdict, PsyncVerdict::OutsideBacklog);
        QCOMPARE(future.logLines.at(1),
                 std::string("Warning: replica 127.0.0.1:7002 tried to PSYNC with an offset that "
                             "is greater than the master replication offset."));
        QCOMPARE(decidePsync(ids, nullptr, 0, ids.replid, 1, "r:1").verdict,
                 PsyncVerdict::OutsideBacklog);
    }
};

QTEST_GUILESS_MAIN(TstBacklog)
#include "tst_backlog.moc"
