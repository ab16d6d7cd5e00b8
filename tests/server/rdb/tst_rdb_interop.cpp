// The node and Debian's redis-server 7.0 read each other's snapshots and DUMP payloads: each
// suite fills one server through RESP, moves the bytes to the other, and compares every key.
#include "rdb_interop_support.h"
#include "server_process.h"
#include "wait_until.h"

#include <QDir>
#include <QFile>
#include <QtTest>

using namespace rdtest;

namespace {

bool copyFile(const QString &from, const QString &to)
{
    QFile::remove(to);
    return QFile::copy(from, to);
}

QStringList withSaveOptions(bool compress, bool checksum)
{
    return {QStringLiteral("rdbcompression %1").arg(compress ? "yes" : "no"),
            QStringLiteral("rdbchecksum %1").arg(checksum ? "yes" : "no")};
}

} // namespace

class TstRdbInterop : public QObject
{
    Q_OBJECT

private slots:
    void redisSnapshotLoadsInNode_data()
    {
        QTest::addColumn<bool>("compress");
        QTest::addColumn<bool>("checksum");
        QTest::newRow("defaults") << true << true;
        QTest::newRow("rdbcompression no, rdbchecksum no") << false << false;
    }

    void redisSnapshotLoadsInNode()
    {
        QFETCH(bool, compress);
        QFETCH(bool, checksum);
        ServerProcess redis(ServerKind::Redis);
        QVERIFY2(redis.start(withSaveOptions(compress, checksum)), qPrintable(redis.lastError()));
        RespTestClient rc;
        QVERIFY(rc.connectTo(redis.port()));
        QVERIFY(fillDataSet(rc));
        QCOMPARE(rc.command({"SAVE"}).text, QByteArray("OK"));
        const auto expected = snapshotOf(rc);
        QCOMPARE(expected.size(), 30);

        ServerProcess node(ServerKind::Node);
        QVERIFY(copyFile(redis.dir() + "/dump.rdb", node.dir() + "/dump.rdb"));
        QVERIFY2(node.start(), qPrintable(node.lastError()));
        RespTestClient nc;
        QVERIFY(nc.connectTo(node.port()));
        QVERIFY(sameContents(expected, snapshotOf(nc)));
        const QByteArray log = node.log();
        QVERIFY2(log.contains("Loading RDB produced by version 7.0.15"), log.constData());
        QVERIFY(log.contains("Done loading RDB, keys loaded: " +
                             QByteArray::number(expected.size()) + ", keys expired: 0."));
        if (!checksum)
            QVERIFY(log.contains("RDB file was saved with checksum disabled: no check performed."));
    }

    void redisOpcodesTheNodeSkipsAreSkipped_data()
    {
        QTest::addColumn<QString>("policy");
        QTest::newRow("LFU: FREQ opcodes") << QStringLiteral("allkeys-lfu");
        QTest::newRow("LRU: IDLE opcodes") << QStringLiteral("allkeys-lru");
    }

    // A file with FREQ or IDLE before every key, a FUNCTION2 library, and a key that expires
    // between SAVE and the load: the node loads the keys, logs what it skipped, drops the
    // expired key as a master does.
    void redisOpcodesTheNodeSkipsAreSkipped()
    {
        QFETCH(QString, policy);
        ServerProcess redis(ServerKind::Redis);
        QVERIFY(redis.start({QStringLiteral("maxmemory-policy %1").arg(policy)}));
        RespTestClient rc;
        QVERIFY(rc.connectTo(redis.port()));
        QVERIFY(run(rc, {"SET", "a", "1"}));
        QVERIFY(run(rc, {"HSET", "h", "f", "v"}));
        QVERIFY(run(rc, {"SET", "short", "lived", "PX", "300"}));
        QVERIFY(
            run(rc, {"FUNCTION", "LOAD",
                     "#!lua name=mylib\nredis.register_function('f', function() return 1 end)"}));
        QVERIFY(run(rc, {"SAVE"}));
        QFile file(redis.dir() + "/dump.rdb");
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains(policy.contains("lfu") ? "\xf9" : "\xf8"));
        QVERIFY(bytes.contains("\xf5"));
        // "short" must be past its expiry time when the node loads the file.
        QVERIFY(waitUntil([&] { return rc.command({"EXISTS", "short"}).integer == 0; }, 5000));

