// Each doctor rule: the facts that trigger it, the explanation's key words, and the fix.
#include "model/replication/doctor.h"

#include <QTest>

namespace {

MasterFacts seedMaster()
{
    // The seed's master: save "", requirepass set, protected-mode no; in the lab bound to
    // 127.0.0.1 only (the seed's second failure).
    MasterFacts m;
    m.name = QStringLiteral("master");
    m.host = QStringLiteral("127.0.0.1");
    m.port = 6379;
    m.bind = {QStringLiteral("127.0.0.1")};
    m.running = true;
    m.protectedMode = false;
    m.requirePass = true;
    m.rdbSaveDisabled = true;
    m.appendOnly = false;
    m.connectedReplicas = 2;
    m.backlogSize = 1024 * 1024;
    return m;
}

ReplicaLinkFacts replicaFailing(const char *error, const char *dialHost = "127.0.0.1")
{
    ReplicaLinkFacts r;
    r.replicaName = QStringLiteral("replica-1");
    r.dialHost = QString::fromLatin1(dialHost);
    r.dialPort = 6379;
    r.state = ReplicaState::Connect;
    r.lastError = QString::fromLatin1(error);
    r.notUpForSeconds = 5;
    r.masterAuthSet = true;
    return r;
}

const Diagnosis *find(const QList<Diagnosis> &ds, DiagnosisKind kind)
{
    for (const Diagnosis &d : ds)
        if (d.kind == kind)
            return &d;
    return nullptr;
}

} // namespace

class TstDoctor : public QObject
{
    Q_OBJECT
private slots:
    void noRouteToHostIsTheFirewallWithFirewallCmdLines()
    {
        const auto ds = Doctor::diagnoseLink(
            seedMaster(), replicaFailing("Error condition on socket for SYNC: No route to host"));
        const Diagnosis *d = find(ds, DiagnosisKind::FirewallBlocksPort);
        QVERIFY(d);
        QCOMPARE(d->severity, DiagnosisSeverity::Error);
        QCOMPARE(d->commands,
                 (QStringList{QStringLiteral("firewall-cmd --zone=public --add-port=6379/tcp "
                                             "--permanent"),
                              QStringLiteral("firewall-cmd --reload"),
                              QStringLiteral("firewall-cmd --list-ports")}));
        QVERIFY(d->explanation.contains(QLatin1String("No route to host")));
        QCOMPARE(d->action, FixAction::None); // remote: the user runs the commands
    }

    void labFirewallFaultOffersTheOneClickFix()
    {
        ReplicaLinkFacts r =
            replicaFailing("Error condition on socket for SYNC: Connection reset by peer");
        r.labFirewallReject = true;
        const auto ds = Doctor::diagnoseLink(seedMaster(), r);
        QVERIFY(!ds.isEmpty());
        QCOMPARE(ds.first().kind, DiagnosisKind::FirewallBlocksPort);
        QCOMPARE(ds.first().action, FixAction::OpenFirewall);
    }

    void connectionRefusedWithMasterBoundToLoopbackGivesTheBindLine()
    {
        const auto ds = Doctor::diagnoseLink(
            seedMaster(),
            replicaFailing("Error condition on socket for SYNC: Connection refused", "127.0.0.2"));
        const Diagnosis *d = find(ds, DiagnosisKind::MasterNotListening);
        QVERIFY(d);
        QCOMPARE(d->severity, DiagnosisSeverity::Error);
        QVERIFY(d->title.contains(QLatin1String("127.0.0.1")));
        QVERIFY(d->title.contains(QLatin1String("127.0.0.2")));
        QVERIFY(d->explanation.contains(QLatin1String("bind 127.0.0.1")));
        QVERIFY(d->commands.contains(QStringLiteral("bind 0.0.0.0")));
        QVERIFY(d->commands.contains(QStringLiteral("bind 127.0.0.1 127.0.0.2")));
        QCOMPARE(d->action, FixAction::BindMasterAddress);
        // Not reported twice (once from the error, once predicted from the configs).
        int count = 0;
        for (const auto &x : ds)
            count += x.kind == DiagnosisKind::MasterNotListening;
        QCOMPARE(count, 1);
    }

    void connectionRefusedFromAStoppedMasterSaysStartIt()
    {
        MasterFacts m = seedMaster();
        m.running = false;
        const auto ds = Doctor::diagnoseLink(
            m, replicaFailing("Error condition on socket for SYNC: Connection refused"));
        QCOMPARE(ds.first().kind, DiagnosisKind::MasterNotListening);
        QCOMPARE(ds.first().action, FixAction::None);
        QVERIFY(ds.first().title.contains(QLatin1String("not running")));
    }

