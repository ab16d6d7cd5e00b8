// Byte-level specification of the RDB building blocks: CRC64, LZF, lengths, string and double
// encodings, and the compact blobs (listpack, ziplist, zipmap, intset), each checked against
// bytes a real Redis 7.0 writes (quoted in shared/reference/redis-replication.md §6) and against
// malformed input that must give a named error with its byte offset.
#include "persistence/crc64.h"
#include "persistence/intset.h"
#include "persistence/listpack.h"
#include "persistence/lzf.h"
#include "persistence/rdb_encoding.h"
#include "persistence/rdb_error.h"
#include "persistence/rdb_reader.h"
#include "persistence/ziplist.h"
#include "persistence/zipmap.h"

#include <QtTest>

#include <cmath>
#include <random>

using namespace rd;
using namespace rd::rdb;

namespace {

std::string hex(std::string_view text)
{
    std::string out;
    for (std::size_t i = 0; i + 1 < text.size();) {
        if (text[i] == ' ') {
            ++i;
            continue;
        }
        out.push_back(static_cast<char>(std::stoi(std::string(text.substr(i, 2)), nullptr, 16)));
        i += 2;
    }
    return out;
}

QByteArray toHex(const std::string &bytes)
{
    return QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size())).toHex();
}

// Runs fn and returns the RdbError it threw (fails the test when nothing was thrown).
template <typename Fn> RdbError expectError(Fn &&fn)
{
    try {
        fn();
    } catch (const RdbFormatError &e) {
        return e.error();
    }
    return RdbError{RdbErrc::Io, ~0ull, "no error was raised"};
}

std::string encodeString(std::string_view s, bool compress)
{
    std::string out;
    appendString(out, s, compress);
    return out;
}

} // namespace

class TstRdbPrimitives : public QObject
{
    Q_OBJECT

private slots:
    void crc64MatchesTheJonesCheckValue()
    {
        QCOMPARE(crc64(0, "123456789", 9), 0xe9c6d914c4b8d9caULL);
        QCOMPARE(crc64(0, "", 0), 0ULL);
    }

    void crc64ContinuesAcrossChunksAndAlignments()
    {
        std::string data(1000, '\0');
        std::mt19937 rng(7);
        for (char &c : data)
            c = static_cast<char>(rng());
        const std::uint64_t whole = crc64(0, data.data(), data.size());
        for (std::size_t split : {0u, 1u, 3u, 7u, 8u, 9u, 500u, 999u}) {
            const std::uint64_t first = crc64(0, data.data(), split);
            QCOMPARE(crc64(first, data.data() + split, data.size() - split), whole);
        }
        // The slicing-by-8 path agrees with the bytewise one (1-byte steps only use the table).
        std::uint64_t bytewise = 0;
        for (char c : data)
            bytewise = crc64(bytewise, &c, 1);
        QCOMPARE(bytewise, whole);
    }

    void lzfRoundTripsVariedInputs()
    {
        std::mt19937 rng(42);
        std::vector<std::string> inputs = {std::string(100, 'a'), "abcabcabcabcabcabcabcabcabc",
                                           std::string(70000, 'x')};
        std::string text;
        for (int i = 0; i < 5000; ++i)
            text += "item:" + std::to_string(i % 97) + ",";
        inputs.push_back(text);
        std::string noise(3000, '\0');
        for (char &c : noise)
            c = static_cast<char>(rng());
        inputs.push_back(noise + noise); // a repeat 3000 bytes back is inside the 8 KB window
        for (const std::string &in : inputs) {
            const std::string packed = lzfCompress(in, in.size() + in.size() / 16 + 64);
            QVERIFY(!packed.empty());
            std::string back;
            QVERIFY(lzfDecompress(packed, in.size(), back));
            QVERIFY(back == in);
        }
    }

    void lzfGivesUpWhenTheOutputWouldNotFit()
    {
        std::string noise(64, '\0');
        std::mt19937 rng(1);
        for (char &c : noise)
            c = static_cast<char>(rng());
        QVERIFY(lzfCompress(noise, noise.size() - 4).empty());
    }

