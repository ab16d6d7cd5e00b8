// End to end, on a real lab: the Replication page follows a Seed lab; a replica is killed and
// started again and its state timeline shows the link going down and coming back with a
// partial resync; the seed's two failures are set up in one click, shown stuck with their error,
// explained by the doctor, and fixed with "Apply fix".
#include "lab/lab_controller.h"
#include "lab/lab_template.h"
#include "model/replication/replication_feed.h"
#include "model/replication/replication_model.h"
#include "model/replication/replication_selection.h"
#include "model/replication/transition_table_model.h"
#include "ui/replication/doctor_panel.h"
#include "ui/replication/lab_replication_bridge.h"
#include "ui/replication/replication_workspace.h"
#include "ui/replication/sync_state_diagram.h"
#include "ui/replication/sync_state_view.h"
#include "ui/replication/topology_view.h"

#include "screenshot.h"
#include "wait_until.h"

#include <QMenu>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

Q_DECLARE_METATYPE(NodeProgram)

namespace {

const ReplicaTimeline *timeline(ReplicationWorkspace &ws, const char *id)
{
    return ws.model()->timeline(QString::fromLatin1(id));
}

bool linkUp(ReplicationWorkspace &ws, const char *id)
{
    const ReplicationLink *l = ws.model()->link(QString::fromLatin1(id));
    return l && l->state == ReplicaState::Connected && l->masterSide == MasterSideState::Online;
}

const Diagnosis *finding(ReplicationWorkspace &ws, const char *subject, DiagnosisKind kind)
{
    for (const Diagnosis &d : ws.model()->diagnoses())
        if (d.subject == QLatin1String(subject) && d.kind == kind)
            return &d;
    return nullptr;
}

} // namespace

class TstReplicationLabE2E : public QObject
{
    Q_OBJECT
private:
    bool startSeedLab(LabController &lab, const QTemporaryDir &dir, NodeProgram program)
    {
        QString error;
        auto tmpl = LabTemplate::parse(QStringLiteral("seed"), &error);
        if (!tmpl || !lab.create(tmpl->build(program), dir.path(), &error)) {
            qWarning("lab: %s", qPrintable(error));
            return false;
        }
        lab.startAll();
        return rdtest::waitUntil([&] { return lab.allRunning(); }, 20000);
    }

private slots:
    void initTestCase() { rdtest::installScreenshotLanguage(this); }

    void killedReplicaComesBackWithPartialResync_data()
    {
        QTest::addColumn<NodeProgram>("program");
        QTest::addColumn<int>("source");
        QTest::newRow("replicadesk-node")
            << NodeProgram::ReplicaDeskNode << int(StateSource::NodeHistory);
        QTest::newRow("redis-server") << NodeProgram::RedisServer << int(StateSource::Log);
    }

