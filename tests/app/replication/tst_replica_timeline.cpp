// What a replica's recorded state sequence means: full syncs, partial resyncs, link errors,
// outages. Fed with real recorded sequences (Redis logs) and node-history style transitions.
#include "model/replication/replica_timeline.h"
#include "model/replication/sync_step.h"
#include "recorded_logs.h"

#include <QTest>

namespace {

StateTransition step(quint64 seq, qint64 us, ReplicaState from, ReplicaState to, const char *reason,
                     bool loading = false)
{
    StateTransition t;
    t.seq = seq;
    t.timestampUs = us;
    t.from = from;
    t.to = to;
    t.reason = QString::fromLatin1(reason);
    t.loading = loading;
    return t;
}

QList<TimelineEventKind> kinds(const ReplicaTimeline &tl)
{
    QList<TimelineEventKind> out;
    for (const auto &e : tl.events())
        out << e.kind;
    return out;
}

ReplicaTimeline fromLog(const char *file)
{
    ReplicaTimeline tl(StateSource::Log);
    for (const auto &t : transitionsFromLog(file))
        tl.append(t);
    return tl;
}

} // namespace

class TstReplicaTimeline : public QObject
{
    Q_OBJECT
private slots:
    void fullSyncThenPartialResyncIsRecognised()
    {
        const ReplicaTimeline tl = fromLog("redis7-full-then-partial.replica.log");
        QCOMPARE(tl.state(), ReplicaState::Connected);
        QCOMPARE(tl.fullResyncCount(), 1);
        QCOMPARE(tl.partialResyncCount(), 1);
        QCOMPARE(tl.lastSyncPath(), SyncPath::Partial);
        QVERIFY(tl.lastError().isEmpty());
        QCOMPARE(kinds(tl), (QList<TimelineEventKind>{
                                TimelineEventKind::FullResyncStarted,
                                TimelineEventKind::LoadStarted,
                                TimelineEventKind::FullResyncDone,
                                TimelineEventKind::LinkUp,
                                TimelineEventKind::LinkDown,
                                TimelineEventKind::PartialResync,
                                TimelineEventKind::LinkUp,
                            }));
        // The outage in the recording lasted about a millisecond (CLIENT KILL, then reconnect).
        QVERIFY(tl.lastOutageUs() >= 0);
        QVERIFY(tl.lastOutageUs() < 100000);
        QCOMPARE(tl.downSinceUs(), 0);
    }

    void seedFailureThenFullSync()
    {
        const ReplicaTimeline tl = fromLog("seed-refused-then-full-sync.replica.log");
        QCOMPARE(tl.connectErrorCount(), 1);
        QCOMPARE(tl.fullResyncCount(), 1);
        QCOMPARE(tl.lastSyncPath(), SyncPath::Full);
        QCOMPARE(tl.state(), ReplicaState::Connected);
        QCOMPARE(tl.events().front().kind, TimelineEventKind::ConnectError);
        QVERIFY(tl.events().front().text.endsWith(QLatin1String("Connection refused")));
        QVERIFY(tl.lastOutageUs() < 0); // it never was up before: no outage, a first sync
    }

    void stuckLinkKeepsItsLastError()
    {
        const ReplicaTimeline tl = fromLog("seed-no-route-to-host.replica.log");
        QCOMPARE(tl.state(), ReplicaState::Connect);
        QCOMPARE(tl.lastError(),
                 QStringLiteral("Error condition on socket for SYNC: No route to host"));
        QVERIFY(tl.downSinceUs() > 0);
        const SyncStepHighlight h = highlightFor(tl);
        QCOMPARE(h.current, SyncStep::Connect);
        QVERIFY(h.failing);
        QVERIFY(!h.groupOnly);
    }

