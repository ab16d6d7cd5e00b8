// The compact key tree: namespaces by separator, de-duplication, tombstones, and the memory
// it takes per key.
#include "model/keys/key_tree.h"

#include <QTest>

class KeyTreeTest : public QObject
{
    Q_OBJECT
private slots:
    void keysSplitIntoNamespaces()
    {
        KeyTree tree(":");
        QVERIFY(tree.addKey("user:1:name"));
        QVERIFY(tree.addKey("user:1:mail"));
        QVERIFY(tree.addKey("user:2:name"));
        QVERIFY(tree.addKey("plain"));
        QVERIFY(!tree.addKey("user:1:name")); // SCAN may repeat a key
        QCOMPARE(tree.liveKeyCount(), 4);

        const auto &root = tree.ns(KeyTree::kRoot);
        QCOMPARE(root.children.size(), size_t(2)); // "user" namespace, "plain" key
        QVERIFY(root.children[0].isNamespace());
        const quint32 user = root.children[0].id();
        QCOMPARE(tree.namespaceSegment(user).toByteArray(), QByteArray("user"));
        QCOMPARE(tree.ns(user).keyCount, 3);
        const quint32 one = tree.ns(user).children[0].id();
        QCOMPARE(tree.namespacePrefix(one), QByteArray("user:1:"));
        QCOMPARE(tree.ns(one).children.size(), size_t(2));
        QCOMPARE(tree.keyLeaf(tree.ns(one).children[1].id()).toByteArray(), QByteArray("mail"));

        quint32 nsId = 0;
        quint32 row = 0;
        QVERIFY(tree.locateKey("user:2:name", &nsId, &row));
        QCOMPARE(tree.namespacePrefix(nsId), QByteArray("user:2:"));
        QCOMPARE(row, 0u);
    }

    void multiByteSeparatorAndNoSeparator()
    {
        KeyTree colons("::");
        colons.addKey("a::b::c");
        colons.addKey("a:b");
        QCOMPARE(colons.ns(KeyTree::kRoot).children.size(), size_t(2));
        KeyTree flat("");
        flat.addKey("a:b");
        flat.addKey("a:c");
        QCOMPARE(flat.ns(KeyTree::kRoot).children.size(), size_t(2));
        QCOMPARE(flat.keyLeaf(0).toByteArray(), QByteArray("a:b"));
    }

    void deletedKeysStayAsTombstones()
    {
        KeyTree tree(":");
        tree.addKey("a:1");
        tree.addKey("a:2");
        QVERIFY(tree.markDeleted("a:1"));
        QVERIFY(!tree.markDeleted("a:1"));
        QVERIFY(!tree.markDeleted("missing"));
        QCOMPARE(tree.liveKeyCount(), 1);
        QCOMPARE(tree.keyCount(), 2);
        QVERIFY(tree.isDeleted(*tree.findKey("a:1")));
        QVERIFY(tree.addKey("a:1")); // created again
        QCOMPARE(tree.liveKeyCount(), 2);
    }

    void binaryKeysAreKeptAsBytes()
    {
        KeyTree tree(":");
        const QByteArray key("bin:\x00\xff", 6);
        QVERIFY(tree.addKey(key));
        QVERIFY(tree.findKey(key).has_value());
        QCOMPARE(tree.keyName(*tree.findKey(key)).toByteArray(), key);
    }

    void storageStaysCompact()
    {
        KeyTree tree(":");
        const int count = 200000;
        for (int i = 0; i < count; ++i)
            tree.addKey("key:" + QByteArray::number(i).rightJustified(10, '0'));
        QCOMPARE(tree.liveKeyCount(), count);
        // 14-byte names: well under 64 bytes per key with the index and the child rows.
        const qint64 perKey = tree.memoryBytes() / count;
        QVERIFY2(perKey < 64, qPrintable(QString::number(perKey)));
    }
};

QTEST_GUILESS_MAIN(KeyTreeTest)
#include "tst_key_tree.moc"
