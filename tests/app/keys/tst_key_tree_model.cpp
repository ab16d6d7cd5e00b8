// The key tree streams SCAN pages from a real server: the first rows show before the walk ends,
// 100 000 keys arrive complete and grouped by namespace, filters restart the walk and drop the
// replies of the old one, and a key cap pauses the walk until it is resumed.
#include "model/keys/key_tree_model.h"

#include "key_fixtures.h"

#include <QSignalSpy>
#include <QTest>

using namespace rdtest;
using namespace keyfixtures;

namespace {

QByteArray nsKey(int i)
{
    return "ns" + QByteArray::number(i % 10) + ":item:" + QByteArray::number(i);
}

} // namespace

class KeyTreeModelTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(m_redis.start(), qPrintable(m_redis.lastError()));
        QString error;
        QVERIFY2(fillStrings(m_redis.port(), kKeys, nsKey, &error), qPrintable(error));
        if (nodeAvailable()) {
            m_node = std::make_unique<ServerProcess>(ServerKind::Node);
            QVERIFY2(m_node->start(), qPrintable(m_node->lastError()));
            QVERIFY2(fillStrings(m_node->port(), kKeys, nsKey, &error), qPrintable(error));
        }
    }

    void streamsHundredThousandKeysFromRedis() { streamsAll(m_redis.port()); }

    void streamsHundredThousandKeysFromOurNode()
    {
        if (!m_node)
            QSKIP("replicadesk-node is not built");
        streamsAll(m_node->port());
    }

    void listsDatabasesWithTheirKeyCounts()
    {
        RespConnection c(specFor(m_redis.port()));
        QVERIFY(roundTrip(c, {"SELECT", "3"}));
        QVERIFY(roundTrip(c, {"SET", "in-db3", "x"}));
        KeyTreeModel model;
        model.setConnection(&c);
        QSignalSpy changed(&model, &KeyTreeModel::databasesChanged);
        model.refreshDatabases();
        QVERIFY(waitUntil([&] { return model.rowCount() == 16; }));
        QVERIFY(waitUntil([&] { return model.keyCount(0).keys == kKeys; }));
        QCOMPARE(model.keyCount(3).keys, 1);
        QCOMPARE(model.index(3, 0).data().toString(), QStringLiteral("db3"));
        QCOMPARE(model.index(3, KeyTreeModel::CountColumn).data().toString(), QStringLiteral("1"));

        // Expanding db3 walks db3 only, although the connection's own database is 0.
        model.fetchMore(model.databaseIndex(3));
        QVERIFY(
            waitUntil([&] { return model.scanStatus(3).state == KeyScanner::State::Finished; }));
        const QModelIndex db3 = model.databaseIndex(3);
        QCOMPARE(model.rowCount(db3), 1);
        QCOMPARE(model.index(0, 0, db3).data(KeyTreeModel::KeyBytesRole).toByteArray(),
                 QByteArray("in-db3"));
    }

    void filtersByPatternAndTypeAndDropsTheOldWalk()
    {
        RespConnection c(specFor(m_redis.port()));
        QVERIFY(roundTrip(c, {"SELECT", "5"}));
        for (int i = 0; i < 50; ++i)
            QVERIFY(roundTrip(c, {"HSET", "h:" + QByteArray::number(i), "f", "v"}));
        for (int i = 0; i < 50; ++i)
            QVERIFY(roundTrip(c, {"SET", "s:" + QByteArray::number(i), "v"}));
        KeyTreeModel model;
        model.setConnection(&c);
        model.setDatabases({5});
        model.setScanPageHint(10, 10); // many small pages, so the first walk is still running
        model.fetchMore(model.databaseIndex(5));
        QVERIFY(waitUntil([&] { return model.scanStatus(5).loaded > 0; }));
        model.setFilter({QByteArrayLiteral("*"), KeyType::Hash});
        QVERIFY(
            waitUntil([&] { return model.scanStatus(5).state == KeyScanner::State::Finished; }));
        QCOMPARE(model.scanStatus(5).loaded, 50);
        const QModelIndex h = model.index(0, 0, model.databaseIndex(5));
        QCOMPARE(h.data().toString(), QStringLiteral("h"));
        QCOMPARE(h.data(KeyTreeModel::KeyCountRole).toLongLong(), 50);
        QCOMPARE(h.data(KeyTreeModel::PatternRole).toByteArray(), QByteArray("h:*"));

        model.setFilter({QByteArrayLiteral("s:1*"), KeyType::None});
        QVERIFY(
            waitUntil([&] { return model.scanStatus(5).state == KeyScanner::State::Finished; }));
        QCOMPARE(model.scanStatus(5).loaded, 11); // s:1, s:10..s:19
    }

    void keyCapPausesTheWalkUntilResumed()
    {
        RespConnection c(specFor(m_redis.port()));
        KeyTreeModel model;
        model.setConnection(&c);
        model.setDatabases({0});
        model.setScanPageHint(500, 500);
        model.setKeyCap(2000);
        model.fetchMore(model.databaseIndex(0));
        QVERIFY(waitUntil([&] { return model.scanStatus(0).state == KeyScanner::State::Paused; }));
        const qint64 atCap = model.scanStatus(0).loaded;
        QVERIFY(atCap >= 2000 && atCap < kKeys);
        model.setKeyCap(0);
        model.resumeScan(0);
        QVERIFY(waitUntil([&] { return model.scanStatus(0).state == KeyScanner::State::Finished; },
                          60000));
        QCOMPARE(model.scanStatus(0).loaded, kKeys);
    }

    void deletedAndAddedKeysFollowEdits()
    {
        RespConnection c(specFor(m_redis.port()));
        QVERIFY(roundTrip(c, {"SELECT", "6"}));
        QVERIFY(roundTrip(c, {"SET", "a:1", "x"}));
        KeyTreeModel model;
        model.setConnection(&c);
        model.setDatabases({6});
        model.fetchMore(model.databaseIndex(6));
        QVERIFY(
            waitUntil([&] { return model.scanStatus(6).state == KeyScanner::State::Finished; }));
        const QModelIndex a = model.index(0, 0, model.databaseIndex(6));
        model.fetchMore(a);
        QCOMPARE(model.rowCount(a), 1);
        model.keyAdded(6, "a:2");
        QCOMPARE(model.rowCount(a), 2);
        QCOMPARE(a.data(KeyTreeModel::KeyCountRole).toLongLong(), 2);
        model.keyDeleted(6, "a:1");
        const QModelIndex first = model.keyIndex(6, "a:1");
        QVERIFY(first.isValid());
        QVERIFY(first.data(KeyTreeModel::DeletedRole).toBool());
        QCOMPARE(a.data(KeyTreeModel::KeyCountRole).toLongLong(), 1);
    }

