// Bytes shown as text and typed back: valid UTF-8 stays readable, anything else is escaped like
// redis-cli, and every byte string survives the round trip.
#include "model/keys/byte_text.h"

#include <QTest>

class ByteTextTest : public QObject
{
    Q_OBJECT
private slots:
    void utf8StaysReadableAndBinaryIsEscaped()
    {
        QCOMPARE(bytesToDisplayText("hello"), QStringLiteral("hello"));
        QCOMPARE(bytesToDisplayText("你好"), QStringLiteral("你好"));
        QCOMPARE(bytesToDisplayText(QByteArray("a\xff\x00z", 4)), QStringLiteral("a\\xff\\x00z"));
        QCOMPARE(bytesToDisplayText("line\nnext"), QStringLiteral("line\\nnext"));
        QCOMPARE(bytesToDisplayText("line\nnext", TextLayout::MultiLine),
                 QStringLiteral("line\nnext"));
        QCOMPARE(bytesToDisplayText("back\\slash"), QStringLiteral("back\\\\slash"));
        // A truncated multi-byte sequence is not UTF-8.
        QCOMPARE(bytesToDisplayText("\xe4\xbd"), QStringLiteral("\\xe4\\xbd"));
    }

    void everyByteStringRoundTrips()
    {
        QByteArray all;
        for (int i = 0; i < 256; ++i)
            all += char(i);
        const QList<QByteArray> samples{
            all, "plain", "\\x41 is not A", QByteArray("\0", 1), "中文\xff\xfe", "tab\there\r\n"};
        for (const QByteArray &sample : samples) {
            for (TextLayout layout : {TextLayout::SingleLine, TextLayout::MultiLine}) {
                const auto back = displayTextToBytes(bytesToDisplayText(sample, layout));
                QVERIFY(back.has_value());
                QCOMPARE(*back, sample);
            }
        }
    }

    void typedEscapesBecomeBytes()
    {
        QCOMPARE(*displayTextToBytes(QStringLiteral("\\x00\\x41\\n")), QByteArray("\0A\n", 3));
        QCOMPARE(*displayTextToBytes(QStringLiteral("c:\\path")), QByteArray("c:\\path"));
        QVERIFY(!displayTextToBytes(QStringLiteral("bad \\xZZ")).has_value());
        QVERIFY(!displayTextToBytes(QStringLiteral("short \\x4")).has_value());
    }

    void hexDumpParsesBack()
    {
        QByteArray bytes;
        for (int i = 0; i < 40; ++i)
            bytes += char(i * 7);
        const QString dump = hexDump(bytes);
        QVERIFY(dump.startsWith(QStringLiteral("00000000  00 07 0e")));
        QCOMPARE(*parseHex(dump), bytes);
        QCOMPARE(*parseHex(QStringLiteral("de ad BE EF")), QByteArray("\xde\xad\xbe\xef"));
        QVERIFY(!parseHex(QStringLiteral("abc")).has_value());
        QVERIFY(!parseHex(QStringLiteral("zz")).has_value());
    }

    void printableTextDetection()
    {
        QVERIFY(isPrintableText("{\"a\": 1}\n"));
        QVERIFY(isPrintableText("中文"));
        QVERIFY(!isPrintableText(QByteArray("a\0b", 3)));
        QVERIFY(!isPrintableText("\xff"));
    }
};

QTEST_GUILESS_MAIN(ByteTextTest)
#include "tst_byte_text.moc"
