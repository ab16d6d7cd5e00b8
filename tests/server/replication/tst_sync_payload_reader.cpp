// The full-sync payload in both forms, fed whole and byte by byte.
#include "replication/sync_payload_reader.h"

#include <QTest>

using namespace rd::repl;

namespace {

struct Outcome
{
    SyncPayloadReader::Status status = SyncPayloadReader::Status::NeedMore;
    std::string payload;
    std::string rest; // bytes after the payload (the command stream)
};

Outcome feedInPieces(SyncPayloadReader &r, const std::string &input, std::size_t piece)
{
    Outcome o;
    std::size_t pos = 0;
    while (pos < input.size()) {
        const std::string_view chunk = std::string_view(input).substr(pos, piece);
        const auto step = r.feed(chunk, [&](std::string_view p) { o.payload.append(p); });
        o.status = step.status;
        if (step.status != SyncPayloadReader::Status::NeedMore) {
            o.rest = input.substr(pos + step.consumed);
            return o;
        }
        QTest::qVerify(step.consumed == chunk.size(), "consumed", "", __FILE__, __LINE__);
        pos += chunk.size();
    }
    return o;
}

std::string fakeRdb(std::size_t n)
{
    std::string s = "REDIS0010";
    for (std::size_t i = 0; s.size() < n; ++i)
        s.push_back(char(i * 31 + 7));
    return s;
}

} // namespace

class TstSyncPayloadReader : public QObject
{
    Q_OBJECT
private slots:
    void lengthFormStopsExactlyAtTheLastRdbByte_data()
    {
        QTest::addColumn<int>("piece");
        QTest::newRow("byte by byte") << 1;
        QTest::newRow("7 bytes") << 7;
        QTest::newRow("whole") << 1000000;
    }
    void lengthFormStopsExactlyAtTheLastRdbByte()
    {
        QFETCH(int, piece);
        const std::string rdb = fakeRdb(224);
        const std::string stream = "*1\r\n$4\r\nping\r\n";
        SyncPayloadReader r;
        const Outcome o = feedInPieces(r, "\n\n$224\r\n" + rdb + stream, std::size_t(piece));
        QCOMPARE(o.status, SyncPayloadReader::Status::Done);
        QCOMPARE(o.payload, rdb);
        QCOMPARE(o.rest, stream);
        QCOMPARE(r.keepalives(), 2);
        QVERIFY(!r.eofForm());
        QCOMPARE(r.totalBytes(), 224);
        QCOMPARE(r.readBytes(), 224);
        QCOMPARE(r.message(),
                 std::string("MASTER <-> REPLICA sync: receiving 224 bytes from master to disk"));
    }

    void eofFormCutsTheMarkEvenWhenItArrivesInPieces_data()
    {
        QTest::addColumn<int>("piece");
        QTest::newRow("byte by byte") << 1;
        QTest::newRow("13 bytes") << 13;
        QTest::newRow("39 bytes") << 39;
        QTest::newRow("whole") << 1000000;
    }
    void eofFormCutsTheMarkEvenWhenItArrivesInPieces()
    {
        QFETCH(int, piece);
        const std::string mark(40, 'f');
        const std::string rdb = fakeRdb(5000);
        SyncPayloadReader r;
        const Outcome o =
            feedInPieces(r, "$EOF:" + mark + "\r\n" + rdb + mark + "AFTER", std::size_t(piece));
        QCOMPARE(o.status, SyncPayloadReader::Status::Done);
        QCOMPARE(o.payload.size(), rdb.size());
        QVERIFY(o.payload == rdb);
        QCOMPARE(o.rest, std::string("AFTER"));
        QVERIFY(r.eofForm());
        QCOMPARE(r.totalBytes(), 0);
        QCOMPARE(r.readBytes(), std::int64_t(rdb.size()));
        QCOMPARE(r.message(), std::string("MASTER <-> REPLICA sync: receiving streamed RDB from "
                                          "master with EOF to disk"));
    }

    void anEmptyLengthPayloadIsDoneAtOnce()
    {
        SyncPayloadReader r;
        const Outcome o = feedInPieces(r, "$0\r\nrest", 100);
        QCOMPARE(o.status, SyncPayloadReader::Status::Done);
        QCOMPARE(o.rest, std::string("rest"));
    }

    void anErrorLineMeansTheMasterAborted()
    {
        SyncPayloadReader r;
        const Outcome o = feedInPieces(r, "\n-NOAUTH Authentication required.\r\n", 3);
        QCOMPARE(o.status, SyncPayloadReader::Status::Error);
        QVERIFY(r.masterAborted());
        QCOMPARE(r.message(),
                 std::string(
                     "MASTER aborted replication with an error: NOAUTH Authentication required."));
    }

    void anythingElseIsBadProtocol()
    {
        SyncPayloadReader r;
        const Outcome o = feedInPieces(r, "+PONG\r\n", 100);
        QCOMPARE(o.status, SyncPayloadReader::Status::Error);
        QVERIFY(!r.masterAborted());
        QCOMPARE(r.message(), std::string("Bad protocol from MASTER, the first byte is not '$' (we "
                                          "received '+PONG'), are you sure the host and port are "
                                          "right?"));
    }
};

QTEST_GUILESS_MAIN(TstSyncPayloadReader)
#include "tst_sync_payload_reader.moc"
