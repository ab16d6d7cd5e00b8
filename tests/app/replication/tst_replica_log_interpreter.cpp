// A replica's Redis log, recorded from a real redis-server 7.0 and quoted from the seed, read
// back as the state sequence the diagram draws.
#include "recorded_logs.h"

#include <QDateTime>
#include <QTest>

namespace {

QList<ReplicaState> targets(const QList<StateTransition> &ts)
{
    QList<ReplicaState> out;
    for (const auto &t : ts)
        out << t.to;
    return out;
}

} // namespace

class TstReplicaLogInterpreter : public QObject
{
    Q_OBJECT
private slots:
    void parsesRedisLogLineFields()
    {
        const auto line = parseRedisLogLine(
            "14015:S 13 May 2020 17:08:24.049 # Error condition on socket for SYNC: No route to "
            "host\n");
        QVERIFY(line);
        QCOMPARE(line->pid, 14015);
        QCOMPARE(line->role, 'S');
        QCOMPARE(line->level, '#');
        QCOMPARE(line->message,
                 QStringLiteral("Error condition on socket for SYNC: No route to host"));
        const QDateTime expected(QDate(2020, 5, 13), QTime(17, 8, 24, 49));
        QCOMPARE(line->timestampUs, expected.toMSecsSinceEpoch() * 1000);
    }

    void rejectsLinesInAnotherFormat()
    {
        QVERIFY(!parseRedisLogLine(""));
        QVERIFY(!parseRedisLogLine("                _._"));
        QVERIFY(!parseRedisLogLine("abc:S 13 May 2020 17:08:24.049 * x"));
        QVERIFY(!parseRedisLogLine("1:S 13 Foo 2020 17:08:24.049 * x"));
    }

    void firstFullSyncThenPartialResyncFromRecordedRedis()
    {
        const auto ts = transitionsFromLog("redis7-full-then-partial.replica.log");
        const QList<ReplicaState> expected = {
            ReplicaState::Connecting,        // Connecting to MASTER
            ReplicaState::ReceivePingReply,  // Non blocking connect fired
            ReplicaState::SendHandshake,     // Master replied to PING
            ReplicaState::ReceivePsyncReply, // Partial resynchronization not possible
            ReplicaState::Transfer,          // Full resync from master
            ReplicaState::Transfer,          // Flushing old data (loading)
            ReplicaState::Connected,         // Finished with success
            ReplicaState::Connect,           // Connection with master lost.
            ReplicaState::Connecting,        // Reconnecting to MASTER
            ReplicaState::ReceivePingReply,  ReplicaState::SendHandshake,
            ReplicaState::ReceivePsyncReply, // Trying a partial resynchronization
            ReplicaState::Connected,         // Successful partial resynchronization
        };
        QCOMPARE(targets(ts), expected);
        QVERIFY(!ts[4].loading);
        QVERIFY(ts[5].loading);
        QCOMPARE(ts[5].reason, QStringLiteral("MASTER <-> REPLICA sync: Flushing old data"));
        QCOMPARE(ts[12].from, ReplicaState::ReceivePsyncReply);
        QVERIFY(ts[12].reason.startsWith(QLatin1String("Successful partial resynchronization")));
        for (int i = 1; i < ts.size(); ++i) {
            QCOMPARE(ts[i].from, ts[i - 1].to);
            QVERIFY(ts[i].timestampUs >= ts[i - 1].timestampUs);
        }
    }

    void connectionRefusedLoopsBetweenConnectAndConnecting()
    {
        const auto ts = transitionsFromLog("redis7-connection-refused.replica.log");
        QVERIFY(ts.size() >= 6);
        int errors = 0;
        for (const auto &t : ts) {
            QVERIFY(t.to == ReplicaState::Connect || t.to == ReplicaState::Connecting);
            if (t.to == ReplicaState::Connect) {
                ++errors;
                QCOMPARE(linkErrorDetail(t.reason), QStringLiteral("Connection refused"));
            }
        }
        QCOMPARE(errors, 4);
    }

    void seedNoRouteToHostStopsInConnect()
    {
        const auto ts = transitionsFromLog("seed-no-route-to-host.replica.log");
        QCOMPARE(targets(ts),
                 (QList<ReplicaState>{ReplicaState::Connecting, ReplicaState::Connect}));
        QCOMPARE(linkErrorDetail(ts.last().reason), QStringLiteral("No route to host"));
    }

    void wrongPasswordFailsAfterPing()
    {
        const auto ts = transitionsFromLog("redis7-wrongpass.replica.log");
        QVERIFY(!ts.isEmpty());
        const StateTransition &fail = ts.last();
        QCOMPARE(fail.from, ReplicaState::SendHandshake);
        QCOMPARE(fail.to, ReplicaState::Connect);
        QVERIFY(linkErrorDetail(fail.reason).startsWith(QLatin1String("-WRONGPASS")));
    }

    void missingMasterauthLoopsThroughSyncAttempts()
    {
        const auto ts = transitionsFromLog("redis7-noauth.replica.log");
        int aborted = 0;
        for (const auto &t : ts) {
            if (t.reason.startsWith(QLatin1String("MASTER aborted replication with an error")))
                ++aborted;
        }
        QVERIFY(aborted >= 3);
        auto lastFailure = std::find_if(ts.crbegin(), ts.crend(), [](const StateTransition &t) {
            return t.to == ReplicaState::Connect;
        });
        QVERIFY(lastFailure != ts.crend());
        QCOMPARE(linkErrorDetail(lastFailure->reason),
                 QStringLiteral("NOAUTH Authentication required."));
    }

    void repeatedLinesAboutOneStepAreOneTransition()
    {
        ReplicaLogInterpreter in;
        RedisLogLine line;
        line.message = QStringLiteral("MASTER <-> REPLICA sync: Flushing old data");
        in.feed({0, 'S', 1, '*', QStringLiteral("Full resync from master: x:0")});
        QVERIFY(in.feed(line));
        line.message = QStringLiteral("MASTER <-> REPLICA sync: Loading DB in memory");
        QVERIFY(!in.feed(line));
        QVERIFY(in.isLoading());
    }
};

QTEST_GUILESS_MAIN(TstReplicaLogInterpreter)
#include "tst_replica_log_interpreter.moc"
