// The node refuses to start on a damaged RDB file: it exits with status 1, never serves a
// half-loaded dataset, and its log names the kind of damage and the byte offset.
#include "persistence/rdb_encoding.h"
#include "persistence/rdb_writer.h"
#include "rdb_interop_support.h"
#include "server_process.h"

#include <QFile>
#include <QtTest>

using namespace rdtest;

namespace {

// A valid file written by the node's writer: a few keys, then EOF and the CRC.
std::string validFile()
{
    std::string file;
    rd::rdb::RdbWriter w(rd::rdb::stringSink(&file), rd::rdb::RdbWriterOptions{});
    w.writeHeader(rd::rdb::RdbAuxInfo{});
    w.selectDb(0, 3, 0);
    w.writeKey("alpha", std::string_view("first value"), std::nullopt);
    w.writeKey("beta", std::string_view("second value"), std::nullopt);
    w.writeKey("gamma", std::string_view("third value"), std::nullopt);
    w.finish();
    return file;
}

bool writeFile(const QString &path, const std::string &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           f.write(bytes.data(), qint64(bytes.size())) == qint64(bytes.size());
}

} // namespace

class TstRdbDamagedFiles : public QObject
{
    Q_OBJECT

private slots:
    void nodeRefusesToStart_data()
    {
        QTest::addColumn<QByteArray>("damaged");
        QTest::addColumn<QByteArray>("expectedMessage");
        const std::string good = validFile();
        std::string s;

        s = good;
        s[0] = 'X';
        QTest::newRow("bad magic")
            << QByteArray::fromStdString(s) << QByteArray("bad magic at byte offset 0");
        s = good;
        s.replace(5, 4, "0011");
        QTest::newRow("bad version")
            << QByteArray::fromStdString(s)
            << QByteArray("bad version at byte offset 5: Can't handle RDB format version 11");
        s = good.substr(0, good.find("second") + 3);
        QTest::newRow("truncated") << QByteArray::fromStdString(s)
                                   << QByteArray("truncated at byte offset " +
                                                 QByteArray::number(int(good.find("second"))));
        s = good;
        s[good.find("second")] = 'S';
        QTest::newRow("bad checksum") << QByteArray::fromStdString(s)
                                      << QByteArray("bad checksum at byte offset " +
                                                    QByteArray::number(int(good.size() - 8)));
        s = good;
        s[good.find("beta") - 1] = char(0x82); // the key's length byte
        QTest::newRow("bad length") << QByteArray::fromStdString(s)
                                    << QByteArray("bad length at byte offset " +
                                                  QByteArray::number(int(good.find("beta") - 1)));
        s = good;
        s[good.find("beta") - 2] = char(0x08); // the key's type byte
        QTest::newRow("unknown type") << QByteArray::fromStdString(s)
                                      << QByteArray("unknown type at byte offset " +
                                                    QByteArray::number(int(good.find("beta") - 2)));
        QTest::newRow("empty file") << QByteArray() << QByteArray("bad magic at byte offset 0");
    }

    void nodeRefusesToStart()
    {
        QFETCH(QByteArray, damaged);
        QFETCH(QByteArray, expectedMessage);
        ServerProcess node(ServerKind::Node);
        QVERIFY(writeFile(node.dir() + "/dump.rdb", damaged.toStdString()));
        QVERIFY(!node.start({}, 2000));
        QVERIFY(node.process().waitForExit(5000));
        QCOMPARE(node.process().exitCode(), 1);
        const QByteArray log = node.log();
        QVERIFY2(log.contains(expectedMessage), log.constData());
        QVERIFY(log.contains("Fatal error loading the DB"));
        QVERIFY(log.contains("Terminating server after rdb file reading failure."));
        QVERIFY(!log.contains("Ready to accept connections"));
    }

    void streamKeyFromRedisIsRefusedByName()
    {
        ServerProcess redis(ServerKind::Redis);
        QVERIFY(redis.start());
        RespTestClient rc;
        QVERIFY(rc.connectTo(redis.port()));
        QVERIFY(run(rc, {"SET", "plain", "v"}));
        QVERIFY(run(rc, {"XADD", "orders:stream", "*", "item", "42"}));
        QVERIFY(run(rc, {"SAVE"}));
        ServerProcess node(ServerKind::Node);
        QFile::copy(redis.dir() + "/dump.rdb", node.dir() + "/dump.rdb");
        QVERIFY(!node.start({}, 2000));
        QVERIFY(node.process().waitForExit(5000));
        QCOMPARE(node.process().exitCode(), 1);
        const QByteArray log = node.log();
        QVERIFY2(log.contains("unsupported value at byte offset"), log.constData());
        QVERIFY(log.contains("key 'orders:stream' holds a stream"));
    }

    void missingFileStartsEmpty()
    {
        ServerProcess node(ServerKind::Node);
        QVERIFY2(node.start(), qPrintable(node.lastError()));
        RespTestClient nc;
        QVERIFY(nc.connectTo(node.port()));
        QCOMPARE(nc.command({"DBSIZE"}).integer, 0);
    }

    void validFileLoads()
    {
        ServerProcess node(ServerKind::Node);
        QVERIFY(writeFile(node.dir() + "/dump.rdb", validFile()));
        QVERIFY2(node.start(), qPrintable(node.lastError()));
        RespTestClient nc;
        QVERIFY(nc.connectTo(node.port()));
        QCOMPARE(nc.command({"GET", "beta"}).text, QByteArray("second value"));
        QVERIFY(node.log().contains("DB loaded from disk:"));
    }
};

QTEST_GUILESS_MAIN(TstRdbDamagedFiles)
#include "tst_rdb_damaged_files.moc"
