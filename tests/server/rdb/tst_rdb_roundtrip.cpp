// The RDB writer and loader against each other and against hand-built files: every type and
// encoding round-trips, the writer picks the encodings Redis 7.0 would, legacy encodings and
// skippable opcodes load, and every kind of damage gives its named error with a byte offset.
#include "persistence/crc64.h"
#include "persistence/dump_payload.h"
#include "persistence/intset.h"
#include "persistence/listpack.h"
#include "persistence/rdb_encoding.h"
#include "persistence/rdb_format.h"
#include "persistence/rdb_loader.h"
#include "persistence/rdb_writer.h"
#include "rdb_test_target.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <fcntl.h>
#include <unistd.h>

using namespace rd;
using namespace rd::rdb;
using namespace rd::store;
using rdtest::describe;
using rdtest::MapLoadTarget;

namespace {

constexpr std::int64_t kFuture = 4102444800000; // 2100-01-01
constexpr std::int64_t kPast = 1000000000000;   // 2001

RdbLoadOptions quiet()
{
    RdbLoadOptions o;
    o.log = false;
    return o;
}

RdbLoadResult loadBytes(const std::string &bytes, MapLoadTarget &target,
                        RdbLoadOptions options = quiet())
{
    MemorySource src(bytes);
    return loadRdb(src, target, options);
}

// The sample data set: every kind of value and the encodings the writer chooses between.
struct Sample
{
    std::map<int, std::map<std::string, std::string>> expected; // db -> key -> describe()
    std::map<int, std::map<std::string, std::int64_t>> expiries;
};

std::string writeSample(Sample &sample, const RdbWriterOptions &options)
{
    std::string file;
    RdbWriter w(stringSink(&file), options);
    RdbAuxInfo aux;
    aux.ctime = 1700000000;
    aux.usedMem = 123456;
    w.writeHeader(aux);

    auto putString = [&](int db, const std::string &k, const std::string &v,
                         std::optional<std::int64_t> exp = std::nullopt) {
        w.writeKey(k, std::string_view(v), exp);
        sample.expected[db][k] = "string:" + v;
        if (exp)
            sample.expiries[db][k] = *exp;
    };
    auto record = [&](int db, const std::string &k, const LoadedValue &v) {
        sample.expected[db][k] = describe(v);
    };

    w.selectDb(0, 20, 2);
    putString(0, "s:int", "12345");
    putString(0, "s:neg", "-7");
    putString(0, "s:big", "12345678901234567");
    putString(0, "s:lead0", "007");
    putString(0, "s:empty", "");
    putString(0, "s:long", std::string(300, 'a') + "tail");
    putString(0, "s:bin", std::string("\x00\xff\r\n\x01", 5));
    putString(0, "s:ttl", "expiring", kFuture);
    {
        auto l = std::make_unique<ListValue>();
        for (const char *e : {"a", "b", "c", "1", "-2", "300", "70000"})
            l->pushBack(e);
        w.writeKey("l:small", *l, std::nullopt);
        record(0, "l:small", LoadedValue(std::move(l)));
    }
    {
        auto l = std::make_unique<ListValue>();
        for (int i = 0; i < 5000; ++i)
            l->pushBack("item:" + std::to_string(i));
        l->pushBack(std::string(20000, 'z')); // bigger than a node
        l->pushBack("after-big");
        w.writeKey("l:big", *l, kFuture);
        sample.expiries[0]["l:big"] = kFuture;
        record(0, "l:big", LoadedValue(std::move(l)));
    }
    {
        auto s = std::make_unique<SetValue>();
        for (const char *e : {"-7", "1", "2", "3", "100"})
            s->add(e);
        w.writeKey("set:ints", *s, std::nullopt);
        record(0, "set:ints", LoadedValue(std::move(s)));
    }
    {
        auto s = std::make_unique<SetValue>();
        for (int i = 0; i < 600; ++i)
            s->add(std::to_string(i * 1000003LL));
        w.writeKey("set:manyints", *s, std::nullopt);
        record(0, "set:manyints", LoadedValue(std::move(s)));
    }
    {
        auto s = std::make_unique<SetValue>();
        for (const char *e : {"a", "b", "c", "10"})
            s->add(e);
        w.writeKey("set:str", *s, std::nullopt);
        record(0, "set:str", LoadedValue(std::move(s)));
    }

    w.selectDb(3, 4, 0);
    {
        auto h = std::make_unique<HashValue>();
        h->set("f1", "v1");
        h->set("f2", "2");
        h->set("f3", "-300");
        w.writeKey("h:small", *h, std::nullopt);
        record(3, "h:small", LoadedValue(std::move(h)));
    }
    {
        auto h = std::make_unique<HashValue>();
        h->set("long", std::string(100, 'v'));
        h->set("x", "y");
        w.writeKey("h:longvalue", *h, std::nullopt);
        record(3, "h:longvalue", LoadedValue(std::move(h)));
    }
    {
        auto h = std::make_unique<HashValue>();
        for (int i = 0; i < 1000; ++i)
            h->set("field:" + std::to_string(i), "value:" + std::to_string(i * 7));
        w.writeKey("h:big", *h, std::nullopt);
        record(3, "h:big", LoadedValue(std::move(h)));
    }
    {
        auto z = std::make_unique<ZSetValue>();
        z->add("a", 1);
        z->add("b", 2.5);
        z->add("c", -3);
        z->add("d", 1e20);
        z->add("e", INFINITY);
        z->add("f", -INFINITY);
        z->add("g", 0.1);
        w.writeKey("z:small", *z, std::nullopt);
        record(3, "z:small", LoadedValue(std::move(z)));
    }

    w.selectDb(15, 1, 0);
    {
        auto z = std::make_unique<ZSetValue>();
        for (int i = 0; i < 300; ++i)
            z->add("member:" + std::to_string(i), i * 1.25 - 100);
        z->add("inf", INFINITY);
        w.writeKey("z:big", *z, std::nullopt);
        record(15, "z:big", LoadedValue(std::move(z)));
    }
    const std::error_code ec = w.finish();
    Q_ASSERT(!ec);
    return file;
}

void compareWithSample(const Sample &sample, const MapLoadTarget &target)
{
    for (const auto &[db, keys] : sample.expected) {
        QVERIFY2(target.dbs.count(db), qPrintable(QString("db %1 missing").arg(db)));
        const auto &loaded = target.dbs.at(db);
        QCOMPARE(loaded.size(), keys.size());
        for (const auto &[key, text] : keys) {
            QVERIFY2(loaded.count(key), key.c_str());
            QCOMPARE(describe(loaded.at(key).value), text);
            const auto exp = sample.expiries.count(db) && sample.expiries.at(db).count(key)
                                 ? std::optional<std::int64_t>(sample.expiries.at(db).at(key))
                                 : std::nullopt;
            QCOMPARE(loaded.at(key).expireAtMs, exp);
        }
    }
    QCOMPARE(target.dbs.size(), sample.expected.size());
}

std::string header(int version = 10)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "REDIS%04d", version);
    return buf;
}

