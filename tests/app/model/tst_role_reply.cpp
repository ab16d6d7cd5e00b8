// ROLE parsing: the three documented forms, and live replies from redis-server and our node
// (a master listing its replica, the replica reporting "connected").
#include "model/role_reply.h"

#include "client/resp_connection.h"
#include "replication_pair.h"

#include <QTest>
#include <optional>

using namespace rdtest;

namespace {

RespValue bulk(const char *s)
{
    return RespValue::bulk(s);
}

std::optional<RespValue> roleOf(quint16 port)
{
    ConnectionSpec spec;
    spec.port = port;
    RespConnection c(spec);
    std::optional<RespValue> reply;
    QObject ctx;
    c.command({"ROLE"}, &ctx, [&](const RespValue &v) { reply = v; });
    waitUntil([&] { return reply.has_value(); });
    return reply;
}

} // namespace

class TestRoleReply : public QObject
{
    Q_OBJECT
private slots:
    void masterForm()
    {
        // *3 $6 master :134 *1 *3 $9 127.0.0.1 $5 17002 $3 134 (ports and offsets as bulk)
        const RoleReply r =
            parseRole(RespValue::array({bulk("master"), RespValue::integer(134),
                                        RespValue::array({RespValue::array(
                                            {bulk("127.0.0.1"), bulk("17002"), bulk("134")})})}));
        QVERIFY(r.valid);
        QCOMPARE(r.role, NodeRole::Master);
        QCOMPARE(r.masterOffset, 134);
        QCOMPARE(r.replicas.size(), 1);
        QCOMPARE(r.replicas[0].port, 17002);
        QCOMPARE(r.replicas[0].offset, 134);
    }

    void replicaForms_data()
    {
        QTest::addColumn<QByteArray>("state");
        QTest::addColumn<int>("expected");
        QTest::addColumn<qint64>("offset");
        QTest::newRow("connect") << QByteArray("connect") << int(ReplicaLinkState::Connect) << -1LL;
        QTest::newRow("sync") << QByteArray("sync") << int(ReplicaLinkState::Sync) << -1LL;
        QTest::newRow("handshake")
            << QByteArray("handshake") << int(ReplicaLinkState::Handshake) << -1LL;
        QTest::newRow("connected")
            << QByteArray("connected") << int(ReplicaLinkState::Connected) << 134LL;
        QTest::newRow("future") << QByteArray("teleporting") << int(ReplicaLinkState::Unknown)
                                << 5LL;
    }
    void replicaForms()
    {
        QFETCH(QByteArray, state);
        QFETCH(int, expected);
        QFETCH(qint64, offset);
        const RoleReply r =
            parseRole(RespValue::array({bulk("slave"), bulk("127.0.0.1"), RespValue::integer(17001),
                                        RespValue::bulk(state), RespValue::integer(offset)}));
        QVERIFY(r.valid);
        QCOMPARE(r.role, NodeRole::Replica);
        QCOMPARE(r.masterPort, 17001);
        QCOMPARE(int(r.linkState), expected);
        QCOMPARE(r.linkStateName, state);
        QCOMPARE(r.replicaOffset, offset);
    }

    void sentinelForm()
    {
        const RoleReply r = parseRole(RespValue::array(
            {bulk("sentinel"), RespValue::array({bulk("mymaster"), bulk("other")})}));
        QVERIFY(r.valid);
        QCOMPARE(r.role, NodeRole::Sentinel);
        QCOMPARE(r.sentinelMasters, (QList<QByteArray>{"mymaster", "other"}));
    }

    void errorsAndGarbageAreInvalid()
    {
        QVERIFY(!parseRole(RespValue::error("ERR unknown command 'ROLE'")).valid);
        QVERIFY(!parseRole(RespValue::integer(3)).valid);
        QVERIFY(!parseRole(RespValue::array({bulk("master")})).valid);
        QVERIFY(!parseRole(RespValue::array({bulk("king")})).error.isEmpty());
    }

    void liveRedis() { checkLive(ServerKind::Redis); }

    void liveNode()
    {
        if (!binaryAvailable(ServerKind::Node))
            QSKIP("replicadesk-node is not built yet");
        checkLive(ServerKind::Node);
    }

private:
    void checkLive(ServerKind kind)
    {
        ReplicationPair pair(kind);
        QString error;
        QVERIFY2(pair.start(&error), qPrintable(error));
        RoleReply master;
        QVERIFY(waitUntil([&] {
            master = parseRole(*roleOf(pair.master.port()));
            return master.valid && !master.replicas.isEmpty();
        }));
        QCOMPARE(master.role, NodeRole::Master);
        QCOMPARE(master.replicas[0].ip, QString("127.0.0.1"));
        QCOMPARE(master.replicas[0].port, int(pair.replica.port()));
        QVERIFY(master.masterOffset >= 0);

        const RoleReply replica = parseRole(*roleOf(pair.replica.port()));
        QVERIFY2(replica.valid, qPrintable(replica.error));
        QCOMPARE(replica.role, NodeRole::Replica);
        QCOMPARE(replica.masterHost, QString("127.0.0.1"));
        QCOMPARE(replica.masterPort, int(pair.master.port()));
        QCOMPARE(replica.linkState, ReplicaLinkState::Connected);
        QVERIFY(replica.replicaOffset >= 0);
    }
};

QTEST_GUILESS_MAIN(TestRoleReply)
#include "tst_role_reply.moc"
