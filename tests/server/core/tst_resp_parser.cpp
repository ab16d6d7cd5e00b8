// RespParser as a pure function of the bytes: every request gives the same commands (or the same
// error) whether it arrives whole or one byte at a time, with Redis 7.0's error texts.
#include "net/resp_parser.h"

#include <QtTest>

using rd::Argv;
using rd::RespParser;

namespace {

struct Outcome
{
    QList<QByteArrayList> commands;
    QByteArray error; // empty if none
};

// Feeds `input` in pieces of `chunk` bytes, as a connection would, keeping the unconsumed tail.
Outcome parseInChunks(const QByteArray &input, int chunk, RespParser::Limits limits = {})
{
    Outcome out;
    RespParser parser;
    Argv argv;
    std::string buffer;
    int fed = 0;
    while (fed < input.size() || !buffer.empty()) {
        if (fed < input.size()) {
            const int n = std::min<int>(chunk, int(input.size()) - fed);
            buffer.append(input.constData() + fed, size_t(n));
            fed += n;
        }
        bool progressed = false;
        for (;;) {
            size_t used = 0;
            const auto st = parser.feed(buffer.data(), buffer.size(), used, argv, limits);
            buffer.erase(0, used);
            if (st == RespParser::Status::Error) {
                out.error = QByteArray::fromStdString(parser.errorText());
                return out;
            }
            if (st == RespParser::Status::NeedMore)
                break;
            QByteArrayList cmd;
            for (const std::string &a : argv)
                cmd << QByteArray::fromStdString(a);
            out.commands << cmd;
            argv.clear();
            progressed = true;
        }
        if (fed >= input.size() && !progressed)
            break;
    }
    return out;
}

} // namespace

class TstRespParser : public QObject
{
    Q_OBJECT

private slots:
    void sameResultWholeOrByteByByte_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QList<QByteArrayList>>("commands");
        QTest::addColumn<QByteArray>("error");
        using L = QList<QByteArrayList>;
        QTest::newRow("multibulk")
            << QByteArray("*2\r\n$3\r\nGET\r\n$1\r\nk\r\n") << L{{"GET", "k"}} << QByteArray();
        QTest::newRow("pipeline") << QByteArray(
                                         "*1\r\n$4\r\nPING\r\n*2\r\n$4\r\nECHO\r\n$0\r\n\r\n")
                                  << L{{"PING"}, {"ECHO", ""}} << QByteArray();
        QTest::newRow("binary payload")
            << QByteArray("*2\r\n$4\r\nECHO\r\n$4\r\n\r\n\0\xff\r\n", 28)
            << L{{"ECHO", QByteArray("\r\n\0\xff", 4)}} << QByteArray();
        QTest::newRow("inline") << QByteArray("SET k \"a b\\x41\"\r\n") << L{{"SET", "k", "a bA"}}
                                << QByteArray();
        QTest::newRow("inline lf only") << QByteArray("ping\n") << L{{"ping"}} << QByteArray();
        QTest::newRow("empty lines skipped")
            << QByteArray("\r\n\r\nPING\r\n") << L{{"PING"}} << QByteArray();
        QTest::newRow("empty multibulk skipped")
            << QByteArray("*0\r\n*-1\r\n*1\r\n$4\r\nPING\r\n") << L{{"PING"}} << QByteArray();
        QTest::newRow("trailer not checked (as Redis)")
            << QByteArray("*1\r\n$4\r\nPINGxx*1\r\n$4\r\nPING\r\n") << L{{"PING"}, {"PING"}}
            << QByteArray();
        QTest::newRow("bad count") << QByteArray("*a\r\n") << L{}
                                   << QByteArray("Protocol error: invalid multibulk length");
        QTest::newRow("count too large") << QByteArray("*3000000000\r\n") << L{}
                                         << QByteArray("Protocol error: invalid multibulk length");
        QTest::newRow("expected dollar") << QByteArray("*1\r\nx\r\n") << L{}
                                         << QByteArray("Protocol error: expected '$', got 'x'");
        QTest::newRow("negative bulk") << QByteArray("*1\r\n$-1\r\n") << L{}
                                       << QByteArray("Protocol error: invalid bulk length");
        QTest::newRow("bulk over proto-max-bulk-len")
            << QByteArray("*1\r\n$600000000\r\n") << L{}
            << QByteArray("Protocol error: invalid bulk length");
        QTest::newRow("unbalanced quotes")
            << QByteArray("PING \"a\r\n") << L{}
            << QByteArray("Protocol error: unbalanced quotes in request");
        QTest::newRow("commands before an error are kept")
            << QByteArray("PING\r\n*x\r\n") << L{{"PING"}}
            << QByteArray("Protocol error: invalid multibulk length");
    }

    void sameResultWholeOrByteByByte()
    {
        QFETCH(QByteArray, input);
        QFETCH(QList<QByteArrayList>, commands);
        QFETCH(QByteArray, error);
        for (int chunk : {int(input.size()), 1, 2, 3, 7}) {
            const Outcome o = parseInChunks(input, chunk);
            QCOMPARE(o.commands, commands);
            QCOMPARE(o.error, error);
        }
    }

    void unauthenticatedClientsHaveTighterLimits()
    {
        RespParser::Limits limits;
        limits.authenticated = false;
        QCOMPARE(parseInChunks("*11\r\n", 64, limits).error,
                 QByteArray("Protocol error: unauthenticated multibulk length"));
        QCOMPARE(parseInChunks("*2\r\n$4\r\nAUTH\r\n$16385\r\n", 64, limits).error,
                 QByteArray("Protocol error: unauthenticated bulk length"));
        QVERIFY(parseInChunks("*10\r\n", 64, limits).error.isEmpty());
    }

    void longLinesWithoutNewlineAreRefused()
    {
        const QByteArray inlineJunk(70 * 1024, 'a');
        QCOMPARE(parseInChunks(inlineJunk, 4096).error,
                 QByteArray("Protocol error: too big inline request"));
        QCOMPARE(parseInChunks("*" + QByteArray(70 * 1024, '1'), 4096).error,
                 QByteArray("Protocol error: too big mbulk count string"));
        QCOMPARE(parseInChunks("*1\r\n$" + QByteArray(70 * 1024, '1'), 4096).error,
                 QByteArray("Protocol error: too big bulk count string"));
    }

    void largeArgumentArrivingInPiecesIsParsedOnce()
    {
        const QByteArray big(1 << 20, 'x');
        const QByteArray req =
            "*2\r\n$4\r\nECHO\r\n$" + QByteArray::number(big.size()) + "\r\n" + big + "\r\n";
        const Outcome o = parseInChunks(req, 16 * 1024);
        QVERIFY(o.error.isEmpty());
        QCOMPARE(o.commands.size(), 1);
        QCOMPARE(o.commands[0][1].size(), big.size());
    }
};

QTEST_GUILESS_MAIN(TstRespParser)
#include "tst_resp_parser.moc"
