// Server introspection and control: INFO, CONFIG, CLIENT, COMMAND, SLOWLOG, MEMORY, MONITOR,
// DEBUG (digests identical to redis-server's), FLUSHDB/FLUSHALL, TIME, SHUTDOWN.
#include "node_test_support.h"

#include <QFile>

using namespace nodetest;

namespace {

QMap<QByteArray, QByteArray> infoFields(const QByteArray &info)
{
    QMap<QByteArray, QByteArray> out;
    for (const QByteArray &line : info.split('\n')) {
        const QByteArray l = line.trimmed();
        const int colon = l.indexOf(':');
        if (colon > 0 && !l.startsWith('#'))
            out.insert(l.left(colon), l.mid(colon + 1));
    }
    return out;
}

QList<QByteArray> sectionTitles(const QByteArray &info)
{
    QList<QByteArray> out;
    for (const QByteArray &line : info.split('\n'))
        if (line.startsWith("# "))
            out << line.mid(2).trimmed();
    return out;
}

} // namespace

class TstServerCommands : public QObject
{
    Q_OBJECT

private slots:
    void infoHasRedisSectionsAndFieldNames()
    {
        Node node;
        NODE_CHECK(node);
        Node redis({}, ServerKind::Redis);
        NODE_CHECK(redis);
        node.cmd("SET k v");
        redis.cmd("SET k v");
        const QByteArray ni = node.cmd("INFO").text;
        const QByteArray ri = redis.cmd("INFO").text;
        QVERIFY(ni.contains("\r\n"));
        QCOMPARE(sectionTitles(ni), sectionTitles(ri));
        const auto nf = infoFields(ni);
        const auto rf = infoFields(ri);
        // Every field redis-server reports in these sections, the node reports too.
        for (auto it = rf.begin(); it != rf.end(); ++it)
            QVERIFY2(nf.contains(it.key()), it.key().constData());
        QCOMPARE(nf.value("db0"), QByteArray("keys=1,expires=0,avg_ttl=0"));
        QCOMPARE(nf.value("role"), QByteArray("master"));
        QCOMPARE(nf.value("tcp_port").toInt(), int(node.server->port()));
        QVERIFY(nf.value("used_memory").toLongLong() > 0);
        QCOMPARE(nf.value("redis_version"), QByteArray("7.0.15"));
        // One section on request, several, and "all" adds commandstats.
        QCOMPARE(sectionTitles(node.cmd("INFO replication").text),
                 QList<QByteArray>{"Replication"});
        QCOMPARE(sectionTitles(node.cmd("INFO cpu keyspace").text),
                 (QList<QByteArray>{"CPU", "Keyspace"}));
        QVERIFY(node.cmd("INFO all").text.contains("cmdstat_set:calls=1,"));
    }

    void usedMemoryGrowsWithTheDataAndShrinksWhenItGoes()
    {
        Node node;
        NODE_CHECK(node);
        auto used = [&] {
            return infoFields(node.cmd("INFO memory").text).value("used_memory").toLongLong();
        };
        QList<QByteArray> mset{"MSET"};
        for (int i = 0; i < 20000; ++i)
            mset << "key:" + QByteArray::number(i) << QByteArray(100, 'v');
        // A first round lets lasting buffers (the replication backlog) reach their size.
        node.cmd(mset);
        node.cmd("FLUSHALL");
        const qint64 before = used();
        node.cmd(mset);
        const qint64 filled = used();
        QVERIFY2(filled - before > 20000 * 100, qPrintable(QString::number(filled - before)));
        node.cmd("FLUSHALL");
        QVERIFY(used() < before + 20000 * 50);
    }

