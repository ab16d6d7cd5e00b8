// The replica's handshake: exact bytes on the wire, Redis's log lines, one state per reply.
#include "replication/master_handshake.h"

#include <QTest>

using namespace rd::repl;
using Kind = MasterHandshake::Action::Kind;

namespace {

struct Rig
{
    std::vector<std::string> log;
    ReplStateMachine machine{[this](LogLevel l, std::string_view m) {
        if (l != LogLevel::Verbose)
            log.emplace_back(m);
    }};
    LogSink sink() { return machine_sink(); }
    LogSink machine_sink()
    {
        return [this](LogLevel, std::string_view m) {
            log.emplace_back(m);
        };
    }
};

} // namespace

class TstMasterHandshake : public QObject
{
    Q_OBJECT
private slots:
    void firstSyncSendsRedisBytesAndLogsTheSeedSequence()
    {
        Rig rig;
        rig.machine.transitionTo(ReplState::Connect, "");
        rig.machine.transitionTo(ReplState::Connecting, "MASTER <-> REPLICA sync started");
        HandshakeConfig cfg;
        cfg.masterUser = "repluser";
        cfg.masterAuth = "secret";
        cfg.listeningPort = 17011;
        cfg.announceIp = "127.0.0.9";
        MasterHandshake hs(rig.machine, rig.sink(), cfg);

        auto a = hs.onConnected();
        QCOMPARE(a.kind, Kind::Send);
        QCOMPARE(a.bytes, std::string("*1\r\n$4\r\nPING\r\n"));
        QCOMPARE(rig.machine.state(), ReplState::ReceivePingReply);

        a = hs.onLine("+PONG");
        QCOMPARE(a.kind, Kind::Send);
        QCOMPARE(a.bytes,
                 std::string("*3\r\n$4\r\nAUTH\r\n$8\r\nrepluser\r\n$6\r\nsecret\r\n"
                             "*3\r\n$8\r\nREPLCONF\r\n$14\r\nlistening-port\r\n$5\r\n17011\r\n"
                             "*3\r\n$8\r\nREPLCONF\r\n$10\r\nip-address\r\n$9\r\n127.0.0.9\r\n"
                             "*5\r\n$8\r\nREPLCONF\r\n$4\r\ncapa\r\n$3\r\neof\r\n$4\r\ncapa\r\n$"
                             "6\r\npsync2\r\n"));
        QCOMPARE(rig.machine.state(), ReplState::ReceiveAuthReply);
        QCOMPARE(hs.onLine("+OK").kind, Kind::Wait);
        QCOMPARE(rig.machine.state(), ReplState::ReceivePortReply);
        QCOMPARE(hs.onLine("+OK").kind, Kind::Wait);
        QCOMPARE(rig.machine.state(), ReplState::ReceiveIpReply);
        QCOMPARE(hs.onLine("+OK").kind, Kind::Wait);
        QCOMPARE(rig.machine.state(), ReplState::ReceiveCapaReply);
        a = hs.onLine("+OK");
        QCOMPARE(a.kind, Kind::Send);
        QCOMPARE(a.bytes, std::string("*3\r\n$5\r\nPSYNC\r\n$1\r\n?\r\n$2\r\n-1\r\n"));
        QCOMPARE(rig.machine.state(), ReplState::ReceivePsyncReply);
        QCOMPARE(hs.onLine("").kind, Kind::Wait); // keepalive newline
        a = hs.onLine("+FULLRESYNC c658aa4725c9200d910e7704e58a44bf36a57e28 0");
        QCOMPARE(a.kind, Kind::FullResync);
        QCOMPARE(a.replid, std::string("c658aa4725c9200d910e7704e58a44bf36a57e28"));
        QCOMPARE(a.offset, 0);
        QCOMPARE(rig.machine.state(), ReplState::Transfer);

        const std::vector<std::string> expected = {
            "MASTER <-> REPLICA sync started",
            "Non blocking connect for SYNC fired the event.",
            "Master replied to PING, replication can continue...",
            "Partial resynchronization not possible (no cached master)",
            "Full resync from master: c658aa4725c9200d910e7704e58a44bf36a57e28:0",
        };
        QCOMPARE(rig.log, expected);
        // Every sub-state is in the history, in order.
        std::vector<ReplState> visited;
        for (const auto &t : rig.machine.history())
            visited.push_back(t.to);
        const std::vector<ReplState> path = {
            ReplState::Connect,           ReplState::Connecting,       ReplState::ReceivePingReply,
            ReplState::SendHandshake,     ReplState::ReceiveAuthReply, ReplState::ReceivePortReply,
            ReplState::ReceiveIpReply,    ReplState::ReceiveCapaReply, ReplState::SendPsync,
            ReplState::ReceivePsyncReply, ReplState::Transfer};
        QVERIFY(visited == path);
    }

