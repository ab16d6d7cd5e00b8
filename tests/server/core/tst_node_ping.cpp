// The node starts from a config file, answers PING over TCP and to Debian's redis-cli, and
// prints its version.
#include "resp_test_client.h"
#include "server_process.h"
#include "wait_until.h"

#include <QProcess>
#include <QTcpServer>
#include <QtTest>

using namespace rdtest;

class TstNodePing : public QObject
{
    Q_OBJECT

private slots:
    void answersPingOverTcp()
    {
        ServerProcess node(ServerKind::Node);
        QVERIFY2(node.start(), qPrintable(node.lastError()));
        RespTestClient client;
        QVERIFY(client.connectTo(node.port()));
        const RespReply pong = client.command({"PING"});
        QCOMPARE(pong.type, RespReply::Type::Status);
        QCOMPARE(pong.text, QByteArray("PONG"));
        const RespReply echo = client.command({"PING", "hello"});
        QCOMPARE(echo.type, RespReply::Type::Bulk);
        QCOMPARE(echo.text, QByteArray("hello"));
    }

    void answersRedisCliPing()
    {
        ServerProcess node(ServerKind::Node);
        QVERIFY2(node.start(), qPrintable(node.lastError()));
        QProcess cli;
        cli.start(QStringLiteral(REDIS_CLI_BIN),
                  {QStringLiteral("-p"), QString::number(node.port()), QStringLiteral("ping")});
        QVERIFY(cli.waitForFinished(10000));
        QCOMPARE(cli.exitCode(), 0);
        QCOMPARE(cli.readAllStandardOutput().trimmed(), QByteArray("PONG"));
    }

    void listensOnTheRequestedPortFromTheCommandLine()
    {
        // `replicadesk-node --port P` without a config file, as redis-server accepts it.
        QTemporaryDir dir;
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        ManagedProcess node;
        QVERIFY(node.start(
            QStringLiteral(RD_NODE_BIN),
            {QStringLiteral("--port"), QString::number(port), QStringLiteral("--save"), QString()},
            dir.path()));
        RespTestClient client;
        QVERIFY(waitUntil([&] { return client.connectTo(port, QStringLiteral("127.0.0.1"), 200); },
                          10000));
        QCOMPARE(client.command({"PING"}).text, QByteArray("PONG"));
    }

    void printsItsVersion()
    {
        QProcess node;
        node.start(QStringLiteral(RD_NODE_BIN), {QStringLiteral("--version")});
        QVERIFY(node.waitForFinished(10000));
        QCOMPARE(node.exitCode(), 0);
        const QByteArray out = node.readAllStandardOutput();
        QVERIFY2(out.startsWith("replicadesk-node v="), out.constData());
        QVERIFY2(out.contains("(Redis 7.0.15 compatible)"), out.constData());
    }

    void logsRedisStartupLines()
    {
        ServerProcess node(ServerKind::Node);
        QVERIFY2(node.start(), qPrintable(node.lastError()));
        const QByteArray log = node.log();
        QVERIFY2(log.contains("# Redis version=7.0.15"), log.constData());
        QVERIFY2(log.contains("# Server initialized"), log.constData());
        QVERIFY2(log.contains("* Ready to accept connections"), log.constData());
        // pid:role dd Mon yyyy hh:mm:ss.mmm <level> message
        const QRegularExpression line(QStringLiteral(
            "^\\d+:[MCS] \\d\\d \\w{3} \\d{4} \\d\\d:\\d\\d:\\d\\d\\.\\d{3} [.\\-*#] "));
        for (const QByteArray &l : log.split('\n'))
            if (!l.isEmpty())
                QVERIFY2(line.match(QString::fromUtf8(l)).hasMatch(), l.constData());
    }
};

QTEST_GUILESS_MAIN(TstNodePing)
#include "tst_node_ping.moc"
