// Connection UI offscreen: the dialog's Test button against live and dead servers, redis.conf
// import, and the controller behind `--connect`: dashboards open, a URL password never reaches
// the settings file, and a replica's group is offered.
#include "ui/connections/connection_dialog.h"
#include "ui/connections/connections_dock.h"
#include "ui/connections/servers_controller.h"
#include "ui/dashboard/node_dashboard.h"
#include "ui/main_window.h"
#include "ui/replication/replication_workspace.h"

#include "model/node_monitor.h"
#include "model/replication/replication_feed.h"
#include "resp_test_client.h"

#include "free_port.h"
#include "model/connection_profiles.h"
#include "server_process.h"
#include "wait_until.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace rdtest;

class TestConnectionsUi : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName("ReplicaDeskTest");
        QCoreApplication::setApplicationName("tst_connections_ui");
        QSettings().clear();
    }

    void testButtonReportsServerOrError()
    {
        ServerProcess redis(ServerKind::Redis);
        QVERIFY(redis.start());
        ConnectionDialog dialog({});
        ConnectionSpec spec;
        spec.port = redis.port();
        dialog.setSpec(spec);
        QSignalSpy finished(&dialog, &ConnectionDialog::testFinished);
        dialog.testConnection();
        QVERIFY(waitUntil([&] { return !finished.isEmpty(); }));
        QVERIFY(finished.first().first().toBool());
        QVERIFY2(dialog.testResult().contains("7.0"), qPrintable(dialog.testResult()));
        QVERIFY(dialog.testResult().contains("master"));

        spec.port = freePort();
        dialog.setSpec(spec);
        finished.clear();
        dialog.testConnection();
        QVERIFY(waitUntil([&] { return !finished.isEmpty(); }));
        QVERIFY(!finished.first().first().toBool());
        QVERIFY2(dialog.testResult().contains("refused"), qPrintable(dialog.testResult()));
    }

    void importsRedisConfIntoTheForm()
    {
        QTemporaryDir dir;
        QFile conf(dir.filePath("replica1.conf"));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write("bind 10.1.2.3\nport 6380\nrequirepass s3cret\nreplicaof 10.1.2.2 6379\n");
        conf.close();
        ConnectionDialog dialog({});
        QVERIFY(dialog.importConfFile(conf.fileName()));
        const ConnectionProfile p = dialog.profile();
        QCOMPARE(p.spec.host, QString("10.1.2.3"));
        QCOMPARE(p.spec.port, quint16(6380));
        QCOMPARE(p.spec.password, QString("s3cret"));
        QCOMPARE(p.spec.name, QString("replica1"));
        QVERIFY(dialog.testResult().contains("10.1.2.2 6379"));
    }

    void connectUrlMonitorsWithoutStoringThePassword()
    {
        ServerProcess redis(ServerKind::Redis);
        redis.password = "url-only-secret";
        QVERIFY(redis.start({"requirepass url-only-secret"}));
        MainWindow window;
        ServersController servers(&window);
        window.show();
        const QStringList errors = servers.connectUrls(
            {QString("redis://:url-only-secret@127.0.0.1:%1").arg(redis.port()), "http://nope"});
        QCOMPARE(errors.size(), 1);
        QCOMPARE(servers.registry()->nodeIds().size(), 1);
        const NodeId id = servers.registry()->nodeIds().first();
        NodeDashboard *dashboard = servers.dashboard(id);
        QVERIFY(dashboard);
        QVERIFY(waitUntil([&] { return dashboard->headerText("status") == "online"; }));

        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        if (file.open(QIODevice::ReadOnly))
            QVERIFY(!file.readAll().contains("url-only-secret"));
        QVERIFY(servers.profiles()->profiles().isEmpty());
    }

    // The dashboard and the replication views share the registry's monitor: the server sees
    // one monitoring connection, not one per view.
    void oneMonitorPerServer()
    {
        ServerProcess redis(ServerKind::Redis);
        QVERIFY(redis.start());
        MainWindow window;
        ServersController servers(&window);
        ReplicationWorkspace *ws =
            ReplicationWorkspace::install(window, nullptr, servers.registry());
        servers.connectUrls({QString("redis://127.0.0.1:%1").arg(redis.port())});
        const NodeId id = servers.registry()->nodeIds().first();
        const QString feedId = servers.registry()->spec(id).address();
        QVERIFY(waitUntil([&] { return ws->feed()->monitor(feedId) != nullptr; }));
        QCOMPARE(ws->feed()->monitor(feedId), servers.registry()->monitor(id));
        QVERIFY(waitUntil([&] { return servers.registry()->monitor(id)->hasSample(); }));
        RespTestClient admin;
        QVERIFY(admin.connectTo(redis.port()));
        const QByteArray clients = admin.command({"CLIENT", "LIST"}).text;
        QCOMPARE(clients.count(" name=replicadesk-monitor "), 1);
    }

    void wrongPasswordIsShownOnTheDashboard()
    {
        ServerProcess redis(ServerKind::Redis);
        redis.password = "right";
        QVERIFY(redis.start({"requirepass right"}));
        MainWindow window;
        ServersController servers(&window);
        servers.connectUrls({QString("redis://:wrong@127.0.0.1:%1").arg(redis.port())});
        NodeDashboard *dashboard = servers.dashboard(servers.registry()->nodeIds().first());
        QVERIFY(waitUntil([&] { return dashboard->headerText("status") == "Wrong password"; }));
    }

    void replicaOffersItsGroup()
    {
        ServerProcess master(ServerKind::Redis);
        QVERIFY(master.start());
        ServerProcess replica(ServerKind::Redis);
        QVERIFY(replica.start({QString("replicaof 127.0.0.1 %1").arg(master.port())}));
        MainWindow window;
        ServersController servers(&window);
        servers.connectUrls({QString("redis://127.0.0.1:%1").arg(replica.port())});
        QVERIFY(waitUntil([&] { return servers.dock()->isGroupOfferVisible(); }));
        servers.registry()->addGroupOf(servers.registry()->nodeIds().first());
        QVERIFY(waitUntil([&] { return servers.registry()->nodeIds().size() == 2; }));
        const NodeId masterId = servers.registry()->findByAddress("127.0.0.1", master.port());
        QVERIFY(masterId);
        servers.registry()->removeNode(masterId);
        QVERIFY(!servers.dashboard(masterId));
    }
};

QTEST_MAIN(TestConnectionsUi)
#include "tst_connections_ui.moc"
