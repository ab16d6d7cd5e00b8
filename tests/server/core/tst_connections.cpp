// Connection-level behaviour: malformed requests, limits, maxclients, idle timeout, bind,
// protected mode, requirepass with AUTH and HELLO, port already in use.
#include "node_test_support.h"

#include <QNetworkInterface>
#include <QProcess>
#include <QTcpServer>

#include <csignal>

using namespace nodetest;

namespace {

// A non-loopback IPv4 address of this machine, if any (for protected mode).
QHostAddress externalAddress()
{
    for (const QHostAddress &a : QNetworkInterface::allAddresses())
        if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback())
            return a;
    return {};
}

} // namespace

class TstConnections : public QObject
{
    Q_OBJECT

private slots:
    void protocolErrorClosesOnlyThatConnection()
    {
        Node node;
        NODE_CHECK(node);
        auto bad = node.connect();
        bad->sendRaw("*1\r\nx\r\n");
        QCOMPARE(bad->readReply().toDebugString(),
                 QByteArray("(error) ERR Protocol error: expected '$', got 'x'"));
        QVERIFY(bad->waitForDisconnect());
        QCOMPARE(node.cmd("PING").toDebugString(), QByteArray("PONG"));
    }

    void pipelinedRequestsAnsweredInOrder()
    {
        Node node;
        NODE_CHECK(node);
        QByteArray batch;
        for (int i = 0; i < 1000; ++i)
            batch += RespTestClient::encode({"INCR", "n"});
        batch += "PING\r\n";
        node.client.sendRaw(batch);
        for (int i = 1; i <= 1000; ++i)
            QCOMPARE(node.client.readReply().integer, i);
        QCOMPARE(node.client.readReply().toDebugString(), QByteArray("PONG"));
    }

    void bulkLongerThanProtoMaxBulkLenIsRefused()
    {
        Node node({QStringLiteral("proto-max-bulk-len 1mb")});
        NODE_CHECK(node);
        auto c = node.connect();
        c->sendRaw("*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$2000000\r\n");
        QCOMPARE(c->readReply().toDebugString(),
                 QByteArray("(error) ERR Protocol error: invalid bulk length"));
        QVERIFY(c->waitForDisconnect());
    }

    void queryBufferLimitClosesTheClient()
    {
        Node node({QStringLiteral("client-query-buffer-limit 1mb")});
        NODE_CHECK(node);
        auto c = node.connect();
        // A bulk that is allowed by proto-max-bulk-len but never completes grows the buffer.
        c->sendRaw("*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$5000000\r\n" + QByteArray(2 * 1024 * 1024, 'x'));
        QVERIFY(c->waitForDisconnect());
        QVERIFY(rdtest::waitUntil([&] {
            return node.server->log().contains(
                "Closing client that reached max query buffer length");
        }));
        QCOMPARE(node.cmd("PING").toDebugString(), QByteArray("PONG"));
    }

    void outputBufferLimitClosesSlowReaders()
    {
        Node node({QStringLiteral("client-output-buffer-limit normal 1mb 0 0")});
        NODE_CHECK(node);
        node.cmd({"SET", "big", QByteArray(512 * 1024, 'x')});
        auto slow = node.connect();
        QByteArray batch;
        for (int i = 0; i < 100; ++i)
            batch += RespTestClient::encode({"GET", "big"});
        slow->sendRaw(batch); // and never reads
        QVERIFY(rdtest::waitUntil([&] {
            return node.server->log().contains(
                "scheduled to be closed ASAP for overcoming of output buffer limits.");
        }));
        QCOMPARE(node.cmd("PING").toDebugString(), QByteArray("PONG"));
    }

    void maxclientsRefusesTheExtraClient()
    {
        Node node({QStringLiteral("maxclients 2")});
        NODE_CHECK(node);
        auto second = node.connect();
        QCOMPARE(second->command({"PING"}).toDebugString(), QByteArray("PONG"));
        RespTestClient third;
        QVERIFY(third.connectTo(node.server->port()));
        QCOMPARE(third.readReply().toDebugString(),
                 QByteArray("(error) ERR max number of clients reached"));
        QVERIFY(third.waitForDisconnect());
        QVERIFY(node.cmd("INFO stats").text.contains("rejected_connections:1"));
    }

