// The hiredis-backed codec: encoding is binary safe, the reader assembles replies fed byte by
// byte, nested arrays and nil keep their shape, and garbage is reported as a protocol error.
#include "client/resp_codec.h"

#include <QTest>

class TestRespCodec : public QObject
{
    Q_OBJECT
private slots:
    void encodesBinarySafeArguments()
    {
        const QByteArray value("a\0b\r\n\xff", 6);
        QCOMPARE(encodeCommand({"SET", "k", value}),
                 QByteArray("*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$6\r\n") + value + "\r\n");
        QCOMPARE(encodeCommand({"PING"}), QByteArray("*1\r\n$4\r\nPING\r\n"));
        QCOMPARE(encodeCommand({"SET", "k", ""}),
                 QByteArray("*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$0\r\n\r\n"));
    }

    void parsesEveryReplyTypeFedByteByByte()
    {
        static const char raw[] = "+OK\r\n-ERR bad thing\r\n:-42\r\n$3\r\na\0b\r\n$-1\r\n"
                                  "*3\r\n$6\r\nmaster\r\n:134\r\n*1\r\n*2\r\n$9\r\n127.0.0.1\r\n"
                                  "$5\r\n17002\r\n*-1\r\n*0\r\n";
        const QByteArray wire(raw, sizeof(raw) - 1);
        RespReader reader;
        QList<RespValue> replies;
        for (char c : wire) {
            reader.feed(&c, 1);
            while (auto v = reader.next())
                replies << *v;
        }
        QVERIFY(!reader.hasError());
        QCOMPARE(replies.size(), 8);
        QCOMPARE(replies[0], RespValue::status("OK"));
        QCOMPARE(replies[1].type(), RespValue::Type::Error);
        QCOMPARE(replies[1].errorCode(), QByteArray("ERR"));
        QCOMPARE(replies[2].toInteger(), -42);
        QCOMPARE(replies[3].bytes(), QByteArray("a\0b", 3));
        QVERIFY(replies[4].isNil());
        const RespValue &role = replies[5];
        QCOMPARE(role.size(), 3);
        QCOMPARE(role.at(0).bytes(), QByteArray("master"));
        QCOMPARE(role.at(2).at(0).at(1).toInt64(), 17002);
        QVERIFY(replies[6].isNil()); // *-1 is a nil array
        QVERIFY(replies[7].isArray());
        QCOMPARE(replies[7].size(), 0);
    }

    void emptyArrayIsAnArray()
    {
        RespReader reader;
        reader.feed("*0\r\n");
        const auto v = reader.next();
        QVERIFY(v.has_value());
        QVERIFY(v->isArray());
        QCOMPARE(v->size(), 0);
    }

    void nestingDeeperThanHiredisAcceptsStillParses()
    {
        // 12 levels: [[[[...[ "deep", 7 ]...]]]] then a plain status, fed in 3-byte chunks.
        QByteArray wire;
        for (int i = 0; i < 11; ++i)
            wire += "*1\r\n";
        wire += "*2\r\n$4\r\ndeep\r\n:7\r\n+OK\r\n";
        RespReader reader;
        QList<RespValue> replies;
        for (qsizetype i = 0; i < wire.size(); i += 3) {
            reader.feed(wire.mid(i, 3));
            while (auto v = reader.next())
                replies << *v;
        }
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QCOMPARE(replies.size(), 2);
        RespValue v = replies[0];
        for (int i = 0; i < 11; ++i) {
            QVERIFY(v.isArray());
            v = v.at(0);
        }
        QCOMPARE(v.size(), 2);
        QCOMPARE(v.at(0).bytes(), QByteArray("deep"));
        QCOMPARE(v.at(1).toInteger(), 7);
        QCOMPARE(replies[1], RespValue::status("OK"));
    }

    void garbageIsAProtocolError()
    {
        RespReader reader;
        reader.feed("HTTP/1.1 400 Bad Request\r\n");
        QVERIFY(!reader.next().has_value());
        QVERIFY(reader.hasError());
        QVERIFY(!reader.errorString().isEmpty());
        reader.reset();
        reader.feed("+PONG\r\n");
        QCOMPARE(reader.next()->bytes(), QByteArray("PONG"));
    }
};

QTEST_GUILESS_MAIN(TestRespCodec)
#include "tst_resp_codec.moc"
