// The key browser page offscreen, against a real master and replica: databases and keys
// appear, every viewer shows its value (text, JSON, hex, tables), an edit round-trips, a delete
// leaves a struck-through row, a write on the replica explains READONLY, the type filter warns,
// and "Synced?" on a namespace lists the keys per replica.
#include "ui/keys/key_browser_panel.h"

#include "client/node_connections.h"
#include "model/keys/key_tree_model.h"
#include "model/keys/sync_comparison.h"
#include "model/keys/sync_result_model.h"
#include "model/keys/value_page_model.h"
#include "ui/keys/collection_value_editor.h"
#include "ui/keys/key_value_view.h"
#include "ui/keys/node_picker.h"
#include "ui/keys/string_value_editor.h"
#include "ui/keys/sync_compare_panel.h"

#include "resp_test_client.h"
#include "screenshot.h"
#include "server_process.h"
#include "wait_until.h"

#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace rdtest;

namespace {
ConnectionSpec specFor(quint16 port)
{
    ConnectionSpec spec;
    spec.port = port;
    return spec;
}
QByteArray info(quint16 port)
{
    RespTestClient c;
    c.connectTo(port);
    return c.command({"INFO", "replication"}).text;
}
} // namespace

class KeyBrowserPanelTest : public QObject
{
    Q_OBJECT
private slots:
    // The browsed server was not up yet when the page first walked it (a lab starting with the
    // app): once it answers, the walk runs again by itself instead of leaving the error.
    void failedWalkRunsAgainOnceTheServerAnswers()
    {
        ServerProcess late{ServerKind::Node};
        QVERIFY(late.start());
        const quint16 port = late.port();
        late.stop();
        NodeRegistry registry;
        const NodeId id = registry.addNode(specFor(port));
        KeyBrowserPanel panel(&registry);
        panel.show();
        panel.setNode(id);
        KeyTreeModel *model = panel.treeModel();
        QVERIFY(waitUntil([&] { return model->scanStatus(0).state == KeyScanner::State::Failed; },
                          10000));
        QVERIFY(late.restart());
        QVERIFY(waitUntil([&] { return model->scanStatus(0).state == KeyScanner::State::Finished; },
                          20000));
        late.stop();
    }

    void initTestCase()
    {
        installScreenshotLanguage(this);
        QVERIFY(m_master.start());
        QVERIFY(m_replica.start({QStringLiteral("replicaof 127.0.0.1 %1").arg(m_master.port())}));
        QVERIFY(waitUntil([&] { return info(m_replica.port()).contains("master_link_status:up"); },
                          15000));
        RespTestClient c;
        QVERIFY(c.connectTo(m_master.port()));
        c.command({"SET", "user:1:name", "Ada"});
        c.command({"SET", "user:1:profile", R"({"lang":"zh","age":36})"});
        c.command({"SET", "user:2:avatar", QByteArray("\x89PNG\r\n\x1a\n\x00\x00", 10)});
        c.command({"HSET", "user:2:prefs", "theme", "dark", "font", "mono"});
        c.command({"RPUSH", "queue", "a", "b", "c"});
        c.command({"ZADD", "scores", "10", "x", "20", "y"});
        c.command({"SADD", "tags", "redis", "qt"});
        QVERIFY(waitUntil([&] {
            RespTestClient r;
            r.connectTo(m_replica.port());
            return r.command({"EXISTS", "tags"}).integer == 1;
        }));
        m_masterId = m_registry.addNode(specFor(m_master.port()));
        m_replicaId = m_registry.addNode(specFor(m_replica.port()));
        QVERIFY(waitUntil([&] { return m_registry.masterOf(m_replicaId) == m_masterId; }, 15000));
    }

