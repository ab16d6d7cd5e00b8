// End to end with Debian's redis-cli: the same session run against the node and against
// redis-server prints the same output, including errors, nil, integers, arrays and --raw mode,
// plus redis-cli's own features that read server metadata (INFO, --scan, --stat probing).
#include "node_test_support.h"

#include <QProcess>

using namespace nodetest;

namespace {

// Runs redis-cli with args (and optional stdin), returns stdout.
QByteArray cli(quint16 port, const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.start(QStringLiteral(REDIS_CLI_BIN),
            QStringList{QStringLiteral("-p"), QString::number(port)} + args);
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(15000);
    return p.readAllStandardOutput();
}

const QByteArray kSession = "SET greeting hello\n"
                            "GET greeting\n"
                            "GET missing\n"
                            "INCR counter\n"
                            "INCRBY counter 41\n"
                            "MSET a 1 b 2\n"
                            "MGET a b nope\n"
                            "EXPIRE a 100\n"
                            "TTL a\n"
                            "TYPE greeting\n"
                            "SET \"spaced key\" \"a value\"\n"
                            "GET \"spaced key\"\n"
                            "INCR greeting\n"
                            "NOSUCH cmd\n"
                            "SELECT 3\n"
                            "DBSIZE\n"
                            "SELECT 0\n"
                            "DBSIZE\n"
                            "MULTI\n"
                            "SET t 1\n"
                            "EXEC\n"
                            "DEL a b t\n"
                            "EXISTS a\n";

} // namespace

class TstRedisCliE2e : public QObject
{
    Q_OBJECT

private slots:
    void sessionPrintsTheSameAsAgainstRedis()
    {
        Node node;
        NODE_CHECK(node);
        Node redis({}, ServerKind::Redis);
        NODE_CHECK(redis);
        const QByteArray fromNode = cli(node.server->port(), {}, kSession);
        const QByteArray fromRedis = cli(redis.server->port(), {}, kSession);
        QVERIFY(fromNode.contains("hello"));
        QCOMPARE(fromNode, fromRedis);
        // --raw and --no-raw formatting of the same commands.
        for (const QString &mode : {QStringLiteral("--raw"), QStringLiteral("--no-raw")}) {
            const QByteArray n = cli(node.server->port(), {mode}, kSession);
            const QByteArray r = cli(redis.server->port(), {mode}, kSession);
            QCOMPARE(n, r);
        }
    }

    void oneShotCommandsAndExitCodes()
    {
        Node node;
        NODE_CHECK(node);
        QCOMPARE(cli(node.server->port(), {QStringLiteral("ping")}), QByteArray("PONG\n"));
        QCOMPARE(cli(node.server->port(),
                     {QStringLiteral("set"), QStringLiteral("k"), QStringLiteral("v")}),
                 QByteArray("OK\n"));
        QCOMPARE(cli(node.server->port(), {QStringLiteral("get"), QStringLiteral("k")}),
                 QByteArray("v\n"));
        const QByteArray info =
            cli(node.server->port(), {QStringLiteral("info"), QStringLiteral("server")});
        QVERIFY(info.contains("redis_version:7.0.15"));
    }

    void scanModeListsEveryKey()
    {
        Node node;
        NODE_CHECK(node);
        QList<QByteArray> mset{"MSET"};
        for (int i = 0; i < 300; ++i)
            mset << "user:" + QByteArray::number(i) << "x";
        node.cmd(mset);
        node.cmd("SET other y");
        const QByteArray out =
            cli(node.server->port(),
                {QStringLiteral("--scan"), QStringLiteral("--pattern"), QStringLiteral("user:*")});
        QList<QByteArray> keys = out.trimmed().split('\n');
        std::sort(keys.begin(), keys.end());
        keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
        QCOMPARE(keys.size(), 300);
    }

    void authenticatesWithPassword()
    {
        ServerProcess s(ServerKind::Node);
        s.password = QStringLiteral("pw");
        QVERIFY2(s.start({QStringLiteral("requirepass pw")}), qPrintable(s.lastError()));
        QVERIFY(cli(s.port(), {QStringLiteral("ping")}).contains("NOAUTH"));
        QCOMPARE(cli(s.port(), {QStringLiteral("--no-auth-warning"), QStringLiteral("-a"),
                                QStringLiteral("pw"), QStringLiteral("ping")}),
                 QByteArray("PONG\n"));
    }

    void pipeModeLoadsCommands()
    {
        Node node;
        NODE_CHECK(node);
        QByteArray proto;
        for (int i = 0; i < 1000; ++i)
            proto +=
                RespTestClient::encode({"SET", "p" + QByteArray::number(i), QByteArray::number(i)});
        const QByteArray out = cli(node.server->port(), {QStringLiteral("--pipe")}, proto);
        QVERIFY2(out.contains("errors: 0, replies: 1000"), out.constData());
        QCOMPARE(node.cmd("DBSIZE").integer, 1000);
    }
};

QTEST_GUILESS_MAIN(TstRedisCliE2e)
#include "tst_redis_cli_e2e.moc"
