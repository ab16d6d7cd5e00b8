// Configuration in redis.conf syntax: the seed's three files start, bad lines stop start-up
// with Redis's fatal error block (line number, line, reason), unsupported directives are
// refused the same way, and --directive options on the command line work as redis-server's.
#include "config/config_file.h"
#include "config/config_table.h"
#include "managed_process.h"
#include "node_test_support.h"

#include <QFile>
#include <QProcess>

using namespace nodetest;

namespace {

struct RunResult
{
    int exitCode = -1;
    QByteArray stderrText;
};

// Runs the node on a config file that must fail, and returns how it failed.
RunResult runWithConfig(const QByteArray &text, const QStringList &extraArgs = {})
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.conf"));
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(text);
    f.close();
    QProcess p;
    p.setWorkingDirectory(dir.path());
    p.start(QStringLiteral(RD_NODE_BIN), QStringList{path} + extraArgs);
    p.waitForFinished(10000);
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished();
    }
    return {p.exitCode(), p.readAllStandardError()};
}

} // namespace

class TstConfigFile : public QObject
{
    Q_OBJECT

private slots:
    void seedConfigurationsStart()
    {
        // The seed's master and replica files, adapted to loopback ports and a temporary folder:
        // every directive they use is accepted (daemonize stays off so the test owns the process).
        const QStringList master{QStringLiteral("protected-mode no"),
                                 QStringLiteral("requirepass redis:123:456"),
                                 QStringLiteral("timeout 0"),
                                 QStringLiteral("loglevel notice"),
                                 QStringLiteral("databases 16"),
                                 QStringLiteral("save \"\""),
                                 QStringLiteral("dbfilename dump_6379.rdb")};
        ServerProcess m(ServerKind::Node);
        m.password = QStringLiteral("redis:123:456");
        QVERIFY2(m.start(master), qPrintable(m.lastError()));
        const QStringList replica{QStringLiteral("protected-mode yes"),
                                  QStringLiteral("timeout 0"),
                                  QStringLiteral("loglevel notice"),
                                  QStringLiteral("databases 16"),
                                  QStringLiteral("save 900 1"),
                                  QStringLiteral("save 300 10"),
                                  QStringLiteral("save 60 10000"),
                                  QStringLiteral("dbfilename dump_6379.rdb"),
                                  QStringLiteral("replicaof 127.0.0.1 %1").arg(m.port()),
                                  QStringLiteral("masterauth redis:123:456"),
                                  QStringLiteral("replica-serve-stale-data yes"),
                                  QStringLiteral("replica-read-only yes")};
        ServerProcess r(ServerKind::Node);
        QVERIFY2(r.start(replica), qPrintable(r.lastError()));
        RespTestClient c;
        QVERIFY(c.connectTo(r.port()));
        QCOMPARE(c.command({"CONFIG", "GET", "save"}).elements[1].text,
                 QByteArray("900 1 300 10 60 10000"));
        QCOMPARE(c.command({"CONFIG", "GET", "masterauth"}).elements[1].text,
                 QByteArray("redis:123:456"));
        QCOMPARE(c.command({"CONFIG", "GET", "replica-read-only"}).elements[1].text,
                 QByteArray("yes"));
    }