    void nodeHistoryIsDeduplicatedBySeq()
    {
        ReplicaTimeline tl(StateSource::NodeHistory);
        const auto a = step(1, 10, ReplicaState::None, ReplicaState::Connect, "REPLICAOF");
        const auto b = step(2, 20, ReplicaState::Connect, ReplicaState::Connecting, "sync started");
        QVERIFY(tl.append(a));
        QVERIFY(tl.append(b));
        // A poller re-reads the tail of the node's history.
        QVERIFY(!tl.append(a));
        QVERIFY(!tl.append(b));
        QCOMPARE(tl.transitions().size(), std::size_t(2));
        QCOMPARE(tl.lastSeq(), quint64(2));
    }

    // A killed replica restarted between two polls: its new process numbers its history from 1
    // again and may already have as many transitions as the old one. The later timestamps tell
    // the new entries from a re-read tail; before this, the timeline stayed in `connect`.
    void restartedNodeHistoryIsNotMistakenForTheOldTail()
    {
        ReplicaTimeline tl(StateSource::NodeHistory);
        const QList<StateTransition> first = {
            step(1, 100, ReplicaState::None, ReplicaState::Connect, "REPLICAOF"),
            step(2, 200, ReplicaState::Connect, ReplicaState::Connecting, "sync started"),
            step(3, 300, ReplicaState::Connecting, ReplicaState::Transfer, "Full resync"),
            step(4, 400, ReplicaState::Transfer, ReplicaState::Connected, "sync done"),
        };
        for (const auto &t : first)
            QVERIFY(tl.append(t));
        // The app noticed the node was gone (no seq: its own observation).
        QVERIFY(tl.append(step(0, 500, ReplicaState::Connected, ReplicaState::Connect, "lost")));
        const QList<StateTransition> second = {
            step(1, 1000, ReplicaState::None, ReplicaState::Connect, "REPLICAOF"),
            step(2, 1100, ReplicaState::Connect, ReplicaState::Connecting, "sync started"),
            step(3, 1200, ReplicaState::Connecting, ReplicaState::ReceivePsyncReply, "PSYNC"),
            step(4, 1300, ReplicaState::ReceivePsyncReply, ReplicaState::Connected,
                 "Master accepted a Partial Resynchronization."),
        };
        for (const auto &t : second)
            QVERIFY(tl.append(t));
        // The next poll re-reads the same tail: nothing new.
        for (const auto &t : second)
            QVERIFY(!tl.append(t));
        QCOMPARE(tl.state(), ReplicaState::Connected);
        QCOMPARE(tl.partialResyncCount(), 1);
        QCOMPARE(tl.fullResyncCount(), 1);
        QCOMPARE(tl.transitions().size(), std::size_t(9));
        QVERIFY(tl.lastError().isEmpty());
    }

    void repeatedFailuresAreBoundedButCounted()
    {
        ReplicaTimeline tl(StateSource::NodeHistory, 32);
        quint64 seq = 0;
        tl.append(step(++seq, 1, ReplicaState::None, ReplicaState::Connect, "REPLICAOF"));
        for (int i = 0; i < 1000; ++i) {
            tl.append(step(++seq, 2 + 2 * i, ReplicaState::Connect, ReplicaState::Connecting,
                           "MASTER <-> REPLICA sync started"));
            tl.append(step(++seq, 3 + 2 * i, ReplicaState::Connecting, ReplicaState::Connect,
                           "Error condition on socket for SYNC: Connection refused"));
        }
        QCOMPARE(tl.transitions().size(), std::size_t(32));
        QCOMPARE(tl.appendedCount(), qint64(2001));
        QCOMPARE(tl.connectErrorCount(), 1000);
        QVERIFY(tl.events().size() <= std::size_t(32));
        QCOMPARE(tl.transitions().back().seq, seq);
    }