    void browsesKeysAndShowsEveryViewer()
    {
        KeyBrowserPanel panel(&m_registry);
        panel.resize(1400, 900);
        panel.show();
        panel.setNode(m_masterId);
        QCOMPARE(panel.picker()->currentNode(), m_masterId);
        KeyTreeModel *model = panel.treeModel();
        QVERIFY(waitUntil([&] { return model->rowCount() == 16; }));
        const QModelIndex db0 = model->databaseIndex(0);
        QVERIFY(waitUntil([&] {
            return model->scanStatus(0).state == KeyScanner::State::Finished &&
                   model->rowCount(db0) == 4;
        }));
        QVERIFY(panel.treeView()->isExpanded(db0));
        QVERIFY(panel.statusText().contains(QStringLiteral("7")));

        // Open user -> 1 -> profile: JSON is pretty-printed.
        const QModelIndex user = findChild(model, db0, QStringLiteral("user"));
        QVERIFY(user.isValid());
        panel.treeView()->expand(user);
        const QModelIndex one = findChild(model, user, QStringLiteral("1"));
        panel.treeView()->expand(one);
        select(panel, findChild(model, one, QStringLiteral("profile")));
        StringValueEditor *string = panel.valueView()->stringEditor();
        QVERIFY(waitUntil([&] { return string->value().startsWith("{"); }));
        QCOMPARE(string->mode(), StringValueEditor::Mode::Json);
        QVERIFY(string->textEdit()->toPlainText().contains(QStringLiteral("\"lang\": \"zh\"")));

        // A binary value opens as hex.
        const QModelIndex two = findChild(model, user, QStringLiteral("2"));
        panel.treeView()->expand(two);
        select(panel, findChild(model, two, QStringLiteral("avatar")));
        QVERIFY(waitUntil([&] { return string->value().startsWith("\x89PNG"); }));
        QCOMPARE(string->mode(), StringValueEditor::Mode::Hex);
        QVERIFY(
            string->textEdit()->toPlainText().startsWith(QStringLiteral("00000000  89 50 4e 47")));
        string->setMode(StringValueEditor::Mode::Text);
        QVERIFY(string->textEdit()->toPlainText().startsWith(QStringLiteral("\\x89PNG\\r")));

        // A hash as a table.
        select(panel, findChild(model, two, QStringLiteral("prefs")));
        CollectionValueEditor *collection = panel.valueView()->collectionEditor();
        QVERIFY(waitUntil([&] {
            return collection->model() && collection->model()->rowCount() == 2 &&
                   collection->model()->key() == "user:2:prefs";
        }));
        QCOMPARE(collection->table()->model()->columnCount(), 2);

        // A list and a sorted set load their rows as they are shown.
        select(panel, findChild(model, db0, QStringLiteral("queue")));
        QVERIFY(waitUntil([&] {
            return collection->model()->key() == "queue" && collection->model()->rowCount() == 3 &&
                   collection->model()->index(2, 1).data().toString() == QStringLiteral("c");
        }));
        select(panel, findChild(model, db0, QStringLiteral("scores")));
        QVERIFY(waitUntil([&] {
            return collection->model()->key() == "scores" &&
                   collection->model()->index(1, 2).data().toString() == QStringLiteral("20");
        }));
        select(panel, findChild(model, db0, QStringLiteral("tags")));
        QVERIFY(waitUntil([&] {
            return collection->model()->key() == "tags" && collection->model()->rowCount() == 2;
        }));
    }

    void editsRoundTripAndDeletesLeaveATombstone()
    {
        KeyBrowserPanel panel(&m_registry);
        panel.setNode(m_masterId);
        KeyTreeModel *model = panel.treeModel();
        const QModelIndex db0 = model->databaseIndex(0);
        QVERIFY(waitUntil([&] { return model->rowCount(model->databaseIndex(0)) == 4; }));
        const QModelIndex user = findChild(model, model->databaseIndex(0), QStringLiteral("user"));
        panel.treeView()->expand(user);
        const QModelIndex one = findChild(model, user, QStringLiteral("1"));
        panel.treeView()->expand(one);
        select(panel, findChild(model, one, QStringLiteral("name")));
        StringValueEditor *string = panel.valueView()->stringEditor();
        QVERIFY(waitUntil([&] { return string->value() == "Ada"; }));
        string->setMode(StringValueEditor::Mode::Text);
        string->textEdit()->setPlainText(QStringLiteral("Ada Lovelace \\xff"));
        string->findChild<QPushButton *>(QStringLiteral("SaveString"))->click();
        RespTestClient c;
        QVERIFY(c.connectTo(m_master.port()));
        QVERIFY(waitUntil([&] {
            return c.command({"GET", "user:1:name"}).text == "Ada Lovelace \xff";
        }));

        panel.valueView()->deleteKey(false);
        QVERIFY(waitUntil([&] { return c.command({"EXISTS", "user:1:name"}).integer == 0; }));
        const QModelIndex tomb = model->keyIndex(0, "user:1:name");
        QVERIFY(tomb.isValid());
        QVERIFY(waitUntil([&] { return tomb.data(KeyTreeModel::DeletedRole).toBool(); }));
        Q_UNUSED(db0);
        c.command({"SET", "user:1:name", "Ada"}); // restore for the other tests
    }

