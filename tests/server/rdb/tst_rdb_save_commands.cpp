// SAVE, BGSAVE, LASTSAVE, save rules and shutdown saves on a running node: the background save
// is a point-in-time copy taken while the node keeps serving writes, the file is replaced
// atomically, and the configured rules and shutdown options decide when snapshots are written.
#include "persistence/rdb_loader.h"
#include "rdb_interop_support.h"
#include "rdb_test_target.h"
#include "server_process.h"
#include "wait_until.h"

#include <QDir>
#include <QFileInfo>
#include <QtTest>

#include <csignal>

using namespace rdtest;

namespace {

QByteArray infoField(RespTestClient &c, const QByteArray &field)
{
    for (const QByteArray &line : c.command({"INFO", "persistence"}).text.split('\n'))
        if (line.startsWith(field + ":"))
            return line.mid(field.size() + 1).trimmed();
    return {};
}

// Loads a file with the node's loader, into plain maps.
bool loadFile(const QString &path, MapLoadTarget &target)
{
    rd::rdb::RdbLoadOptions options;
    options.log = false;
    const auto r = rd::rdb::loadRdbFile(path.toStdString(), target, options);
    if (!r.ok())
        qWarning() << r.error->message().c_str();
    return r.ok();
}

// Fills n string keys "k:<i>" = value quickly with a pipeline.
bool fillKeys(RespTestClient &c, int n, const QByteArray &value)
{
    constexpr int kBatch = 1000;
    for (int start = 0; start < n; start += kBatch) {
        QByteArray batch;
        const int end = std::min(n, start + kBatch);
        for (int i = start; i < end; ++i)
            batch += RespTestClient::encode({"SET", "k:" + QByteArray::number(i), value});
        c.sendRaw(batch);
        for (int i = start; i < end; ++i)
            if (c.readReply().text != "OK")
                return false;
    }
    return true;
}

} // namespace

class TstRdbSaveCommands : public QObject
{
    Q_OBJECT

private slots:
    void bgsaveIsAPointInTimeSnapshotWhileWritesGoOn()
    {
        ServerProcess node(ServerKind::Node);
        QVERIFY2(node.start(), qPrintable(node.lastError()));
        RespTestClient c;
        QVERIFY(c.connectTo(node.port()));
        constexpr int kKeys = 200000;
        const QByteArray before(100, 'b');
        QVERIFY(fillKeys(c, kKeys, before));
        QVERIFY(run(c, {"RPUSH", "marker", "before"}));

        QCOMPARE(c.command({"BGSAVE"}).text, QByteArray("Background saving started"));
        // While the child writes, the node keeps answering and accepting writes; every key is
        // rewritten, so any leak of a later write into the file would show.
        int writesDuringSave = 0;
        int round = 0;
        while (infoField(c, "rdb_bgsave_in_progress") == "1" && round < kKeys) {
            QByteArray batch;
            int commands = 0;
            for (int i = 0; i < 500 && round < kKeys; ++i, ++round, ++commands)
                batch += RespTestClient::encode({"SET", "k:" + QByteArray::number(round), "after"});
            batch += RespTestClient::encode({"RPUSH", "marker", "after"});
            ++commands;
            c.sendRaw(batch);
            for (int i = 0; i < commands; ++i) {
                const RespReply r = c.readReply();
                if (r.isError() || r.type == RespReply::Type::None)
                    QFAIL(r.toDebugString().constData());
            }
            ++writesDuringSave;
        }
        QVERIFY2(writesDuringSave > 0, "the save finished before any write could overlap it");
        QVERIFY(waitUntil([&] { return infoField(c, "rdb_bgsave_in_progress") == "0"; }, 60000));
        QCOMPARE(infoField(c, "rdb_last_bgsave_status"), QByteArray("ok"));
        QVERIFY(node.log().contains("Background saving terminated with success"));

        MapLoadTarget snapshot;
        QVERIFY(loadFile(node.dir() + "/dump.rdb", snapshot));
        const auto &db = snapshot.dbs[0];
        QCOMPARE(int(db.size()), kKeys + 1);
        QCOMPARE(describe(db.at("marker").value), std::string("list:[before,]"));
        for (int i = 0; i < kKeys; i += 997)
            QCOMPARE(describe(db.at("k:" + std::to_string(i)).value),
                     "string:" + before.toStdString());
        int changed = 0;
        for (const auto &[key, value] : db)
            if (describe(value.value) == "string:after")
                ++changed;
        QCOMPARE(changed, 0);
        // The live data has the writes.
        QCOMPARE(c.command({"GET", "k:0"}).text, QByteArray("after"));
    }