    void partialResyncAfterLinkDropFromNodeHistory()
    {
        ReplicaTimeline tl(StateSource::NodeHistory);
        quint64 s = 0;
        const QList<StateTransition> seq = {
            step(++s, 1000000, ReplicaState::Connected, ReplicaState::Connect,
                 "Connection with master lost."),
            step(++s, 1000100, ReplicaState::Connect, ReplicaState::Connecting, "sync started"),
            step(++s, 1000200, ReplicaState::Connecting, ReplicaState::ReceivePingReply,
                 "Non blocking connect for SYNC fired the event."),
            step(++s, 1000300, ReplicaState::ReceivePingReply, ReplicaState::SendHandshake, "PONG"),
            step(++s, 1000400, ReplicaState::SendHandshake, ReplicaState::ReceiveAuthReply, "AUTH"),
            step(++s, 1000500, ReplicaState::ReceiveAuthReply, ReplicaState::ReceivePortReply,
                 "+OK"),
            step(++s, 1000600, ReplicaState::ReceivePortReply, ReplicaState::ReceiveCapaReply,
                 "+OK"),
            step(++s, 1000700, ReplicaState::ReceiveCapaReply, ReplicaState::SendPsync, "+OK"),
            step(++s, 1000800, ReplicaState::SendPsync, ReplicaState::ReceivePsyncReply,
                 "Trying a partial resynchronization (request abc:1508)."),
            step(++s, 3500000, ReplicaState::ReceivePsyncReply, ReplicaState::Connected,
                 "MASTER <-> REPLICA sync: Master accepted a Partial Resynchronization."),
        };
        for (const auto &t : seq)
            QVERIFY(tl.append(t));
        QCOMPARE(tl.partialResyncCount(), 1);
        QCOMPARE(tl.fullResyncCount(), 0);
        QCOMPARE(tl.lastOutageUs(), qint64(2500000));
        const SyncStepHighlight h = highlightFor(tl);
        QCOMPARE(h.current, SyncStep::Stream);
        QCOMPARE(h.path, SyncPath::Partial);
        QCOMPARE(pathSteps(h.path),
                 (QList<SyncStep>{SyncStep::Psync, SyncStep::Backlog, SyncStep::Stream}));
    }

    void takenPathIsShownOnlyForTheCurrentSync()
    {
        ReplicaTimeline tl = fromLog("redis7-full-then-partial.replica.log");
        QCOMPARE(highlightFor(tl).path, SyncPath::Partial);
        tl.append(step(0, 1, ReplicaState::Connected, ReplicaState::Connect,
                       "Connection with master lost."));
        QCOMPARE(tl.lastSyncPath(), SyncPath::Partial);  // history
        QCOMPARE(highlightFor(tl).path, SyncPath::None); // not drawn while down
    }

    void highlightFollowsTheHandshakeSubStates()
    {
        QCOMPARE(syncStepOf(ReplicaState::ReceiveAuthReply), SyncStep::Auth);
        QCOMPARE(syncStepOf(ReplicaState::ReceiveIpReply), SyncStep::Port);
        QCOMPARE(syncStepOf(ReplicaState::ReceiveCapaReply), SyncStep::Capa);
        QCOMPARE(syncStepOf(ReplicaState::ReceivePsyncReply), SyncStep::Psync);
        QCOMPARE(syncStepOf(ReplicaState::Transfer, false), SyncStep::Transfer);
        QCOMPARE(syncStepOf(ReplicaState::Transfer, true), SyncStep::Load);
    }

    void coarseSourceHighlightsTheWholeHandshake()
    {
        ReplicaTimeline tl(StateSource::InfoRole);
        tl.append(
            step(0, 1, ReplicaState::None, ReplicaState::ReceivePingReply, "ROLE: handshake"));
        const SyncStepHighlight h = highlightFor(tl);
        QVERIFY(h.groupOnly);
        QCOMPARE(h.current, SyncStep::Ping);
    }

    void becomingMasterEndsTheOutage()
    {
        ReplicaTimeline tl(StateSource::NodeHistory);
        tl.append(step(1, 1, ReplicaState::Connected, ReplicaState::Connect, "lost"));
        tl.append(step(2, 2, ReplicaState::Connect, ReplicaState::None, "MASTER MODE enabled"));
        QCOMPARE(tl.events().back().kind, TimelineEventKind::MasterMode);
        QCOMPARE(tl.downSinceUs(), 0);
        QVERIFY(highlightFor(tl).notReplica);
    }
};

QTEST_GUILESS_MAIN(TstReplicaTimeline)
#include "tst_replica_timeline.moc"
