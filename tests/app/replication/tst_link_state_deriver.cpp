// Deriving a real Redis replica's state sequence from INFO/ROLE samples: what can be told apart
// and how a sync too quick to be sampled is still classified (full vs partial) from the master's
// counters.
#include "model/replication/link_state_deriver.h"
#include "model/replication/replica_timeline.h"

#include <QTest>

namespace {

ReplicaObservation role(qint64 us, RolePhase phase, const char *replid = "aaaa")
{
    ReplicaObservation o;
    o.timestampUs = us;
    o.rolePhase = phase;
    o.linkUp = phase == RolePhase::Connected;
    o.masterReplid = QString::fromLatin1(replid);
    return o;
}

MasterSyncCounters counters(qint64 full, qint64 partialOk)
{
    MasterSyncCounters c;
    c.syncFull = full;
    c.syncPartialOk = partialOk;
    c.syncPartialErr = 0;
    return c;
}

} // namespace

class TstLinkStateDeriver : public QObject
{
    Q_OBJECT
private slots:
    void sampledFullSyncFromRole()
    {
        LinkStateDeriver d;
        ReplicaTimeline tl(StateSource::InfoRole);
        const QList<RolePhase> phases = {RolePhase::Connect, RolePhase::Handshake, RolePhase::Sync,
                                         RolePhase::Connected};
        qint64 us = 0;
        for (RolePhase p : phases)
            for (const auto &t : d.observe(role(us += 1000, p)))
                tl.append(t);
        QCOMPARE(tl.transitions().size(), std::size_t(4));
        QCOMPARE(tl.fullResyncCount(), 1);
        QCOMPARE(tl.transitions().back().reason, QStringLiteral("ROLE: connected"));
    }

    void unchangedSamplesGiveNothing()
    {
        LinkStateDeriver d;
        QCOMPARE(d.observe(role(1, RolePhase::Connected)).size(), 1);
        QVERIFY(d.observe(role(2, RolePhase::Connected)).isEmpty());
        QVERIFY(d.observe(role(3, RolePhase::Connected)).isEmpty());
    }

    void quickPartialResyncIsClassifiedByTheMastersCounters()
    {
        LinkStateDeriver d;
        ReplicaTimeline tl(StateSource::InfoRole);
        auto feed = [&](const ReplicaObservation &o, const MasterSyncCounters &c) {
            for (const auto &t : d.observe(o, c))
                tl.append(t);
        };
        feed(role(1, RolePhase::Connected), counters(1, 0));
        feed(role(2, RolePhase::Connect), counters(1, 0));
        feed(role(3, RolePhase::Connected), counters(1, 1));
        QCOMPARE(tl.partialResyncCount(), 1);
        QCOMPARE(tl.fullResyncCount(), 0);
        QVERIFY(tl.transitions().back().reason.contains(QLatin1String("sync_partial_ok")));
    }

    void quickFullResyncIsNotMistakenForPartial()
    {
        LinkStateDeriver d;
        ReplicaTimeline tl(StateSource::InfoRole);
        auto feed = [&](const ReplicaObservation &o, const MasterSyncCounters &c) {
            for (const auto &t : d.observe(o, c))
                tl.append(t);
        };
        feed(role(1, RolePhase::Connected), counters(1, 0));
        feed(role(2, RolePhase::Handshake), counters(1, 0));
        feed(role(3, RolePhase::Connected), counters(2, 0)); // transfer happened between samples
        QCOMPARE(tl.fullResyncCount(), 1);
        QCOMPARE(tl.partialResyncCount(), 0);
    }

    void replidChangeMeansFullResyncWithoutCounters()
    {
        LinkStateDeriver d;
        ReplicaTimeline tl(StateSource::InfoRole);
        for (const auto &o :
             {role(1, RolePhase::Connected, "aaaa"), role(2, RolePhase::Connect, "aaaa"),
              role(3, RolePhase::Connected, "bbbb")})
            for (const auto &t : d.observe(o))
                tl.append(t);
        QCOMPARE(tl.fullResyncCount(), 1);
    }

    void infoWithoutRoleStillTellsSyncAndUp()
    {
        ReplicaObservation o;
        o.syncInProgress = true;
        QCOMPARE(rolePhaseFromInfo(o), RolePhase::Sync);
        o.syncInProgress = false;
        o.linkUp = true;
        QCOMPARE(rolePhaseFromInfo(o), RolePhase::Connected);
        o.linkUp = false;
        QCOMPARE(rolePhaseFromInfo(o), RolePhase::Connect);
        o.isReplica = false;
        QCOMPARE(rolePhaseFromInfo(o), RolePhase::None);

        LinkStateDeriver d;
        ReplicaObservation down;
        down.timestampUs = 5;
        down.linkDownSinceSeconds = 12;
        const auto ts = d.observe(down);
        QCOMPARE(ts.size(), 1);
        QCOMPARE(ts[0].reason, QStringLiteral("INFO: master_link_status:down (down for 12 s)"));
    }

    void loadingShowsAsLoadStep()
    {
        LinkStateDeriver d;
        ReplicaTimeline tl(StateSource::InfoRole);
        ReplicaObservation o = role(1, RolePhase::Sync);
        for (const auto &t : d.observe(o))
            tl.append(t);
        o.timestampUs = 2;
        o.loading = true;
        for (const auto &t : d.observe(o))
            tl.append(t);
        QVERIFY(tl.isLoading());
        QCOMPARE(tl.events().back().kind, TimelineEventKind::LoadStarted);
    }
};

QTEST_GUILESS_MAIN(TstLinkStateDeriver)
#include "tst_link_state_deriver.moc"
