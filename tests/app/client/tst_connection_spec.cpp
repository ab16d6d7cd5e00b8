// redis:// and rediss:// URLs parse like redis-cli -u does, and print back without leaking
// the password unless asked.
#include "client/connection_spec.h"

#include <QTest>

class TestConnectionSpec : public QObject
{
    Q_OBJECT
private slots:
    void parsesUserPasswordHostPortDb()
    {
        const auto spec = ConnectionSpec::fromUrl("redis://alice:s%40cret@db.example:6380/3");
        QVERIFY(spec);
        QCOMPARE(spec->user, QString("alice"));
        QCOMPARE(spec->password, QString("s@cret"));
        QCOMPARE(spec->host, QString("db.example"));
        QCOMPARE(spec->port, quint16(6380));
        QCOMPARE(spec->db, 3);
        QVERIFY(!spec->tls.enabled);
    }

    void passwordOnlyForms()
    {
        auto spec = ConnectionSpec::fromUrl("redis://:pw@10.0.0.5");
        QVERIFY(spec);
        QVERIFY(spec->user.isEmpty());
        QCOMPARE(spec->password, QString("pw"));
        QCOMPARE(spec->port, quint16(6379));
        QCOMPARE(spec->db, 0);
        spec = ConnectionSpec::fromUrl("redis://pw@10.0.0.5:7000"); // redis-cli reading
        QVERIFY(spec);
        QVERIFY(spec->user.isEmpty());
        QCOMPARE(spec->password, QString("pw"));
    }

    void redissEnablesTls()
    {
        const auto spec = ConnectionSpec::fromUrl("rediss://h:6390");
        QVERIFY(spec);
        QVERIFY(spec->tls.enabled);
    }

    void ipv6Host()
    {
        const auto spec = ConnectionSpec::fromUrl("redis://[::1]:7001");
        QVERIFY(spec);
        QCOMPARE(spec->host, QString("::1"));
        QCOMPARE(spec->address(), QString("[::1]:7001"));
    }

    void rejectsBadInput_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("scheme") << "http://h:6379";
        QTest::newRow("db") << "redis://h:6379/abc";
        QTest::newRow("nohost") << "redis://:6379";
        QTest::newRow("port") << "redis://h:99999";
    }
    void rejectsBadInput()
    {
        QFETCH(QString, url);
        QString error;
        QVERIFY(!ConnectionSpec::fromUrl(url, &error));
        QVERIFY(!error.isEmpty());
    }

    void printsUrlWithoutPasswordByDefault()
    {
        ConnectionSpec spec;
        spec.host = "h";
        spec.port = 7000;
        spec.user = "bob";
        spec.password = "pw";
        spec.db = 2;
        QCOMPARE(spec.toUrl(), QString("redis://bob@h:7000/2"));
        QCOMPARE(spec.toUrl(true), QString("redis://bob:pw@h:7000/2"));
        const auto back = ConnectionSpec::fromUrl(spec.toUrl(true));
        QVERIFY(back);
        QCOMPARE(back->user, spec.user);
        QCOMPARE(back->password, spec.password);
        QCOMPARE(back->db, 2);
    }
};

QTEST_GUILESS_MAIN(TestConnectionSpec)
#include "tst_connection_spec.moc"
