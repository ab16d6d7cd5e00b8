// The config editor's models against real servers: CONFIG GET * grouped by topic, edits through
// CONFIG SET read back, the server's validation error surfaced, CONFIG REWRITE, and the
// comparison of a master and its replica with one change applied to both.
#include "model/config/config_comparison.h"
#include "model/config/config_table_model.h"

#include "client/resp_connection.h"

#include "resp_test_client.h"
#include "server_process.h"
#include "wait_until.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

using namespace rdtest;

namespace {
ConnectionSpec specFor(quint16 port)
{
    ConnectionSpec spec;
    spec.port = port;
    return spec;
}
bool nodeAvailable()
{
    return QFileInfo(binaryFor(ServerKind::Node)).isExecutable();
}
} // namespace

class ConfigModelTest : public QObject
{
    Q_OBJECT
private slots:
    void groupsEditsAndRewritesOnRedis() { groupsEditsAndRewrites(ServerKind::Redis); }

    void groupsEditsAndRewritesOnOurNode()
    {
        if (!nodeAvailable())
            QSKIP("replicadesk-node is not built");
        groupsEditsAndRewrites(ServerKind::Node);
    }

    void comparesAGroupAndAppliesToSeveralNodes()
    {
        ServerProcess master(ServerKind::Redis);
        QVERIFY(master.start({QStringLiteral("maxmemory-policy allkeys-lru")}));
        ServerProcess replica(ServerKind::Redis);
        QVERIFY(replica.start({QStringLiteral("replicaof 127.0.0.1 %1").arg(master.port()),
                               QStringLiteral("repl-backlog-size 2mb")}));
        RespConnection m(specFor(master.port()));
        RespConnection r(specFor(replica.port()));
        ConfigComparisonModel model;
        model.setNodes({{QStringLiteral("master"), &m}, {QStringLiteral("replica"), &r}});
        QVERIFY(waitUntil([&] { return !model.isLoading() && model.rowCount() > 0; }));
        QCOMPARE(model.columnCount(), 3);
        // Replication directives come first; repl-backlog-size differs, replicaof differs but
        // is node-specific; maxmemory-policy differs and is not a replication directive.
        const QList<ConfigComparisonRow> &rows = model.rows();
        QVERIFY(rows.first().replication);
        int backlog = -1;
        int policy = -1;
        int lastReplication = -1;
        for (int i = 0; i < rows.size(); ++i) {
            if (rows[i].name == "repl-backlog-size")
                backlog = i;
            if (rows[i].name == "maxmemory-policy")
                policy = i;
            if (rows[i].replication)
                lastReplication = i;
            QVERIFY2(rows[i].name != "slaveof", "aliases are folded");
        }
        QVERIFY(backlog >= 0 && rows[backlog].differs && !rows[backlog].nodeSpecific);
        QVERIFY(policy > lastReplication && rows[policy].differs);
        QCOMPARE(model.index(policy, 1).data().toString(), QStringLiteral("allkeys-lru"));
        QCOMPARE(model.index(policy, 2).data().toString(), QStringLiteral("noeviction"));
        model.setOnlyDifferences(true);
        QVERIFY(model.rowCount() < int(rows.size()) || model.rowCount() > 0);
        for (int i = 0; i < model.rowCount(); ++i)
            QVERIFY(model.index(i, 0).data(ConfigComparisonModel::DiffersRole).toBool());

        // One change applied to both nodes; then the row no longer differs.
        std::optional<QList<ConfigApplyResult>> results;
        applyConfigToNodes(model.nodes(), "maxmemory-policy", "volatile-lru", this,
                           [&](const QList<ConfigApplyResult> &r) { results = r; });
        QVERIFY(waitUntil([&] { return results.has_value(); }));
        QCOMPARE(results->size(), 2);
        QVERIFY((*results)[0].ok && (*results)[1].ok);
        QCOMPARE((*results)[1].value, QByteArray("volatile-lru"));
        std::optional<QList<ConfigApplyResult>> bad;
        applyConfigToNodes(model.nodes(), "maxmemory-policy", "sometimes", this,
                           [&](const QList<ConfigApplyResult> &r) { bad = r; });
        QVERIFY(waitUntil([&] { return bad.has_value(); }));
        QVERIFY(!(*bad)[0].ok && (*bad)[0].message.contains(QStringLiteral("maxmemory-policy")));
        QCOMPARE((*bad)[0].value, QByteArray("volatile-lru"));
        model.reload();
        QVERIFY(waitUntil([&] { return !model.isLoading() && model.rowCount() > 0; }));
        for (const ConfigComparisonRow &row : model.rows())
            QVERIFY(row.name != "maxmemory-policy");
    }

private:
    void groupsEditsAndRewrites(ServerKind kind)
    {
        ServerProcess server(kind);
        QVERIFY2(server.start({QStringLiteral("maxmemory 10mb")}), qPrintable(server.lastError()));
        RespConnection c(specFor(server.port()));
        ConfigTableModel model;
        QSignalSpy loaded(&model, &ConfigTableModel::loaded);
        model.setConnection(&c);
        QVERIFY(waitUntil([&] { return !loaded.isEmpty(); }));
        QCOMPARE(model.rowCount(), 6); // replication, network, security, persistence, limits, other
        QCOMPARE(model.index(0, 0).data(ConfigTableModel::TopicRole).toInt(),
                 int(ConfigTopic::Replication));
        const QModelIndex maxmemory = model.indexOf("maxmemory", ConfigTableModel::ValueColumn);
        QVERIFY(maxmemory.isValid());
        QCOMPARE(maxmemory.data().toString(), QStringLiteral("10485760"));
        QVERIFY(maxmemory.data(ConfigTableModel::ChangedRole).toBool());
        QCOMPARE(model.indexOf("maxmemory", ConfigTableModel::DefaultColumn).data().toString(),
                 QStringLiteral("0"));
        QCOMPARE(model.parent(maxmemory).data(ConfigTableModel::TopicRole).toInt(),
                 int(ConfigTopic::Limits));

        // An edit is applied and read back as the server normalised it.
        QSignalSpy applied(&model, &ConfigTableModel::applied);
        QVERIFY(model.setData(maxmemory, QStringLiteral("20mb")));
        QVERIFY(waitUntil([&] { return !applied.isEmpty(); }));
        QCOMPARE(model.indexOf("maxmemory", ConfigTableModel::ValueColumn).data().toString(),
                 QStringLiteral("20971520"));

        // The server's validation error is reported and the value stays.
        QSignalSpy failed(&model, &ConfigTableModel::setFailed);
        model.setValue("maxmemory", "lots");
        QVERIFY(waitUntil([&] { return !failed.isEmpty(); }));
        QVERIFY(failed.first().at(1).toString().contains(QStringLiteral("maxmemory")));
        QCOMPARE(model.indexOf("maxmemory", ConfigTableModel::ValueColumn).data().toString(),
                 QStringLiteral("20971520"));

        // Secrets are masked until revealed.
        model.setValue("requirepass", "s3cret");
        QVERIFY(waitUntil([&] { return applied.size() == 2; }));
        const QModelIndex pass = model.indexOf("requirepass", ConfigTableModel::ValueColumn);
        QVERIFY(!pass.data().toString().contains(QStringLiteral("s3cret")));
        model.setRevealSecrets(true);
        QCOMPARE(pass.data().toString(), QStringLiteral("s3cret"));
        model.setValue("requirepass", "");
        QVERIFY(waitUntil([&] { return applied.size() == 3; }));

        // CONFIG REWRITE persists the running value into the config file.
        QSignalSpy rewritten(&model, &ConfigTableModel::rewritten);
        model.rewrite();
        QVERIFY(waitUntil([&] { return !rewritten.isEmpty(); }));
        QVERIFY2(rewritten.first().at(0).toBool(), qPrintable(rewritten.first().at(1).toString()));
        QFile conf(server.configPath());
        QVERIFY(conf.open(QIODevice::ReadOnly));
        const QByteArray text = conf.readAll();
        QVERIFY2(text.contains("maxmemory 20mb") || text.contains("maxmemory 20971520"),
                 text.constData());
    }
};

QTEST_GUILESS_MAIN(ConfigModelTest)
#include "tst_config_model.moc"