        ServerProcess node(ServerKind::Node);
        QVERIFY(copyFile(redis.dir() + "/dump.rdb", node.dir() + "/dump.rdb"));
        QVERIFY2(node.start(), qPrintable(node.lastError()));
        RespTestClient nc;
        QVERIFY(nc.connectTo(node.port()));
        QCOMPARE(nc.command({"GET", "a"}).text, QByteArray("1"));
        QCOMPARE(nc.command({"HGET", "h", "f"}).text, QByteArray("v"));
        QCOMPARE(nc.command({"EXISTS", "short"}).integer, 0);
        const QByteArray log = node.log();
        QVERIFY2(log.contains("Skipping function library (#!lua name=mylib)"), log.constData());
        QVERIFY(log.contains("Done loading RDB, keys loaded: 2, keys expired: 1."));
    }

    void nodeSnapshotLoadsInRedis_data() { redisSnapshotLoadsInNode_data(); }

    void nodeSnapshotLoadsInRedis()
    {
        QFETCH(bool, compress);
        QFETCH(bool, checksum);
        ServerProcess node(ServerKind::Node);
        QStringList options = withSaveOptions(compress, checksum);
        options << QStringLiteral("dbfilename node-snapshot.rdb");
        QVERIFY2(node.start(options), qPrintable(node.lastError()));
        RespTestClient nc;
        QVERIFY(nc.connectTo(node.port()));
        QVERIFY(fillDataSet(nc));
        QCOMPARE(nc.command({"SAVE"}).text, QByteArray("OK"));
        const auto expected = snapshotOf(nc);
        QCOMPARE(expected.size(), 30);
        QVERIFY(QDir(node.dir()).entryList({"temp-*.rdb"}).isEmpty());

        // redis-server reads the node's file where the node wrote it.
        ServerProcess redis(ServerKind::Redis);
        QVERIFY2(redis.start({QStringLiteral("dir \"%1\"").arg(node.dir()),
                              QStringLiteral("dbfilename node-snapshot.rdb")}),
                 qPrintable(redis.lastError()));
        RespTestClient rc;
        QVERIFY(rc.connectTo(redis.port()));
        QVERIFY(sameContents(expected, snapshotOf(rc)));
        const QByteArray log = redis.log();
        QVERIFY2(
            log.contains("Done loading RDB, keys loaded: " + QByteArray::number(expected.size())),
            log.constData());
        // Redis keeps the encodings the node chose (compact where Redis would be compact).
        QCOMPARE(rc.command({"OBJECT", "ENCODING", "h:small"}).text, QByteArray("listpack"));
        QCOMPARE(rc.command({"OBJECT", "ENCODING", "h:big"}).text, QByteArray("hashtable"));
        QCOMPARE(rc.command({"OBJECT", "ENCODING", "set:ints"}).text, QByteArray("intset"));
        QCOMPARE(rc.command({"OBJECT", "ENCODING", "z:small"}).text, QByteArray("listpack"));
        QCOMPARE(rc.command({"OBJECT", "ENCODING", "z:big"}).text, QByteArray("skiplist"));
        QCOMPARE(rc.command({"OBJECT", "ENCODING", "l:big"}).text, QByteArray("quicklist"));
    }

    void dumpFromRedisRestoresInNode()
    {
        copyEveryKeyByDumpRestore(ServerKind::Redis, ServerKind::Node);
    }

    void dumpFromNodeRestoresInRedis()
    {
        copyEveryKeyByDumpRestore(ServerKind::Node, ServerKind::Redis);
    }

    void restoreRepliesMatchRedis()
    {
        ServerProcess redis(ServerKind::Redis), node(ServerKind::Node);
        QVERIFY(redis.start());
        QVERIFY2(node.start(), qPrintable(node.lastError()));
        RespTestClient rc, nc;
        QVERIFY(rc.connectTo(redis.port()));
        QVERIFY(nc.connectTo(node.port()));
        QVERIFY(run(rc, {"SET", "src", "hello"}));
        const QByteArray payload = rc.command({"DUMP", "src"}).text;
        QByteArray damaged = payload;
        damaged[1] = damaged[1] ^ 1;
        QByteArray newer = payload;
        newer[newer.size() - 10] = 11;
        QByteArray badBody = QByteArray("\x04\x01", 2); // hash of one field, then nothing
        const QList<QList<QByteArray>> script = {
            {"RESTORE", "k", "0", payload},
            {"RESTORE", "k", "0", payload},
            {"RESTORE", "k", "0", payload, "REPLACE"},
            {"RESTORE", "k2", "-5", payload},
            {"RESTORE", "k2", "abc", payload},
            {"RESTORE", "k2", "0", damaged},
            {"RESTORE", "k2", "0", newer},
            {"RESTORE", "k2", "0", "short"},
            {"RESTORE", "k2", "0", payload, "IDLETIME", "-1"},
            {"RESTORE", "k2", "0", payload, "FREQ", "300"},
            {"RESTORE", "k2", "0", payload, "IDLETIME", "10", "FREQ", "5"},
            {"RESTORE", "k2", "0", payload, "BOGUS"},
            {"RESTORE", "k3", "1000", payload, "ABSTTL"},
            {"EXISTS", "k3"},
            {"RESTORE", "k4", "100000", payload},
            {"RESTORE", "k5", "0", payload, "IDLETIME", "100"},
            {"DUMP", "nosuchkey"},
            {"RESTORE", "k6"},
        };
        for (const auto &argv : script) {
            const QByteArray expected = rc.command(argv).toDebugString();
            const QByteArray actual = nc.command(argv).toDebugString();
            QVERIFY2(expected == actual, (argv.first() + " " + argv.value(1) + " " + argv.value(2) +
                                          ": redis " + expected + " / node " + actual)
                                             .constData());
        }
        // A payload whose checksum is right but whose body is not a value.
        QByteArray sealed = badBody;
        sealed += QByteArray("\x0a\x00", 2);
        const QByteArray redisReply =
            rc.command({"RESTORE", "k7", "0", sealWithCrc(sealed)}).toDebugString();
        const QByteArray nodeReply =
            nc.command({"RESTORE", "k7", "0", sealWithCrc(sealed)}).toDebugString();
        QCOMPARE(nodeReply, redisReply);
        const qint64 pttl = nc.command({"PTTL", "k4"}).integer;
        QVERIFY(pttl > 90000 && pttl <= 100000);
        QCOMPARE(nc.command({"OBJECT", "IDLETIME", "k5"}).integer >= 100, true);
    }

    void infoPersistenceHasRedisFields()
    {
        ServerProcess redis(ServerKind::Redis), node(ServerKind::Node);
        QVERIFY(redis.start());
        QVERIFY2(node.start(), qPrintable(node.lastError()));
        RespTestClient rc, nc;
        QVERIFY(rc.connectTo(redis.port()));
        QVERIFY(nc.connectTo(node.port()));
        auto names = [](RespTestClient &c) {
            QList<QByteArray> out;
            for (const QByteArray &line : c.command({"INFO", "persistence"}).text.split('\n'))
                if (line.contains(':'))
                    out << line.left(line.indexOf(':'));
            return out;
        };
        QCOMPARE(names(nc), names(rc));
        auto value = [](RespTestClient &c, const QByteArray &field) {
            for (const QByteArray &line : c.command({"INFO", "persistence"}).text.split('\n'))
                if (line.startsWith(field + ":"))
                    return line.mid(field.size() + 1).trimmed();
            return QByteArray();
        };
        QVERIFY(run(nc, {"SET", "a", "1"}));
        QVERIFY(run(nc, {"SET", "b", "2"}));
        QCOMPARE(value(nc, "rdb_changes_since_last_save"), QByteArray("2"));
        QCOMPARE(value(nc, "rdb_last_bgsave_status"), QByteArray("ok"));
        QCOMPARE(value(nc, "rdb_saves"), QByteArray("0"));
        QVERIFY(run(nc, {"SAVE"}));
        QCOMPARE(value(nc, "rdb_changes_since_last_save"), QByteArray("0"));
        QCOMPARE(value(nc, "rdb_saves"), QByteArray("1"));
        QCOMPARE(value(nc, "rdb_last_save_time").toLongLong(), nc.command({"LASTSAVE"}).integer);
    }

    void failedBackgroundSaveRefusesWritesLikeRedis()
    {
        // Both servers save into a folder that is then removed, so BGSAVE fails; pointing `dir`
        // at a working folder lets saves, and then writes, succeed again.
        QByteArray replies[2];
        const ServerKind kinds[2] = {ServerKind::Redis, ServerKind::Node};
        for (int i = 0; i < 2; ++i) {
            QTemporaryDir data;
            const QString dataDir = data.path() + "/data";
            QVERIFY(QDir().mkpath(dataDir));
            ServerProcess server(kinds[i]);
            QVERIFY2(server.start({QStringLiteral("dir \"%1\"").arg(dataDir),
                                   QStringLiteral("save 3600 1"),
                                   QStringLiteral("enable-protected-configs yes")}),
                     qPrintable(server.lastError()));
            RespTestClient c;
            QVERIFY(c.connectTo(server.port()));
            QVERIFY(run(c, {"SET", "before", "1"}));
            QVERIFY(QDir(dataDir).removeRecursively());
            QCOMPARE(c.command({"BGSAVE"}).text, QByteArray("Background saving started"));
            QVERIFY(waitUntil([&] {
                return c.command({"INFO", "persistence"})
                    .text.contains("rdb_last_bgsave_status:err");
            }));
            replies[i] = c.command({"SET", "after", "1"}).toDebugString();
            QVERIFY(replies[i].contains("MISCONF"));
            QCOMPARE(c.command({"GET", "before"}).text, QByteArray("1")); // reads still work
            QCOMPARE(c.command({"SAVE"}).toDebugString(), QByteArray("(error) ERR"));
            QCOMPARE(c.command({"CONFIG", "SET", "dir", data.path().toUtf8()}).text,
                     QByteArray("OK"));
            QCOMPARE(c.command({"SAVE"}).text, QByteArray("OK"));
            QCOMPARE(c.command({"SET", "after", "1"}).text, QByteArray("OK"));
            QVERIFY(QFile::exists(data.path() + "/dump.rdb"));
            // Both log the same lines for the failure.
            const QByteArray log = server.log();
            QVERIFY2(log.contains("Failed opening the temp RDB file temp-"), log.constData());
            QVERIFY(log.contains("Background saving error"));
        }
        QCOMPARE(replies[1], replies[0]);
    }