    void configGetSetAndErrors()
    {
        RUN_SCRIPT_ON_BOTH(
            QStringList{},
            {{"CONFIG GET maxmemory-policy", "[\"maxmemory-policy\", \"noeviction\"]"},
             {"CONFIG SET maxmemory 10mb maxmemory-policy allkeys-lru", "OK"},
             {"CONFIG GET maxmemory", "[\"maxmemory\", \"10485760\"]"},
             {"CONFIG SET maxmemory 0", "OK"},
             {"CONFIG SET port abc", "(error) ERR CONFIG SET failed (possibly related to argument "
                                     "'port') - argument couldn't be parsed into an integer"},
             {"CONFIG SET foo 1",
              "(error) ERR Unknown option or number of arguments for CONFIG SET - 'foo'"},
             {"CONFIG SET daemonize yes", "(error) ERR CONFIG SET failed (possibly related to "
                                          "argument 'daemonize') - can't set immutable config"},
             {"CONFIG SET protected-mode maybe",
              "(error) ERR CONFIG SET failed (possibly related to argument 'protected-mode') - "
              "argument must be 'yes' or 'no'"},
             {"CONFIG SET maxmemory 1zz",
              "(error) ERR CONFIG SET failed (possibly related to argument 'maxmemory') - argument "
              "must be a memory value"},
             {"CONFIG SET hz 1 hz 2", "(error) ERR CONFIG SET failed (possibly related to argument "
                                      "'hz') - duplicate parameter"},
             {"CONFIG SET timeout -1",
              "(error) ERR CONFIG SET failed (possibly related to argument 'timeout') - argument "
              "must be between 0 and 2147483647 inclusive"},
             {"CONFIG SET maxmemory-policy bad",
              "(error) ERR CONFIG SET failed (possibly related to argument 'maxmemory-policy') - "
              "argument(s) must be one of the following: volatile-lru, volatile-lfu, "
              "volatile-random, volatile-ttl, allkeys-lru, allkeys-lfu, allkeys-random, "
              "noeviction"},
             {"CONFIG SET loglevel bad",
              "(error) ERR CONFIG SET failed (possibly related to argument 'loglevel') - "
              "argument(s) must be one of the following: debug, verbose, notice, warning"},
             {"CONFIG SET timeout 5 port x",
              "(error) ERR CONFIG SET failed (possibly related to argument 'port') - argument "
              "couldn't be parsed into an integer"},
             {"CONFIG GET timeout", "[\"timeout\", \"0\"]"},
             {"CONFIG GET", "(error) ERR wrong number of arguments for 'config|get' command"},
             {"CONFIG", "(error) ERR wrong number of arguments for 'config' command"},
             {"CONFIG foo", "(error) ERR unknown subcommand 'foo'. Try CONFIG HELP."},
             {"CONFIG GET slave-read-only", "[\"slave-read-only\", \"yes\"]"},
             {"CONFIG SET save 100", "(error) ERR CONFIG SET failed (possibly related to argument "
                                     "'save') - Invalid save parameters"},
             {"CONFIG RESETSTAT", "OK"}});
    }