    void killedReplicaComesBackWithPartialResync()
    {
        QFETCH(NodeProgram, program);
        QFETCH(int, source);
        QTemporaryDir dir;
        LabController lab;
        QVERIFY(startSeedLab(lab, dir, program));
        ReplicationWorkspace ws(&lab, nullptr);
        ws.resize(1400, 900);
        ws.show();
        QVERIFY(rdtest::waitUntil(
            [&] { return linkUp(ws, "replica-1") && linkUp(ws, "replica-2"); }, 30000));
        QCOMPARE(int(ws.model()->link(QStringLiteral("replica-1"))->source), source);
        QCOMPARE(ws.model()->link(QStringLiteral("replica-1"))->masterId, QStringLiteral("master"));
        // Some data and some stream, so the restarted replica has something to continue from.
        LabNode *master = lab.node(QStringLiteral("master"));
        int written = 0;
        for (int i = 0; i < 20; ++i)
            master->command({"SET", "key:" + QByteArray::number(i), "value"},
                            [&](const RespValue &) { ++written; });
        QVERIFY(rdtest::waitUntil([&] { return written == 20; }, 10000));
        QVERIFY(rdtest::waitUntil(
            [&] {
                const LagSeries *s = ws.model()->lagSeries(QStringLiteral("replica-1"));
                return s && !s->isEmpty() && s->last().byteLag == 0 &&
                       ws.model()->node(QStringLiteral("master"))->masterReplOffset > 0;
            },
            15000));
        const int partialBefore = timeline(ws, "replica-1")->partialResyncCount();

        ws.selection()->selectLink(QStringLiteral("replica-1"));
        lab.killNode(QStringLiteral("replica-1"));
        QVERIFY(rdtest::waitUntil(
            [&] {
                const ReplicationNode *n = ws.model()->node(QStringLiteral("replica-1"));
                return n && n->health == NodeHealth::Down;
            },
            10000));
        QString error;
        QVERIFY2(lab.startNode(QStringLiteral("replica-1"), &error), qPrintable(error));
        QVERIFY(rdtest::waitUntil(
            [&] {
                const ReplicaTimeline *t = timeline(ws, "replica-1");
                return t && t->partialResyncCount() > partialBefore &&
                       t->state() == ReplicaState::Connected;
            },
            30000));
        const ReplicaTimeline *t = timeline(ws, "replica-1");
        QCOMPARE(t->lastSyncPath(), SyncPath::Partial);
        QTRY_VERIFY(!ws.syncState()->diagram()->isAnimating());
        if (program == NodeProgram::ReplicaDeskNode)
            rdtest::saveScreenshot(ws, "replication-partial-resync");
        // The timeline the user reads says so, after the lab's "killed" marker.
        QTableView *table = ws.syncState()->timelineTable();
        bool partialRow = false;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            partialRow |=
                table->model()->index(row, TransitionTableModel::MeaningColumn).data().toString() ==
                QLatin1String("partial resync, link up");
        QVERIFY(partialRow);
        QCOMPARE(ws.syncState()->diagram()->highlight().path, SyncPath::Partial);
        bool killedMarker = false;
        for (const LagMarker &m : ws.model()->markers())
            killedMarker |=
                m.kind == LagMarkerKind::LabAction && m.text == QLatin1String("replica-1 killed");
        QVERIFY(killedMarker);
        lab.stopAllAndWait();
    }

    void seedBindFailureIsExplainedAndFixed()
    {
        QTemporaryDir dir;
        LabController lab;
        QVERIFY(startSeedLab(lab, dir, NodeProgram::ReplicaDeskNode));
        ReplicationWorkspace ws(&lab, nullptr);
        ws.feed()->setDoctorInterval(200);
        QVERIFY(rdtest::waitUntil([&] { return linkUp(ws, "replica-2"); }, 30000));
        const int fullBefore = timeline(ws, "replica-2")->fullResyncCount();

        QString error;
        QVERIFY2(ws.labBridge()->reproduceBoundToLoopback(QStringLiteral("replica-2"), &error),
                 qPrintable(error));
        // Stuck in connect/connecting with the seed's error.
        QVERIFY(rdtest::waitUntil(
            [&] {
                const ReplicationLink *l = ws.model()->link(QStringLiteral("replica-2"));
                return l &&
                       (l->state == ReplicaState::Connect ||
                        l->state == ReplicaState::Connecting) &&
                       l->lastError.contains(QLatin1String("Connection refused"));
            },
            20000));
        QVERIFY(rdtest::waitUntil(
            [&] { return finding(ws, "replica-2", DiagnosisKind::MasterNotListening); }, 10000));
        const Diagnosis d = *finding(ws, "replica-2", DiagnosisKind::MasterNotListening);
        QVERIFY2(d.title.contains(QLatin1String("127.0.0.2")), qPrintable(d.title));
        ws.resize(1500, 950);
        ws.show();
        ws.selection()->selectLink(QStringLiteral("replica-2"));
        QTRY_VERIFY(!ws.syncState()->diagram()->isAnimating());
        rdtest::saveScreenshot(ws, "replication-bind-fault");
        QCOMPARE(d.action, FixAction::BindMasterAddress);

        QVERIFY2(ws.labBridge()->applyFix(d, &error), qPrintable(error));
        QVERIFY(rdtest::waitUntil([&] { return linkUp(ws, "replica-2"); }, 30000));
        const ReplicaTimeline *t = timeline(ws, "replica-2");
        QCOMPARE(t->lastSyncPath(), SyncPath::Full); // replica-2 has save "": it starts empty
        QVERIFY(t->fullResyncCount() > fullBefore);
        QVERIFY(rdtest::waitUntil(
            [&] { return !finding(ws, "replica-2", DiagnosisKind::MasterNotListening); }, 10000));
        lab.stopAllAndWait();
    }

