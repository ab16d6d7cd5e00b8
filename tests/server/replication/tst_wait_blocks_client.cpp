// WAIT blocks its client as Redis does: commands pipelined behind a WAIT are answered after
// the WAIT's reply, whether the WAIT ends by timeout or by the replicas' ACKs. Each case runs
// against the node and against Debian's redis-server, with the same expectations.
#include "repl_test_helpers.h"
#include "server_process.h"

#include <QElapsedTimer>
#include <QTest>

using namespace rdtest;

Q_DECLARE_METATYPE(rdtest::ServerKind)

namespace {

const QStringList kMasterConf = {QStringLiteral("repl-diskless-sync-delay 0")};

// Sends `commands` in one write and reads one reply per command, in arrival order.
QList<RespReply> pipeline(RespTestClient &c, const QList<QList<QByteArray>> &commands)
{
    QByteArray bytes;
    for (const auto &cmd : commands)
        bytes += RespTestClient::encode(cmd);
    c.sendRaw(bytes);
    QList<RespReply> replies;
    for (qsizetype i = 0; i < commands.size(); ++i)
        replies << c.readReply(5000);
    return replies;
}

void addKinds()
{
    QTest::addColumn<ServerKind>("kind");
    QTest::newRow("node") << ServerKind::Node;
    QTest::newRow("redis") << ServerKind::Redis;
}

} // namespace

class TstWaitBlocksClient : public QObject
{
    Q_OBJECT
private slots:
    void repliesInPipelineOrderAfterTimeout_data() { addKinds(); }
    void repliesInPipelineOrderAfterTimeout()
    {
        QFETCH(ServerKind, kind);
        ServerProcess master(kind);
        QVERIFY2(master.start(kMasterConf), qPrintable(master.lastError()));
        RespTestClient c;
        QVERIFY(c.connectTo(master.port()));
        // No replica: the WAIT can only end at its timeout.
        QElapsedTimer t;
        t.start();
        const QList<RespReply> r = pipeline(
            c, {{"SET", "a", "1"}, {"WAIT", "1", "300"}, {"INCR", "a"}, {"GET", "a"}, {"PING"}});
        QCOMPARE(r.size(), 5);
        QCOMPARE(r[0].text, QByteArray("OK"));
        QCOMPARE(r[1].type, RespReply::Type::Integer);
        QCOMPARE(r[1].integer, qint64(0));
        QCOMPARE(r[2].type, RespReply::Type::Integer);
        QCOMPARE(r[2].integer, qint64(2));
        QCOMPARE(r[3].text, QByteArray("2"));
        QCOMPARE(r[4].text, QByteArray("PONG"));
        QVERIFY2(t.elapsed() >= 250, qPrintable(QString::number(t.elapsed())));
        // The connection keeps working normally afterwards.
        QCOMPARE(c.command({"GET", "a"}).text, QByteArray("2"));
        QCOMPARE(infoField(master.port(), "clients", "blocked_clients"), QByteArray("0"));
    }

    void repliesInPipelineOrderAfterAcks_data() { addKinds(); }
    void repliesInPipelineOrderAfterAcks()
    {
        QFETCH(ServerKind, kind);
        ServerProcess master(kind);
        QVERIFY2(master.start(kMasterConf), qPrintable(master.lastError()));
        ServerProcess replica(kind);
        QVERIFY2(replica.start({QStringLiteral("replicaof 127.0.0.1 %1").arg(master.port())}),
                 qPrintable(replica.lastError()));
        QVERIFY(waitUntil([&] { return caughtUp(master.port(), replica.port()); }));
        RespTestClient c;
        QVERIFY(c.connectTo(master.port()));
        // Two WAITs in a row with writes around them: every reply in order, the WAITs
        // counting the one replica once it ACKed the write before them.
        const QList<RespReply> r = pipeline(c, {{"SET", "k", "v1"},
                                                {"WAIT", "1", "5000"},
                                                {"SET", "k", "v2"},
                                                {"WAIT", "1", "5000"},
                                                {"GET", "k"}});
        QCOMPARE(r.size(), 5);
        QCOMPARE(r[0].text, QByteArray("OK"));
        QCOMPARE(r[1].type, RespReply::Type::Integer);
        QCOMPARE(r[1].integer, qint64(1));
        QCOMPARE(r[2].text, QByteArray("OK"));
        QCOMPARE(r[3].type, RespReply::Type::Integer);
        QCOMPARE(r[3].integer, qint64(1));
        QCOMPARE(r[4].text, QByteArray("v2"));
        RespTestClient rc;
        QVERIFY(rc.connectTo(replica.port()));
        QCOMPARE(rc.command({"GET", "k"}).text, QByteArray("v2"));
    }

    void waitInsideATransactionDoesNotBlock_data() { addKinds(); }
    void waitInsideATransactionDoesNotBlock()
    {
        QFETCH(ServerKind, kind);
        ServerProcess master(kind);
        QVERIFY2(master.start(kMasterConf), qPrintable(master.lastError()));
        RespTestClient c;
        QVERIFY(c.connectTo(master.port()));
        // No replica and no timeout: outside a transaction this would block forever.
        const QList<RespReply> r = pipeline(
            c,
            {{"MULTI"}, {"SET", "k", "v"}, {"WAIT", "1", "0"}, {"GET", "k"}, {"EXEC"}, {"PING"}});
        QCOMPARE(r.size(), 6);
        QCOMPARE(r[2].text, QByteArray("QUEUED"));
        QCOMPARE(r[4].type, RespReply::Type::Array);
        QCOMPARE(r[4].elements.size(), 3);
        QCOMPARE(r[4].elements[0].text, QByteArray("OK"));
        QCOMPARE(r[4].elements[1].type, RespReply::Type::Integer);
        QCOMPARE(r[4].elements[1].integer, qint64(0));
        QCOMPARE(r[4].elements[2].text, QByteArray("v"));
        QCOMPARE(r[5].text, QByteArray("PONG"));
    }

    void blockedWaitShowsInClientList_data() { addKinds(); }
    void blockedWaitShowsInClientList()
    {
        QFETCH(ServerKind, kind);
        ServerProcess master(kind);
        QVERIFY2(master.start(kMasterConf), qPrintable(master.lastError()));
        RespTestClient waiting;
        QVERIFY(waiting.connectTo(master.port()));
        waiting.sendRaw(RespTestClient::encode({"WAIT", "1", "0"}) +
                        RespTestClient::encode({"PING"}));
        RespTestClient admin;
        QVERIFY(admin.connectTo(master.port()));
        // Blocked: flag b in CLIENT LIST (cmd=wait), and nothing answered yet.
        QVERIFY(waitUntil([&] {
            return admin.command({"CLIENT", "LIST"}).text.contains("flags=b ");
        }));
        QVERIFY(admin.command({"CLIENT", "LIST"}).text.contains("cmd=wait"));
        QCOMPARE(infoField(master.port(), "clients", "blocked_clients"), QByteArray("1"));
        // A client that goes away while blocked is simply dropped.
        waiting.close();
        QVERIFY(waitUntil([&] {
            return !admin.command({"CLIENT", "LIST"}).text.contains("flags=b ");
        }));
        QCOMPARE(admin.command({"PING"}).text, QByteArray("PONG"));
        QCOMPARE(infoField(master.port(), "clients", "blocked_clients"), QByteArray("0"));
    }
};

QTEST_GUILESS_MAIN(TstWaitBlocksClient)
#include "tst_wait_blocks_client.moc"