    void configRewriteKeepsTheFileAndWritesChanges()
    {
        Node node({QStringLiteral("# a comment that must stay"), QStringLiteral("maxclients 500")});
        NODE_CHECK(node);
        QCOMPARE(node.cmd("CONFIG SET maxclients 600 timeout 30").toDebugString(),
                 QByteArray("OK"));
        QCOMPARE(node.cmd("CONFIG REWRITE").toDebugString(), QByteArray("OK"));
        QFile f(node.server->configPath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY2(text.contains("# a comment that must stay"), text.constData());
        QVERIFY2(text.contains("maxclients 600\n"), text.constData());
        QVERIFY2(!text.contains("maxclients 500"), text.constData());
        QVERIFY2(text.contains("timeout 30\n"), text.constData());
        // The rewritten file starts the node again with the same values.
        QVERIFY(node.server->restart());
        RespTestClient c;
        QVERIFY(c.connectTo(node.server->port()));
        QCOMPARE(c.command({"CONFIG", "GET", "maxclients"}).elements[1].text, QByteArray("600"));
    }

    void clientSubcommands()
    {
        Node node;
        NODE_CHECK(node);
        const qint64 id = node.cmd("CLIENT ID").integer;
        QVERIFY(id > 0);
        QCOMPARE(node.cmd("CLIENT GETNAME").type, RespReply::Type::Nil);
        QCOMPARE(node.cmd("CLIENT SETNAME worker-1").toDebugString(), QByteArray("OK"));
        QCOMPARE(
            node.cmd({"CLIENT", "SETNAME", "a b"}).toDebugString(),
            QByteArray(
                "(error) ERR Client names cannot contain spaces, newlines or special characters."));
        QCOMPARE(node.cmd("CLIENT GETNAME").text, QByteArray("worker-1"));
        const QByteArray info = node.cmd("CLIENT INFO").text;
        QVERIFY2(info.startsWith("id=" + QByteArray::number(id) + " addr=127.0.0.1:"),
                 info.constData());
        QVERIFY2(info.contains(" name=worker-1 "), info.constData());
        QVERIFY2(info.contains(" cmd=client|info "), info.constData());
        auto other = node.connect();
        other->command({"CLIENT", "SETNAME", "victim"});
        const QByteArray list = node.cmd("CLIENT LIST").text;
        QCOMPARE(list.count('\n'), 2);
        QVERIFY(list.contains("name=victim"));
        const qint64 victimId = other->command({"CLIENT", "ID"}).integer;
        QCOMPARE(node.cmd("CLIENT KILL ID " + QByteArray::number(victimId)).integer, 1);
        QVERIFY(other->waitForDisconnect());
        QCOMPARE(node.cmd("CLIENT KILL 1.2.3.4:5").toDebugString(),
                 QByteArray("(error) ERR No such client"));
        QCOMPARE(node.cmd("CLIENT LIST TYPE bogus").toDebugString(),
                 QByteArray("(error) ERR Unknown client type 'bogus'"));
        QCOMPARE(node.cmd("CLIENT FOO").toDebugString(),
                 QByteArray("(error) ERR unknown subcommand 'FOO'. Try CLIENT HELP."));
    }

    void commandDescribesTheTable()
    {
        Node node;
        NODE_CHECK(node);
        QVERIFY(node.cmd("COMMAND COUNT").integer > 50);
        const RespReply get = node.cmd("COMMAND INFO get nosuch");
        QCOMPARE(get.elements.size(), 2);
        QCOMPARE(get.elements[0].elements[0].text, QByteArray("get"));
        QCOMPARE(get.elements[0].elements[1].integer, 2);
        QCOMPARE(get.elements[0].elements[2].toDebugString(), QByteArray("[readonly, fast]"));
        QCOMPARE(get.elements[0].elements[3].integer, 1);
        QCOMPARE(get.elements[1].type, RespReply::Type::Nil);
        const RespReply docs = node.cmd("COMMAND DOCS echo");
        QCOMPARE(docs.elements[0].text, QByteArray("echo"));
        QVERIFY(docs.elements[1].toDebugString().contains("\"group\", \"connection\""));
        QCOMPARE(node.cmd("COMMAND GETKEYS MSET a 1 b 2").toDebugString(),
                 QByteArray("[\"a\", \"b\"]"));
        QVERIFY(node.cmd("COMMAND").elements.size() > 50);
    }

    void slowlogRecordsSlowCommands()
    {
        Node node({QStringLiteral("slowlog-log-slower-than 0"), QStringLiteral("slowlog-max-len 3"),
                   QStringLiteral("enable-debug-command yes")});
        NODE_CHECK(node);
        node.cmd("SLOWLOG RESET");
        node.cmd("SET a 1");
        node.cmd("GET a");
        const RespReply log = node.cmd("SLOWLOG GET");
        QCOMPARE(log.elements.size(), 3); // RESET (admin commands are logged too), SET, GET
        QCOMPARE(log.elements[0].elements[3].toDebugString(), QByteArray("[\"GET\", \"a\"]"));
        QVERIFY(log.elements[0].elements[4].text.startsWith("127.0.0.1:"));
        QCOMPARE(node.cmd("SLOWLOG LEN").integer, 3);
        node.cmd("CONFIG SET slowlog-log-slower-than 100000");
        node.cmd("SLOWLOG RESET");
        node.cmd("DEBUG SLEEP 0.15");
        QCOMPARE(node.cmd("SLOWLOG LEN").integer, 1);
    }

    void memoryUsageReflectsTheValue()
    {
        Node node;
        NODE_CHECK(node);
        node.cmd("SET small v");
        node.cmd({"SET", "large", QByteArray(10000, 'x')});
        const qint64 small = node.cmd("MEMORY USAGE small").integer;
        const qint64 large = node.cmd("MEMORY USAGE large").integer;
        QVERIFY(small > 0 && small < 100);
        QVERIFY(large >= 10000 && large < 11000);
        QCOMPARE(node.cmd("MEMORY USAGE none").type, RespReply::Type::Nil);
    }

    void monitorStreamsCommands()
    {
        Node node;
        NODE_CHECK(node);
        auto monitor = node.connect();
        QCOMPARE(monitor->command({"MONITOR"}).toDebugString(), QByteArray("OK"));
        node.cmd({"SET", "k", "a b"});
        const RespReply line = monitor->readReply();
        QCOMPARE(line.type, RespReply::Type::Status);
        QVERIFY2(QRegularExpression(
                     QStringLiteral(
                         "^\\d+\\.\\d{6} \\[0 127\\.0\\.0\\.1:\\d+\\] \"SET\" \"k\" \"a b\"$"))
                     .match(QString::fromUtf8(line.text))
                     .hasMatch(),
                 line.text.constData());
    }

    void debugDigestsMatchRedis()
    {
        // The same dataset gives the same digests on the node and on redis-server.
        const QStringList conf{QStringLiteral("enable-debug-command yes")};
        Node node(conf);
        NODE_CHECK(node);
        QCOMPARE(node.cmd("DEBUG DIGEST").toDebugString(), QByteArray(40, '0'));
        node.cmd("SET a 1");
        QCOMPARE(node.cmd("DEBUG DIGEST").toDebugString(),
                 QByteArray("943d800368fb9c0e951138f1bc0e313ac769d91f"));
        QCOMPARE(node.cmd("DEBUG DIGEST-VALUE a b").toDebugString(),
                 QByteArray("[b4fc66738120fba0b5aa500ab5c2bf89cea1c5da, "
                            "0000000000000000000000000000000000000000]"));
        Node redis(conf, ServerKind::Redis);
        NODE_CHECK(redis);
        const char *dataset[] = {"SET a 1", "SET s hello EX 1000", "SELECT 2", "SET b x",
                                 "SELECT 0"};
        for (const char *c : dataset) {
            node.cmd(c);
            redis.cmd(c);
        }
        QCOMPARE(node.cmd("DEBUG DIGEST").text, redis.cmd("DEBUG DIGEST").text);
        QCOMPARE(node.cmd("DEBUG DIGEST-VALUE s").toDebugString(),
                 redis.cmd("DEBUG DIGEST-VALUE s").toDebugString());
    }

    void debugIsRefusedUnlessEnabled()
    {
        Node node;
        NODE_CHECK(node);
        QCOMPARE(node.cmd("DEBUG DIGEST").toDebugString(),
                 QByteArray(
                     "(error) ERR DEBUG command not allowed. If the enable-debug-command option is "
                     "set to \"local\", you can run it from a local connection, otherwise you need "
                     "to set this option in the configuration file, and then restart the server."));
        Node local({QStringLiteral("enable-debug-command local")});
        NODE_CHECK(local);
        QCOMPARE(local.cmd("DEBUG SLEEP 0").toDebugString(), QByteArray("OK"));
        QCOMPARE(local.cmd("DEBUG FOO").toDebugString(),
                 QByteArray("(error) ERR unknown subcommand or wrong number of arguments for "
                            "'FOO'. Try DEBUG HELP."));
    }

    void flushAndTime()
    {
        Node node;
        NODE_CHECK(node);
        node.cmd("SET a 1");
        node.cmd("SELECT 1");
        node.cmd("SET b 1");
        QCOMPARE(node.cmd("FLUSHDB").toDebugString(), QByteArray("OK"));
        QCOMPARE(node.cmd("DBSIZE").integer, 0);
        node.cmd("SELECT 0");
        QCOMPARE(node.cmd("DBSIZE").integer, 1);
        QCOMPARE(node.cmd("FLUSHALL ASYNC").toDebugString(), QByteArray("OK"));
        QCOMPARE(node.cmd("DBSIZE").integer, 0);
        QCOMPARE(node.cmd("FLUSHALL FOO").toDebugString(), QByteArray("(error) ERR syntax error"));
        const RespReply t = node.cmd("TIME");
        QCOMPARE(t.elements.size(), 2);
        QVERIFY(qAbs(t.elements[0].text.toLongLong() - QDateTime::currentSecsSinceEpoch()) < 5);
    }

    void shutdownStopsTheServerAndRemovesThePidFile()
    {
        QTemporaryDir dir;
        const QString pidfile = dir.filePath(QStringLiteral("node.pid"));
        Node node({QStringLiteral("pidfile \"%1\"").arg(pidfile)});
        NODE_CHECK(node);
        QVERIFY(QFile::exists(pidfile));
        node.client.sendRaw(RespTestClient::encode({"SHUTDOWN", "NOSAVE"}));
        QVERIFY(node.client.waitForDisconnect());
        QVERIFY(rdtest::waitUntil([&] { return !node.server->process().isRunning(); }));
        QCOMPARE(node.server->process().exitCode(), 0);
        QVERIFY(!QFile::exists(pidfile));
        QVERIFY(node.server->log().contains("Redis is now ready to exit, bye bye..."));
    }
};

QTEST_GUILESS_MAIN(TstServerCommands)
#include "tst_server_commands.moc"