private:
    static QByteArray sealWithCrc(const QByteArray &bodyAndVersion);

    void copyEveryKeyByDumpRestore(ServerKind from, ServerKind to)
    {
        ServerProcess source(from), target(to);
        QVERIFY2(source.start(), qPrintable(source.lastError()));
        QVERIFY2(target.start(), qPrintable(target.lastError()));
        RespTestClient sc, tc;
        QVERIFY(sc.connectTo(source.port()));
        QVERIFY(tc.connectTo(target.port()));
        QVERIFY(fillDataSet(sc));
        const auto expected = snapshotOf(sc);
        for (int db = 0; db < 16; ++db) {
            QVERIFY(run(sc, {"SELECT", QByteArray::number(db)}));
            QVERIFY(run(tc, {"SELECT", QByteArray::number(db)}));
            for (const RespReply &k : sc.command({"KEYS", "*"}).elements) {
                const QByteArray payload = sc.command({"DUMP", k.text}).text;
                const qint64 pttl = sc.command({"PTTL", k.text}).integer;
                const RespReply r = tc.command(
                    {"RESTORE", k.text, QByteArray::number(pttl < 0 ? 0 : pttl), payload});
                QVERIFY2(r.text == "OK", (k.text + ": " + r.toDebugString()).constData());
            }
        }
        QVERIFY(sameContents(expected, snapshotOf(tc)));
    }
};

QByteArray TstRdbInterop::sealWithCrc(const QByteArray &bodyAndVersion)
{
    // CRC-64/Jones, bitwise (an independent implementation from the node's).
    quint64 crc = 0;
    for (const char ch : bodyAndVersion) {
        crc ^= static_cast<unsigned char>(ch);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 1) ? (crc >> 1) ^ 0x95AC9329AC4BC9B5ULL : crc >> 1;
    }
    QByteArray out = bodyAndVersion;
    for (int i = 0; i < 8; ++i)
        out.append(static_cast<char>((crc >> (8 * i)) & 0xff));
    return out;
}

QTEST_GUILESS_MAIN(TstRdbInterop)
#include "tst_rdb_interop.moc"