    void idleClientsAreClosedAfterTimeout()
    {
        Node node({QStringLiteral("timeout 1")});
        NODE_CHECK(node);
        auto idle = node.connect();
        QCOMPARE(idle->command({"PING"}).toDebugString(), QByteArray("PONG"));
        QVERIFY(idle->waitForDisconnect(5000));
    }

    void requirepassAuthAndHello()
    {
        ServerProcess server(ServerKind::Node);
        server.password = QStringLiteral("s3cret");
        QVERIFY2(server.start({QStringLiteral("requirepass s3cret")}),
                 qPrintable(server.lastError()));
        RespTestClient c;
        QVERIFY(c.connectTo(server.port()));
        QCOMPARE(c.command({"GET", "k"}).toDebugString(),
                 QByteArray("(error) NOAUTH Authentication required."));
        QCOMPARE(
            c.command({"AUTH", "wrong"}).toDebugString(),
            QByteArray("(error) WRONGPASS invalid username-password pair or user is disabled."));
        QCOMPARE(
            c.command({"AUTH", "nobody", "s3cret"}).toDebugString(),
            QByteArray("(error) WRONGPASS invalid username-password pair or user is disabled."));
        QCOMPARE(c.command({"HELLO", "2"}).toDebugString().left(35),
                 QByteArray("(error) NOAUTH HELLO must be called"));
        QCOMPARE(c.command({"AUTH", "s3cret"}).toDebugString(), QByteArray("OK"));
        QCOMPARE(c.command({"GET", "k"}).toDebugString(), QByteArray("(nil)"));
        QCOMPARE(c.command({"HELLO", "3"}).toDebugString(),
                 QByteArray("(error) NOPROTO unsupported protocol version"));
        RespTestClient h;
        QVERIFY(h.connectTo(server.port()));
        const RespReply hello =
            h.command({"HELLO", "2", "AUTH", "default", "s3cret", "SETNAME", "app"});
        QCOMPARE(hello.elements.size(), 14);
        QCOMPARE(hello.elements[1].text, QByteArray("redis"));
        QCOMPARE(hello.elements[5].integer, 2);
        QCOMPARE(h.command({"CLIENT", "GETNAME"}).text, QByteArray("app"));
        // Before AUTH, requests are bounded as in Redis.
        RespTestClient u;
        QVERIFY(u.connectTo(server.port()));
        u.sendRaw("*11\r\n");
        QCOMPARE(u.readReply().toDebugString(),
                 QByteArray("(error) ERR Protocol error: unauthenticated multibulk length"));
    }

    void resetReturnsTheConnectionToItsInitialState()
    {
        Node node;
        NODE_CHECK(node);
        auto sub = node.connect();
        sub->command({"SELECT", "2"});
        sub->command({"CLIENT", "SETNAME", "x"});
        sub->command({"SUBSCRIBE", "news"});
        QCOMPARE(node.cmd("PUBLISH news hi").integer, 1);
        QCOMPARE(sub->readReply().elements[2].text, QByteArray("hi"));
        QCOMPARE(sub->command({"RESET"}).toDebugString(), QByteArray("RESET"));
        QCOMPARE(node.cmd("PUBLISH news hi").integer, 0);
        QCOMPARE(sub->command({"CLIENT", "GETNAME"}).type, RespReply::Type::Nil);
        sub->command({"SET", "k", "db0"});
        QCOMPARE(node.cmd("GET k").text, QByteArray("db0"));
    }

    void authWithoutPasswordConfigured()
    {
        Node node;
        NODE_CHECK(node);
        QCOMPARE(node.cmd("AUTH x").toDebugString(),
                 QByteArray("(error) ERR AUTH <password> called without any password configured "
                            "for the default user. Are you sure your configuration is correct?"));
        QCOMPARE(node.cmd("AUTH default anything").toDebugString(), QByteArray("OK"));
    }

