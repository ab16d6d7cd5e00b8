// A lab node's config text is validated by the node program's own parser before it is saved:
// a good text starts (and is stopped again), a bad one gives Redis's fatal error with its line.
#include "model/config/config_file_validator.h"

#include "server_process.h"
#include "wait_until.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

using namespace rdtest;

class ConfigFileValidatorTest : public QObject
{
    Q_OBJECT
private slots:
    void programs_data()
    {
        QTest::addColumn<QString>("program");
        QTest::newRow("redis-server") << QStringLiteral(REDIS_SERVER_BIN);
        if (QFileInfo(binaryFor(ServerKind::Node)).isExecutable())
            QTest::newRow("replicadesk-node") << binaryFor(ServerKind::Node);
    }

    void programs()
    {
        QFETCH(QString, program);
        // The seed's replica 1, with a master that is not there: the trial must not care.
        const QByteArray good = "bind 127.0.0.1\nport 6379\nprotected-mode yes\ntimeout 0\n"
                                "loglevel notice\ndatabases 16\nsave 900 1\nsave 300 10\n"
                                "dbfilename dump_6379.rdb\nreplicaof 192.0.2.1 6379\n"
                                "masterauth redis:123:456\nreplica-serve-stale-data yes\n"
                                "replica-read-only yes\nrequirepass redis:123:456\n";
        ConfigFileValidator validator(program);
        QSignalSpy finished(&validator, &ConfigFileValidator::finished);
        validator.validate(good);
        QVERIFY(waitUntil([&] { return !finished.isEmpty(); }, 20000));
        auto result = finished.takeFirst().at(0).value<ConfigFileValidator::Result>();
        QVERIFY2(result.ok, qPrintable(result.message));
        QCOMPARE(result.method, ConfigFileValidator::Method::ScratchStart);

        validator.validate("port 6379\nsave 900 1\nreplica-read-only perhaps\n");
        QVERIFY(waitUntil([&] { return !finished.isEmpty(); }, 20000));
        result = finished.takeFirst().at(0).value<ConfigFileValidator::Result>();
        QVERIFY(!result.ok);
        QCOMPARE(result.line, 3);
        QVERIFY2(result.message.contains(QStringLiteral("replica-read-only")),
                 qPrintable(result.message));

        validator.validate("port 6379\nnot-a-directive 1\n");
        QVERIFY(waitUntil([&] { return !finished.isEmpty(); }, 20000));
        result = finished.takeFirst().at(0).value<ConfigFileValidator::Result>();
        QVERIFY(!result.ok);
        QCOMPARE(result.line, 2);
    }

    void parsesTheFatalBlock()
    {
        const QByteArray out = "\n*** FATAL CONFIG FILE ERROR (Redis 7.0.15) ***\n"
                               "Reading the configuration file, at line 12\n"
                               ">>> 'save 900'\nInvalid save parameters\n";
        const auto r = ConfigFileValidator::parseFatalConfigError(out);
        QCOMPARE(r.line, 12);
        QVERIFY(r.message.contains(QStringLiteral("Invalid save parameters")));
    }

    void aMissingProgramIsReported()
    {
        ConfigFileValidator validator(QStringLiteral("/nonexistent/replicadesk-node"));
        QSignalSpy finished(&validator, &ConfigFileValidator::finished);
        validator.validate("port 6379\n");
        QVERIFY(waitUntil([&] { return !finished.isEmpty(); }));
        QVERIFY(!finished.first().at(0).value<ConfigFileValidator::Result>().ok);
    }
};

QTEST_GUILESS_MAIN(ConfigFileValidatorTest)
#include "tst_config_file_validator.moc"
