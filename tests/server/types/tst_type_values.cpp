// Unit tests of the type values (store/*_value.h), linked directly against rdnode: the
// invariants other subsystems rely on (order, ranks, SCAN guarantees, integer tracking,
// digests, memory estimates), checked against simple reference models.
#include "store/encoding_limits.h"
#include "store/hash_value.h"
#include "store/list_value.h"
#include "store/set_value.h"
#include "store/zset_value.h"

#include <QtTest>

#include <cmath>
#include <map>
#include <random>
#include <set>
#include <string>
#include <unordered_set>
#include <vector>

using namespace rd;
using namespace rd::store;

namespace {

std::vector<std::string> listItems(const ListValue &l)
{
    return {l.begin(), l.end()};
}

std::vector<std::pair<std::string, double>> zsetItems(const ZSetValue &z)
{
    std::vector<std::pair<std::string, double>> out;
    z.forEach([&](const std::string &m, double s) { out.emplace_back(m, s); });
    return out;
}

ZLexBound lexValue(std::string v, bool exclusive)
{
    return ZLexBound{ZLexBound::Kind::Value, std::move(v), exclusive};
}

} // namespace

class TypeValuesTest : public QObject
{
    Q_OBJECT

private slots:
    void listPushesAndPopsAtBothEnds()
    {
        ListValue l;
        l.pushBack("b");
        l.pushFront("a");
        l.pushBack("c");
        QCOMPARE(l.size(), size_t(3));
        QCOMPARE(l.at(1), std::string("b"));
        QCOMPARE(l.popFront(), std::string("a"));
        QCOMPARE(l.popBack(), std::string("c"));
        QCOMPARE(listItems(l), std::vector<std::string>{"b"});
    }

    void listRemoveMatchingHonoursCountAndDirection()
    {
        ListValue l;
        for (const char *v : {"x", "a", "x", "b", "x", "c", "x"})
            l.pushBack(v);
        QCOMPARE(l.removeMatching("x", -2), size_t(2));
        QCOMPARE(listItems(l), (std::vector<std::string>{"x", "a", "x", "b", "c"}));
        QCOMPARE(l.removeMatching("x", 1), size_t(1));
        QCOMPARE(listItems(l), (std::vector<std::string>{"a", "x", "b", "c"}));
        QCOMPARE(l.removeMatching("x", 0), size_t(1));
        QCOMPARE(listItems(l), (std::vector<std::string>{"a", "b", "c"}));
    }

    void listTrimInsertAndEraseKeepOrder()
    {
        ListValue l;
        for (int i = 0; i < 10; ++i)
            l.pushBack(std::to_string(i));
        l.trim(2, 5);
        QCOMPARE(listItems(l), (std::vector<std::string>{"2", "3", "4", "5"}));
        l.insertAt(2, "mid");
        l.eraseAt(0);
        l.set(0, std::string(100, 'z'));
        QCOMPARE(listItems(l), (std::vector<std::string>{std::string(100, 'z'), "mid", "4", "5"}));
        auto copy = l.clone();
        QCOMPARE(listItems(static_cast<ListValue &>(*copy)), listItems(l));
    }

    void setTracksWhetherAllMembersAreIntegers()
    {
        SetValue s;
        for (const char *m : {"1", "-5", "9223372036854775807", "-9223372036854775808"})
            QVERIFY(s.add(m));
        QVERIFY(s.allIntegers());
        QCOMPARE(s.encoding(), "intset");
        QVERIFY(!s.add("1"));
        for (const char *m : {"01", "+1", "-0", " 1", "9223372036854775808", "1.0", ""}) {
            QVERIFY(s.add(m));
            QVERIFY2(!s.allIntegers(), m);
            QVERIFY(s.remove(m));
            QVERIFY2(s.allIntegers(), m);
        }
        // Like Redis, once converted the set stays a hashtable.
        QCOMPARE(s.encoding(), "hashtable");
    }