private:
    static constexpr int kKeys = 100000;

    void streamsAll(quint16 port)
    {
        RespConnection c(specFor(port));
        KeyTreeModel model;
        model.setConnection(&c);
        model.setDatabases({0});
        QSignalSpy firstPage(&model, &KeyTreeModel::firstPageShown);
        qint64 loadedAtFirstPage = -1;
        connect(&model, &KeyTreeModel::firstPageShown, this,
                [&] { loadedAtFirstPage = model.scanStatus(0).loaded; });
        const QModelIndex db = model.databaseIndex(0);
        QVERIFY(model.canFetchMore(db));
        model.fetchMore(db);
        QVERIFY(waitUntil([&] { return !firstPage.isEmpty(); }));
        // The first rows are there while most of the keyspace is still on the server.
        QVERIFY2(loadedAtFirstPage > 0 && loadedAtFirstPage < kKeys / 2,
                 qPrintable(QString::number(loadedAtFirstPage)));
        QVERIFY(model.rowCount(db) > 0);
        QVERIFY(waitUntil([&] { return model.scanStatus(0).state == KeyScanner::State::Finished; },
                          60000));
        const auto status = model.scanStatus(0);
        QCOMPARE(status.loaded, kKeys);
        QCOMPARE(status.dbSize, kKeys);
        QCOMPARE(model.rowCount(db), 10); // ns0 .. ns9
        qint64 total = 0;
        for (int row = 0; row < 10; ++row) {
            const QModelIndex ns = model.index(row, 0, db);
            QCOMPARE(ns.data(KeyTreeModel::ItemKindRole).value<KeyTreeModel::ItemKind>(),
                     KeyTreeModel::ItemKind::Namespace);
            QCOMPARE(ns.data(KeyTreeModel::KeyCountRole).toLongLong(), kKeys / 10);
            total += ns.data(KeyTreeModel::KeyCountRole).toLongLong();
            // Each namespace holds one "item" namespace with 10 000 keys, shown in chunks.
            model.fetchMore(ns);
            const QModelIndex item = model.index(0, 0, ns);
            QCOMPARE(item.data().toString(), QStringLiteral("item"));
            QVERIFY(model.canFetchMore(item));
            model.fetchMore(item);
            QCOMPARE(model.rowCount(item), 1000);
            QVERIFY(model.canFetchMore(item));
            const QByteArray key =
                model.index(0, 0, item).data(KeyTreeModel::KeyBytesRole).toByteArray();
            QVERIFY(key.startsWith(ns.data().toString().toUtf8() + ":item:"));
            QCOMPARE(model.parent(model.index(0, 0, item)), item);
            QCOMPARE(model.parent(item), ns);
        }
        QCOMPARE(total, kKeys);
        QVERIFY(model.memoryBytes() < 100 * kKeys);
    }

    ServerProcess m_redis{ServerKind::Redis};
    std::unique_ptr<ServerProcess> m_node;
};

QTEST_GUILESS_MAIN(KeyTreeModelTest)
#include "tst_key_tree_model.moc"