    void seedFirewallFailureIsExplainedAndFixed()
    {
        QTemporaryDir dir;
        LabController lab;
        QVERIFY(startSeedLab(lab, dir, NodeProgram::ReplicaDeskNode));
        ReplicationWorkspace ws(&lab, nullptr);
        ws.feed()->setDoctorInterval(200);
        QVERIFY(rdtest::waitUntil([&] { return linkUp(ws, "replica-2"); }, 30000));

        QString error;
        QVERIFY2(ws.labBridge()->reproduceFirewall(QStringLiteral("replica-2"), &error),
                 qPrintable(error));
        QVERIFY(rdtest::waitUntil(
            [&] { return finding(ws, "replica-2", DiagnosisKind::FirewallBlocksPort); }, 20000));
        // The replica is back (restarted empty) and stuck on its own error.
        QVERIFY(rdtest::waitUntil(
            [&] {
                const ReplicationLink *l = ws.model()->link(QStringLiteral("replica-2"));
                return l &&
                       (l->state == ReplicaState::Connect ||
                        l->state == ReplicaState::Connecting) &&
                       l->lastError.contains(QLatin1String("Connection refused"));
            },
            20000));
        QVERIFY(rdtest::waitUntil(
            [&] {
                const Diagnosis *f = finding(ws, "replica-2", DiagnosisKind::FirewallBlocksPort);
                return f && f->explanation.contains(QLatin1String("Connection refused"));
            },
            10000));
        const Diagnosis d = *finding(ws, "replica-2", DiagnosisKind::FirewallBlocksPort);
        QVERIFY(
            d.commands.first().startsWith(QLatin1String("firewall-cmd --zone=public --add-port=")));
        QCOMPARE(d.action, FixAction::OpenFirewall);
        ws.resize(1500, 950);
        ws.show();
        ws.selection()->selectLink(QStringLiteral("replica-2"));
        QTRY_VERIFY(!ws.syncState()->diagram()->isAnimating());
        rdtest::saveScreenshot(ws, "replication-firewall-fault");
        QVERIFY2(ws.labBridge()->applyFix(d, &error), qPrintable(error));
        QVERIFY(rdtest::waitUntil([&] { return linkUp(ws, "replica-2"); }, 30000));
        QCOMPARE(timeline(ws, "replica-2")->lastSyncPath(), SyncPath::Full);
        lab.stopAllAndWait();
    }
    // The topology's context menu kills and promotes lab nodes only once the user confirms, as
    // the Lab panel's buttons do (the menu used to kill at once).
    void contextMenuAsksBeforeKillAndPromote()
    {
        QTemporaryDir dir;
        LabController lab;
        QVERIFY(startSeedLab(lab, dir, NodeProgram::ReplicaDeskNode));
        ReplicationWorkspace ws(&lab, nullptr);
        QStringList asked;
        bool answer = false;
        ws.labBridge()->setConfirm([&](const QString &title, const QString &) {
            asked << title;
            return answer;
        });
        auto trigger = [&](const QString &prefix) {
            QMenu menu;
            emit ws.topology()->contextMenuRequested(&menu, ReplicationSelection::Kind::Node,
                                                     QStringLiteral("replica-1"));
            for (QAction *a : menu.actions())
                if (a->text().startsWith(prefix)) {
                    a->trigger();
                    return true;
                }
            return false;
        };
        const QString replica1 = QStringLiteral("replica-1");
        QVERIFY(trigger(QStringLiteral("Promote")));
        QCOMPARE(asked.size(), 1);
        QVERIFY(lab.spec().node(replica1)->isReplica());
        QVERIFY(trigger(QStringLiteral("Kill")));
        QCOMPARE(asked.size(), 2);
        QCOMPARE(lab.node(replica1)->state(), LabNode::State::Running);
        answer = true;
        QVERIFY(trigger(QStringLiteral("Kill")));
        QCOMPARE(asked.size(), 3);
        QVERIFY(rdtest::waitUntil(
            [&] { return lab.node(replica1)->state() == LabNode::State::Killed; }, 10000));
        lab.stopAllAndWait();
    }
};

QTEST_MAIN(TstReplicationLabE2E)
#include "tst_replication_lab_e2e.moc"