    void lzfDecodesHandWrittenStream()
    {
        // literal "ab" (ctrl 1), then back-reference length 2+4=6, distance 2 -> "ababab".
        const std::string stream = hex("01 61 62 80 01");
        std::string out;
        QVERIFY(lzfDecompress(stream, 8, out));
        QCOMPARE(QByteArray::fromStdString(out), QByteArray("abababab"));
    }

    void lzfRejectsMalformedStreams()
    {
        std::string out;
        QVERIFY(!lzfDecompress(hex("05 61 62"), 6, out));       // literal runs past the input
        QVERIFY(!lzfDecompress(hex("00 61 20 05"), 4, out));    // reference before the start
        QVERIFY(!lzfDecompress(hex("01 61 62 80 01"), 5, out)); // output longer than expected
        QVERIFY(!lzfDecompress(hex("01 61 62"), 3, out));       // output shorter than expected
        QVERIFY(!lzfDecompress(hex("01 61 62 e0"), 10, out));   // long length byte missing
    }

    void lengthsUseTheFourWidths()
    {
        auto enc = [](std::uint64_t v) {
            std::string s;
            appendLength(s, v);
            return toHex(s);
        };
        QCOMPARE(enc(0), QByteArray("00"));
        QCOMPARE(enc(63), QByteArray("3f"));
        QCOMPARE(enc(64), QByteArray("4040"));
        QCOMPARE(enc(100), QByteArray("4064"));
        QCOMPARE(enc(16383), QByteArray("7fff"));
        QCOMPARE(enc(16384), QByteArray("8000004000"));
        QCOMPARE(enc(0xffffffffULL), QByteArray("80ffffffff"));
        QCOMPARE(enc(0x100000000ULL), QByteArray("810000000100000000"));
        for (std::uint64_t v :
             {0ull, 63ull, 64ull, 16383ull, 16384ull, 0xffffffffull, 1ull << 40}) {
            std::string s;
            appendLength(s, v);
            MemorySource src(s);
            RdbReader r(src);
            QCOMPARE(r.readLength("test"), v);
            QVERIFY(r.atEnd());
        }
    }

    void stringsAreIntEncodedOnlyWhenCanonical()
    {
        QCOMPARE(toHex(encodeString("64", false)), QByteArray("c040"));    // redis-bits
        QCOMPARE(toHex(encodeString("190", false)), QByteArray("c1be00")); // repl-offset
        QCOMPARE(toHex(encodeString("-1", false)), QByteArray("c0ff"));
        QCOMPARE(toHex(encodeString("70000", false)), QByteArray("c270110100"));
        QCOMPARE(toHex(encodeString("007", false)), QByteArray("03303037"));
        QCOMPARE(toHex(encodeString("+1", false)), QByteArray("022b31"));
        QCOMPARE(toHex(encodeString("-0", false)), QByteArray("022d30"));
        // Fits no 32-bit slot, and too long for the integer attempt: stays raw.
        QCOMPARE(encodeString("12345678901234", false).substr(0, 1), std::string(1, '\x0e'));
        QCOMPARE(toHex(encodeString("4294967296", false)), QByteArray("0a34323934393637323936"));
    }

    void longCompressibleStringsUseLzf()
    {
        const std::string value(100, 'x');
        const std::string enc = encodeString(value, true);
        QCOMPARE(static_cast<unsigned char>(enc[0]), 0xc3u);
        // Observed header for a 100-byte value: c3 <clen> 40 64 (ulen 100 as a 14-bit length).
        QCOMPARE(toHex(enc.substr(2, 2)), QByteArray("4064"));
        MemorySource src(enc);
        RdbReader r(src);
        QVERIFY(r.readString("v") == value);
        QVERIFY(r.atEnd());
        // Twenty bytes or fewer, or without compression: raw.
        QCOMPARE(encodeString(std::string(20, 'x'), true)[0], '\x14');
        QCOMPARE(encodeString(value, false)[0], '\x40');
    }

    void readerDecodesEveryStringEncoding()
    {
        const std::string bytes = hex("c0 85 c1 39 30 c2 00 00 00 80 03 61 62 63");
        MemorySource src(bytes);
        RdbReader r(src);
        QCOMPARE(r.readString("a"), std::string("-123"));
        QCOMPARE(r.readString("b"), std::string("12345"));
        QCOMPARE(r.readString("c"), std::string("-2147483648"));
        QCOMPARE(r.readString("d"), std::string("abc"));
        QCOMPARE(r.offset(), std::uint64_t(bytes.size()));
    }

