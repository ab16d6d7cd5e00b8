// Connection profiles persist through QSettings without their passwords; redis.conf files
// (the seed's three configurations among them) import into connections.
#include "model/connection_profiles.h"
#include "model/redis_conf_import.h"

#include <QSettings>
#include <QTest>

class TestConnectionProfiles : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName("ReplicaDeskTest");
        QCoreApplication::setApplicationName("tst_connection_profiles");
        QSettings().clear();
    }

    void profilesSurviveARestartWithoutPasswords()
    {
        QString id;
        {
            ConnectionProfileStore store;
            ConnectionProfile p;
            p.group = "Production";
            p.spec.name = "cache-1";
            p.spec.host = "10.0.0.7";
            p.spec.port = 6380;
            p.spec.user = "ops";
            p.spec.password = "top-secret";
            p.spec.db = 2;
            p.spec.tls.enabled = true;
            p.spec.tls.caFile = "/etc/ca.pem";
            id = store.add(p);
            const QString copy = store.duplicate(id);
            QVERIFY(!copy.isEmpty());
            QCOMPARE(store.profiles().size(), 2);
            QVERIFY(store.profile(copy)->spec.name.contains("cache-1"));
            store.remove(copy);
        }
        ConnectionProfileStore reloaded;
        QCOMPARE(reloaded.profiles().size(), 1);
        const ConnectionProfile p = *reloaded.profile(id);
        QCOMPARE(p.group, QString("Production"));
        QCOMPARE(p.spec.host, QString("10.0.0.7"));
        QCOMPARE(p.spec.port, quint16(6380));
        QCOMPARE(p.spec.user, QString("ops"));
        QCOMPARE(p.spec.db, 2);
        QVERIFY(p.spec.tls.enabled);
        QCOMPARE(p.spec.tls.caFile, QString("/etc/ca.pem"));
        QVERIFY(p.hasPassword);
        QVERIFY(p.spec.password.isEmpty());
        // Not anywhere in the settings file either.
        QSettings settings;
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("top-secret"));
    }

    void importsTheSeedMasterConfig()
    {
        const RedisConfImport r = importRedisConf("# master\nbind 192.168.1.10\nport 6379\n"
                                                  "save \"\"\nrequirepass \"p@ss word\"\n",
                                                  "/etc/redis/master.conf");
        QCOMPARE(r.spec.host, QString("192.168.1.10"));
        QCOMPARE(r.spec.port, quint16(6379));
        QCOMPARE(r.spec.password, QString("p@ss word"));
        QCOMPARE(r.spec.name, QString("master"));
        QVERIFY(r.replicaOf.isEmpty());
    }

    void importsAReplicaWithWildcardBind()
    {
        const RedisConfImport r =
            importRedisConf("bind 0.0.0.0\nport 6380\nreplicaof 192.168.1.10 6379\n"
                            "masterauth secret\nreplica-read-only yes\n");
        QCOMPARE(r.spec.host, QString("127.0.0.1"));
        QCOMPARE(r.spec.port, quint16(6380));
        QCOMPARE(r.replicaOf, QString("192.168.1.10 6379"));
        QVERIFY(r.spec.password.isEmpty());
        QVERIFY(r.notes.size() >= 2);
    }

    void importsTlsOnly()
    {
        const RedisConfImport r = importRedisConf(
            "port 0\ntls-port 6390\ntls-ca-cert-file /tls/ca.crt\ntls-cert-file /tls/s.crt\n"
            "tls-client-cert-file /tls/c.crt\ntls-client-key-file /tls/c.key\n");
        QVERIFY(r.spec.tls.enabled);
        QCOMPARE(r.spec.port, quint16(6390));
        QCOMPARE(r.spec.tls.caFile, QString("/tls/ca.crt"));
        QCOMPARE(r.spec.tls.certFile, QString("/tls/c.crt"));
        QCOMPARE(r.spec.tls.keyFile, QString("/tls/c.key"));
    }
};

QTEST_GUILESS_MAIN(TestConnectionProfiles)
#include "tst_connection_profiles.moc"
