// CLIENT UNBLOCK releases a client blocked in WAIT as Redis 7.0 does: with TIMEOUT (the
// default) the WAIT replies the number of replicas that acknowledged so far, with ERROR it
// gets -UNBLOCKED; commands pipelined behind the WAIT then run, and the client no longer counts
// as blocked. Each case runs against the node and against Debian's redis-server.
#include "repl_test_helpers.h"
#include "server_process.h"

#include <QTest>

#include <utility>

using namespace rdtest;

Q_DECLARE_METATYPE(rdtest::ServerKind)

namespace {

const QStringList kMasterConf = {QStringLiteral("repl-diskless-sync-delay 0")};

void addKinds()
{
    QTest::addColumn<ServerKind>("kind");
    QTest::newRow("node") << ServerKind::Node;
    QTest::newRow("redis") << ServerKind::Redis;
}

// Sends WAIT <replicas> 0 (forever) and a PING behind it; waits until the server shows the
// client blocked. Returns the client's id.
qint64 blockInWait(RespTestClient &waiting, quint16 port, const QByteArray &replicas)
{
    const qint64 id = waiting.command({"CLIENT", "ID"}).integer;
    waiting.sendRaw(RespTestClient::encode({"WAIT", replicas, "0"}) +
                    RespTestClient::encode({"PING"}));
    if (!waitUntil([&] { return infoField(port, "clients", "blocked_clients") == "1"; }))
        return -1;
    return id;
}

// The master has the replica's ACK for everything it produced (INFO's slave0 offset).
bool masterHasAck(quint16 masterPort)
{
    const QByteArray offset = infoField(masterPort, "replication", "master_repl_offset");
    const QByteArray slave = infoField(masterPort, "replication", "slave0");
    return !offset.isEmpty() && slave.contains(",offset=" + offset + ",");
}

} // namespace

class TstClientUnblockWait : public QObject
{
    Q_OBJECT
private slots:
    void unblockReleasesWait_data()
    {
        QTest::addColumn<ServerKind>("kind");
        QTest::addColumn<QByteArray>("reason");
        for (const auto &[name, kind] :
             {std::pair{"node", ServerKind::Node}, std::pair{"redis", ServerKind::Redis}})
            for (const char *reason : {"TIMEOUT", "ERROR"})
                QTest::addRow("%s %s", name, reason) << kind << QByteArray(reason);
    }
    void unblockReleasesWait()
    {
        // No replica: TIMEOUT makes the WAIT reply 0, ERROR makes it reply -UNBLOCKED.
        QFETCH(ServerKind, kind);
        QFETCH(QByteArray, reason);
        ServerProcess master(kind);
        QVERIFY2(master.start(kMasterConf), qPrintable(master.lastError()));
        RespTestClient waiting, admin;
        QVERIFY(waiting.connectTo(master.port()));
        QVERIFY(admin.connectTo(master.port()));
        const qint64 id = blockInWait(waiting, master.port(), "1");
        QVERIFY(id > 0);
        const QByteArray idText = QByteArray::number(id);
        QCOMPARE(admin.command({"CLIENT", "UNBLOCK", idText, reason}).integer, qint64(1));
        const RespReply wait = waiting.readReply(5000);
        if (reason == "ERROR") {
            QCOMPARE(wait.type, RespReply::Type::Error);
            QCOMPARE(wait.text, QByteArray("UNBLOCKED client unblocked via CLIENT UNBLOCK"));
        } else {
            QCOMPARE(wait.type, RespReply::Type::Integer);
            QCOMPARE(wait.integer, qint64(0));
        }
        QCOMPARE(waiting.readReply(5000).text, QByteArray("PONG"));
        QCOMPARE(infoField(master.port(), "clients", "blocked_clients"), QByteArray("0"));
        // No longer blocked: a second UNBLOCK finds nothing to release.
        QCOMPARE(admin.command({"CLIENT", "UNBLOCK", idText}).integer, qint64(0));
        QCOMPARE(admin.command({"CLIENT", "UNBLOCK", idText, reason}).integer, qint64(0));
        QCOMPARE(waiting.command({"PING"}).text, QByteArray("PONG"));
    }

    void unblockCountsReplicasThatAcked_data() { addKinds(); }
    void unblockCountsReplicasThatAcked()
    {
        // One replica acknowledges the write, the WAIT asks for two: unblocked, it says 1.
        QFETCH(ServerKind, kind);
        ServerProcess master(kind);
        QVERIFY2(master.start(kMasterConf), qPrintable(master.lastError()));
        ServerProcess replica(kind);
        QVERIFY2(replica.start({QStringLiteral("replicaof 127.0.0.1 %1").arg(master.port())}),
                 qPrintable(replica.lastError()));
        QVERIFY(waitUntil([&] { return caughtUp(master.port(), replica.port()); }));
        RespTestClient waiting, admin;
        QVERIFY(waiting.connectTo(master.port()));
        QVERIFY(admin.connectTo(master.port()));
        QCOMPARE(waiting.command({"SET", "k", "v"}).text, QByteArray("OK"));
        const qint64 id = blockInWait(waiting, master.port(), "2");
        QVERIFY(id > 0);
        // The replica's ACK for the SET (and the WAIT's GETACK) arrives while it is blocked.
        QVERIFY(waitUntil([&] { return masterHasAck(master.port()); }));
        QCOMPARE(admin.command({"CLIENT", "UNBLOCK", QByteArray::number(id)}).integer, qint64(1));
        const RespReply wait = waiting.readReply(5000);
        QCOMPARE(wait.type, RespReply::Type::Integer);
        QCOMPARE(wait.integer, qint64(1));
        QCOMPARE(waiting.readReply(5000).text, QByteArray("PONG"));
        QCOMPARE(infoField(master.port(), "clients", "blocked_clients"), QByteArray("0"));
    }

    void keyBlockedClientsStillUnblock_data() { addKinds(); }
    void keyBlockedClientsStillUnblock()
    {
        // The BLPOP path is unchanged: TIMEOUT gives its nil, ERROR gives -UNBLOCKED, and a
        // client that is not blocked is not touched.
        QFETCH(ServerKind, kind);
        ServerProcess server(kind);
        QVERIFY2(server.start({}), qPrintable(server.lastError()));
        RespTestClient waiting, admin;
        QVERIFY(waiting.connectTo(server.port()));
        QVERIFY(admin.connectTo(server.port()));
        const QByteArray id = QByteArray::number(waiting.command({"CLIENT", "ID"}).integer);
        QCOMPARE(admin.command({"CLIENT", "UNBLOCK", id}).integer, qint64(0));
        for (const QByteArray reason : {"TIMEOUT", "ERROR"}) {
            waiting.sendRaw(RespTestClient::encode({"BLPOP", "q", "0"}));
            QVERIFY(waitUntil(
                [&] { return infoField(server.port(), "clients", "blocked_clients") == "1"; }));
            QCOMPARE(admin.command({"CLIENT", "UNBLOCK", id, reason}).integer, qint64(1));
            const RespReply r = waiting.readReply(5000);
            if (reason == "ERROR") {
                QCOMPARE(r.type, RespReply::Type::Error);
                QCOMPARE(r.text, QByteArray("UNBLOCKED client unblocked via CLIENT UNBLOCK"));
            } else {
                QCOMPARE(r.type, RespReply::Type::NilArray);
            }
            QCOMPARE(waiting.command({"PING"}).text, QByteArray("PONG"));
        }
    }
};

QTEST_GUILESS_MAIN(TstClientUnblockWait)
#include "tst_client_unblock_wait.moc"