    void doublesBinaryAndAscii()
    {
        std::string s;
        appendBinaryDouble(s, 1.5);
        QCOMPARE(toHex(s), QByteArray("000000000000f83f"));
        s.clear();
        appendAsciiDouble(s, 2.5);
        appendAsciiDouble(s, INFINITY);
        appendAsciiDouble(s, -INFINITY);
        appendAsciiDouble(s, NAN);
        appendAsciiDouble(s, 0.1);
        QCOMPARE(toHex(s.substr(0, 4)), QByteArray("03322e35"));
        QCOMPARE(toHex(s.substr(4, 3)), QByteArray("fefffd"));
        MemorySource src(s);
        RdbReader r(src);
        QCOMPARE(r.readAsciiDouble("a"), 2.5);
        QCOMPARE(r.readAsciiDouble("b"), double(INFINITY));
        QCOMPARE(r.readAsciiDouble("c"), -double(INFINITY));
        QVERIFY(std::isnan(r.readAsciiDouble("d")));
        QCOMPARE(r.readAsciiDouble("e"), 0.1); // %.17g round-trips exactly
    }

    void truncatedInputNamesTheOffset()
    {
        const std::string bytes = hex("05 61 62"); // claims 5 bytes, has 2
        MemorySource src(bytes);
        RdbReader r(src);
        const RdbError e = expectError([&] { r.readString("key"); });
        QCOMPARE(e.code, RdbErrc::Truncated);
        QCOMPARE(e.offset, 1ull);
        QVERIFY(e.message().find("truncated at byte offset 1") == 0);
    }

    void hugeLengthIsTruncatedNotAnAllocation()
    {
        const std::string bytes = hex("81 00 00 10 00 00 00 00 00 61"); // 2^44 bytes claimed
        MemorySource src(bytes);
        RdbReader r(src);
        QCOMPARE(expectError([&] { r.readString("key"); }).code, RdbErrc::Truncated);
    }

    void unknownLengthAndStringEncodingsAreNamed()
    {
        {
            const std::string bytes = hex("00 82 00");
            MemorySource src(bytes);
            RdbReader r(src);
            r.readByte("pad");
            const RdbError e = expectError([&] { r.readLength("len"); });
            QCOMPARE(e.code, RdbErrc::BadLength);
            QCOMPARE(e.offset, 1ull);
        }
        {
            const std::string bytes = hex("c4 00");
            MemorySource src(bytes);
            RdbReader r(src);
            QCOMPARE(expectError([&] { r.readString("s"); }).code, RdbErrc::BadEncoding);
        }
        {
            const std::string bytes = hex("c0 01"); // an encoded string where a length belongs
            MemorySource src(bytes);
            RdbReader r(src);
            QCOMPARE(expectError([&] { r.readLength("n"); }).code, RdbErrc::BadLength);
        }
        {
            // LZF claiming 1 MB out of 3 bytes is impossible (LZF expands at most ~88x).
            const std::string bytes = hex("c3 03 80 00 10 00 00 01 61 62");
            MemorySource src(bytes);
            RdbReader r(src);
            QCOMPARE(expectError([&] { r.readString("s"); }).code, RdbErrc::BadLength);
        }
        {
            const std::string bytes = hex("c3 03 05 05 61 62 63"); // literal says 6, has 3
            MemorySource src(bytes);
            RdbReader r(src);
            QCOMPARE(expectError([&] { r.readString("s"); }).code, RdbErrc::BadEncoding);
        }
    }

    void readerCrcCoversConsumedBytesAcrossRefills()
    {
        std::string data(200000, '\0');
        for (std::size_t i = 0; i < data.size(); ++i)
            data[i] = static_cast<char>(i * 31);
        MemorySource src(data);
        RdbReader r(src);
        r.skipBytes(70000, "a");
        r.readBytes(100000, "b");
        QCOMPARE(r.crc(), crc64(0, data.data(), 170000));
    }

