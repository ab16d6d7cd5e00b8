// The console, offscreen against a real redis-server: completion data from COMMAND DOCS,
// replies rendered like redis-cli, history, and confirmation before destructive commands.
#include "ui/console/node_console.h"

#include "client/node_connections.h"
#include "resp_test_client.h"
#include "server_process.h"
#include "wait_until.h"

#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace rdtest;

class TestNodeConsole : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY2(m_redis.start(), qPrintable(m_redis.lastError())); }

    void completionComesFromCommandDocs()
    {
        NodeConnections node(spec());
        NodeConsole console(&node);
        QSignalSpy loaded(&console, &NodeConsole::docsLoaded);
        QVERIFY(waitUntil([&] { return !loaded.isEmpty(); }));
        const QStringList names = console.docs().names();
        QVERIFY(names.contains("GET"));
        QVERIFY(names.contains("CONFIG GET"));
        const CommandDoc *set = console.docs().find({"set"});
        QVERIFY(set);
        QVERIFY2(set->syntax.startsWith("key value"), qPrintable(set->syntax));
        QVERIFY(set->syntax.contains("NX|XX"));
        QVERIFY(!set->summary.isEmpty());

        console.show();
        QTest::keyClicks(console.input(), "config get");
        const QLabel *hint = console.findChild<QLabel *>();
        QVERIFY(hint);
        QVERIFY2(hint->text().startsWith("CONFIG GET parameter"), qPrintable(hint->text()));
    }

    void repliesLookLikeRedisCli()
    {
        NodeConnections node(spec());
        NodeConsole console(&node);
        QSignalSpy shown(&console, &NodeConsole::replyShown);
        QVERIFY(console.execute("RPUSH l a \"b c\""));
        QVERIFY(console.execute("LRANGE l 0 -1"));
        QVERIFY(console.execute("GET nothing"));
        QVERIFY(console.execute("HGET l f"));
        QVERIFY(waitUntil([&] { return shown.size() == 4; }));
        const QString text = console.transcript();
        QVERIFY2(text.contains("(integer) 2\n"), qPrintable(text));
        QVERIFY(text.contains("1) \"a\"\n2) \"b c\""));
        QVERIFY(text.contains("(nil)"));
        QVERIFY(text.contains("(error) WRONGTYPE"));
        // Each reply right under its command, as in redis-cli, although all four were pipelined.
        QVERIFY2(text.contains(QString("127.0.0.1:%1> LRANGE l 0 -1\n1) \"a\"\n2) \"b c\"\n"
                                       "127.0.0.1:%1> GET nothing\n(nil)")
                                   .arg(m_redis.port())),
                 qPrintable(text));
        QCOMPARE(console.history().size(), 4);
    }

    void reportsPrintRawLikeRedisCli()
    {
        NodeConnections node(spec());
        NodeConsole console(&node);
        QSignalSpy shown(&console, &NodeConsole::replyShown);
        QVERIFY(console.execute("INFO server"));
        QVERIFY(waitUntil([&] { return shown.size() == 1; }));
        QVERIFY(console.transcript().contains("\n# Server\nredis_version:7."));
    }

    void historyWithArrowKeys()
    {
        NodeConnections node(spec());
        NodeConsole console(&node);
        console.show();
        QTest::keyClicks(console.input(), "PING");
        QTest::keyClick(console.input(), Qt::Key_Return);
        QTest::keyClicks(console.input(), "ECHO hi");
        QTest::keyClick(console.input(), Qt::Key_Return);
        QVERIFY(console.input()->text().isEmpty());
        QTest::keyClick(console.input(), Qt::Key_Up);
        QCOMPARE(console.input()->text(), QString("ECHO hi"));
        QTest::keyClick(console.input(), Qt::Key_Up);
        QCOMPARE(console.input()->text(), QString("PING"));
        QTest::keyClick(console.input(), Qt::Key_Down);
        QCOMPARE(console.input()->text(), QString("ECHO hi"));
    }

    void destructiveCommandsNeedConfirmation()
    {
        RespTestClient probe;
        QVERIFY(probe.connectTo(m_redis.port()));
        probe.command({"SET", "precious", "1"});

        NodeConnections node(spec());
        NodeConsole console(&node);
        QString asked;
        console.setConfirmer([&asked](const QString &q) {
            asked = q;
            return false;
        });
        QVERIFY(!console.execute("flushall"));
        QVERIFY(asked.contains("flushall"));
        QCOMPARE(probe.command({"EXISTS", "precious"}).integer, 1);

        console.setConfirmer([](const QString &) { return true; });
        QSignalSpy shown(&console, &NodeConsole::replyShown);
        QVERIFY(console.execute("FLUSHALL"));
        QVERIFY(waitUntil([&] { return !shown.isEmpty(); }));
        QCOMPARE(probe.command({"EXISTS", "precious"}).integer, 0);
        QVERIFY(NodeConsole::needsConfirmation("SHUTDOWN"));
        QVERIFY(NodeConsole::needsConfirmation("DEBUG"));
        QVERIFY(NodeConsole::needsConfirmation("FLUSHDB"));
        QVERIFY(!NodeConsole::needsConfirmation("GET"));
    }

    void badQuotingIsReportedNotSent()
    {
        NodeConnections node(spec());
        NodeConsole console(&node);
        QVERIFY(!console.execute("SET k \"unterminated"));
        QVERIFY(console.transcript().contains("unbalanced quotes"));
        QCOMPARE(console.pendingCount(), 0);
    }

    // The link drops (CLIENT KILL) after the user SELECTed db 3: the automatic reconnect
    // selects db 3 again, not the profile's db 0.
    void reconnectKeepsTheSelectedDatabase()
    {
        NodeConnections node(spec());
        NodeConsole console(&node);
        QSignalSpy shown(&console, &NodeConsole::replyShown);
        QVERIFY(console.execute("SELECT 3"));
        QVERIFY(waitUntil([&] { return shown.size() == 1; }));
        RespConnection *link = node.console();
        QVERIFY(waitUntil([&] { return link->isReady(); }));
        QSignalSpy failed(link, &RespConnection::connectionFailed);

        RespTestClient admin;
        QVERIFY(admin.connectTo(m_redis.port()));
        const RespReply killed =
            admin.command({"CLIENT", "KILL", "TYPE", "normal", "SKIPME", "yes"});
        QVERIFY2(killed.integer >= 1, killed.text.constData());
        QVERIFY(waitUntil([&] { return !failed.isEmpty(); }));
        QVERIFY(waitUntil([&] { return link->isReady(); }, 10000));

        QVERIFY(console.execute("SET reconnect-db-marker yes"));
        QVERIFY(waitUntil([&] { return shown.size() == 2; }));
        QVERIFY2(console.transcript().endsWith("OK"), qPrintable(console.transcript()));
        QVERIFY(console.transcript().contains("[3]> SET reconnect-db-marker"));
        QCOMPARE(admin.command({"EXISTS", "reconnect-db-marker"}).integer, 0);
        QCOMPARE(admin.command({"SELECT", "3"}).text, QByteArray("OK"));
        QCOMPARE(admin.command({"EXISTS", "reconnect-db-marker"}).integer, 1);
        admin.command({"DEL", "reconnect-db-marker"});
    }

private:
    ConnectionSpec spec() const
    {
        ConnectionSpec s;
        s.port = m_redis.port();
        return s;
    }
    ServerProcess m_redis{ServerKind::Redis};
};

QTEST_MAIN(TestNodeConsole)
#include "tst_node_console.moc"
