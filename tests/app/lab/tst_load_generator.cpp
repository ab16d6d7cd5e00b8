// The load generator against a real server: it holds the asked rate, writes every family of the
// command mix within the key space, authenticates, and stops when asked.
#include "lab/load_generator.h"

#include "resp_test_client.h"
#include "server_process.h"
#include "wait_until.h"

#include <QSignalSpy>
#include <QTest>

class LoadGeneratorTest : public QObject
{
    Q_OBJECT
private slots:
    void holdsTheAskedRateWithTheCommandMix();
    void stopsWhenAsked();
};

void LoadGeneratorTest::holdsTheAskedRateWithTheCommandMix()
{
    rdtest::ServerProcess redis(rdtest::ServerKind::Redis);
    redis.password = QStringLiteral("pw");
    QVERIFY2(redis.start({QStringLiteral("requirepass pw")}), qPrintable(redis.lastError()));
    LoadGenerator load;
    LoadProfile profile;
    profile.opsPerSecond = 2000;
    profile.keySpace = 50;
    profile.valueSize = 100;
    profile.setWeight = profile.incrWeight = profile.hsetWeight = profile.lpushWeight = 20;
    profile.delWeight = 20;
    load.start(redis.port(), QStringLiteral("pw"), profile);
    QVERIFY(rdtest::waitUntil([&] { return load.stats().opsDone >= 3000; }, 5000));
    const LoadStats stats = load.stats();
    QVERIFY2(stats.achievedOpsPerSecond > 1700 && stats.achievedOpsPerSecond < 2300,
             qPrintable(QString::number(stats.achievedOpsPerSecond)));
    QCOMPARE(stats.errors, 0);
    qInfo("asked 2000 ops/s, achieved %.0f ops/s", stats.achievedOpsPerSecond);

    rdtest::RespTestClient client;
    QVERIFY(client.connectTo(redis.port()));
    client.command({"AUTH", "pw"});
    QCOMPARE(client.command({"STRLEN", "lab:str:0"}).integer == 100 ||
                 client.command({"EXISTS", "lab:str:0"}).integer == 0,
             true);
    for (const QByteArray &type : {QByteArray("string"), QByteArray("hash"), QByteArray("list")}) {
        const rdtest::RespReply keys = client.command({"SCAN", "0", "TYPE", type, "COUNT", "1000"});
        QVERIFY2(!keys.elements.value(1).elements.isEmpty(), type.constData());
    }
    const qint64 listLength = client.command({"LLEN", "lab:list:1"}).integer;
    QVERIFY(listLength <= 32); // LTRIM keeps lists short
    QVERIFY(client.command({"DBSIZE"}).integer <= 4 * 50);
}

void LoadGeneratorTest::stopsWhenAsked()
{
    rdtest::ServerProcess redis(rdtest::ServerKind::Redis);
    QVERIFY2(redis.start(), qPrintable(redis.lastError()));
    LoadGenerator load;
    LoadProfile profile;
    profile.opsPerSecond = 500;
    load.start(redis.port(), {}, profile);
    QVERIFY(load.isRunning());
    QVERIFY(rdtest::waitUntil([&] { return load.stats().opsDone > 100; }, 5000));
    QSignalSpy spy(&load, &LoadGenerator::statsChanged);
    load.stop();
    QVERIFY(rdtest::waitUntil(
        [&] { return !spy.isEmpty() && !spy.last().at(0).value<LoadStats>().running; }, 2000));
    rdtest::RespTestClient client;
    QVERIFY(client.connectTo(redis.port()));
    const auto clients = client.command({"CLIENT", "LIST"}).text;
    QCOMPARE(clients.count("\n"), 1); // only us: the generator's connection is closed
}

QTEST_GUILESS_MAIN(LoadGeneratorTest)
#include "tst_load_generator.moc"