    void badLinesStopStartupWithRedisBlock_data()
    {
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("unknown directive")
            << QByteArray("port 0\nbogus-directive yes\n")
            << QByteArray("\n*** FATAL CONFIG FILE ERROR (Redis 7.0.15) ***\n"
                          "Reading the configuration file, at line 2\n"
                          ">>> 'bogus-directive yes'\n"
                          "Bad directive or wrong number of arguments\n");
        QTest::newRow("not an integer")
            << QByteArray("# comment\n\nport abc\n")
            << QByteArray("\n*** FATAL CONFIG FILE ERROR (Redis 7.0.15) ***\n"
                          "Reading the configuration file, at line 3\n"
                          ">>> 'port abc'\n"
                          "argument couldn't be parsed into an integer\n");
        QTest::newRow("bad enum")
            << QByteArray("maxmemory-policy lots\n")
            << QByteArray(
                   "\n*** FATAL CONFIG FILE ERROR (Redis 7.0.15) ***\n"
                   "Reading the configuration file, at line 1\n"
                   ">>> 'maxmemory-policy lots'\n"
                   "argument(s) must be one of the following: volatile-lru, volatile-lfu, "
                   "volatile-random, volatile-ttl, allkeys-lru, allkeys-lfu, allkeys-random, "
                   "noeviction\n");
        QTest::newRow("wrong number of arguments")
            << QByteArray("replicaof \"127.0.0.1\"\n")
            << QByteArray("\n*** FATAL CONFIG FILE ERROR (Redis 7.0.15) ***\n"
                          "Reading the configuration file, at line 1\n"
                          ">>> 'replicaof \"127.0.0.1\"'\n"
                          "wrong number of arguments\n");
        QTest::newRow("unsupported directive")
            << QByteArray("port 0\nappendfsync everysec\n")
            << QByteArray("\n*** FATAL CONFIG FILE ERROR (Redis 7.0.15) ***\n"
                          "Reading the configuration file, at line 2\n"
                          ">>> 'appendfsync everysec'\n"
                          "'appendfsync' is not supported by replicadesk-node\n");
        QTest::newRow("appendonly yes")
            << QByteArray("appendonly yes\n")
            << QByteArray("\n*** FATAL CONFIG FILE ERROR (Redis 7.0.15) ***\n"
                          "Reading the configuration file, at line 1\n"
                          ">>> 'appendonly yes'\n"
                          "appendonly yes is not supported: replicadesk-node persists with RDB "
                          "snapshots only\n");
        QTest::newRow("unbalanced quotes")
            << QByteArray("logfile \"x\n")
            << QByteArray("\n*** FATAL CONFIG FILE ERROR (Redis 7.0.15) ***\n"
                          "Reading the configuration file, at line 1\n"
                          ">>> 'logfile \"x'\n"
                          "Unbalanced quotes in configuration line\n");
    }

    void badLinesStopStartupWithRedisBlock()
    {
        QFETCH(QByteArray, config);
        QFETCH(QByteArray, expected);
        const RunResult r = runWithConfig(config);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.stderrText, expected);
    }

    void commandLineOptionsAreExtraLines()
    {
        // Redis appends the options after the file; the error's line counts past the file.
        const RunResult r =
            runWithConfig("port 0\n", {QStringLiteral("--maxclients"), QStringLiteral("many")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.stderrText.contains("at line 2\n>>> 'maxclients \"many\"'\n"),
                 r.stderrText.constData());
        QCOMPARE(rd::commandLineToConfigText({"--port", "7000", "--save", "--bind", "a", "b"}),
                 std::string("port \"7000\" \nsave \"\" \nbind \"a\" \"b\" "));
    }

    void parsesEveryValueShape()
    {
        rd::Config c;
        const auto err = rd::applyConfigText(
            c, "maxmemory 100mb\nclient-output-buffer-limit normal 1mb 512kb 10\n"
               "save 100 1\nsave 200 2\nbind 127.0.0.1 -::1\nloglevel WARNING\n"
               "slaveof 10.0.0.1 6380\nrequirepass \"a b\\x41\"\n");
        QVERIFY2(!err, err ? err->reason.c_str() : "");
        QCOMPARE(c.maxmemory, uint64_t(100) * 1024 * 1024);
        QCOMPARE(c.outputBufferLimits[0].hardBytes, uint64_t(1024 * 1024));
        QCOMPARE(c.outputBufferLimits[0].softBytes, uint64_t(512 * 1024));
        QCOMPARE(c.save.size(), size_t(2));
        QCOMPARE(c.bind, (std::vector<std::string>{"127.0.0.1", "-::1"}));
        QCOMPARE(c.loglevel, rd::LogLevel::Warning);
        QCOMPARE(c.replicaofHost, std::string("10.0.0.1"));
        QCOMPARE(c.replicaofPort, int64_t(6380));
        QCOMPARE(c.requirepass, std::string("a bA"));
        uint64_t v = 0;
        QVERIFY(rd::ConfigTable::parseMemory("1k", v) && v == 1000);
        QVERIFY(rd::ConfigTable::parseMemory("1KB", v) && v == 1024);
        QVERIFY(!rd::ConfigTable::parseMemory("1zb", v));
    }

    void missingConfigFileIsFatal()
    {
        QProcess p;
        p.start(QStringLiteral(RD_NODE_BIN), {QStringLiteral("/nonexistent/redis.conf")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(p.readAllStandardError().startsWith(
            "Fatal error, can't open config file '/nonexistent/redis.conf'"));
    }
};

QTEST_GUILESS_MAIN(TstConfigFile)
#include "tst_config_file.moc"
