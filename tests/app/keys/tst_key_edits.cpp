// Editing round trips through KeyWriter against real servers: every type's edits, TTL, rename,
// UNLINK, new keys, bulk delete with its preview, and the READONLY reply of a replica explained
// with its master's address.
#include "model/keys/bulk_delete.h"
#include "model/keys/key_writer.h"

#include "key_fixtures.h"

#include <QTest>

using namespace rdtest;
using namespace keyfixtures;

class KeyEditsTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(m_redis.start(), qPrintable(m_redis.lastError()));
        m_conn = std::make_unique<RespConnection>(specFor(m_redis.port()));
        m_oracle.connectTo(m_redis.port());
    }

    void stringTtlRenameAndUnlink()
    {
        const KeyWriter w(DbCommands(m_conn.get(), 0), this);
        QVERIFY(write([&](auto done) { w.createKey(KeyType::String, "s", {"one"}, 60000, done); }));
        QCOMPARE(m_oracle.command({"GET", "s"}).text, QByteArray("one"));
        const QByteArray binary("\x00\xff\xfe", 3);
        QVERIFY(write([&](auto done) { w.setString("s", binary, done); }));
        QCOMPARE(m_oracle.command({"GET", "s"}).text, binary);
        QVERIFY(m_oracle.command({"PTTL", "s"}).integer > 0); // KEEPTTL kept it
        QVERIFY(write([&](auto done) { w.setTtl("s", -1, done); }));
        QCOMPARE(m_oracle.command({"PTTL", "s"}).integer, -1);
        QVERIFY(write([&](auto done) { w.setTtl("s", 5000, done); }));
        QVERIFY(m_oracle.command({"PTTL", "s"}).integer > 4000);

        m_oracle.command({"SET", "taken", "x"});
        const WriteResult busy = result([&](auto done) { w.rename("s", "taken", false, done); });
        QVERIFY(!busy.ok);
        QVERIFY(busy.message.contains(QStringLiteral("already exists")));
        QVERIFY(write([&](auto done) { w.rename("s", "s2", false, done); }));
        QCOMPARE(m_oracle.command({"EXISTS", "s"}).integer, 0);
        QVERIFY(write([&](auto done) { w.unlink({"s2", "taken"}, done); }));
        QCOMPARE(m_oracle.command({"EXISTS", "s2", "taken"}).integer, 0);

        const WriteResult exists = result([&](auto done) {
            m_oracle.command({"SET", "dup", "x"});
            w.createKey(KeyType::Hash, "dup", {"f", "v"}, 0, done);
        });
        QVERIFY(!exists.ok);
        QCOMPARE(m_oracle.command({"TYPE", "dup"}).text, QByteArray("string"));
    }

    void collectionEditsRoundTrip()
    {
        const KeyWriter w(DbCommands(m_conn.get(), 0), this);
        QVERIFY(write([&](auto done) { w.createKey(KeyType::List, "l", {"a"}, 0, done); }));
        QVERIFY(write([&](auto done) { w.listPush("l", "b", true, done); }));
        QVERIFY(write([&](auto done) { w.listPush("l", "c", true, done); }));
        QVERIFY(write([&](auto done) { w.listSet("l", 1, "B", done); }));
        QVERIFY(write([&](auto done) { w.listRemoveAt("l", 0, done); }));
        QCOMPARE(m_oracle.command({"LRANGE", "l", "0", "-1"}).toDebugString(), rangeOf({"B", "c"}));

        QVERIFY(write([&](auto done) { w.createKey(KeyType::Hash, "h", {"f1", "v1"}, 0, done); }));
        QVERIFY(write([&](auto done) { w.hashSet("h", "f2", "v2", done); }));
        QVERIFY(write([&](auto done) { w.hashRenameField("h", "f1", "g1", "v1", done); }));
        QVERIFY(write([&](auto done) { w.hashDelete("h", "f2", done); }));
        QCOMPARE(m_oracle.command({"HGETALL", "h"}).toDebugString(), rangeOf({"g1", "v1"}));

        QVERIFY(write([&](auto done) { w.createKey(KeyType::Set, "st", {"x"}, 0, done); }));
        QVERIFY(write([&](auto done) { w.setAdd("st", "y", done); }));
        QVERIFY(write([&](auto done) { w.setReplace("st", "x", "z", done); }));
        QVERIFY(write([&](auto done) { w.setRemove("st", "y", done); }));
        QCOMPARE(m_oracle.command({"SMEMBERS", "st"}).toDebugString(), rangeOf({"z"}));

        QVERIFY(write([&](auto done) { w.createKey(KeyType::ZSet, "z", {"m", "1.5"}, 0, done); }));
        QVERIFY(write([&](auto done) { w.zsetAdd("z", "n", 0.25, done); }));
        QVERIFY(write([&](auto done) { w.zsetAdd("z", "m", -3, done); }));
        QVERIFY(write([&](auto done) { w.zsetRemove("z", "n", done); }));
        QCOMPARE(m_oracle.command({"ZRANGE", "z", "0", "-1", "WITHSCORES"}).toDebugString(),
                 rangeOf({"m", "-3"}));

        const WriteResult wrongType = result([&](auto done) { w.hashSet("l", "f", "v", done); });
        QVERIFY(!wrongType.ok);
        QVERIFY(wrongType.message.contains(QStringLiteral("another type")));
    }

    void bulkDeletePreviewsThenDeletes()
    {
        QList<QList<QByteArray>> fill;
        for (int i = 0; i < 3000; ++i)
            fill << QList<QByteArray>{"SET", "bulk:" + QByteArray::number(i), "v"};
        fill << QList<QByteArray>{"SET", "keep:1", "v"};
        QVERIFY(pipeCommands(m_redis.port(), fill));
        BulkDelete bulk(DbCommands(m_conn.get(), 0));
        bulk.preview("bulk:*");
        QVERIFY(waitUntil([&] { return bulk.phase() == BulkDelete::Phase::Counted; }));
        QVERIFY(bulk.matched() >= 3000); // SCAN may count a key twice, never less
        QCOMPARE(bulk.sample().size(), BulkDelete::kSampleSize);
        QVERIFY(bulk.sample().first().startsWith("bulk:"));
        QCOMPARE(m_oracle.command({"EXISTS", "bulk:1"}).integer, 1); // a preview deletes nothing
        bulk.run("bulk:*");
        QVERIFY(waitUntil([&] { return bulk.phase() == BulkDelete::Phase::Done; }));
        QCOMPARE(bulk.deleted(), 3000);
        QCOMPARE(m_oracle.command({"EXISTS", "bulk:1", "bulk:2999"}).integer, 0);
        QCOMPARE(m_oracle.command({"EXISTS", "keep:1"}).integer, 1);
    }

    void writesOnAReadOnlyReplicaNameTheMaster()
    {
        ReplicaGroup group(ServerKind::Redis, 1);
        QString error;
        QVERIFY2(group.start(&error), qPrintable(error));
        RespConnection replica(specFor(group.replicas[0]->port()));
        const KeyWriter w(DbCommands(&replica, 0), this);
        const WriteResult set = result([&](auto done) { w.setString("k", "v", done); });
        QVERIFY(!set.ok);
        QVERIFY(set.isReadOnlyReplica());
        QCOMPARE(set.masterAddress, QStringLiteral("127.0.0.1:%1").arg(group.master.port()));
        QVERIFY(set.message.contains(QStringLiteral("read-only replica")));
        QVERIFY(set.message.contains(set.masterAddress));
        // A transaction is refused the same way.
        const WriteResult add =
            result([&](auto done) { w.createKey(KeyType::Set, "s", {"m"}, 0, done); });
        QVERIFY(add.isReadOnlyReplica());

        BulkDelete bulk(DbCommands(&replica, 0));
        RespTestClient master;
        QVERIFY(master.connectTo(group.master.port()));
        master.command({"SET", "r:1", "x"});
        QVERIFY(group.waitInSync());
        bulk.run("r:*");
        QVERIFY(waitUntil([&] { return bulk.phase() == BulkDelete::Phase::Failed; }));
        QVERIFY(bulk.errorText().contains(QStringLiteral("master")));
    }

private:
    // Runs an edit and waits for its result.
    template <typename Fn> WriteResult result(Fn &&fn)
    {
        std::optional<WriteResult> r;
        fn([&r](const WriteResult &w) { r = w; });
        waitUntil([&] { return r.has_value(); });
        return r.value_or(WriteResult{});
    }
    template <typename Fn> bool write(Fn &&fn)
    {
        const WriteResult r = result(std::forward<Fn>(fn));
        if (!r.ok)
            qWarning() << r.message;
        return r.ok;
    }
    static QByteArray rangeOf(const QList<QByteArray> &items)
    {
        RespReply reply;
        reply.type = RespReply::Type::Array;
        for (const QByteArray &item : items) {
            RespReply e;
            e.type = RespReply::Type::Bulk;
            e.text = item;
            reply.elements << e;
        }
        return reply.toDebugString();
    }

    ServerProcess m_redis{ServerKind::Redis};
    std::unique_ptr<RespConnection> m_conn;
    RespTestClient m_oracle;
};

QTEST_GUILESS_MAIN(KeyEditsTest)
#include "tst_key_edits.moc"