    void bindMismatchIsPredictedBeforeTheLinkIsTried()
    {
        ReplicaLinkFacts r = replicaFailing("", "127.0.0.2");
        r.state = ReplicaState::None;
        const auto ds = Doctor::diagnoseLink(seedMaster(), r);
        const Diagnosis *d = find(ds, DiagnosisKind::MasterNotListening);
        QVERIFY(d);
        QCOMPARE(d->severity, DiagnosisSeverity::Warning);
    }

    void bindCoversWildcardsAndOptionalAddresses()
    {
        QVERIFY(bindCovers({QStringLiteral("0.0.0.0")}, QStringLiteral("10.1.2.3")));
        QVERIFY(
            bindCovers({QStringLiteral("*"), QStringLiteral("-::*")}, QStringLiteral("1.2.3.4")));
        QVERIFY(bindCovers({QStringLiteral("-127.0.0.1")}, QStringLiteral("localhost")));
        QVERIFY(!bindCovers({QStringLiteral("127.0.0.1")}, QStringLiteral("127.0.0.2")));
    }

    void missingMasterauthFromNoauth()
    {
        const auto ds = Doctor::diagnoseLink(
            seedMaster(),
            replicaFailing(
                "MASTER aborted replication with an error: NOAUTH Authentication required."));
        QCOMPARE(ds.first().kind, DiagnosisKind::MissingMasterAuth);
        QCOMPARE(ds.first().action, FixAction::SetMasterAuth);
    }

    void missingMasterauthPredictedFromConfigs()
    {
        ReplicaLinkFacts r = replicaFailing("");
        r.masterAuthSet = false;
        const auto ds = Doctor::diagnoseLink(seedMaster(), r);
        QVERIFY(find(ds, DiagnosisKind::MissingMasterAuth));
    }

    void wrongMasterauth()
    {
        const auto ds = Doctor::diagnoseLink(
            seedMaster(),
            replicaFailing("Unable to AUTH to MASTER: -WRONGPASS invalid username-password pair "
                           "or user is disabled."));
        QCOMPARE(ds.first().kind, DiagnosisKind::WrongMasterAuth);
    }

    void protectedModeRefusal()
    {
        const auto ds = Doctor::diagnoseLink(
            seedMaster(),
            replicaFailing("Error reply to PING from master: '-DENIED Redis is running in "
                           "protected mode because protected mode is enabled'"));
        QCOMPARE(ds.first().kind, DiagnosisKind::ProtectedMode);
        QVERIFY(ds.first().commands.contains(QStringLiteral("protected-mode no")));
    }

    void timeoutPointsAtDroppedPackets()
    {
        const auto ds = Doctor::diagnoseLink(seedMaster(),
                                             replicaFailing("Timeout connecting to the MASTER..."));
        QCOMPARE(ds.first().kind, DiagnosisKind::ConnectTimeout);
        QVERIFY(ds.first().commands.first().startsWith(QLatin1String("firewall-cmd")));
    }

    void unknownHostName()
    {
        const auto ds = Doctor::diagnoseLink(
            seedMaster(),
            replicaFailing("Error condition on socket for SYNC: Name or service not known",
                           "master.example"));
        QCOMPARE(ds.first().kind, DiagnosisKind::HostNotResolved);
    }

    void unknownErrorsAreShownVerbatim()
    {
        const auto ds = Doctor::diagnoseLink(
            seedMaster(), replicaFailing("Replication stream EOF marker is broken"));
        QCOMPARE(ds.first().kind, DiagnosisKind::LinkError);
        QVERIFY(ds.first().explanation.contains(QLatin1String("EOF marker is broken")));
    }

    void backlogTooSmallForTheOutageSuggestsASize()
    {
        MasterFacts m = seedMaster();
        m.writeRateBytesPerSec = 200 * 1024; // 200 KB/s
        ReplicaLinkFacts r = replicaFailing("");
        r.state = ReplicaState::Connected;
        r.lastOutageSeconds = 30; // missed ~6 MB with a 1 MB backlog
        r.fullResyncAfterOutage = true;
        const auto ds = Doctor::diagnoseLink(m, r);
        const Diagnosis *d = find(ds, DiagnosisKind::BacklogTooSmall);
        QVERIFY(d);
        QCOMPARE(d->suggestedValue, qint64(16) * 1024 * 1024); // 2 x 6 MB rounded up
        QVERIFY(d->commands.contains(QStringLiteral("repl-backlog-size 16mb")));
        QCOMPARE(d->action, FixAction::ResizeBacklog);
    }

