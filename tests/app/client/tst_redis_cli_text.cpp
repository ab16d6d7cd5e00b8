// The console's redis-cli conventions, with redis-cli itself as the oracle: the same replies
// rendered by `redis-cli --no-raw` and by formatReply() must be byte-identical.
#include "client/redis_cli_text.h"
#include "client/resp_connection.h"

#include "resp_test_client.h"
#include "server_process.h"
#include "wait_until.h"

#include <QProcess>
#include <QTest>

using namespace rdtest;

class TestRedisCliText : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(m_redis.start(), qPrintable(m_redis.lastError()));
        RespTestClient c;
        QVERIFY(c.connectTo(m_redis.port()));
        c.command({"SET", "bin", QByteArray("a\x00\xff\"\\\n\tz", 9)});
        c.command({"RPUSH", "list", "one", "two", "three"});
        c.command({"HSET", "h", "f1", "v1", "f2", "v2"});
        for (int i = 0; i < 12; ++i)
            c.command({"RPUSH", "twelve", QByteArray::number(i)});
        c.command({"XADD", "s", "1-1", "a", "1", "b", "2"});
        c.command({"XADD", "s", "1-2", "c", "3"});
    }

    void sameTextAsRedisCli_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("status") << QByteArray("SET plain value");
        QTest::newRow("integer") << QByteArray("LLEN list");
        QTest::newRow("binary bulk") << QByteArray("GET bin");
        QTest::newRow("nil") << QByteArray("GET missing");
        QTest::newRow("error") << QByteArray("HGET list f");
        QTest::newRow("array") << QByteArray("LRANGE list 0 -1");
        QTest::newRow("wide index") << QByteArray("LRANGE twelve 0 -1");
        QTest::newRow("empty") << QByteArray("LRANGE nothing 0 -1");
        QTest::newRow("nested") << QByteArray("XRANGE s - +");
        QTest::newRow("deep nested") << QByteArray("COMMAND INFO get");
        QTest::newRow("raw report") << QByteArray("INFO keyspace");
    }
    void sameTextAsRedisCli()
    {
        QFETCH(QByteArray, line);
        const auto argv = splitCommandLine(line);
        QVERIFY(argv);

        ConnectionSpec spec;
        spec.port = m_redis.port();
        RespConnection c(spec);
        std::optional<RespValue> reply;
        c.command(*argv, this, [&](const RespValue &v) { reply = v; });
        QVERIFY(waitUntil([&] { return reply.has_value(); }));

        QProcess cli;
        QStringList args{"-p", QString::number(m_redis.port()), "--no-raw"};
        for (const QByteArray &a : *argv)
            args << QString::fromUtf8(a);
        cli.start(REDIS_CLI_BIN, args);
        QVERIFY(cli.waitForFinished(5000));
        QCOMPARE(formatReplyFor(*argv, *reply), cli.readAllStandardOutput());
    }

    void splitsLikeRedisCli()
    {
        auto argv = splitCommandLine("SET \"a b\" 'it\\'s' \"\\x41\\x00\\n\" plain");
        QVERIFY(argv);
        QCOMPARE(argv->size(), 5);
        QCOMPARE(argv->at(1), QByteArray("a b"));
        QCOMPARE(argv->at(2), QByteArray("it's"));
        QCOMPARE(argv->at(3), QByteArray("A\0\n", 3));
        QCOMPARE(argv->at(4), QByteArray("plain"));
        QVERIFY(splitCommandLine("   ")->isEmpty());
        QString error;
        QVERIFY(!splitCommandLine("GET \"unterminated", &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!splitCommandLine("GET \"a\"b"));
    }

    void quotesBytesLikeRedisCli()
    {
        QCOMPARE(quoteBytes(QByteArray("\x01\xfe\"\\ok", 6)),
                 QByteArray("\"\\x01\\xfe\\\"\\\\ok\""));
    }

private:
    ServerProcess m_redis{ServerKind::Redis};
};

QTEST_GUILESS_MAIN(TestRedisCliText)
#include "tst_redis_cli_text.moc"