    void setScanReturnsEveryMemberPresentThroughoutDespiteResizes()
    {
        SetValue s;
        for (int i = 0; i < 5000; ++i)
            s.add("m" + std::to_string(i));
        std::unordered_set<std::string> seen;
        uint64_t cursor = 0;
        int steps = 0;
        do {
            cursor = s.scan(cursor, [&](const std::string &m) { seen.insert(m); });
            ++steps;
            if (steps == 20) // grow: forces a rehash in the middle of the walk
                for (int i = 0; i < 20000; ++i)
                    s.add("extra" + std::to_string(i));
            if (steps == 40) // shrink again
                for (int i = 0; i < 20000; ++i)
                    s.remove("extra" + std::to_string(i));
        } while (cursor != 0);
        for (int i = 0; i < 5000; ++i)
            QVERIFY(seen.count("m" + std::to_string(i)));
    }

    void setPopRandomRemovesEachMemberOnce()
    {
        SetValue s;
        std::mt19937_64 rng(7);
        for (int i = 0; i < 300; ++i)
            s.add(std::to_string(i));
        std::set<std::string> popped;
        while (!s.empty())
            QVERIFY(popped.insert(s.popRandom(rng)).second);
        QCOMPARE(popped.size(), size_t(300));
        QVERIFY(s.randomMember(rng) == nullptr);
    }

    void hashSetsGetsAndErasesFields()
    {
        HashValue h;
        QVERIFY(h.set("f", "1"));
        QVERIFY(!h.set("f", "2"));
        QVERIFY(!h.setIfAbsent("f", "3"));
        QCOMPARE(*h.get("f"), std::string("2"));
        QVERIFY(h.get("nope") == nullptr);
        QCOMPARE(h.encoding(), "listpack");
        h.set("long", std::string(65, 'v'));
        QCOMPARE(h.encoding(), "hashtable");
        QVERIFY(h.erase("long"));
        QCOMPARE(h.encoding(), "hashtable"); // sticky, as in Redis
        QVERIFY(!h.erase("long"));
        QCOMPARE(h.size(), size_t(1));
    }

    void memoryUsageFollowsTheData()
    {
        HashValue h;
        const size_t empty = h.memoryUsage();
        for (int i = 0; i < 1000; ++i)
            h.set("field:" + std::to_string(i), std::string(100, 'x'));
        const size_t full = h.memoryUsage();
        QVERIFY2(full > empty + 1000 * 100, qPrintable(QString::number(full)));
        for (int i = 0; i < 1000; ++i)
            h.erase("field:" + std::to_string(i));
        QVERIFY(h.memoryUsage() < empty + 1024);

        ZSetValue z;
        for (int i = 0; i < 1000; ++i)
            z.add(std::string(40, 'm') + std::to_string(i), i);
        QVERIFY(z.memoryUsage() > 1000 * 40);
        z.eraseRankRange(0, 999);
        QVERIFY(z.memoryUsage() < 4096);
    }

    void zsetOrdersByScoreThenMemberBytes()
    {
        ZSetValue z;
        z.add("b", 1);
        z.add("a", 1);
        z.add("ab", 1);
        z.add("c", -2.5);
        z.add(std::string("\xff", 1), 1);
        const auto items = zsetItems(z);
        const std::vector<std::pair<std::string, double>> expected{
            {"c", -2.5}, {"a", 1}, {"ab", 1}, {"b", 1}, {std::string("\xff", 1), 1}};
        QCOMPARE(items, expected);
        QVERIFY(!z.add("c", 5)); // update moves it to the end
        QCOMPARE(z.last()->member(), std::string("c"));
        QCOMPARE(*z.rank("c"), size_t(4));
        QCOMPARE(*z.score("c"), 5.0);
    }

