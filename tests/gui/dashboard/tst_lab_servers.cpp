// Lab nodes as monitored servers, offscreen against a real lab of redis-server processes: they
// join the NodeRegistry when the lab starts (with the lab password, never written to settings)
// and leave it when the lab closes; the topology resolves a link's proxy port to the real
// master (no bogus "add its group" offer); the replication views read the registry's monitor
// (one monitoring connection per server); dashboards and consoles open for lab nodes and are
// closable pages (close button, Ctrl+W).
#include "lab/lab_controller.h"
#include "lab/lab_template.h"
#include "model/keys/key_tree_model.h"
#include "model/node_monitor.h"
#include "model/replication/replication_feed.h"
#include "ui/connections/connections_dock.h"
#include "ui/connections/lab_registration.h"
#include "ui/connections/servers_controller.h"
#include "ui/console/node_console.h"
#include "ui/dashboard/node_dashboard.h"
#include "ui/keys/key_browser_panel.h"
#include "ui/keys/node_picker.h"
#include "ui/main_window.h"
#include "ui/replication/replication_workspace.h"

#include "resp_test_client.h"
#include "wait_until.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace rdtest;

namespace {

// Connections on `port` that the app opened for `clientName` (CLIENT LIST, as an admin would).
int connectionsNamed(quint16 port, const QString &password, const QByteArray &clientName)
{
    RespTestClient client;
    if (!client.connectTo(port))
        return -1;
    if (!password.isEmpty() && client.command({"AUTH", password.toUtf8()}).isError())
        return -1;
    const RespReply list = client.command({"CLIENT", "LIST"});
    int count = 0;
    for (const QByteArray &line : list.text.split('\n'))
        if (line.contains(" name=" + clientName + " "))
            ++count;
    return count;
}

} // namespace