    void writingOnTheReplicaExplainsReadOnly()
    {
        KeyBrowserPanel panel(&m_registry);
        panel.setNode(m_replicaId);
        KeyTreeModel *model = panel.treeModel();
        QVERIFY(waitUntil([&] { return model->rowCount(model->databaseIndex(0)) == 4; }));
        select(panel, findChild(model, model->databaseIndex(0), QStringLiteral("queue")));
        CollectionValueEditor *collection = panel.valueView()->collectionEditor();
        QVERIFY(waitUntil(
            [&] { return collection->model() && collection->model()->key() == "queue"; }));
        panel.valueView()->deleteKey(false);
        QVERIFY(waitUntil([&] { return !panel.valueView()->bannerText().isEmpty(); }));
        const QString banner = panel.valueView()->bannerText();
        QVERIFY2(banner.contains(QStringLiteral("read-only replica")), qPrintable(banner));
        QVERIFY2(banner.contains(QStringLiteral("127.0.0.1:%1").arg(m_master.port())),
                 qPrintable(banner));
    }

    void typeFilterWarnsAboutTheServerCost()
    {
        KeyBrowserPanel panel(&m_registry);
        panel.show();
        panel.setNode(m_masterId);
        auto *warning = panel.findChild<QLabel *>(QStringLiteral("TypeFilterWarning"));
        QVERIFY(!warning->isVisible());
        auto *type = panel.findChild<QComboBox *>(QStringLiteral("KeyTypeFilter"));
        type->setCurrentIndex(type->findData(int(KeyType::Hash)));
        QVERIFY(warning->isVisible());
        KeyTreeModel *model = panel.treeModel();
        QVERIFY(waitUntil([&] {
            return model->scanStatus(0).state == KeyScanner::State::Finished &&
                   model->scanStatus(0).loaded == 1;
        }));
    }

    void syncedOnANamespaceListsEachReplica()
    {
        KeyBrowserPanel panel(&m_registry);
        panel.resize(1200, 720);
        panel.show();
        panel.setNode(m_replicaId); // any member: the comparison runs from the master
        KeyTreeModel *model = panel.treeModel();
        QVERIFY(waitUntil([&] { return model->rowCount(model->databaseIndex(0)) == 4; }));
        const QModelIndex user = findChild(model, model->databaseIndex(0), QStringLiteral("user"));
        panel.treeView()->setCurrentIndex(user);
        panel.compareSelection();
        SyncComparePanel *sync = panel.syncPanel();
        QVERIFY(sync->comparison());
        QVERIFY(waitUntil(
            [&] { return sync->comparison()->state() == SyncComparison::State::Finished; }));
        QCOMPARE(sync->comparison()->keysChecked(), 4);
        QCOMPARE(sync->comparison()->count(SyncVerdict::Synced), 4);
        saveScreenshot(panel, "keys-synced");
        QVERIFY(sync->summaryText().contains(QStringLiteral("4 synced")));
        QCOMPARE(sync->resultModel()->columnCount(), 4); // key, type, TTL, one replica
    }

    void syncedOnOneKeySaysKeyInTheSingular()
    {
        KeyBrowserPanel panel(&m_registry);
        panel.setNode(m_masterId);
        KeyTreeModel *model = panel.treeModel();
        QVERIFY(waitUntil([&] { return model->rowCount(model->databaseIndex(0)) == 4; }));
        const QModelIndex queue =
            findChild(model, model->databaseIndex(0), QStringLiteral("queue"));
        QVERIFY(queue.isValid());
        panel.treeView()->setCurrentIndex(queue);
        panel.compareSelection();
        SyncComparePanel *sync = panel.syncPanel();
        QVERIFY(sync->comparison());
        QVERIFY(waitUntil(
            [&] { return sync->comparison()->state() == SyncComparison::State::Finished; }));
        QVERIFY2(sync->summaryText().startsWith(QStringLiteral("1 key checked: 1 synced")),
                 qPrintable(sync->summaryText()));
    }

private:
    static QModelIndex findChild(QAbstractItemModel *model, const QModelIndex &parent,
                                 const QString &text)
    {
        if (model->canFetchMore(parent))
            model->fetchMore(parent);
        for (int row = 0; row < model->rowCount(parent); ++row)
            if (model->index(row, 0, parent).data().toString() == text)
                return model->index(row, 0, parent);
        return {};
    }
    static void select(KeyBrowserPanel &panel, const QModelIndex &index)
    {
        QVERIFY(index.isValid());
        panel.treeView()->setCurrentIndex(index);
    }

    ServerProcess m_master{ServerKind::Redis};
    ServerProcess m_replica{ServerKind::Redis};
    NodeRegistry m_registry;
    NodeId m_masterId = 0;
    NodeId m_replicaId = 0;
};

QTEST_MAIN(KeyBrowserPanelTest)
#include "tst_key_browser_panel.moc"