    void zsetRanksAndCountsMatchAReferenceModel()
    {
        ZSetValue z;
        std::map<std::string, double> model;
        std::mt19937_64 rng(42);
        for (int step = 0; step < 20000; ++step) {
            const std::string m = "m" + std::to_string(rng() % 500);
            const double score = double(rng() % 50);
            if (rng() % 3) {
                QCOMPARE(z.add(m, score), model.count(m) == 0);
                model[m] = score;
            } else {
                QCOMPARE(z.erase(m), model.erase(m) == 1);
            }
        }
        std::set<std::pair<double, std::string>> ordered;
        for (const auto &[m, s] : model)
            ordered.emplace(s, m);
        QCOMPARE(z.size(), ordered.size());
        size_t rank = 0;
        for (const auto &[s, m] : ordered) {
            QCOMPARE(*z.rank(m), rank);
            QCOMPARE(z.byRank(rank)->member(), m);
            ++rank;
        }
        for (double lo = 0; lo < 50; lo += 7) {
            const ZScoreRange r{lo, lo + 10, true, false};
            size_t expected = 0;
            for (const auto &[s, m] : ordered)
                expected += r.contains(s) ? 1 : 0;
            QCOMPARE(z.countInRange(r), expected);
        }
    }

    void zsetScoreRangesRespectExclusiveBounds()
    {
        ZSetValue z;
        for (int i = 1; i <= 5; ++i)
            z.add("m" + std::to_string(i), i);
        const ZScoreRange r{2, 4, true, false};
        QCOMPARE(z.firstInRange(r)->member(), std::string("m3"));
        QCOMPARE(z.lastInRange(r)->member(), std::string("m4"));
        QVERIFY(z.firstInRange(ZScoreRange{3, 3, true, false}) == nullptr);
        QVERIFY(z.firstInRange(ZScoreRange{6, 9, false, false}) == nullptr);
        QCOMPARE(z.eraseRange(ZScoreRange{-INFINITY, 2, false, false}), size_t(2));
        QCOMPARE(z.first()->member(), std::string("m3"));
        QVERIFY(!z.score("m1"));
    }

    void zsetLexRangesFollowZrangebylex()
    {
        ZSetValue z;
        for (const char *m : {"a", "b", "c", "d", "e"})
            z.add(m, 0);
        ZLexRange r{lexValue("b", false), lexValue("d", true)};
        QCOMPARE(z.countInRange(r), size_t(2));
        QCOMPARE(z.firstInRange(r)->member(), std::string("b"));
        QCOMPARE(z.lastInRange(r)->member(), std::string("c"));
        ZLexRange all{ZLexBound{ZLexBound::Kind::NegativeInfinity, {}, false},
                      ZLexBound{ZLexBound::Kind::PositiveInfinity, {}, false}};
        QCOMPARE(z.countInRange(all), size_t(5));
        ZLexRange empty{lexValue("c", true), lexValue("c", false)};
        QVERIFY(empty.isEmpty());
        QCOMPARE(z.countInRange(empty), size_t(0));
        QCOMPARE(z.eraseRange(ZLexRange{lexValue("b", true), all.max}), size_t(3));
        QCOMPARE(z.size(), size_t(2));
        QVERIFY(!z.score("c"));
    }

    void digestsIgnoreOrderOfUnorderedTypes()
    {
        SetValue a, b;
        for (int i = 0; i < 100; ++i)
            a.add(std::to_string(i));
        for (int i = 99; i >= 0; --i)
            b.add(std::to_string(i));
        Digest da, db;
        a.digest(da);
        b.digest(db);
        QCOMPARE(da.hex(), db.hex());
        b.remove("5");
        Digest dc;
        b.digest(dc);
        QVERIFY(da.hex() != dc.hex());

        ZSetValue z;
        z.add("x", 1.5);
        auto copy = z.clone();
        Digest z1, z2;
        z.digest(z1);
        copy->digest(z2);
        QCOMPARE(z1.hex(), z2.hex());
    }
};

QTEST_GUILESS_MAIN(TypeValuesTest)
#include "tst_type_values.moc"
