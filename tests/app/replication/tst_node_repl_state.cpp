// Parsing the node's REPLSTATE and REPLSTATE HISTORY replies (server/replication/README.md).
#include "model/replication/node_repl_state.h"

#include <QTest>

namespace {

RespValue b(const char *s)
{
    return RespValue::bulk(QByteArray(s));
}

RespValue i(qint64 v)
{
    return RespValue::integer(v);
}

} // namespace

class TstNodeReplState : public QObject
{
    Q_OBJECT
private slots:
    void parsesTheFieldValueArray()
    {
        const RespValue reply =
            RespValue::array({b("role"),
                              b("slave"),
                              b("state"),
                              b("connect"),
                              b("role_state"),
                              b("connect"),
                              b("state_since_us"),
                              i(1589360905140871),
                              b("master_host"),
                              b("127.0.0.2"),
                              b("master_port"),
                              i(6379),
                              b("link_status"),
                              b("down"),
                              b("last_error"),
                              b("Error condition on socket for SYNC: Connection refused"),
                              b("last_error_kind"),
                              b("connect"),
                              b("last_error_os"),
                              b("Connection refused"),
                              b("last_error_errno"),
                              i(111),
                              b("last_error_us"),
                              i(1589360905140871),
                              b("connect_attempts"),
                              i(3),
                              b("next_retry_in_ms"),
                              i(640),
                              b("transfer_form"),
                              b("none"),
                              b("transfer_total_bytes"),
                              i(-1),
                              b("transfer_read_bytes"),
                              i(0),
                              b("transfer_started_us"),
                              i(0),
                              b("loading"),
                              i(0),
                              b("master_replid"),
                              b("c658aa4725c9200d910e7704e58a44bf36a57e28"),
                              b("master_repl_offset"),
                              i(0),
                              b("slave_repl_offset"),
                              i(1),
                              b("slave_read_repl_offset"),
                              i(1),
                              b("cached_master"),
                              b(""),
                              b("sync_full"),
                              i(0),
                              b("sync_partial_ok"),
                              i(0),
                              b("transitions_total"),
                              i(7),
                              b("history_capacity"),
                              i(256)});
        const auto s = parseNodeReplState(reply);
        QVERIFY(s);
        QVERIFY(s->isReplica);
        QCOMPARE(s->state, ReplicaState::Connect);
        QCOMPARE(s->masterHost, QStringLiteral("127.0.0.2"));
        QCOMPARE(s->masterPort, 6379);
        QVERIFY(!s->linkUp);
        QCOMPARE(s->lastErrorOs, QStringLiteral("Connection refused"));
        QCOMPARE(s->lastErrorErrno, 111);
        QCOMPARE(s->connectAttempts, qint64(3));
        QCOMPARE(s->nextRetryInMs, qint64(640));
        QCOMPARE(s->transferTotalBytes, qint64(-1));
        QCOMPARE(s->historyCapacity, qint64(256));
    }

    void rejectsWhatIsNotReplstate()
    {
        QVERIFY(!parseNodeReplState(RespValue::error("ERR unknown command 'REPLSTATE', with args "
                                                     "beginning with: ")));
        QVERIFY(!parseNodeReplState(RespValue::array({b("role"), b("master")})));
        QVERIFY(isUnknownCommandError(
            RespValue::error("ERR unknown command 'REPLSTATE', with args beginning with: ")));
        QVERIFY(!isUnknownCommandError(RespValue::error("NOAUTH Authentication required.")));
    }

    void parsesHistoryEntriesAndSkipsMalformedOnes()
    {
        const RespValue reply = RespValue::array({
            RespValue::array({i(1589360905050123), b("connect"), b("connecting"),
                              b("MASTER <-> REPLICA sync started"), i(41)}),
            RespValue::array({i(1589360905140871), b("connecting"), b("connect"),
                              b("Error condition on socket for SYNC: Connection refused"), i(42)}),
            RespValue::array({i(5), b("bogus"), b("connect"), b("x"), i(43)}),
            RespValue::array({i(1589360905240871), b("transfer"), b("transfer"),
                              b("MASTER <-> REPLICA sync: Loading DB in memory"), i(44)}),
        });
        const auto ts = parseNodeReplHistory(reply);
        QCOMPARE(ts.size(), 3);
        QCOMPARE(ts[0].seq, quint64(41));
        QCOMPARE(ts[1].to, ReplicaState::Connect);
        QCOMPARE(ts[1].timestampUs, qint64(1589360905140871));
        QVERIFY(ts[2].loading);
    }
};

QTEST_GUILESS_MAIN(TstNodeReplState)
#include "tst_node_repl_state.moc"