    void withoutAuthOrIpThoseRepliesAreSkipped()
    {
        Rig rig;
        HandshakeConfig cfg;
        cfg.listeningPort = 6380;
        MasterHandshake hs(rig.machine, rig.sink(), cfg);
        hs.onConnected();
        const auto a = hs.onLine("-NOAUTH Authentication required."); // accepted at PING
        QCOMPARE(a.bytes,
                 std::string("*3\r\n$8\r\nREPLCONF\r\n$14\r\nlistening-port\r\n$4\r\n6380\r\n"
                             "*5\r\n$8\r\nREPLCONF\r\n$4\r\ncapa\r\n$3\r\neof\r\n$4\r\ncapa\r\n$"
                             "6\r\npsync2\r\n"));
        QCOMPARE(rig.machine.state(), ReplState::ReceivePortReply);
        hs.onLine("-NOAUTH Authentication required.");
        QCOMPARE(rig.machine.state(), ReplState::ReceiveCapaReply);
        QCOMPARE(rig.log.back(), std::string("(Non critical) Master does not understand REPLCONF "
                                             "listening-port: -NOAUTH Authentication required."));
        hs.onLine("-NOAUTH Authentication required.");
        const auto s = hs.onLine("-NOAUTH Authentication required.");
        QCOMPARE(s.kind, Kind::FullResync);
        QCOMPARE(s.bytes, std::string("SYNC\r\n"));
        QCOMPARE(
            rig.log.at(rig.log.size() - 2),
            std::string("Unexpected reply to PSYNC from master: -NOAUTH Authentication required."));
        QCOMPARE(rig.log.back(), std::string("Retrying with SYNC..."));
    }

    void wrongPasswordFailsAtAuth()
    {
        Rig rig;
        HandshakeConfig cfg;
        cfg.masterAuth = "wrong";
        MasterHandshake hs(rig.machine, rig.sink(), cfg);
        hs.onConnected();
        hs.onLine("+PONG");
        const auto a = hs.onLine("-WRONGPASS invalid username-password pair or user is disabled.");
        QCOMPARE(a.kind, Kind::Fail);
        QCOMPARE(a.reason, std::string("Unable to AUTH to MASTER: -WRONGPASS invalid "
                                       "username-password pair or user is disabled."));
    }

    void pingErrorFails()
    {
        Rig rig;
        MasterHandshake hs(rig.machine, rig.sink(), {});
        hs.onConnected();
        const auto a = hs.onLine("-ERR unknown command");
        QCOMPARE(a.kind, Kind::Fail);
        QCOMPARE(a.reason, std::string("Error reply to PING from master: '-ERR unknown command'"));
    }

    void cachedMasterAsksForTheNextOffsetAndContinues()
    {
        Rig rig;
        HandshakeConfig cfg;
        cfg.cached = CachedMaster{std::string(40, 'a'), 108, 0};
        MasterHandshake hs(rig.machine, rig.sink(), cfg);
        hs.onConnected();
        hs.onLine("+PONG");
        hs.onLine("+OK");
        const auto psync = hs.onLine("+OK");
        QCOMPARE(psync.bytes,
                 "*3\r\n$5\r\nPSYNC\r\n$40\r\n" + std::string(40, 'a') + "\r\n$3\r\n109\r\n");
        QCOMPARE(rig.log.back(),
                 "Trying a partial resynchronization (request " + std::string(40, 'a') + ":109).");
        const auto a = hs.onLine("+CONTINUE " + std::string(40, 'c'));
        QCOMPARE(a.kind, Kind::Continue);
        QVERIFY(a.idChanged);
        QCOMPARE(a.replid, std::string(40, 'c'));
        QCOMPARE(rig.machine.state(), ReplState::Connected);
        const std::vector<std::string> tail(rig.log.end() - 3, rig.log.end());
        const std::vector<std::string> expected = {
            "Successful partial resynchronization with master.",
            "Master replication ID changed to " + std::string(40, 'c'),
            "MASTER <-> REPLICA sync: Master accepted a Partial Resynchronization."};
        QCOMPARE(tail, expected);
    }

    void continueWithTheSameIdChangesNothing()
    {
        Rig rig;
        HandshakeConfig cfg;
        cfg.cached = CachedMaster{std::string(40, 'a'), 5, 0};
        MasterHandshake hs(rig.machine, rig.sink(), cfg);
        hs.onConnected();
        hs.onLine("+PONG");
        hs.onLine("+OK");
        hs.onLine("+OK");
        const auto a = hs.onLine("+CONTINUE " + std::string(40, 'a'));
        QVERIFY(!a.idChanged);
        QCOMPARE(hs.onLine("+CONTINUE").kind, Kind::Fail); // nothing expected once connected
    }

    void loadingMasterMeansTryLater()
    {
        Rig rig;
        MasterHandshake hs(rig.machine, rig.sink(), {});
        hs.onConnected();
        hs.onLine("+PONG");
        hs.onLine("+OK");
        hs.onLine("+OK");
        const auto a = hs.onLine("-NOMASTERLINK Can't SYNC while not connected with my master");
        QCOMPARE(a.kind, Kind::Fail);
        QCOMPARE(a.reason, std::string("Master is currently unable to PSYNC but should be in the "
                                       "future: -NOMASTERLINK Can't SYNC while not connected "
                                       "with my master"));
    }

    void malformedFullResyncFails()
    {
        Rig rig;
        MasterHandshake hs(rig.machine, rig.sink(), {});
        hs.onConnected();
        hs.onLine("+PONG");
        hs.onLine("+OK");
        hs.onLine("+OK");
        const auto a = hs.onLine("+FULLRESYNC abc 0");
        QCOMPARE(a.kind, Kind::Fail);
        QCOMPARE(a.reason, std::string("Master replied with wrong +FULLRESYNC syntax."));
    }
};

QTEST_GUILESS_MAIN(TstMasterHandshake)
#include "tst_master_handshake.moc"
