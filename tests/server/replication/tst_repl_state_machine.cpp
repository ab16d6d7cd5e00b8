// The replica state machine: Redis's names, one transition function that logs and remembers.
#include "replication/repl_state_machine.h"

#include <QTest>

using namespace rd::repl;

class TstReplStateMachine : public QObject
{
    Q_OBJECT
private slots:
    void stateNamesAreRedisNames()
    {
        QCOMPARE(stateName(ReplState::Connect), std::string_view("connect"));
        QCOMPARE(stateName(ReplState::ReceivePingReply), std::string_view("receive_ping_reply"));
        QCOMPARE(stateName(ReplState::ReceiveCapaReply), std::string_view("receive_capa_reply"));
        QCOMPARE(stateName(ReplState::ReceivePsyncReply), std::string_view("receive_psync_reply"));
        QCOMPARE(stateName(ReplState::Connected), std::string_view("connected"));
        for (int i = 0; i < kReplStateCount; ++i) {
            const auto s = static_cast<ReplState>(i);
            QCOMPARE(stateFromName(stateName(s)), std::optional<ReplState>(s));
        }
        QVERIFY(!stateFromName("bogus"));
    }

    void roleReportsHandshakeStatesAsHandshake()
    {
        QCOMPARE(roleStateName(ReplState::None), std::string_view("none"));
        QCOMPARE(roleStateName(ReplState::Connect), std::string_view("connect"));
        QCOMPARE(roleStateName(ReplState::Connecting), std::string_view("connecting"));
        for (auto s :
             {ReplState::ReceivePingReply, ReplState::SendHandshake, ReplState::ReceiveAuthReply,
              ReplState::ReceivePortReply, ReplState::ReceiveIpReply, ReplState::ReceiveCapaReply,
              ReplState::SendPsync, ReplState::ReceivePsyncReply}) {
            QCOMPARE(roleStateName(s), std::string_view("handshake"));
            QVERIFY(isHandshakeState(s));
        }
        QCOMPARE(roleStateName(ReplState::Transfer), std::string_view("sync"));
        QCOMPARE(roleStateName(ReplState::Connected), std::string_view("connected"));
        QVERIFY(!isHandshakeState(ReplState::Transfer));
        QVERIFY(!isHandshakeState(ReplState::Connecting));
    }

    void everyTransitionIsLoggedAndRecordedWithItsReason()
    {
        std::vector<std::pair<LogLevel, std::string>> lines;
        ReplStateMachine sm([&](LogLevel l, std::string_view m) { lines.emplace_back(l, m); });
        const std::int64_t before = ReplStateMachine::nowUs();
        sm.transitionTo(ReplState::Connect, "REPLICAOF 127.0.0.1:6379 enabled");
        sm.transitionTo(ReplState::Connecting, "MASTER <-> REPLICA sync started");
        sm.transitionTo(ReplState::Connect,
                        "Error condition on socket for SYNC: Connection refused",
                        LogLevel::Warning);
        sm.transitionTo(ReplState::Connecting, "");
        const std::int64_t after = ReplStateMachine::nowUs();

        QCOMPARE(sm.state(), ReplState::Connecting);
        QCOMPARE(lines.size(), std::size_t(3)); // the empty reason is recorded, not logged
        QCOMPARE(lines[2].first, LogLevel::Warning);
        QCOMPARE(lines[2].second,
                 std::string("Error condition on socket for SYNC: Connection refused"));

        const auto h = sm.history();
        QCOMPARE(h.size(), std::size_t(4));
        QCOMPARE(h[0].from, ReplState::None);
        QCOMPARE(h[0].to, ReplState::Connect);
        QCOMPARE(h[2].from, ReplState::Connecting);
        QCOMPARE(h[2].to, ReplState::Connect);
        QCOMPARE(h[2].reason,
                 std::string("Error condition on socket for SYNC: Connection refused"));
        for (std::size_t i = 0; i < h.size(); ++i) {
            QCOMPARE(h[i].seq, std::uint64_t(i + 1));
            QVERIFY(h[i].timestampUs >= before && h[i].timestampUs <= after);
            if (i)
                QVERIFY(h[i].timestampUs >= h[i - 1].timestampUs);
        }
        QCOMPARE(sm.enteredAtUs(), h.back().timestampUs);
    }

    void historyIsBoundedAndKeepsTheNewest()
    {
        ReplStateMachine sm({}, 5);
        for (int i = 0; i < 12; ++i)
            sm.transitionTo(i % 2 ? ReplState::Connecting : ReplState::Connect,
                            "attempt " + std::to_string(i));
        QCOMPARE(sm.transitionCount(), std::uint64_t(12));
        const auto all = sm.history();
        QCOMPARE(all.size(), std::size_t(5));
        QCOMPARE(all.front().reason, std::string("attempt 7"));
        QCOMPARE(all.front().seq, std::uint64_t(8));
        QCOMPARE(all.back().reason, std::string("attempt 11"));
        const auto two = sm.history(2);
        QCOMPARE(two.size(), std::size_t(2));
        QCOMPARE(two[0].reason, std::string("attempt 10"));
        QCOMPARE(sm.history(100).size(), std::size_t(5));
    }
};

QTEST_GUILESS_MAIN(TstReplStateMachine)
#include "tst_repl_state_machine.moc"
