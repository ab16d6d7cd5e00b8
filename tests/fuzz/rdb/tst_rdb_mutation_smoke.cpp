// A short deterministic cousin of the libFuzzer target, run with the normal tests: thousands of
// mutations (bit flips, special bytes, cuts, insertions, splices) of valid RDB files written by
// the node's writer and of a hand-built legacy file. Each load must return, either with the
// data or with a named error whose offset lies inside the input.
#include "persistence/crc64.h"
#include "persistence/dump_payload.h"
#include "persistence/intset.h"
#include "persistence/listpack.h"
#include "persistence/rdb_encoding.h"
#include "persistence/rdb_format.h"
#include "persistence/rdb_loader.h"
#include "persistence/rdb_writer.h"
#include "rdb_test_target.h"

#include <QDir>
#include <QFile>
#include <QtTest>

#include <random>

using namespace rd::rdb;
using namespace rd::store;

namespace {

std::string writerSeed()
{
    std::string file;
    RdbWriter w(stringSink(&file), RdbWriterOptions{});
    RdbAuxInfo aux;
    aux.replication = RdbAuxInfo::Replication{0, std::string(40, 'f'), 1234};
    w.writeHeader(aux);
    w.selectDb(0, 6, 1);
    w.writeKey("str", std::string_view("hello"), 4102444800000);
    w.writeKey("int", std::string_view("-12345"), std::nullopt);
    w.writeKey("lzf", std::string_view(std::string(80, 'a') + "b"), std::nullopt);
    ListValue l;
    for (int i = 0; i < 40; ++i)
        l.pushBack("e" + std::to_string(i * i));
    w.writeKey("list", l, std::nullopt);
    SetValue ints, strs;
    for (int i = -3; i < 20; ++i)
        ints.add(std::to_string(i * 1000));
    strs.add("x");
    strs.add("y");
    w.writeKey("intset", ints, std::nullopt);
    w.writeKey("set", strs, std::nullopt);
    w.selectDb(2, 2, 0);
    HashValue small, big;
    small.set("f", "v");
    small.set("n", "42");
    for (int i = 0; i < 10; ++i)
        big.set("field" + std::to_string(i), std::string(70, char('a' + i)));
    w.writeKey("hash", small, std::nullopt);
    w.writeKey("bighash", big, std::nullopt);
    ZSetValue zs, zb;
    zs.add("a", 1.5);
    zs.add("b", -2);
    for (int i = 0; i < 130; ++i)
        zb.add("m" + std::to_string(i), i / 3.0);
    w.writeKey("zset", zs, std::nullopt);
    w.writeKey("bigzset", zb, std::nullopt);
    w.finish();
    return file;
}

// Types the writer never emits: plain list, ASCII zset, zipmap, ziplists, quicklist 1.
std::string legacySeed()
{
    std::string f = "REDIS0009";
    auto key = [&](std::uint8_t type, const char *name) {
        f.push_back(static_cast<char>(type));
        appendString(f, name, false);
    };
    f += "\xfe";
    appendLength(f, 0);
    key(kTypeList, "l");
    appendLength(f, 2);
    appendString(f, "a", false);
    appendString(f, "b", false);
    key(kTypeZset, "z");
    appendLength(f, 1);
    appendString(f, "m", false);
    appendAsciiDouble(f, 2.5);
    key(kTypeHashZipmap, "zm");
    appendString(f, std::string("\x01\x01k\x01\x00v\xff", 7), false);
    // ziplist ["a", 7]: zlbytes 16, zltail 13
    const std::string zl("\x10\x00\x00\x00\x0d\x00\x00\x00\x02\x00\x00\x01"
                         "a\x03\xf8\xff",
                         16);
    key(kTypeListZiplist, "zl");
    appendString(f, zl, false);
    key(kTypeListQuicklist, "ql");
    appendLength(f, 1);
    appendString(f, zl, false);
    key(kTypeHashZiplist, "zh");
    appendString(f, zl, false);
    f.push_back(static_cast<char>(kOpEof));
    appendUint64LE(f, rd::crc64(0, f.data(), f.size()));
    return f;
}

// The checked-in corpus: a file written by redis-server 7.0 (every encoding it writes, FREQ
// opcodes, a FUNCTION2 library) and one written by the node.
std::vector<std::string> corpusSeeds()
{
    std::vector<std::string> out;
    const QDir dir(QStringLiteral(RD_SOURCE_DIR "/tests/fuzz/rdb/corpus"));
    for (const QString &name : dir.entryList({"*.rdb"}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (f.open(QIODevice::ReadOnly))
            out.push_back(f.readAll().toStdString());
    }
    return out;
}

std::string mutate(const std::string &seed, std::mt19937 &rng)
{
    std::string m = seed;
    auto pos = [&] {
        return std::uniform_int_distribution<std::size_t>(0, m.size() - 1)(rng);
    };
    static const unsigned char special[] = {0x00, 0x01, 0x3f, 0x40, 0x7f, 0x80, 0x81,
                                            0xc0, 0xc3, 0xf0, 0xf4, 0xfe, 0xff};
    const int edits = std::uniform_int_distribution<int>(1, 4)(rng);
    for (int e = 0; e < edits && !m.empty(); ++e) {
        switch (std::uniform_int_distribution<int>(0, 5)(rng)) {
        case 0:
            m[pos()] ^= static_cast<char>(1u << (rng() % 8));
            break;
        case 1:
            m[pos()] = static_cast<char>(special[rng() % sizeof special]);
            break;
        case 2:
            m.resize(pos());
            break;
        case 3:
            m.insert(pos(), 1, static_cast<char>(rng()));
            break;
        case 4:
            m.erase(pos(), 1 + rng() % 8);
            break;
        case 5: { // splice a chunk of the file elsewhere
            const std::size_t from = pos();
            const std::size_t len = std::min<std::size_t>(1 + rng() % 32, m.size() - from);
            m.insert(pos(), m.substr(from, len));
            break;
        }
        }
    }
    return m;
}

} // namespace

class TstRdbMutationSmoke : public QObject
{
    Q_OBJECT

private slots:
    void seedsLoad()
    {
        std::vector<std::string> seeds = corpusSeeds();
        QCOMPARE(seeds.size(), std::size_t(2));
        seeds.push_back(writerSeed());
        seeds.push_back(legacySeed());
        for (const std::string &seed : seeds) {
            rdtest::MapLoadTarget target;
            MemorySource src(seed);
            RdbLoadOptions o;
            o.log = false;
            const RdbLoadResult r = loadRdb(src, target, o);
            QVERIFY2(r.ok(), r.error ? r.error->message().c_str() : "");
            QVERIFY(r.info.keysLoaded >= 6);
            QVERIFY(r.info.checksumChecked);
        }
    }

    void mutatedFilesNeverCrashTheLoader()
    {
        std::mt19937 rng(20261125);
        std::vector<std::string> seeds = corpusSeeds();
        seeds.push_back(writerSeed());
        seeds.push_back(legacySeed());
        int failures = 0;
        int loaded = 0;
        for (int i = 0; i < 6000; ++i) {
            const std::string input = mutate(seeds[i % seeds.size()], rng);
            rdtest::MapLoadTarget target;
            MemorySource src(input);
            RdbLoadOptions o;
            o.log = false;
            o.verifyChecksum = (i % 3) != 0;
            o.dropExpired = (i % 2) == 0;
            const RdbLoadResult r = loadRdb(src, target, o);
            if (r.ok()) {
                ++loaded;
                continue;
            }
            ++failures;
            QVERIFY2(r.error->offset <= input.size(), r.error->message().c_str());
            QVERIFY(!r.error->message().empty());
            (void)parseDumpPayload(input, "smoke");
        }
        // Both outcomes must occur, or the mutations are not reaching the parser.
        QVERIFY(failures > 1000);
        QVERIFY(loaded > 10);
    }
};

QTEST_GUILESS_MAIN(TstRdbMutationSmoke)
#include "tst_rdb_mutation_smoke.moc"