class TestLabServers : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName("ReplicaDeskTest");
        QCoreApplication::setApplicationName("tst_lab_servers");
        QSettings().clear();
    }

    void labNodesAreMonitoredServers()
    {
        QTemporaryDir dir;
        LabController lab;
        MainWindow window;
        ServersController servers(&window);
        servers.attachLab(&lab);
        ReplicationWorkspace *ws = ReplicationWorkspace::install(window, &lab, servers.registry());
        window.show();
        NodeRegistry *registry = servers.registry();

        QString error;
        const auto tmpl = LabTemplate::parse("star:1", &error);
        QVERIFY2(tmpl, qPrintable(error));
        QVERIFY2(lab.create(tmpl->build(NodeProgram::RedisServer), dir.path(), &error),
                 qPrintable(error));
        lab.startAll();
        QVERIFY(waitUntil([&] { return lab.allRunning(); }, 20000));
        QCOMPARE(registry->nodeIds().size(), 2);

        const QString masterName = lab.masterName();
        QString replicaName;
        for (const LabNode *n : lab.nodes())
            if (n->name() != masterName)
                replicaName = n->name();
        const LabNode *masterNode = lab.node(masterName);
        const LabNode *replicaNode = lab.node(replicaName);
        const NodeId masterId = registry->findByAddress("127.0.0.1", masterNode->port());
        const NodeId replicaId = registry->findByAddress("127.0.0.1", replicaNode->port());
        QVERIFY(masterId && replicaId);
        QCOMPARE(servers.labRegistration()->nodeOf(replicaName), replicaId);
        QCOMPARE(registry->origin(masterId), NodeOrigin::Lab);
        QCOMPARE(registry->spec(replicaId).name, replicaName);
        QCOMPARE(registry->spec(replicaId).password, replicaNode->password());
        QVERIFY(!replicaNode->password().isEmpty());

        // The replica dials its master through the link proxy: still the master's node.
        QVERIFY(waitUntil([&] { return registry->masterOf(replicaId) == masterId; }, 10000));
        QVERIFY(registry->unregisteredNeighbours(replicaId).isEmpty());
        QVERIFY(registry->unregisteredNeighbours(masterId).isEmpty());
        QVERIFY(!servers.dock()->isGroupOfferVisible());
        QCOMPARE(registry->groupOf(replicaId), (QList<NodeId>{masterId, replicaId}));
        QVERIFY(servers.dock()->serverTree()->topLevelItem(0)->text(0).contains("(lab)"));

        // The replication views listen to the registry's monitors: one sampler per server.
        QVERIFY(waitUntil([&] { return ws->feed()->monitor(replicaName) != nullptr; }));
        QCOMPARE(ws->feed()->monitor(masterName), registry->monitor(masterId));
        QCOMPARE(ws->feed()->monitor(replicaName), registry->monitor(replicaId));
        QVERIFY(waitUntil([&] {
            return ws->feed()->hasNodeHistory(replicaName) ||
                   registry->monitor(replicaId)->hasSample();
        }));
        for (const LabNode *n : lab.nodes())
            QCOMPARE(connectionsNamed(n->port(), n->password(), "replicadesk-monitor"), 1);

        // Dashboard and console work as for any server.
        NodeDashboard *dashboard = servers.openDashboard(replicaId);
        QVERIFY(dashboard);
        QVERIFY(waitUntil([&] { return dashboard->headerText("role") == "replica"; }));
        QVERIFY(waitUntil([&] { return dashboard->headerText("status") == "online"; }));
        QPointer<NodeConsole> console = servers.openConsole(masterId);
        QVERIFY(console);
        QSignalSpy shown(console.data(), &NodeConsole::replyShown);
        QVERIFY(console->execute("SET lab-key 1"));
        QVERIFY(waitUntil([&] { return shown.size() == 1; }));
        QVERIFY2(console->transcript().endsWith("OK"), qPrintable(console->transcript()));

        // The key browser lists lab nodes and browses them with the lab password.
        {
            KeyBrowserPanel keys(registry);
            keys.resize(1000, 700);
            keys.show();
            QCOMPARE(keys.picker()->count(), 2);
            keys.setNode(masterId);
            KeyTreeModel *model = keys.treeModel();
            QVERIFY(waitUntil([&] { return model->rowCount() > 0; }));
            const QModelIndex db0 = model->databaseIndex(0);
            QVERIFY(waitUntil([&] {
                return model->scanStatus(0).state == KeyScanner::State::Finished &&
                       model->rowCount(db0) == 1;
            }));
            QCOMPARE(model->data(model->index(0, 0, db0)).toString(), QString("lab-key"));
        }

        // Nothing about lab nodes reaches the settings.
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        if (file.open(QIODevice::ReadOnly))
            QVERIFY(!file.readAll().contains(lab.password().toUtf8()));
        QVERIFY(servers.profiles()->profiles().isEmpty());

        // Dashboards and consoles are closable pages (Ctrl+W closes the current one); the
        // Replication page is not.
        auto *pages = window.findChild<QTabWidget *>("MainPages");
        QVERIFY(pages);
        QCOMPARE(window.currentPage(), console.data());
        const int consoleIndex = pages->indexOf(console);
        QVERIFY(pages->tabBar()->tabButton(consoleIndex, QTabBar::RightSide));
        QVERIFY(!pages->tabBar()->tabButton(pages->indexOf(ws), QTabBar::RightSide));
        QVERIFY(!window.closePage(ws));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_W, Qt::ControlModifier);
        QVERIFY(console.isNull());
        QVERIFY(!servers.console(masterId));
        QCOMPARE(pages->indexOf(ws) >= 0, true);
        QPointer<NodeDashboard> dashboardGuard = dashboard;
        emit pages->tabCloseRequested(pages->indexOf(dashboard));
        QVERIFY(dashboardGuard.isNull());
        QVERIFY(!servers.dashboard(replicaId));
        QVERIFY(servers.openDashboard(replicaId)); // opens again

        // The lab closes: its nodes leave the registry and their pages close.
        lab.closeLab();
        QVERIFY(waitUntil([&] { return registry->nodeIds().isEmpty(); }));
        QVERIFY(!servers.dashboard(replicaId));
        QVERIFY(waitUntil([&] { return ws->feed()->nodeIds().isEmpty(); }));
    }
};

QTEST_MAIN(TestLabServers)
#include "tst_lab_servers.moc"