// Appends EOF and the CRC of everything so far.
std::string sealFile(std::string body)
{
    body.push_back(static_cast<char>(kOpEof));
    appendUint64LE(body, crc64(0, body.data(), body.size()));
    return body;
}

// A ziplist of the given elements (canonical integers as int encodings, like Redis did).
std::string ziplistOf(const std::vector<std::string> &items)
{
    std::string body;
    std::size_t prev = 0;
    std::size_t last = 10;
    for (const auto &item : items) {
        last = 10 + body.size();
        std::string e(1, static_cast<char>(prev));
        if (auto v = canonicalInteger(item); v && *v >= INT16_MIN && *v <= INT16_MAX) {
            e.push_back(static_cast<char>(0xC0));
            appendUint16LE(e, static_cast<std::uint16_t>(*v));
        } else {
            e.push_back(static_cast<char>(item.size())); // < 64 bytes in these tests
            e += item;
        }
        body += e;
        prev = e.size();
    }
    std::string zl;
    appendUint32LE(zl, static_cast<std::uint32_t>(10 + body.size() + 1));
    appendUint32LE(zl, static_cast<std::uint32_t>(last));
    appendUint16LE(zl, static_cast<std::uint16_t>(items.size()));
    return zl + body + "\xff";
}

void addKey(std::string &f, std::uint8_t type, const std::string &key)
{
    f.push_back(static_cast<char>(type));
    appendString(f, key, false);
}