    void bgsaveRepliesLikeRedis()
    {
        ServerProcess node(ServerKind::Node);
        QVERIFY2(node.start(), qPrintable(node.lastError()));
        RespTestClient c;
        QVERIFY(c.connectTo(node.port()));
        QVERIFY(fillKeys(c, 100000, QByteArray(50, 'x')));
        const qint64 lastSaveBefore = c.command({"LASTSAVE"}).integer;
        QCOMPARE(c.command({"BGSAVE", "NOW"}).toDebugString(),
                 QByteArray("(error) ERR syntax error"));
        QCOMPARE(c.command({"BGSAVE"}).text, QByteArray("Background saving started"));
        const QByteArray second = c.command({"BGSAVE"}).toDebugString();
        const QByteArray save = c.command({"SAVE"}).toDebugString();
        if (infoField(c, "rdb_bgsave_in_progress") == "1") {
            QCOMPARE(second, QByteArray("(error) ERR Background save already in progress"));
            QCOMPARE(save, QByteArray("(error) ERR Background save already in progress"));
        }
        QVERIFY(waitUntil([&] { return infoField(c, "rdb_bgsave_in_progress") == "0"; }, 60000));
        QCOMPARE(infoField(c, "rdb_changes_since_last_save"), QByteArray("0"));
        QVERIFY(c.command({"LASTSAVE"}).integer >= lastSaveBefore);
        QVERIFY(QFileInfo::exists(node.dir() + "/dump.rdb"));
        QVERIFY(QDir(node.dir()).entryList({"temp-*.rdb"}).isEmpty());
        QVERIFY(node.log().contains("Background saving started by pid"));
        QVERIFY(node.log().contains("DB saved on disk"));
    }

    void bgsaveInsideATransactionIsScheduled()
    {
        ServerProcess node(ServerKind::Node);
        QVERIFY2(node.start(), qPrintable(node.lastError()));
        RespTestClient c;
        QVERIFY(c.connectTo(node.port()));
        QVERIFY(run(c, {"SET", "k", "v"}));
        QCOMPARE(c.command({"MULTI"}).text, QByteArray("OK"));
        QCOMPARE(c.command({"BGSAVE"}).text, QByteArray("QUEUED"));
        const RespReply exec = c.command({"EXEC"});
        QCOMPARE(exec.elements.size(), 1);
        QCOMPARE(exec.elements[0].text, QByteArray("Background saving scheduled"));
        // The cron starts it once the transaction is over.
        QVERIFY(waitUntil([&] { return infoField(c, "rdb_saves") == "1"; }, 10000));
        QVERIFY(QFileInfo::exists(node.dir() + "/dump.rdb"));
    }

    void saveReplacesTheFileAtomically()
    {
        ServerProcess node(ServerKind::Node);
        QVERIFY2(node.start(), qPrintable(node.lastError()));
        RespTestClient c;
        QVERIFY(c.connectTo(node.port()));
        QVERIFY(run(c, {"SET", "v", "1"}));
        QVERIFY(run(c, {"SAVE"}));
        const QString path = node.dir() + "/dump.rdb";
        // An open reader of the old file keeps seeing the old, complete snapshot.
        QFile old(path);
        QVERIFY(old.open(QIODevice::ReadOnly));
        QVERIFY(run(c, {"SET", "v", "2"}));
        QVERIFY(run(c, {"SET", "w", "3"}));
        QVERIFY(run(c, {"SAVE"}));
        const QByteArray oldBytes = old.readAll();
        MapLoadTarget oldSnapshot, newSnapshot;
        rd::rdb::MemorySource src(std::string_view(oldBytes.constData(), size_t(oldBytes.size())));
        rd::rdb::RdbLoadOptions quiet;
        quiet.log = false;
        QVERIFY(rd::rdb::loadRdb(src, oldSnapshot, quiet).ok());
        QCOMPARE(oldSnapshot.dbs[0].size(), size_t(1));
        QVERIFY(loadFile(path, newSnapshot));
        QCOMPARE(describe(newSnapshot.dbs[0].at("v").value), std::string("string:2"));
        QVERIFY(QDir(node.dir()).entryList({"temp-*.rdb"}).isEmpty());
    }

