// The node dashboard, offscreen with real widgets and a real redis-server: the header fills
// from INFO, charts grow and export, follow mode reacts to the mouse, slowlog and client list
// tabs show the server's data.
#include "ui/dashboard/client_list_view.h"
#include "ui/dashboard/metric_chart.h"
#include "ui/dashboard/node_dashboard.h"
#include "ui/dashboard/slowlog_view.h"

#include "model/node_monitor.h"
#include "resp_test_client.h"
#include "server_process.h"
#include "wait_until.h"

#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <qcustomplot.h>

using namespace rdtest;

class TestNodeDashboard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(m_redis.start({"slowlog-log-slower-than 0"}), qPrintable(m_redis.lastError()));
        RespTestClient c;
        QVERIFY(c.connectTo(m_redis.port()));
        c.command({"SET", "a", "1"});
        c.command({"SELECT", "2"});
        c.command({"SET", "b", "2"});
        m_registry.setSamplingIntervals(100, 50);
        ConnectionSpec spec;
        spec.port = m_redis.port();
        m_id = m_registry.addNode(spec);
    }

    void headerShowsTheServer()
    {
        NodeDashboard dashboard(&m_registry, m_id);
        dashboard.resize(1200, 800);
        dashboard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
        QVERIFY(waitUntil([&] { return dashboard.headerText("status") == "online"; }));
        QVERIFY(waitUntil([&] { return dashboard.headerText("role") == "master"; }));
        QVERIFY(dashboard.headerText("version").startsWith("7."));
        QCOMPARE(dashboard.headerText("keys"), QString("2"));
        QVERIFY(dashboard.headerText("memory").contains("iB"));
        QVERIFY(dashboard.headerText("replication").contains("0"));
        QVERIFY(dashboard.headerText("persistence").contains("ok"));
    }

    void chartsFillAndExport()
    {
        NodeDashboard dashboard(&m_registry, m_id);
        dashboard.resize(1200, 800);
        dashboard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
        const QList<MetricChart *> charts = dashboard.charts();
        QCOMPARE(charts.size(), 4);
        QVERIFY(waitUntil([&] { return charts[0]->pointCount(0) >= 3; }));
        QVERIFY(charts[1]->pointCount(0) >= 3); // memory
        QCOMPARE(charts[3]->seriesCount(), 2);  // network in + out

        QTemporaryDir dir;
        const QString png = dir.filePath("ops.png");
        const QString csv = dir.filePath("net.csv");
        QVERIFY(charts[0]->exportPng(png, 640, 320));
        QVERIFY(QImage(png).width() == 640);
        QVERIFY(charts[3]->exportCsv(csv));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QCOMPARE(lines.first(), QByteArray("time,in,out"));
        QVERIFY(lines.size() >= 3);
    }

    void dragLeavesFollowModeDoubleClickReturns()
    {
        NodeDashboard dashboard(&m_registry, m_id);
        dashboard.resize(1200, 800);
        dashboard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
        MetricChart *chart = dashboard.charts().first();
        QVERIFY(chart->isFollowing());
        QCustomPlot *plot = chart->plot();
        const QPoint center = plot->axisRect()->rect().center();
        QTest::mousePress(plot, Qt::LeftButton, {}, center);
        QTest::mouseMove(plot, center + QPoint(-60, 0));
        QTest::mouseRelease(plot, Qt::LeftButton, {}, center + QPoint(-60, 0));
        QVERIFY(!chart->isFollowing());
        QTest::mouseDClick(plot, Qt::LeftButton, {}, center);
        QVERIFY(chart->isFollowing());
    }

    void slowlogAndClientTabs()
    {
        NodeDashboard dashboard(&m_registry, m_id);
        dashboard.resize(1200, 800);
        dashboard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
        QSignalSpy slowlogRefreshed(dashboard.slowlog(), &SlowlogView::refreshed);
        dashboard.tabs()->setCurrentWidget(dashboard.slowlog());
        QVERIFY(waitUntil([&] { return !slowlogRefreshed.isEmpty(); }));
        QVERIFY(dashboard.slowlog()->rowCount() > 0); // every command is "slow" here

        QSignalSpy clientsRefreshed(dashboard.clientList(), &ClientListView::refreshed);
        dashboard.tabs()->setCurrentWidget(dashboard.clientList());
        QVERIFY(waitUntil([&] { return !clientsRefreshed.isEmpty(); }));
        const QTableWidget *table = dashboard.clientList()->table();
        QStringList names;
        for (int r = 0; r < table->rowCount(); ++r)
            names << table->item(r, 2)->text();
        QVERIFY2(names.contains("replicadesk-monitor"), qPrintable(names.join(',')));
    }

    void unreachableServerIsExplained()
    {
        ServerProcess doomed(ServerKind::Redis);
        QVERIFY(doomed.start());
        ConnectionSpec spec;
        spec.port = doomed.port();
        const NodeId id = m_registry.addNode(spec);
        NodeDashboard dashboard(&m_registry, id);
        dashboard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
        QVERIFY(waitUntil([&] { return dashboard.headerText("status") == "online"; }));
        doomed.kill();
        QVERIFY(waitUntil([&] { return dashboard.headerText("status") != "online"; }));
        m_registry.removeNode(id);
    }

private:
    ServerProcess m_redis{ServerKind::Redis};
    NodeRegistry m_registry;
    NodeId m_id = 0;
};

QTEST_MAIN(TestNodeDashboard)
#include "tst_node_dashboard.moc"