std::string smallValidFile()
{
    std::string f = header();
    f += "\xfe";
    appendLength(f, 0);
    addKey(f, kTypeString, "k");
    appendString(f, "value", false);
    return sealFile(f);
}

} // namespace

class TstRdbRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void everyTypeRoundTrips_data()
    {
        QTest::addColumn<bool>("compress");
        QTest::addColumn<bool>("checksum");
        QTest::newRow("lzf+crc") << true << true;
        QTest::newRow("plain+crc") << false << true;
        QTest::newRow("lzf, no crc") << true << false;
    }

    void everyTypeRoundTrips()
    {
        QFETCH(bool, compress);
        QFETCH(bool, checksum);
        RdbWriterOptions options;
        options.values.compress = compress;
        options.checksum = checksum;
        Sample sample;
        const std::string file = writeSample(sample, options);
        MapLoadTarget target;
        const RdbLoadResult r = loadBytes(file, target);
        QVERIFY2(r.ok(), r.error ? r.error->message().c_str() : "");
        compareWithSample(sample, target);
        QCOMPARE(r.info.checksumChecked, checksum);
        QCOMPARE(r.info.keysLoaded, std::uint64_t(18));
        QCOMPARE(r.info.bytesRead, std::uint64_t(file.size()));
        if (!checksum)
            QCOMPARE(file.substr(file.size() - 8), std::string(8, '\0'));
    }

    void writerPicksTheEncodingsRedisWould()
    {
        WriteOptions o;
        auto typeOf = [&](const auto &v) {
            return static_cast<int>(dumpPayload(v, o)[0]);
        };
        SetValue ints, strs;
        for (int i = 0; i < 512; ++i)
            ints.add(std::to_string(i));
        strs.add("a");
        QCOMPARE(typeOf(ints), int(kTypeSetIntset));
        ints.add("512");
        QCOMPARE(typeOf(ints), int(kTypeSet));
        QCOMPARE(typeOf(strs), int(kTypeSet));
        HashValue h;
        h.set("f", std::string(64, 'x'));
        QCOMPARE(typeOf(h), int(kTypeHashListpack));
        h.set("g", std::string(65, 'x'));
        QCOMPARE(typeOf(h), int(kTypeHash));
        ZSetValue z;
        for (int i = 0; i < 128; ++i)
            z.add(std::to_string(i), i);
        QCOMPARE(typeOf(z), int(kTypeZsetListpack));
        z.add("x", 1);
        QCOMPARE(typeOf(z), int(kTypeZset2));
        ListValue l;
        l.pushBack("a");
        QCOMPARE(typeOf(l), int(kTypeListQuicklist2));
        QCOMPARE(static_cast<int>(dumpPayload(std::string_view("v"), o)[0]), int(kTypeString));
    }

    void zset2IsWrittenHighestScoreFirst()
    {
        ZSetValue z;
        for (int i = 0; i < 200; ++i)
            z.add("m" + std::to_string(i), i);
        const std::string p = dumpPayload(z, WriteOptions{});
        // type, length 200 (0x40 0xc8), then the first member must be m199.
        QCOMPARE(p.substr(0, 3), std::string("\x05\x40\xc8", 3));
        QCOMPARE(p.substr(3, 5), std::string("\x04m199", 5));
    }

    void headerHasAuxFieldsInRedisOrder()
    {
        std::string file;
        RdbWriter w(stringSink(&file), RdbWriterOptions{});
        RdbAuxInfo aux;
        aux.ctime = 1700000000;
        aux.usedMem = 1000000;
        aux.replication = RdbAuxInfo::Replication{3, std::string(40, 'a'), 190};
        w.writeHeader(aux);
        QVERIFY(!w.finish());
        const std::string expectStart = std::string("REDIS0010") +
                                        "\xfa\x09redis-ver\x06"
                                        "7.0.15" +
                                        "\xfa\x0aredis-bits\xc0\x40" +
                                        "\xfa\x05"
                                        "ctime\xc2";
        QCOMPARE(file.substr(0, expectStart.size()), expectStart);
        QVERIFY(file.find(std::string("\xfa\x0brepl-offset\xc1\xbe\x00", 16)) != std::string::npos);
        QVERIFY(file.find("repl-stream-db") < file.find("repl-id"));
        QVERIFY(file.find("repl-offset") < file.find("aof-base"));
        MapLoadTarget target;
        const RdbLoadResult r = loadBytes(file, target);
        QVERIFY(r.ok());
        QCOMPARE(r.info.redisVersion, std::string("7.0.15"));
        QCOMPARE(r.info.replId, std::optional<std::string>(std::string(40, 'a')));
        QCOMPARE(r.info.replOffset, std::optional<std::int64_t>(190));
        QCOMPARE(r.info.replStreamDb, std::optional<int>(3));
        QCOMPARE(r.info.ctime, std::optional<std::int64_t>(1700000000));
        QCOMPARE(r.info.usedMem, std::optional<std::int64_t>(1000000));
    }

    void writerStreamsToAFileDescriptor()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("dump.rdb").toStdString();
        const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        QVERIFY(fd >= 0);
        Sample sample;
        std::string inMemory = writeSample(sample, RdbWriterOptions{});
        QCOMPARE(::write(fd, inMemory.data(), inMemory.size()), ssize_t(inMemory.size()));
        ::close(fd);
        MapLoadTarget target;
        const RdbLoadResult r = loadRdbFile(path, target, quiet());
        QVERIFY2(r.ok(), r.error ? r.error->message().c_str() : "");
        compareWithSample(sample, target);

        // The same bytes through fdSink.
        const std::string path2 = dir.filePath("dump2.rdb").toStdString();
        const int fd2 = ::open(path2.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        QVERIFY(fd2 >= 0);
        {
            RdbWriter w(fdSink(fd2), RdbWriterOptions{});
            w.writeHeader(RdbAuxInfo{});
            w.selectDb(0, 1, 0);
            ListValue l;
            for (int i = 0; i < 100000; ++i)
                l.pushBack(std::to_string(i));
            w.writeKey("biglist", l, std::nullopt);
            QVERIFY(!w.finish());
            QVERIFY(w.bytesWritten() > 256 * 1024); // flushed in several chunks
        }
        ::close(fd2);
        MapLoadTarget t2;
        const RdbLoadResult r2 = loadRdbFile(path2, t2, quiet());
        QVERIFY(r2.ok());
        QVERIFY(r2.info.checksumChecked);
        const auto &list = std::get<std::unique_ptr<ListValue>>(t2.dbs[0]["biglist"].value);
        QCOMPARE(list->size(), std::size_t(100000));
        QCOMPARE(list->at(99999), std::string("99999"));
    }

    void sinkErrorStopsTheSave()
    {
        int calls = 0;
        RdbWriter w(
            [&](std::string_view) -> std::error_code {
                ++calls;
                return std::make_error_code(std::errc::no_space_on_device);
            },
            RdbWriterOptions{});
        w.writeHeader(RdbAuxInfo{});
        QCOMPARE(w.finish(), std::make_error_code(std::errc::no_space_on_device));
        QCOMPARE(calls, 1);
    }

    void legacyEncodingsAndSkippableOpcodesLoad()
    {
        std::string f = header(9);
        // AUX fields, known and unknown; a FUNCTION2 library; a module AUX blob.
        f += "\xfa";
        appendString(f, "redis-ver", false);
        appendString(f, "6.2.6", false);
        f += "\xfa";
        appendString(f, "%custom", false);
        appendString(f, "hello", false);
        f += "\xfa";
        appendString(f, "mystery", false);
        appendString(f, "x", false);
        f += "\xf5";
        appendString(f, "#!lua name=mylib\nredis.register_function('f', function() return 1 end)",
                     false);
        f += "\xf7";
        appendLength(f, 0x123456789abcdull << 10);
        appendLength(f, kModuleOpUint);
        appendLength(f, 2);
        appendLength(f, kModuleOpSint);
        appendLength(f, 5);
        appendLength(f, kModuleOpString);
        appendString(f, "module data", false);
        appendLength(f, kModuleOpFloat);
        f += "abcd";
        appendLength(f, kModuleOpDouble);
        f += "abcdefgh";
        appendLength(f, kModuleOpEof);

        f += "\xfe";
        appendLength(f, 0);
        // type 1 list, with an old seconds expiry, an LRU idle and an LFU freq before it
        f += "\xfd";
        appendUint32LE(f, 4102444800u);
        f += "\xf8";
        appendLength(f, 100);
        addKey(f, kTypeList, "list1");
        appendLength(f, 3);
        for (const char *e : {"x", "y", "42"})
            appendString(f, e, false);
        f += "\xf9\x05";
        addKey(f, kTypeZset, "zset3");
        appendLength(f, 3);
        appendString(f, "a", false);
        appendAsciiDouble(f, 1.5);
        appendString(f, "b", false);
        appendAsciiDouble(f, INFINITY);
        appendString(f, "c", false);
        appendAsciiDouble(f, -2);
        addKey(f, kTypeHashZipmap, "zipmap");
        appendString(f,
                     std::string("\x02\x03"
                                 "foo\x03\x00"
                                 "bar\x05"
                                 "hello\x05\x02"
                                 "world\x00\x00\xff",
                                 26),
                     false);
        addKey(f, kTypeListZiplist, "zl-list");
        appendString(f, ziplistOf({"a", "1000", "b"}), false);
        addKey(f, kTypeZsetZiplist, "zl-zset");
        appendString(f, ziplistOf({"m1", "1", "m2", "2.5", "m3", "inf"}), false);
        addKey(f, kTypeHashZiplist, "zl-hash");
        appendString(f, ziplistOf({"f", "v", "n", "7"}), true);
        addKey(f, kTypeListQuicklist, "quicklist");
        appendLength(f, 3);
        appendString(f, ziplistOf({"q1", "q2"}), false);
        appendString(f, ziplistOf({}), false); // empty nodes are skipped
        appendString(f, ziplistOf({"q3"}), false);
        addKey(f, kTypeHash, "plainhash");
        appendLength(f, 1);
        appendString(f, "pf", false);
        appendString(f, "pv", false);
        addKey(f, kTypeZset2, "zset2");
        appendLength(f, 2);
        appendString(f, "hi", false);
        appendBinaryDouble(f, 10);
        appendString(f, "lo", false);
        appendBinaryDouble(f, -10);
        addKey(f, kTypeListQuicklist2, "ql2-plain");
        appendLength(f, 2);
        appendLength(f, kQuicklistNodePlain);
        appendString(f, "plain element", false);
        appendLength(f, kQuicklistNodePacked);
        {
            ListpackBuilder lp;
            lp.append("packed");
            appendString(f, lp.finish(), false);
        }
        addKey(f, kTypeSetIntset, "intset");
        appendString(f, encodeIntset({-5, 70000, 1ll << 40}), false);
        const std::string file = sealFile(f);

        MapLoadTarget target;
        const RdbLoadResult r = loadBytes(file, target);
        QVERIFY2(r.ok(), r.error ? r.error->message().c_str() : "");
        QCOMPARE(r.info.rdbVersion, 9);
        QCOMPARE(r.info.redisVersion, std::string("6.2.6"));
        auto &db = target.dbs[0];
        QCOMPARE(describe(db["list1"].value), std::string("list:[x,y,42,]"));
        QCOMPARE(db["list1"].expireAtMs, std::optional<std::int64_t>(4102444800000));
        QCOMPARE(describe(db["zset3"].value), std::string("zset:[c=-2,a=1.5,b=inf,]"));
        QCOMPARE(describe(db["zipmap"].value), std::string("hash:{foo=bar,hello=world,}"));
        QCOMPARE(describe(db["zl-list"].value), std::string("list:[a,1000,b,]"));
        QCOMPARE(describe(db["zl-zset"].value), std::string("zset:[m1=1,m2=2.5,m3=inf,]"));
        QCOMPARE(describe(db["zl-hash"].value), std::string("hash:{f=v,n=7,}"));
        QCOMPARE(describe(db["quicklist"].value), std::string("list:[q1,q2,q3,]"));
        QCOMPARE(describe(db["plainhash"].value), std::string("hash:{pf=pv,}"));
        QCOMPARE(describe(db["zset2"].value), std::string("zset:[lo=-10,hi=10,]"));
        QCOMPARE(describe(db["ql2-plain"].value), std::string("list:[plain element,packed,]"));
        QCOMPARE(describe(db["intset"].value), std::string("set:{-5,1099511627776,70000,}"));
        QCOMPARE(db.size(), std::size_t(11));
    }

    void streamsAreRefusedNamingTheKey()
    {
        std::string f = header();
        f += "\xfe";
        appendLength(f, 0);
        addKey(f, kTypeStreamListpacks2, "events:stream");
        appendLength(f, 0);
        MapLoadTarget target;
        const RdbLoadResult r = loadBytes(sealFile(f), target);
        QVERIFY(!r.ok());
        QCOMPARE(r.error->code, RdbErrc::Unsupported);
        QVERIFY(r.error->message().find("'events:stream'") != std::string::npos);
        QVERIFY(r.error->message().find("stream") != std::string::npos);
        QCOMPARE(r.error->offset, std::uint64_t(header().size() + 2 + 1 + 14));
    }

    void expiredKeysAreDroppedByAMasterAndKeptByAReplica()
    {
        std::string f = header();
        f += "\xfe";
        appendLength(f, 0);
        f += "\xfc";
        appendInt64LE(f, kPast);
        addKey(f, kTypeString, "old");
        appendString(f, "v", false);
        addKey(f, kTypeString, "live");
        appendString(f, "v", false);
        const std::string file = sealFile(f);
        MapLoadTarget master;
        const RdbLoadResult r = loadBytes(file, master);
        QVERIFY(r.ok());
        QCOMPARE(r.info.keysLoaded, std::uint64_t(1));
        QCOMPARE(r.info.keysExpired, std::uint64_t(1));
        QVERIFY(!master.dbs[0].count("old"));
        RdbLoadOptions replica = quiet();
        replica.dropExpired = false;
        MapLoadTarget rep;
        QVERIFY(loadBytes(file, rep, replica).ok());
        QCOMPARE(rep.dbs[0]["old"].expireAtMs, std::optional<std::int64_t>(kPast));
        QVERIFY(!rep.dbs[0]["live"].expireAtMs);
    }

    void emptyContainersAreSkipped()
    {
        std::string f = header();
        f += "\xfe";
        appendLength(f, 0);
        addKey(f, kTypeList, "emptylist");
        appendLength(f, 0);
        addKey(f, kTypeHashListpack, "emptyhash");
        appendString(f, ListpackBuilder().finish(), false);
        addKey(f, kTypeString, "k");
        appendString(f, "v", false);
        MapLoadTarget target;
        const RdbLoadResult r = loadBytes(sealFile(f), target);
        QVERIFY(r.ok());
        QCOMPARE(r.info.emptyKeysSkipped, std::uint64_t(2));
        QCOMPARE(target.dbs[0].size(), std::size_t(1));
    }

    void duplicatesAreDamage()
    {
        {
            std::string f = header();
            addKey(f, kTypeString, "k");
            appendString(f, "1", false);
            addKey(f, kTypeString, "k");
            appendString(f, "2", false);
            MapLoadTarget target;
            const RdbLoadResult r = loadBytes(sealFile(f), target);
            QVERIFY(!r.ok());
            QVERIFY(r.error->message().find("duplicated key 'k' in DB 0") != std::string::npos);
        }
        {
            std::string f = header();
            addKey(f, kTypeSet, "s");
            appendLength(f, 2);
            appendString(f, "a", false);
            appendString(f, "a", false);
            MapLoadTarget target;
            const RdbLoadResult r = loadBytes(sealFile(f), target);
            QCOMPARE(r.error->code, RdbErrc::BadEncoding);
            QVERIFY(r.error->message().find("duplicate member") != std::string::npos);
        }
        {
            std::string f = header();
            addKey(f, kTypeZset2, "z");
            appendLength(f, 1);
            appendString(f, "a", false);
            appendBinaryDouble(f, NAN);
            MapLoadTarget target;
            QCOMPARE(loadBytes(sealFile(f), target).error->code, RdbErrc::BadEncoding);
        }
    }

    void badMagicIsNamed()
    {
        MapLoadTarget target;
        std::string f = smallValidFile();
        f[0] = 'X';
        RdbLoadResult r = loadBytes(f, target);
        QCOMPARE(r.error->code, RdbErrc::BadMagic);
        QCOMPARE(r.error->offset, 0ull);
        r = loadBytes("", target);
        QCOMPARE(r.error->code, RdbErrc::BadMagic);
        r = loadBytes("GIF89a\x01\x02\x03\x04", target);
        QCOMPARE(r.error->code, RdbErrc::BadMagic);
    }

    void badVersionIsNamed()
    {
        MapLoadTarget target;
        std::string f = smallValidFile();
        f.replace(5, 4, "0011");
        RdbLoadResult r = loadBytes(f, target);
        QCOMPARE(r.error->code, RdbErrc::BadVersion);
        QCOMPARE(r.error->offset, 5ull);
        QVERIFY(r.error->message().find("Can't handle RDB format version 11") != std::string::npos);
        f.replace(5, 4, "00x1");
        QCOMPARE(loadBytes(f, target).error->code, RdbErrc::BadVersion);
        f.replace(5, 4, "0000");
        QCOMPARE(loadBytes(f, target).error->code, RdbErrc::BadVersion);
    }

    void everyTruncationIsAnErrorNeverACrash()
    {
        Sample sample;
        const std::string file = writeSample(sample, RdbWriterOptions{});
        // Every prefix of a small file, and a stride through the big one.
        const std::string small = smallValidFile();
        for (std::size_t n = 0; n < small.size(); ++n) {
            MapLoadTarget target;
            const RdbLoadResult r = loadBytes(small.substr(0, n), target);
            QVERIFY2(!r.ok(), qPrintable(QString("prefix %1 loaded").arg(n)));
            if (n >= 9)
                QCOMPARE(r.error->code, RdbErrc::Truncated);
        }
        for (std::size_t n = 9; n < file.size(); n += 97) {
            MapLoadTarget target;
            const RdbLoadResult r = loadBytes(file.substr(0, n), target);
            QVERIFY(!r.ok());
            QCOMPARE(r.error->code, RdbErrc::Truncated);
            QVERIFY(r.error->offset <= n);
        }
    }

    void badChecksumIsNamedAndZeroChecksumIsNotChecked()
    {
        std::string f = smallValidFile();
        const std::size_t valueAt = f.find("value");
        f[valueAt] = 'V';
        MapLoadTarget target;
        RdbLoadResult r = loadBytes(f, target);
        QCOMPARE(r.error->code, RdbErrc::BadChecksum);
        QCOMPARE(r.error->offset, std::uint64_t(f.size() - 8));
        QVERIFY(r.error->message().find("Wrong RDB checksum expected") != std::string::npos);
        RdbLoadOptions noCheck = quiet();
        noCheck.verifyChecksum = false;
        MapLoadTarget t2;
        QVERIFY(loadBytes(f, t2, noCheck).ok());
        f.replace(f.size() - 8, 8, std::string(8, '\0'));
        MapLoadTarget t3;
        r = loadBytes(f, t3);
        QVERIFY(r.ok());
        QVERIFY(!r.info.checksumChecked);
    }

    void badLengthAndEncodingAreNamed()
    {
        {
            std::string f = header();
            f += std::string("\x00\x82", 2); // string key whose length byte is not a length
            MapLoadTarget target;
            const RdbLoadResult r = loadBytes(sealFile(f), target);
            QCOMPARE(r.error->code, RdbErrc::BadLength);
            QCOMPARE(r.error->offset, 10ull);
        }
        {
            std::string f = header();
            addKey(f, kTypeHashListpack, "h");
            std::string lp = ListpackBuilder().finish();
            lp[0] = 9; // header size disagrees with the blob
            appendString(f, lp, false);
            MapLoadTarget target;
            const RdbLoadResult r = loadBytes(sealFile(f), target);
            QCOMPARE(r.error->code, RdbErrc::BadLength);
            QCOMPARE(r.error->offset, std::uint64_t(header().size() + 3));
            QVERIFY(r.error->message().find("listpack in 'h'") != std::string::npos);
        }
        {
            std::string f = header();
            f += "\x08"; // type 8 does not exist
            MapLoadTarget target;
            const RdbLoadResult r = loadBytes(sealFile(f), target);
            QCOMPARE(r.error->code, RdbErrc::UnknownType);
            QCOMPARE(r.error->offset, 9ull);
        }
        {
            std::string f = header();
            f += "\xf6"; // 7.0-rc function format
            MapLoadTarget target;
            QCOMPARE(loadBytes(sealFile(f), target).error->code, RdbErrc::Unsupported);
        }
    }

    void selectingAMissingDatabaseIsNamed()
    {
        std::string f = header();
        f += "\xfe";
        appendLength(f, 16);
        MapLoadTarget target(16);
        const RdbLoadResult r = loadBytes(sealFile(f), target);
        QCOMPARE(r.error->code, RdbErrc::BadDatabase);
        QCOMPARE(r.error->offset, 9ull);
    }

    void missingFileIsReportedAsMissing()
    {
        MapLoadTarget target;
        const RdbLoadResult r = loadRdbFile("/nonexistent/dir/dump.rdb", target, quiet());
        QVERIFY(r.fileMissing);
        QCOMPARE(r.error->code, RdbErrc::Io);
    }

    void dumpPayloadRoundTripsAndIsVerified()
    {
        HashValue h;
        h.set("a", "1");
        h.set("b", std::string(200, 'q'));
        const std::string p = dumpPayload(h, WriteOptions{});
        QVERIFY(verifyDumpPayload(p));
        QCOMPARE(p.substr(p.size() - 10, 2), std::string("\x0a\x00", 2));
        auto parsed = parseDumpPayload(p, "k");
        QVERIFY(std::holds_alternative<LoadedValue>(parsed));
        QCOMPARE(describe(std::get<LoadedValue>(parsed)),
                 std::string("hash:{a=1,b=") + std::string(200, 'q') + ",}");

        std::string bad = p;
        bad[3] ^= 1;
        QVERIFY(!verifyDumpPayload(bad));
        bad = p;
        bad[p.size() - 10] = 11; // a newer RDB version
        QVERIFY(!verifyDumpPayload(bad));
        QVERIFY(!verifyDumpPayload("short"));

        // Verified but damaged inside: a listpack with a wrong count, sealed with a good CRC.
        std::string body = std::string(1, char(kTypeHashListpack));
        std::string lp = ListpackBuilder().finish();
        lp[4] = 3;
        appendString(body, lp, false);
        appendUint16LE(body, 10);
        appendUint64LE(body, crc64(0, body.data(), body.size()));
        QVERIFY(verifyDumpPayload(body));
        QVERIFY(std::holds_alternative<RdbError>(parseDumpPayload(body, "k")));
    }
};

QTEST_GUILESS_MAIN(TstRdbRoundTrip)
#include "tst_rdb_roundtrip.moc"