    void backlogLargeEnoughIsNotReported()
    {
        MasterFacts m = seedMaster();
        m.writeRateBytesPerSec = 1000;
        ReplicaLinkFacts r = replicaFailing("");
        r.state = ReplicaState::Connected;
        r.lastOutageSeconds = 10;
        QVERIFY(!find(Doctor::diagnoseLink(m, r), DiagnosisKind::BacklogTooSmall));
        QVERIFY(!find(Doctor::diagnoseMaster(m), DiagnosisKind::BacklogTooSmall));
    }

    void backlogHeadroomWarningForTheMaster()
    {
        MasterFacts m = seedMaster();
        m.writeRateBytesPerSec = 100 * 1024; // 1 MB covers ~10 s
        const Diagnosis *d = find(Doctor::diagnoseMaster(m), DiagnosisKind::BacklogTooSmall);
        QVERIFY(d);
        QCOMPARE(d->severity, DiagnosisSeverity::Info);
        QCOMPARE(d->suggestedValue, qint64(16) * 1024 * 1024);
    }

    void seedMasterWithoutPersistenceIsWarned()
    {
        const Diagnosis *d =
            find(Doctor::diagnoseMaster(seedMaster()), DiagnosisKind::MasterWithoutPersistence);
        QVERIFY(d);
        QVERIFY(d->explanation.contains(QLatin1String("save \"\"")));
        QVERIFY(d->commands.contains(QStringLiteral("appendonly yes")));
        MasterFacts withAof = seedMaster();
        withAof.appendOnly = true;
        QVERIFY(!find(Doctor::diagnoseMaster(withAof), DiagnosisKind::MasterWithoutPersistence));
    }

    void outputBufferLimitHits()
    {
        MasterFacts m = seedMaster();
        m.outputBufferLimitHits = 2;
        m.replicaBufferHardLimit = 256LL * 1024 * 1024;
        m.replicaBufferSoftLimit = 64LL * 1024 * 1024;
        m.replicaBufferSoftSeconds = 60;
        const Diagnosis *d = find(Doctor::diagnoseMaster(m), DiagnosisKind::OutputBufferLimit);
        QVERIFY(d);
        QCOMPARE(
            d->commands.first(),
            QStringLiteral("CONFIG SET client-output-buffer-limit \"replica 512mb 128mb 60\""));
    }

    void minReplicasBlockingWrites()
    {
        MasterFacts m = seedMaster();
        m.minReplicasToWrite = 2;
        m.goodReplicas = 1;
        const Diagnosis *d =
            find(Doctor::diagnoseMaster(m), DiagnosisKind::MinReplicasBlockingWrites);
        QVERIFY(d);
        QVERIFY(d->explanation.contains(QLatin1String("NOREPLICAS")));
        QCOMPARE(d->suggestedValue, qint64(1));
        m.goodReplicas = 2;
        QVERIFY(!find(Doctor::diagnoseMaster(m), DiagnosisKind::MinReplicasBlockingWrites));
    }

    void stuckWithoutErrorAfterTenSeconds()
    {
        MasterFacts m = seedMaster();
        ReplicaLinkFacts r = replicaFailing("");
        r.state = ReplicaState::ReceivePsyncReply;
        r.notUpForSeconds = 12;
        const auto ds = Doctor::diagnoseLink(m, r);
        QCOMPARE(ds.size(), 1);
        QCOMPARE(ds.first().kind, DiagnosisKind::LinkStuck);
        QVERIFY(ds.first().explanation.contains(QLatin1String("receive_psync_reply")));
    }

    void healthyLinkHasNoFindings()
    {
        ReplicaLinkFacts r = replicaFailing("");
        r.state = ReplicaState::Connected;
        QVERIFY(Doctor::diagnoseLink(seedMaster(), r).isEmpty());
    }

    void sizesAreWrittenTheRedisConfWay()
    {
        QCOMPARE(Doctor::configSize(1048576), QStringLiteral("1mb"));
        QCOMPARE(Doctor::configSize(512 * 1024), QStringLiteral("512kb"));
        QCOMPARE(Doctor::configSize(1LL << 30), QStringLiteral("1gb"));
        QCOMPARE(Doctor::configSize(1000), QStringLiteral("1000"));
        QCOMPARE(Doctor::suggestedBacklogSize(100), qint64(1048576));
    }
};

QTEST_GUILESS_MAIN(TstDoctor)
#include "tst_doctor.moc"
