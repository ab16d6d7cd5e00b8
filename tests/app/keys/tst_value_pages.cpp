// Value loading for every type against a real server: key details, strings (binary, cut when
// huge), lists and sorted sets paged on demand into a bounded cache, hashes and sets walked with
// HSCAN/SSCAN as the view asks for more.
#include "model/keys/key_details.h"
#include "model/keys/string_value.h"
#include "model/keys/value_page_model.h"

#include "key_fixtures.h"

#include <QTest>

using namespace rdtest;
using namespace keyfixtures;

class ValuePagesTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(m_redis.start(), qPrintable(m_redis.lastError()));
        m_conn = std::make_unique<RespConnection>(specFor(m_redis.port()));
        QList<QList<QByteArray>> fill;
        QList<QByteArray> rpush{"RPUSH", "list"};
        QList<QByteArray> zadd{"ZADD", "zset"};
        QList<QByteArray> hset{"HSET", "hash"};
        QList<QByteArray> sadd{"SADD", "set"};
        for (int i = 0; i < 5000; ++i) {
            const QByteArray n = QByteArray::number(i);
            rpush << "item-" + n;
            zadd << n << "m-" + n;
            hset << "f-" + n << "v-" + n;
            sadd << "s-" + n;
        }
        fill << rpush << zadd << hset << sadd;
        fill << QList<QByteArray>{"SET", "bin", QByteArray("\x00\xff\r\nok", 6)};
        fill << QList<QByteArray>{"SET", "big", QByteArray(300000, 'x')};
        fill << QList<QByteArray>{"PEXPIRE", "bin", "100000"};
        QString error;
        QVERIFY2(pipeCommands(m_redis.port(), fill, &error), qPrintable(error));
    }

    void detailsNameTypeTtlAndSize()
    {
        const DbCommands db(m_conn.get(), 0);
        QMap<QByteArray, KeyDetails> byKey;
        QObject context;
        for (const QByteArray key : {"list", "zset", "hash", "set", "bin", "missing"})
            inspectKey(db, key, &context, [&](const KeyDetails &d) { byKey.insert(d.key, d); });
        QVERIFY(waitUntil([&] { return byKey.size() == 6; }));
        const QList<KeyDetails> got{byKey["list"], byKey["zset"], byKey["hash"],
                                    byKey["set"],  byKey["bin"],  byKey["missing"]};
        QCOMPARE(got[0].type, KeyType::List);
        QCOMPARE(got[0].size, 5000);
        QCOMPARE(got[0].ttlMs, -1);
        QCOMPARE(got[1].type, KeyType::ZSet);
        QCOMPARE(got[2].type, KeyType::Hash);
        QCOMPARE(got[2].size, 5000);
        QCOMPARE(got[3].type, KeyType::Set);
        QCOMPARE(got[4].type, KeyType::String);
        QCOMPARE(got[4].size, 6);
        QVERIFY(got[4].ttlMs > 90000 && got[4].ttlMs <= 100000);
        QVERIFY(!got[4].encoding.isEmpty());
        QVERIFY(!got[5].exists());
    }

    void stringsAreBinarySafeAndHugeOnesAreCut()
    {
        const DbCommands db(m_conn.get(), 0);
        std::optional<StringValue> bin;
        std::optional<StringValue> big;
        QObject context;
        loadStringValue(db, "bin", 1 << 20, &context, [&](const StringValue &v) { bin = v; });
        loadStringValue(db, "big", 1000, &context, [&](const StringValue &v) { big = v; });
        QVERIFY(waitUntil([&] { return bin && big; }));
        QCOMPARE(bin->bytes, QByteArray("\x00\xff\r\nok", 6));
        QVERIFY(!bin->truncated);
        QCOMPARE(big->bytes.size(), 1000);
        QCOMPARE(big->totalSize, 300000);
        QVERIFY(big->truncated);
    }

    void listRowsLoadAsTheyAreShown()
    {
        IndexedValueModel model(KeyType::List);
        model.setPageSize(100);
        model.setMaxCachedPages(4);
        model.setKey(DbCommands(m_conn.get(), 0), "list");
        QVERIFY(waitUntil([&] { return model.rowCount() == 5000; }));
        QCOMPARE(model.cachedPages(), 0); // nothing loaded until asked for
        // Touching a row far down loads its page only.
        QVERIFY(!model.index(4321, 1).data(ValuePageModel::LoadedRole).toBool());
        QVERIFY(waitUntil([&] { return model.isLoaded(4321, 4321); }));
        QCOMPARE(model.index(4321, 1).data().toString(), QStringLiteral("item-4321"));
        QCOMPARE(model.cachedPages(), 1);
        for (int row = 0; row < 1000; row += 100)
            model.index(row, 1).data();
        QVERIFY(waitUntil([&] { return model.isLoaded(900, 999); }));
        QVERIFY(model.cachedPages() <= 4); // the cache stays bounded
        QCOMPARE(model.rowBytes(950).value(0), QByteArray("item-950"));
    }

    void zsetRowsCarryScores()
    {
        IndexedValueModel model(KeyType::ZSet);
        model.setKey(DbCommands(m_conn.get(), 0), "zset");
        QVERIFY(waitUntil([&] { return model.rowCount() == 5000; }));
        model.index(10, 1).data();
        QVERIFY(waitUntil([&] { return model.isLoaded(10, 10); }));
        QCOMPARE(model.index(10, 1).data().toString(), QStringLiteral("m-10"));
        QCOMPARE(model.index(10, 2).data().toString(), QStringLiteral("10"));
        QCOMPARE(model.columnCount(), 3);
    }

    void hashAndSetRowsArriveOnFetchMore()
    {
        ScannedValueModel hash(KeyType::Hash);
        hash.setPageSize(100);
        hash.setKey(DbCommands(m_conn.get(), 0), "hash");
        QVERIFY(waitUntil([&] { return hash.rowCount() > 0 && !hash.isLoading(); }));
        QCOMPARE(hash.totalCount(), 5000);
        QVERIFY(hash.rowCount() < 5000);
        while (hash.canFetchMore({}) || hash.isLoading()) {
            hash.fetchMore({});
            QVERIFY(waitUntil([&] { return !hash.isLoading(); }));
        }
        QVERIFY(hash.isComplete());
        QCOMPARE(hash.rowCount(), 5000);
        const int row = hash.rowOf("f-77");
        QVERIFY(row >= 0);
        QCOMPARE(hash.index(row, 1).data().toString(), QStringLiteral("v-77"));

        ScannedValueModel set(KeyType::Set);
        set.setKey(DbCommands(m_conn.get(), 0), "set");
        QVERIFY(waitUntil([&] { return set.rowCount() > 0; }));
        QCOMPARE(set.columnCount(), 1);
        QVERIFY(set.index(0, 0).data().toString().startsWith(QStringLiteral("s-")));
    }

    void aReloadDropsRepliesOfTheOldKey()
    {
        IndexedValueModel model(KeyType::List);
        const DbCommands db(m_conn.get(), 0);
        model.setKey(db, "list");
        model.setKey(db, "missing-list"); // before the first LLEN came back
        QVERIFY(waitUntil([&] { return model.totalCount() == 0 && m_conn->pendingCount() == 0; }));
        QCOMPARE(model.rowCount(), 0);
    }

private:
    ServerProcess m_redis{ServerKind::Redis};
    std::unique_ptr<RespConnection> m_conn;
};

QTEST_GUILESS_MAIN(ValuePagesTest)
#include "tst_value_pages.moc"