    void saveRulesTriggerABackgroundSave()
    {
        ServerProcess node(ServerKind::Node);
        QVERIFY2(node.start({"save 1 2"}), qPrintable(node.lastError()));
        RespTestClient c;
        QVERIFY(c.connectTo(node.port()));
        QVERIFY(run(c, {"SET", "a", "1"}));
        QVERIFY(run(c, {"SET", "b", "2"}));
        QVERIFY(waitUntil(
            [&] { return node.log().contains("Background saving terminated with success"); },
            10000));
        QVERIFY(node.log().contains("2 changes in 1 seconds. Saving..."));
        MapLoadTarget snapshot;
        QVERIFY(loadFile(node.dir() + "/dump.rdb", snapshot));
        QCOMPARE(snapshot.dbs[0].size(), size_t(2));
    }

    void shutdownSaveAndNosave()
    {
        ServerProcess node(ServerKind::Node);
        QVERIFY2(node.start(), qPrintable(node.lastError())); // save "" by default here
        RespTestClient c;
        QVERIFY(c.connectTo(node.port()));
        QVERIFY(run(c, {"SET", "kept", "yes"}));
        c.sendRaw(RespTestClient::encode({"SHUTDOWN", "SAVE"}));
        QVERIFY(c.waitForDisconnect(10000));
        QVERIFY(waitUntil([&] { return !node.process().isRunning(); }, 10000));
        QVERIFY(node.log().contains("Saving the final RDB snapshot before exiting."));
        QVERIFY(node.restart());
        RespTestClient c2;
        QVERIFY(c2.connectTo(node.port()));
        QCOMPARE(c2.command({"GET", "kept"}).text, QByteArray("yes"));
        QVERIFY(run(c2, {"SET", "lost", "yes"}));
        c2.sendRaw(RespTestClient::encode({"SHUTDOWN", "NOSAVE"}));
        QVERIFY(c2.waitForDisconnect(10000));
        QVERIFY(waitUntil([&] { return !node.process().isRunning(); }, 10000));
        QVERIFY(node.restart());
        RespTestClient c3;
        QVERIFY(c3.connectTo(node.port()));
        QVERIFY(c3.command({"GET", "lost"}).isNil());
        QCOMPARE(c3.command({"GET", "kept"}).text, QByteArray("yes"));
    }

    void debugReloadKeepsTheDataset()
    {
        ServerProcess node(ServerKind::Node);
        QVERIFY2(node.start({"enable-debug-command yes"}), qPrintable(node.lastError()));
        RespTestClient c;
        QVERIFY(c.connectTo(node.port()));
        QVERIFY(fillDataSet(c));
        const auto before = snapshotOf(c);
        const QByteArray digest = c.command({"DEBUG", "DIGEST"}).text;
        QCOMPARE(c.command({"DEBUG", "RELOAD"}).text, QByteArray("OK"));
        QCOMPARE(c.command({"DEBUG", "DIGEST"}).text, digest);
        QVERIFY(sameContents(before, snapshotOf(c)));
        QVERIFY(node.log().contains("DB reloaded by DEBUG RELOAD"));
    }

    void sigtermSavesWhenSaveRulesExist()
    {
        ServerProcess node(ServerKind::Node);
        QVERIFY2(node.start({"save 3600 1"}), qPrintable(node.lastError()));
        RespTestClient c;
        QVERIFY(c.connectTo(node.port()));
        QVERIFY(run(c, {"HSET", "h", "f", "v"}));
        node.stop(); // SIGTERM
        QVERIFY(node.log().contains("DB saved on disk"));
        MapLoadTarget snapshot;
        QVERIFY(loadFile(node.dir() + "/dump.rdb", snapshot));
        QCOMPARE(describe(snapshot.dbs[0].at("h").value), std::string("hash:{f=v,}"));
    }
};

QTEST_GUILESS_MAIN(TstRdbSaveCommands)
#include "tst_rdb_save_commands.moc"
