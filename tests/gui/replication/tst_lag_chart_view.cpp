// The lag chart: one series per replica and metric, markers, sliding window, zoom/pan vs live,
// pause, CSV/PNG export, and the cost of a refresh at 10 replicas x 10 samples/s.
#include "model/replication/replication_selection.h"
#include "seed_group_fixture.h"
#include "ui/replication/lag_chart_view.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <ctime>
#include <qcustomplot.h>

namespace {

constexpr double kT0 = 1700000000.0;

// CPU time of this thread: what a refresh costs the GUI thread, independent of how busy the
// (shared, 2-core) machine is at the moment.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

void addReplicas(ReplicationModel &model, int count)
{
    ReplicationNode master = seedgroup::node("master", NodeRole::Master, "127.0.0.1:7001");
    model.setNode(master);
    for (int i = 1; i <= count; ++i) {
        const QByteArray id = "replica-" + QByteArray::number(i);
        model.setNode(
            seedgroup::node(id.constData(), NodeRole::Replica, "127.0.0.1:7100", "master"));
        ReplicationLink l;
        l.replicaId = QString::fromLatin1(id);
        l.masterId = QStringLiteral("master");
        l.state = ReplicaState::Connected;
        model.setLink(l);
    }
}

// One tick of 100 ms for every replica: byte lag grows with the replica's index.
void feed(ReplicationModel &model, int replicas, int tick)
{
    const double t = kT0 + tick * 0.1;
    for (int i = 1; i <= replicas; ++i) {
        LagSample s;
        s.t = t;
        s.byteLag = i * 100 + tick % 7;
        s.ackAgeS = tick % 10 / 10.0;
        s.lagMs = i * 3.0;
        s.lagMsSource = LagMsSource::Estimated;
        model.appendLag(QStringLiteral("replica-%1").arg(i), s);
    }
}

} // namespace