    void listpackMatchesRedis()
    {
        // l:small [a,b,c,1,-2,300,70000] as a 7.0.15 quicklist node (reference §6.3).
        const std::string observed =
            hex("1d000000 0700 816102 816202 816302 0101 dffe02 c12c02 f270110104 ff");
        ListpackBuilder b;
        for (const char *e : {"a", "b", "c", "1", "-2", "300", "70000"})
            b.append(e);
        QCOMPARE(toHex(b.finish()), toHex(observed));
        const auto elements = decodeListpack(observed, 0, "l:small");
        QCOMPARE(elements.size(), 7u);
        QCOMPARE(elements[4], std::string("-2"));
        QCOMPARE(elements[6], std::string("70000"));
        // hash {f1:v1,f2:2,f3:-300} (reference §6.5).
        const std::string hash =
            hex("1c000000 0600 826631 03 827631 03 826632 03 0201 826633 03 ded402 ff");
        const auto fields = decodeListpack(hash, 0, "h");
        QCOMPARE(fields.size(), 6u);
        QCOMPARE(fields[5], std::string("-300"));
    }

    void listpackRoundTripsEveryEntryWidth()
    {
        const std::vector<std::string> values = {"0",
                                                 "127",
                                                 "128",
                                                 "-4096",
                                                 "4095",
                                                 "4096",
                                                 "-32768",
                                                 "32767",
                                                 "8388607",
                                                 "-8388608",
                                                 "2147483647",
                                                 "-2147483648",
                                                 "9223372036854775807",
                                                 "-9223372036854775808",
                                                 std::string(63, 's'),
                                                 std::string(64, 'm'),
                                                 std::string(4095, 'l'),
                                                 std::string(4096, 'x'),
                                                 std::string(20000, 'y'),
                                                 "",
                                                 "01",
                                                 "1.5"};
        ListpackBuilder b;
        for (const auto &v : values)
            b.append(v);
        const std::string blob = b.finish();
        QCOMPARE(b.bytes(), blob.size());
        QVERIFY(decodeListpack(blob, 0, "t") == values);
    }

    void listpackDamageIsDetected()
    {
        const std::string good =
            hex("1d000000 0700 816102 816202 816302 0101 dffe02 c12c02 f270110104 ff");
        std::string bad = good;
        bad[0] = 0x1e;
        QCOMPARE(expectError([&] { decodeListpack(bad, 77, "k"); }).code, RdbErrc::BadLength);
        bad = good;
        bad[8] = 0x03; // backlen of "a"
        const RdbError e = expectError([&] { decodeListpack(bad, 77, "k"); });
        QCOMPARE(e.code, RdbErrc::BadEncoding);
        QCOMPARE(e.offset, 77ull);
        bad = good;
        bad[4] = 0x08; // count 8
        QCOMPARE(expectError([&] { decodeListpack(bad, 0, "k"); }).code, RdbErrc::BadLength);
        bad = good;
        bad[good.size() - 1] = 0x00;
        QCOMPARE(expectError([&] { decodeListpack(bad, 0, "k"); }).code, RdbErrc::BadEncoding);
        bad = good;
        bad[6] = static_cast<char>(0xf7); // no such entry encoding
        QCOMPARE(expectError([&] { decodeListpack(bad, 0, "k"); }).code, RdbErrc::BadEncoding);
    }

    void intsetMatchesRedis()
    {
        // {-7,1,2,3,100} (reference §6.5).
        const std::string observed = hex("02000000 05000000 f9ff 0100 0200 0300 6400");
        QCOMPARE(toHex(encodeIntset({-7, 1, 2, 3, 100})), toHex(observed));
        QVERIFY((decodeIntset(observed, 0, "s") == std::vector<std::int64_t>{-7, 1, 2, 3, 100}));
        QCOMPARE(encodeIntset({1, 70000})[0], '\x04');
        QCOMPARE(encodeIntset({-1, 1ll << 40})[0], '\x08');
        const std::vector<std::int64_t> wide = {INT64_MIN, -5, INT64_MAX};
        QVERIFY(decodeIntset(encodeIntset(wide), 0, "s") == wide);
    }