    void protectedModeDeniesNonLoopbackClients()
    {
        const QHostAddress ext = externalAddress();
        if (ext.isNull())
            QSKIP("this machine has no non-loopback IPv4 address");
        Node node({QStringLiteral("bind 127.0.0.1 %1").arg(ext.toString())});
        NODE_CHECK(node);
        RespTestClient remote;
        QVERIFY(remote.connectTo(node.server->port(), ext.toString()));
        const RespReply denied = remote.readReply();
        QVERIFY2(
            denied.text.startsWith("DENIED Redis is running in protected mode because protected "
                                   "mode is enabled and no password is set for the default user."),
            denied.text.constData());
        QVERIFY(remote.waitForDisconnect());
        // Loopback clients are served; with protected mode off, so is the other address.
        QCOMPARE(node.cmd("CONFIG SET protected-mode no").toDebugString(), QByteArray("OK"));
        RespTestClient again;
        QVERIFY(again.connectTo(node.server->port(), ext.toString()));
        QCOMPARE(again.command({"PING"}).toDebugString(), QByteArray("PONG"));
    }

    void bindsSeveralAddresses()
    {
        Node node({QStringLiteral("bind 127.0.0.1 -::1")});
        NODE_CHECK(node);
        RespTestClient v6;
        if (v6.connectTo(node.server->port(), QStringLiteral("::1"), 2000))
            QCOMPARE(v6.command({"PING"}).toDebugString(), QByteArray("PONG"));
        QCOMPARE(node.cmd("PING").toDebugString(), QByteArray("PONG"));
    }

    void portInUseFailsStartupWithRedisMessage()
    {
        QTcpServer taken;
        QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
        QTemporaryDir dir;
        QProcess p;
        p.setWorkingDirectory(dir.path());
        p.start(QStringLiteral(RD_NODE_BIN),
                {QStringLiteral("--port"), QString::number(taken.serverPort()),
                 QStringLiteral("--bind"), QStringLiteral("127.0.0.1")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 1);
        const QByteArray out = p.readAllStandardOutput();
        QVERIFY2(out.contains("# Warning: Could not create server TCP listening socket 127.0.0.1:" +
                              QByteArray::number(taken.serverPort()) +
                              ": bind: Address already in use"),
                 out.constData());
        QVERIFY2(out.contains("# Failed listening on port " +
                              QByteArray::number(taken.serverPort()) + " (TCP), aborting."),
                 out.constData());
    }

    void sigtermShutsDownCleanly()
    {
        Node node;
        NODE_CHECK(node);
        node.server->stop();
        QCOMPARE(node.server->process().exitCode(), 0);
        const QByteArray log = node.server->log();
        QVERIFY(log.contains("# Received SIGTERM scheduling shutdown..."));
        QVERIFY(log.contains("# Redis is now ready to exit, bye bye..."));
    }

    void daemonizeWritesPidfileAndDetaches()
    {
        QTemporaryDir dir;
        const QString pidfile = dir.filePath(QStringLiteral("n.pid"));
        const QString logfile = dir.filePath(QStringLiteral("n.log"));
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        QProcess p;
        p.start(QStringLiteral(RD_NODE_BIN),
                {QStringLiteral("--port"), QString::number(port), QStringLiteral("--bind"),
                 QStringLiteral("127.0.0.1"), QStringLiteral("--daemonize"), QStringLiteral("yes"),
                 QStringLiteral("--pidfile"), pidfile, QStringLiteral("--logfile"), logfile});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 0); // the parent returns at once
        QVERIFY(rdtest::waitUntil([&] { return QFile::exists(pidfile); }));
        // The daemon is not our child: make sure it is gone whatever happens below.
        struct KillDaemon
        {
            QString pidfile;
            ~KillDaemon()
            {
                QFile f(pidfile);
                if (f.open(QIODevice::ReadOnly))
                    ::kill(pid_t(f.readAll().trimmed().toLongLong()), SIGKILL);
            }
        } guard{pidfile};
        RespTestClient c;
        QVERIFY(
            rdtest::waitUntil([&] { return c.connectTo(port, QStringLiteral("127.0.0.1"), 200); }));
        QCOMPARE(c.command({"PING"}).toDebugString(), QByteArray("PONG"));
        c.sendRaw(RespTestClient::encode({"SHUTDOWN", "NOSAVE"}));
        QVERIFY(c.waitForDisconnect());
        QVERIFY(rdtest::waitUntil([&] { return !QFile::exists(pidfile); }));
    }
};

QTEST_GUILESS_MAIN(TstConnections)
#include "tst_connections.moc"