class TstLagChartView : public QObject
{
    Q_OBJECT
private slots:
    void oneSeriesPerReplicaAndMetric()
    {
        ReplicationModel model;
        ReplicationSelection selection;
        addReplicas(model, 3);
        LagChartView view(&model, &selection);
        view.resize(1000, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        for (int tick = 0; tick < 50; ++tick)
            feed(model, 3, tick);
        view.refreshNow();
        QCOMPARE(view.seriesCount(), 3);
        QCOMPARE(view.plot()->graphCount(), 9);
        QCPGraph *lag = view.graph(QStringLiteral("replica-2"), LagChartView::Metric::ByteLag);
        QVERIFY(lag);
        QCOMPARE(lag->dataCount(), 50);
        QCOMPARE(lag->data()->at(0)->value, 200.0);
        QCOMPARE(view.lagMsAxisLabel(), QStringLiteral("lag ms (estimated)"));
        // Incremental: only new samples are added.
        feed(model, 3, 50);
        view.refreshNow();
        QCOMPARE(lag->dataCount(), 51);
        // Clicking a series selects its replica everywhere.
        selection.selectLink(QStringLiteral("replica-2"));
        QCOMPARE(lag->pen().widthF(), 2.0);
    }

    void markersForSyncsLinkChangesAndLabActions()
    {
        ReplicationModel model;
        ReplicationSelection selection;
        addReplicas(model, 1);
        LagChartView view(&model, &selection);
        for (int tick = 0; tick < 100; ++tick)
            feed(model, 1, tick);
        model.addMarker(
            {kT0 + 2, LagMarkerKind::LabAction, {}, QStringLiteral("replica-1 killed")});
        model.addMarker({kT0 + 5, LagMarkerKind::PartialResync, QStringLiteral("replica-1"), {}});
        view.refreshNow();
        QCOMPARE(view.markerCount(), 2);
        QCOMPARE(view.plot()->itemCount(), 2 * 4); // a line per plot + a label
    }

    void slidingWindowZoomPanAndLive()
    {
        ReplicationModel model;
        ReplicationSelection selection;
        addReplicas(model, 1);
        LagChartView view(&model, &selection);
        view.setWindowSeconds(30);
        for (int tick = 0; tick < 600; ++tick) // 60 s
            feed(model, 1, tick);
        view.refreshNow();
        QVERIFY(view.isFollowing());
        QCOMPARE(view.xUpper(), kT0 + 59.9);
        QCOMPARE(view.xLower(), kT0 + 29.9);
        // The user zooms: the window stops following.
        view.plot()->axisRects().first()->axis(QCPAxis::atBottom)->setRange(kT0 + 10, kT0 + 20);
        QVERIFY(!view.isFollowing());
        // All three plots share the time axis.
        QCOMPARE(view.plot()->axisRects().last()->axis(QCPAxis::atBottom)->range().lower, kT0 + 10);
        feed(model, 1, 600);
        view.refreshNow();
        QCOMPARE(view.xUpper(), kT0 + 20);
        view.setFollowing(true);
        QCOMPARE(view.xUpper(), kT0 + 60.0);
    }

    void pauseFreezesThePicture()
    {
        ReplicationModel model;
        ReplicationSelection selection;
        addReplicas(model, 1);
        LagChartView view(&model, &selection);
        feed(model, 1, 0);
        view.refreshNow();
        view.setPaused(true);
        for (int tick = 1; tick < 20; ++tick)
            feed(model, 1, tick);
        QTest::qWait(3 * LagChartView::kRefreshMs);
        QCPGraph *lag = view.graph(QStringLiteral("replica-1"), LagChartView::Metric::ByteLag);
        QCOMPARE(lag->dataCount(), 1);
        view.setPaused(false);
        QCOMPARE(lag->dataCount(), 20); // nothing was lost while paused
    }

    void exportsCsvAndPng()
    {
        ReplicationModel model;
        ReplicationSelection selection;
        addReplicas(model, 2);
        LagChartView view(&model, &selection);
        view.resize(900, 600);
        for (int tick = 0; tick < 10; ++tick)
            feed(model, 2, tick);
        model.addMarker({kT0 + 0.5, LagMarkerKind::FullResync, QStringLiteral("replica-1"),
                         QStringLiteral("Full resync from master: abc:0")});
        view.refreshNow();
        QTemporaryDir dir;
        const QString csvPath = dir.filePath(QStringLiteral("lag.csv"));
        QVERIFY(view.exportCsv(csvPath));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().split('\n');
        QCOMPARE(
            lines.first(),
            QByteArray("time_unix,time_iso,replica,byte_lag,ack_age_s,lag_ms,lag_ms_source,event"));
        QCOMPARE(lines.size(), 1 + 20 + 1 + 1); // header, samples, marker, final newline
        QVERIFY(lines.at(1).startsWith("1700000000.000,"));
        QVERIFY(lines.at(1).contains(",replica-1,100,0,3.0,estimated,"));
        bool marker = false;
        for (const QByteArray &l : lines)
            marker |= l.endsWith("full_resync: Full resync from master: abc:0");
        QVERIFY(marker);

        const QString pngPath = dir.filePath(QStringLiteral("lag.png"));
        QVERIFY(view.exportPng(pngPath, 800, 500));
        QImage image(pngPath);
        QCOMPARE(image.size(), QSize(800, 500));
    }

    // 10 replicas sampled 10 times a second: each refresh (new samples, markers, replot) must
    // stay far below the 100 ms between two refreshes.
    void smoothAtTenReplicasTenUpdatesPerSecond()
    {
        ReplicationModel model;
        ReplicationSelection selection;
        addReplicas(model, 10);
        LagChartView view(&model, &selection);
        view.resize(1200, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setWindowSeconds(300);
        for (int tick = 0; tick < 3000; ++tick) // 5 minutes of history first
            feed(model, 10, tick);
        view.refreshNow();
        double worst = 0;
        double total = 0;
        double wallTotal = 0;
        const int ticks = 50;
        for (int tick = 3000; tick < 3000 + ticks; ++tick) {
            feed(model, 10, tick);
            if (tick % 25 == 0)
                model.addMarker(
                    {kT0 + tick * 0.1, LagMarkerKind::LinkUp, QStringLiteral("replica-3"), {}});
            QElapsedTimer timer;
            timer.start();
            const double cpu0 = threadCpuMs();
            view.refreshNow();
            view.plot()->replot(QCustomPlot::rpImmediateRefresh);
            const double ms = threadCpuMs() - cpu0;
            wallTotal += double(timer.nsecsElapsed()) / 1e6;
            worst = qMax(worst, ms);
            total += ms;
        }
        qInfo("lag chart refresh + replot, 10 replicas x 3 metrics, 300 s window of 10 Hz data: "
              "GUI-thread CPU mean %.1f ms, worst %.1f ms (wall mean %.1f ms)",
              total / ticks, worst, wallTotal / ticks);
        QCOMPARE(view.plot()->graphCount(), 30);
        QVERIFY2(total / ticks < 50, "mean refresh must leave room in a 100 ms period");
    }
};

QTEST_MAIN(TstLagChartView)
#include "tst_lag_chart_view.moc"