    void intsetDamageIsDetected()
    {
        QCOMPARE(expectError([] { decodeIntset(hex("03000000 01000000 010000"), 0, "s"); }).code,
                 RdbErrc::BadEncoding);
        QCOMPARE(expectError([] { decodeIntset(hex("02000000 03000000 0100 0200"), 0, "s"); }).code,
                 RdbErrc::BadLength);
        QCOMPARE(expectError([] { decodeIntset(hex("02000000 02000000 0200 0100"), 0, "s"); }).code,
                 RdbErrc::BadEncoding);
        QCOMPARE(expectError([] { decodeIntset(hex("0200"), 0, "s"); }).code, RdbErrc::BadLength);
    }

    void ziplistDecodesEveryEncoding()
    {
        // "a" | immediate 12 | int8 -5 | int16 1000 | int24 -70000 | int32 | int64 | 70-byte string
        std::string body;
        std::vector<std::string> entries;
        std::size_t prev = 0;
        std::size_t last = 10;
        auto add = [&](const std::string &encAndData, const std::string &expect) {
            last = 10 + body.size();
            std::string e;
            e.push_back(static_cast<char>(prev));
            e += encAndData;
            body += e;
            prev = e.size();
            entries.push_back(expect);
        };
        add(hex("01 61"), "a");
        add(hex("fd"), "12");
        add(hex("fe fb"), "-5");
        add(hex("c0 e8 03"), "1000");
        add(hex("f0 90 ee fe"), "-70000");
        add(hex("d0 00 00 00 80"), "-2147483648");
        add(hex("e0 ff ff ff ff ff ff ff 7f"), "9223372036854775807");
        add(std::string("\x40\x46", 2) + std::string(70, 'z'), std::string(70, 'z'));
        std::string zl;
        appendUint32LE(zl, static_cast<std::uint32_t>(10 + body.size() + 1));
        appendUint32LE(zl, static_cast<std::uint32_t>(last));
        appendUint16LE(zl, static_cast<std::uint16_t>(entries.size()));
        zl += body;
        zl.push_back('\xff');
        QVERIFY(decodeZiplist(zl, 0, "z") == entries);

        std::string bad = zl;
        bad[10 + 3] = 0x05; // prevlen of the second entry
        QCOMPARE(expectError([&] { decodeZiplist(bad, 0, "z"); }).code, RdbErrc::BadEncoding);
        bad = zl;
        bad[4] = 0x0b; // zltail
        QCOMPARE(expectError([&] { decodeZiplist(bad, 0, "z"); }).code, RdbErrc::BadEncoding);
        bad = zl;
        bad[8] = 0x09; // zllen
        QCOMPARE(expectError([&] { decodeZiplist(bad, 0, "z"); }).code, RdbErrc::BadLength);
        QCOMPARE(expectError([&] { decodeZiplist(zl.substr(0, 20), 0, "z"); }).code,
                 RdbErrc::BadLength);
    }

    void zipmapDecodesPairsAndSkipsFreeBytes()
    {
        const std::string zm =
            hex("02 03 666f6f 03 00 626172 05 68656c6c6f 05 02 776f726c64 0000 ff");
        const std::vector<std::string> expect = {"foo", "bar", "hello", "world"};
        QVERIFY(decodeZipmap(zm, 0, "h") == expect);
        QCOMPARE(expectError([&] { decodeZipmap(zm.substr(0, zm.size() - 1), 0, "h"); }).code,
                 RdbErrc::BadEncoding);
        std::string bad = zm;
        bad[0] = 0x03;
        QCOMPARE(expectError([&] { decodeZipmap(bad, 0, "h"); }).code, RdbErrc::BadLength);
    }

    void canonicalIntegerFollowsString2ll()
    {
        QCOMPARE(canonicalInteger("0"), std::optional<std::int64_t>(0));
        QCOMPARE(canonicalInteger("-9223372036854775808"), std::optional<std::int64_t>(INT64_MIN));
        QVERIFY(!canonicalInteger("9223372036854775808"));
        QVERIFY(!canonicalInteger("00"));
        QVERIFY(!canonicalInteger("-0"));
        QVERIFY(!canonicalInteger(""));
        QVERIFY(!canonicalInteger("-"));
        QVERIFY(!canonicalInteger("1 "));
        QVERIFY(!canonicalInteger("1e3"));
    }
};

QTEST_GUILESS_MAIN(TstRdbPrimitives)
#include "tst_rdb_primitives.moc"
