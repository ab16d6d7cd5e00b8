// The doctor panel: findings worst first, the selected subject first, details with commands,
// Apply fix only where the lab can carry it out, and selection shared with the other views.
#include "model/replication/doctor.h"
#include "model/replication/replication_selection.h"
#include "seed_group_fixture.h"
#include "ui/replication/doctor_panel.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

namespace {

QList<Diagnosis> seedFindings()
{
    MasterFacts master;
    master.name = QStringLiteral("master");
    master.port = 7001;
    master.bind = {QStringLiteral("127.0.0.1")};
    master.running = true;
    master.requirePass = true;
    master.rdbSaveDisabled = true;
    master.appendOnly = false;
    master.connectedReplicas = 1;
    ReplicaLinkFacts r2;
    r2.replicaName = QStringLiteral("replica-2");
    r2.dialHost = QStringLiteral("127.0.0.2");
    r2.dialPort = 7001;
    r2.state = ReplicaState::Connect;
    r2.lastError = QStringLiteral("Error condition on socket for SYNC: Connection refused");
    r2.masterAuthSet = true;
    QList<Diagnosis> out = Doctor::diagnoseMaster(master);
    out += Doctor::diagnoseLink(master, r2);
    return out;
}

} // namespace

class TstDoctorPanel : public QObject
{
    Q_OBJECT
private slots:
    void findingsWorstFirstWithCommands()
    {
        ReplicationModel model;
        ReplicationSelection selection;
        seedgroup::fill(model);
        DoctorPanel panel(&model, &selection);
        panel.resize(900, 400);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        model.setDiagnoses(seedFindings());
        QCOMPARE(panel.findingCount(), 2);
        QVERIFY(panel.currentFinding());
        QCOMPARE(panel.currentFinding()->kind, DiagnosisKind::MasterNotListening); // error first
        QVERIFY(panel.detailsText().contains(QLatin1String("bind 0.0.0.0")));
        QVERIFY(panel.detailsText().contains(QLatin1String("Connection refused")));
        // A rebuild never moves the user's selection.
        QCOMPARE(selection.kind(), ReplicationSelection::Kind::None);
    }

    void applyFixOnlyWhereTheLabCan()
    {
        ReplicationModel model;
        ReplicationSelection selection;
        seedgroup::fill(model);
        DoctorPanel panel(&model, &selection);
        model.setDiagnoses(seedFindings());
        QVERIFY(!panel.applyButton()->isEnabled());
        panel.setApplicableActions({FixAction::BindMasterAddress, FixAction::OpenFirewall});
        QVERIFY(panel.applyButton()->isEnabled());
        QSignalSpy apply(&panel, &DoctorPanel::applyFixRequested);
        QTest::mouseClick(panel.applyButton(), Qt::LeftButton);
        QCOMPARE(apply.count(), 1);
        QCOMPARE(apply.first().first().value<Diagnosis>().kind, DiagnosisKind::MasterNotListening);
        panel.selectFinding(1); // the persistence warning: no lab action for it here
        QVERIFY(!panel.applyButton()->isEnabled());
    }

    void selectionAndFindingsFollowEachOther()
    {
        ReplicationModel model;
        ReplicationSelection selection;
        seedgroup::fill(model);
        DoctorPanel panel(&model, &selection);
        model.setDiagnoses(seedFindings());
        selection.selectNode(QStringLiteral("master"));
        QCOMPARE(panel.currentFinding()->subject, QStringLiteral("master"));
        panel.selectFinding(0);
        QCOMPARE(panel.currentFinding()->subject, QStringLiteral("replica-2"));
        QVERIFY(selection.isLink(QStringLiteral("replica-2")));
    }
};

QTEST_MAIN(TstDoctorPanel)
#include "tst_doctor_panel.moc"
