// The keyspace table on its own: lookups across incremental rehashing in both directions, the
// SCAN guarantee while the table grows and shrinks between steps, random picks, and the
// database layer's expiry index.
#include "store/dict.h"
#include "store/keyspace.h"

#include <QtTest>

#include <set>
#include <string>

namespace {

struct Node
{
    Node *next = nullptr;
    std::string key;
};
struct KeyOf
{
    static std::string_view key(const Node &n) { return n.key; }
};
using TestDict = rd::Dict<Node, KeyOf>;

Node *add(TestDict &d, const std::string &k)
{
    Node *n = new Node{nullptr, k};
    d.insert(n, rd::hashBytes(k));
    return n;
}

void drop(TestDict &d, const std::string &k)
{
    delete d.remove(k);
}

} // namespace

class TstDict : public QObject
{
    Q_OBJECT

private slots:
    void findsEveryKeyWhileRehashing()
    {
        TestDict d;
        for (int i = 0; i < 10000; ++i) {
            add(d, "k" + std::to_string(i));
            // Every key inserted so far is found, whatever table it currently lives in.
            if (i % 997 == 0)
                for (int j = 0; j <= i; ++j)
                    QVERIFY(d.find("k" + std::to_string(j)));
        }
        QCOMPARE(d.size(), size_t(10000));
        for (int i = 0; i < 9990; ++i)
            drop(d, "k" + std::to_string(i));
        d.shrinkIfNeeded();
        QVERIFY(d.isRehashing());
        for (int i = 9990; i < 10000; ++i)
            QVERIFY(d.find("k" + std::to_string(i)));
        QCOMPARE(d.size(), size_t(10));
        d.clear([](Node *n) { delete n; });
        QCOMPARE(d.size(), size_t(0));
    }

    void scanReturnsStableKeysDespiteResizes()
    {
        TestDict d;
        for (int i = 0; i < 1000; ++i)
            add(d, "stable" + std::to_string(i));
        std::set<std::string> seen;
        uint64_t cursor = 0;
        int step = 0;
        do {
            cursor = d.scan(cursor, [&](Node *n) { seen.insert(n->key); });
            // Grow a lot, then shrink: rehashing happens in both directions mid-scan.
            if (step < 40)
                for (int i = 0; i < 300; ++i)
                    add(d, "tmp" + std::to_string(step * 300 + i));
            else if (step < 80)
                for (int i = 0; i < 300; ++i)
                    drop(d, "tmp" + std::to_string((step - 40) * 300 + i));
            d.shrinkIfNeeded();
            ++step;
        } while (cursor != 0);
        for (int i = 0; i < 1000; ++i)
            QVERIFY2(seen.count("stable" + std::to_string(i)), qPrintable(QString::number(i)));
        d.clear([](Node *n) { delete n; });
    }

    void randomPicksComeFromTheTable()
    {
        TestDict d;
        QVERIFY(d.random() == nullptr);
        for (int i = 0; i < 100; ++i)
            add(d, std::to_string(i));
        std::set<std::string> picked;
        for (int i = 0; i < 2000; ++i)
            picked.insert(d.random()->key);
        QVERIFY(picked.size() > 80); // roughly uniform over buckets
        d.clear([](Node *n) { delete n; });
    }

    void databaseKeepsExpiriesWithKeys()
    {
        rd::Keyspace ks(2);
        ks.setNow(1000000);
        rd::Database &db = ks.db(0);
        rd::Entry *e = db.setString("k", "v");
        db.setExpire(e, 2000000);
        QCOMPARE(db.getExpire("k"), int64_t(2000000));
        QCOMPARE(db.expiresCount(), size_t(1));
        // Overwriting a string keeps the key but drops the expiry unless asked to keep it.
        db.setString("k", "w", true);
        QCOMPARE(db.getExpire("k"), int64_t(2000000));
        db.setString("k", std::string(1000, 'x'));
        QCOMPARE(db.getExpire("k"), int64_t(-1));
        QCOMPARE(db.expiresCount(), size_t(0));
        // An expired key is deleted on access and reported through onExpired.
        std::string expired;
        ks.onExpired = [&](rd::Database &, std::string_view key) {
            expired = key;
        };
        db.setExpire(db.lookupWrite("k"), 1500000);
        ks.setNow(1600000);
        QVERIFY(db.lookupRead("k") == nullptr);
        QCOMPARE(expired, std::string("k"));
        QCOMPARE(db.size(), size_t(0));
        // Moving a key to another database carries its expiry.
        rd::Entry *m = db.setString("m", "v");
        db.setExpire(m, 9000000);
        int64_t at;
        rd::Entry *detached = db.detach("m", at);
        ks.db(1).attach(detached, "renamed", at);
        QCOMPARE(ks.db(1).getExpire("renamed"), int64_t(9000000));
        QCOMPARE(ks.db(1).lookupRead("renamed")->stringValue(), std::string_view("v"));
    }

    void appendGrowsStringsInPlaceOrMovesThem()
    {
        rd::Keyspace ks(1);
        rd::Database &db = ks.db(0);
        db.setString("s", "ab");
        std::string expected = "ab";
        for (int i = 0; i < 2000; ++i) {
            rd::Entry *e = db.lookupWrite("s");
            const size_t old = e->stringLength();
            e = db.resizeString("s", old + 3);
            std::memcpy(e->mutableStringData() + old, "xyz", 3);
            expected += "xyz";
        }
        QCOMPARE(std::string(db.lookupRead("s")->stringValue()), expected);
    }
};

QTEST_GUILESS_MAIN(TstDict)
#include "tst_dict.moc"
