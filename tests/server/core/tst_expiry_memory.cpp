// Expiry (lazy on access, active in the cron at hz) and maxmemory (noeviction refuses writes
// with -OOM; allkeys-lru evicts the least recently used keys).
#include "node_test_support.h"

using namespace nodetest;

namespace {

qint64 infoInt(Node &node, const QByteArray &section, const QByteArray &field)
{
    for (const QByteArray &line : node.cmd({"INFO", section}).text.split('\n'))
        if (line.startsWith(field + ":"))
            return line.mid(field.size() + 1).trimmed().toLongLong();
    return -1;
}

} // namespace

class TstExpiryMemory : public QObject
{
    Q_OBJECT

private slots:
    void expiredKeyIsGoneOnAccess()
    {
        Node node({QStringLiteral("enable-debug-command yes")});
        NODE_CHECK(node);
        QCOMPARE(node.cmd("DEBUG SET-ACTIVE-EXPIRE 0").toDebugString(), QByteArray("OK"));
        node.cmd("SET k v PX 50");
        QVERIFY(rdtest::waitUntil([&] { return node.cmd("PTTL k").integer == -2; }));
        QCOMPARE(node.cmd("GET k").type, RespReply::Type::Nil);
        QCOMPARE(infoInt(node, "stats", "expired_keys"), 1);
    }

    void activeExpiryRemovesKeysNobodyReads()
    {
        Node node({QStringLiteral("hz 50")});
        NODE_CHECK(node);
        QList<QByteArray> batch;
        for (int i = 0; i < 500; ++i)
            node.client.sendRaw(
                RespTestClient::encode({"SET", "k" + QByteArray::number(i), "v", "PX", "100"}));
        for (int i = 0; i < 500; ++i)
            QCOMPARE(node.client.readReply().toDebugString(), QByteArray("OK"));
        node.cmd("SET keep v");
        // Nobody reads the volatile keys: the cron alone must remove them.
        QVERIFY(rdtest::waitUntil([&] { return node.cmd("DBSIZE").integer == 1; }, 10000, 50));
        QCOMPARE(infoInt(node, "stats", "expired_keys"), 500);
        QVERIFY(node.cmd("INFO keyspace").text.contains("db0:keys=1,expires=0"));
    }

    void activeExpiryCanBeSwitchedOff()
    {
        Node node({QStringLiteral("hz 100"), QStringLiteral("enable-debug-command yes")});
        NODE_CHECK(node);
        node.cmd("DEBUG SET-ACTIVE-EXPIRE 0");
        node.cmd("SET k v PX 20");
        // DBSIZE counts the expired key until something touches it.
        QTest::qWait(300);
        QCOMPARE(node.cmd("DBSIZE").integer, 1);
        QCOMPARE(node.cmd("EXISTS k").integer, 0);
        QCOMPARE(node.cmd("DBSIZE").integer, 0);
    }

    void noevictionRefusesWritesOverMaxmemory()
    {
        Node node;
        NODE_CHECK(node);
        node.cmd({"SET", "filler", QByteArray(2 * 1024 * 1024, 'x')});
        QCOMPARE(node.cmd("CONFIG SET maxmemory 1mb").toDebugString(), QByteArray("OK"));
        QCOMPARE(node.cmd("SET k v").toDebugString(),
                 QByteArray("(error) OOM command not allowed when used memory > 'maxmemory'."));
        // Reads and deletes still work, and free the memory.
        QCOMPARE(node.cmd("GET k").type, RespReply::Type::Nil);
        QCOMPARE(node.cmd("DEL filler").integer, 1);
        QCOMPARE(node.cmd("CONFIG SET maxmemory 0").toDebugString(), QByteArray("OK"));
        QCOMPARE(node.cmd("SET k v").toDebugString(), QByteArray("OK"));
    }

    void allkeysLruEvictsColdKeysFirst()
    {
        Node node({QStringLiteral("maxmemory-policy allkeys-lru"),
                   QStringLiteral("maxmemory-samples 64")});
        NODE_CHECK(node);
        const qint64 limit = infoInt(node, "memory", "used_memory") + 3 * 1024 * 1024;
        QCOMPARE(node.cmd("CONFIG SET maxmemory " + QByteArray::number(limit)).toDebugString(),
                 QByteArray("OK"));
        auto setMany = [&](const QByteArray &prefix, int n, bool touchHot) {
            int replies = 0;
            for (int i = 0; i < n; ++i) {
                node.client.sendRaw(RespTestClient::encode(
                    {"SET", prefix + QByteArray::number(i), QByteArray(1000, 'v')}));
                ++replies;
                if (touchHot && i % 100 == 0) {
                    for (int h = 0; h < 5; ++h)
                        node.client.sendRaw(
                            RespTestClient::encode({"GET", "hot" + QByteArray::number(h)}));
                    replies += 5;
                }
            }
            for (int i = 0; i < replies; ++i)
                QVERIFY(!node.client.readReply().isError());
        };
        setMany("hot", 5, false);
        setMany("old", 2000, false);
        QTest::qWait(2100); // the LRU clock has a one-second resolution
        setMany("new", 1500, true);
        QVERIFY(infoInt(node, "stats", "evicted_keys") > 0);
        QVERIFY(infoInt(node, "memory", "used_memory") <= limit + 64 * 1024);
        for (int h = 0; h < 5; ++h)
            QCOMPARE(node.cmd({"EXISTS", "hot" + QByteArray::number(h)}).integer, 1);
        // The keys written after the pause are younger than every "old" key: none was evicted.
        QList<QByteArray> exists{"EXISTS"};
        for (int i = 0; i < 1500; ++i)
            exists << "new" + QByteArray::number(i);
        QCOMPARE(node.cmd(exists).integer, 1500);
    }
};

QTEST_GUILESS_MAIN(TstExpiryMemory)
#include "tst_expiry_memory.moc"
