// Small hashes are stored packed (Redis's listpack): insertion order, conversion to a table at
// the same points as Redis 7.0 (entries and value limits, checked on every write, never back),
// and a few bytes per field. Every reply is compared exactly with redis-server, order included.
#include "differential.h"

#include <QtTest>

using namespace rdtest;
using namespace rdtest::types;

namespace {

qint64 usedMemory(RespTestClient &c)
{
    const QByteArray info = c.command({"INFO", "memory"}).text;
    for (const QByteArray &line : info.split('\n'))
        if (line.startsWith("used_memory:"))
            return line.mid(12).trimmed().toLongLong();
    return -1;
}

} // namespace

class TstCompactEncoding : public QObject
{
    Q_OBJECT

private slots:
    void packedHashKeepsInsertionOrder()
    {
        DifferentialPair p;
        QVERIFY2(p.start(), qPrintable(p.lastError()));
        RD_SAME_SCRIPT(p, "HSET h c 1 a 2 b 3\n"
                          "HGETALL h\n"
                          "HSET h a 20\n"
                          "HDEL h c\n"
                          "HSET h d 4 c 5\n"
                          "HKEYS h\n"
                          "HVALS h\n"
                          "HGETALL h\n"
                          "HSCAN h 0\n"
                          "HRANDFIELD h 10 WITHVALUES\n"
                          "HINCRBY h n 7\n"
                          "HINCRBYFLOAT h n 0.5\n"
                          "HSTRLEN h n\n"
                          "HMGET h a b nope c\n"
                          "HSETNX h a 1\n"
                          "HLEN h\n"
                          "OBJECT ENCODING h\n"
                          "HDEL h a b c d n\n"
                          "EXISTS h\n");
    }

    void convertsAtRedisLimitsAndNeverBack()
    {
        DifferentialPair p;
        QVERIFY2(p.start({QStringLiteral("hash-max-listpack-entries 4"),
                          QStringLiteral("hash-max-listpack-value 8")}),
                 qPrintable(p.lastError()));
        RD_SAME_SCRIPT(p, "HSET h f1 v1 f2 v2 f3 v3 f4 v4\n"
                          "OBJECT ENCODING h\n"
                          "HSET h f5 v5\n"
                          "OBJECT ENCODING h\n"
                          "HDEL h f1 f2 f3 f4\n"
                          "OBJECT ENCODING h\n"
                          "HSET v f 12345678\n"
                          "OBJECT ENCODING v\n"
                          "HSET v f 123456789\n"
                          "OBJECT ENCODING v\n"
                          "HSET k 123456789 x\n"
                          "OBJECT ENCODING k\n"
                          "HSET s a 1 b 2 c 3\n"
                          "CONFIG SET hash-max-listpack-entries 2\n"
                          "OBJECT ENCODING s\n"
                          "HGET s a\n"
                          "OBJECT ENCODING s\n"
                          "HSET s a 9\n"
                          "OBJECT ENCODING s\n");
        RD_SAME(p, {"HGETALL", "h"}, Match::UnorderedPairs);
        RD_SAME(p, {"HGETALL", "s"}, Match::UnorderedPairs);
    }

    void copyDumpAndDigestOfAPackedHash()
    {
        DifferentialPair p;
        QVERIFY2(p.start({QStringLiteral("enable-debug-command yes")}), qPrintable(p.lastError()));
        RD_SAME_SCRIPT(p, "HSET h x 1 y 2 z 3\n"
                          "COPY h h2\n"
                          "HSET h2 w 0\n"
                          "HGETALL h\n"
                          "HGETALL h2\n"
                          "DEBUG DIGEST-VALUE h h2\n"
                          "RENAME h2 h3\n"
                          "HGETALL h3\n");
        // A packed hash survives DUMP/RESTORE across both servers.
        const RespReply dump = p.node().command({"DUMP", "h"});
        QCOMPARE(dump.type, RespReply::Type::Bulk);
        QCOMPARE(p.redis().command({"RESTORE", "fromnode", "0", dump.text}).text, QByteArray("OK"));
        QCOMPARE(render(p.redis().command({"HGETALL", "fromnode"})),
                 render(p.node().command({"HGETALL", "h"})));
        QCOMPARE(p.redis().command({"OBJECT", "ENCODING", "fromnode"}).text,
                 QByteArray("listpack"));
    }

    void smallHashesCostNoMoreThanRedis()
    {
        DifferentialPair p;
        QVERIFY2(p.start(), qPrintable(p.lastError()));
        const qint64 node0 = usedMemory(p.node()), redis0 = usedMemory(p.redis());
        const int keys = 2000;
        for (RespTestClient *c : {&p.node(), &p.redis()}) {
            QByteArray batch;
            for (int i = 0; i < keys; ++i) {
                QList<QByteArray> argv{"HSET", "h:" + QByteArray::number(i)};
                for (int f = 0; f < 10; ++f)
                    argv << "field:" + QByteArray::number(f)
                         << "value:" + QByteArray::number(i * f);
                batch += RespTestClient::encode(argv);
            }
            c->sendRaw(batch);
            for (int i = 0; i < keys; ++i)
                QCOMPARE(c->readReply().integer, 10);
        }
        const double nodePerKey = double(usedMemory(p.node()) - node0) / keys;
        const double redisPerKey = double(usedMemory(p.redis()) - redis0) / keys;
        QVERIFY2(nodePerKey <= redisPerKey * 1.05,
                 qPrintable(QStringLiteral("node %1 bytes per hash, redis %2")
                                .arg(nodePerKey)
                                .arg(redisPerKey)));
        RD_SAME(p, {"HGETALL", "h:1999"});
    }
};

QTEST_GUILESS_MAIN(TstCompactEncoding)
#include "tst_compact_encoding.moc"
