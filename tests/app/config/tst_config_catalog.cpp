// The directive catalog: topics, defaults, runtime flags, help texts (the seed's directives all
// have one), aliases, and that it matches what a real redis-server reports.
#include "model/config/config_catalog.h"
#include "model/config/config_snapshot.h"

#include "resp_test_client.h"
#include "server_process.h"

#include <QTest>

class ConfigCatalogTest : public QObject
{
    Q_OBJECT
private slots:
    void seedDirectivesHaveTopicsAndHelp()
    {
        const QList<QByteArray> seed{"bind",
                                     "port",
                                     "protected-mode",
                                     "requirepass",
                                     "timeout",
                                     "daemonize",
                                     "pidfile",
                                     "loglevel",
                                     "logfile",
                                     "databases",
                                     "save",
                                     "dbfilename",
                                     "replicaof",
                                     "masterauth",
                                     "replica-serve-stale-data",
                                     "replica-read-only"};
        for (const QByteArray &name : seed) {
            const ConfigDirective *d = ConfigCatalog::find(name);
            QVERIFY2(d, name.constData());
            QVERIFY2(d->help, name.constData());
        }
        QCOMPARE(ConfigCatalog::topicOf("bind"), ConfigTopic::Network);
        QCOMPARE(ConfigCatalog::topicOf("requirepass"), ConfigTopic::Security);
        QCOMPARE(ConfigCatalog::topicOf("save"), ConfigTopic::Persistence);
        QCOMPARE(ConfigCatalog::topicOf("masterauth"), ConfigTopic::Replication);
        QCOMPARE(ConfigCatalog::topicOf("maxmemory"), ConfigTopic::Limits);
        QCOMPARE(ConfigCatalog::topicOf("loglevel"), ConfigTopic::Other);
        QCOMPARE(ConfigCatalog::topicOf("repl-some-future-thing"), ConfigTopic::Replication);
        QVERIFY(ConfigCatalog::helpText("bind").contains(QStringLiteral("Connection refused")));
    }

    void defaultsAndRuntimeFlags()
    {
        QVERIFY(!ConfigCatalog::isChangedFromDefault("port", "6379"));
        QVERIFY(ConfigCatalog::isChangedFromDefault("port", "7000"));
        QVERIFY(ConfigCatalog::isChangedFromDefault("save", ""));
        QVERIFY(!ConfigCatalog::isChangedFromDefault("dir", "/anything")); // machine-specific
        QCOMPARE(ConfigCatalog::mutabilityOf("maxmemory"), ConfigMutability::Runtime);
        QCOMPARE(ConfigCatalog::mutabilityOf("daemonize"), ConfigMutability::Restart);
        QCOMPARE(ConfigCatalog::mutabilityOf("dir"), ConfigMutability::Protected);
        QCOMPARE(ConfigCatalog::canonicalName("slave-read-only"), QByteArray("replica-read-only"));
        QVERIFY(ConfigCatalog::isSecret("masterauth"));
        QVERIFY(ConfigCatalog::isNodeSpecific("port"));
    }

    // The catalog was taken from Redis 7.0; a real server started without a config file must
    // report the same directives and (for the portable ones) the same defaults.
    void matchesARealRedisServer()
    {
        rdtest::ServerProcess redis(rdtest::ServerKind::Redis);
        QVERIFY(redis.start());
        rdtest::RespTestClient c;
        QVERIFY(c.connectTo(redis.port()));
        const rdtest::RespReply reply = c.command({"CONFIG", "GET", "*"});
        QVERIFY(reply.elements.size() > 100);
        int checked = 0;
        for (qsizetype i = 0; i + 1 < reply.elements.size(); i += 2) {
            const QByteArray name = reply.elements[i].text;
            const ConfigDirective *d = ConfigCatalog::find(name);
            QVERIFY2(d, name.constData());
            // The test server's config sets these; everything else is at its default.
            static const QList<QByteArray> set{"port",       "bind",    "dir",       "save",
                                               "appendonly", "logfile", "daemonize", "pidfile"};
            if (set.contains(name) || !d->defaultValue)
                continue;
            QCOMPARE(reply.elements[i + 1].text, QByteArray(d->defaultValue));
            ++checked;
        }
        QVERIFY(checked > 150);
    }
};

QTEST_GUILESS_MAIN(ConfigCatalogTest)
#include "tst_config_catalog.moc"
