// repl-backlog-ttl as Redis 7.0 applies it: a master whose last replica left frees its backlog
// after that many seconds, logs it, and starts a new replication history (new replid, no
// secondary ID); a promoted replica counts the time from its promotion. Runs against the node
// and Debian's redis-server with the same expectations.
#include "repl_test_helpers.h"
#include "server_process.h"

#include <QElapsedTimer>
#include <QTest>

using namespace rdtest;

Q_DECLARE_METATYPE(rdtest::ServerKind)

namespace {

const QByteArray kNoId(40, '0');
const QByteArray kFreedLine =
    "Replication backlog freed after 1 seconds without connected replicas.";

QStringList conf(QStringList extra = {})
{
    extra << QStringLiteral("repl-diskless-sync-delay 0") << QStringLiteral("repl-backlog-ttl 1");
    return extra;
}

QByteArray repl(quint16 port, const QByteArray &field)
{
    return infoField(port, "replication", field);
}

} // namespace

class TstBacklogTtl : public QObject
{
    Q_OBJECT
private slots:
    void backlogFreedAfterTtlWithoutReplicas_data()
    {
        QTest::addColumn<ServerKind>("kind");
        QTest::newRow("node") << ServerKind::Node;
        QTest::newRow("redis") << ServerKind::Redis;
    }
    void backlogFreedAfterTtlWithoutReplicas()
    {
        QFETCH(ServerKind, kind);
        ServerProcess master(kind);
        QVERIFY2(master.start(conf()), qPrintable(master.lastError()));
        ServerProcess replica(kind);
        QVERIFY2(replica.start(conf({QStringLiteral("replicaof 127.0.0.1 %1").arg(master.port())})),
                 qPrintable(replica.lastError()));
        QVERIFY(waitUntil([&] { return caughtUp(master.port(), replica.port()); }));
        RespTestClient m;
        QVERIFY(m.connectTo(master.port()));
        QCOMPARE(m.command({"SET", "k", "v"}).text, QByteArray("OK"));
        QVERIFY(waitUntil([&] { return caughtUp(master.port(), replica.port()); }));
        QCOMPARE(repl(master.port(), "repl_backlog_active"), QByteArray("1"));
        const QByteArray masterId = repl(master.port(), "master_replid");
        const QByteArray offset = repl(master.port(), "master_repl_offset");

        // The replica leaves by promotion: the master has no replica any more, and the
        // promoted one has a backlog (and a secondary ID) but no replica either.
        RespTestClient r;
        QVERIFY(r.connectTo(replica.port()));
        QCOMPARE(r.command({"REPLICAOF", "NO", "ONE"}).text, QByteArray("OK"));
        QElapsedTimer t;
        t.start();
        QCOMPARE(repl(replica.port(), "repl_backlog_active"), QByteArray("1"));
        QCOMPARE(repl(replica.port(), "master_replid2"), masterId);
        QVERIFY(waitUntil([&] { return repl(master.port(), "connected_slaves") == "0"; }));
        QVERIFY(waitUntil([&] { return repl(master.port(), "repl_backlog_active") == "0"; }, 8000));
        // Not before the ttl: Redis frees once more than repl-backlog-ttl seconds have passed.
        QVERIFY2(t.elapsed() >= 900, qPrintable(QString::number(t.elapsed())));
        QVERIFY(waitUntil([&] { return master.log().contains(kFreedLine); }, 2000));
        QCOMPARE(countLines(master.log(), "Replication backlog freed"), 1);
        QCOMPARE(repl(master.port(), "repl_backlog_first_byte_offset"), QByteArray("0"));
        QCOMPARE(repl(master.port(), "repl_backlog_histlen"), QByteArray("0"));
        QVERIFY(repl(master.port(), "master_replid") != masterId);
        QCOMPARE(repl(master.port(), "master_replid2"), kNoId);
        QCOMPARE(repl(master.port(), "second_repl_offset"), QByteArray("-1"));
        QCOMPARE(repl(master.port(), "master_repl_offset"), offset);
        // Without a backlog the offset stands still.
        QCOMPARE(m.command({"SET", "k", "v2"}).text, QByteArray("OK"));
        QCOMPARE(repl(master.port(), "master_repl_offset"), offset);

        // The promoted replica frees its backlog too, counting from the promotion.
        QVERIFY(
            waitUntil([&] { return repl(replica.port(), "repl_backlog_active") == "0"; }, 8000));
        QVERIFY(replica.log().contains(kFreedLine));
        QCOMPARE(repl(replica.port(), "master_replid2"), kNoId);

        // A new replica gets a new backlog and a full sync of the new history.
        QCOMPARE(r.command({"REPLICAOF", "127.0.0.1", QByteArray::number(master.port())}).text,
                 QByteArray("OK"));
        QVERIFY(waitUntil([&] { return caughtUp(master.port(), replica.port()); }));
        QCOMPARE(repl(master.port(), "repl_backlog_active"), QByteArray("1"));
        QCOMPARE(r.command({"GET", "k"}).text, QByteArray("v2"));
    }
};

QTEST_GUILESS_MAIN(TstBacklogTtl)
#include "tst_backlog_ttl.moc"
