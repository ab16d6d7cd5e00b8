// The store the views read: transitions become chart markers, the timeline table follows the
// focused link, and the selection is one object shared by all views.
#include "model/replication/master_side.h"
#include "model/replication/replication_model.h"
#include "model/replication/replication_selection.h"
#include "model/replication/transition_table_model.h"
#include "recorded_logs.h"

#include <QSignalSpy>
#include <QTest>

class TstReplicationModel : public QObject
{
    Q_OBJECT
private slots:
    // Offsets sampled at different moments: a replica sampled after its master looks a few
    // bytes ahead. It still resumes partially; the view said "needs a full sync" at 0 B behind.
    void backlogCoverageOfAReplicaSampledAhead()
    {
        // master at 5000, backlog holds bytes 4001..5000 (first byte 4001, histlen 1000)
        const BacklogCoverage ahead = backlogCoverage(5000, 4001, 1000, 5100);
        QCOMPARE(ahead.neededBytes, qint64(0));
        QVERIFY(ahead.partialPossible);
        const BacklogCoverage behind = backlogCoverage(5000, 4001, 1000, 4500);
        QCOMPARE(behind.neededBytes, qint64(500));
        QVERIFY(behind.partialPossible);
        const BacklogCoverage lost = backlogCoverage(5000, 4001, 1000, 3000);
        QVERIFY(!lost.partialPossible);
    }

    void transitionsBecomeMarkersForTheLagChart()
    {
        ReplicationModel model;
        QSignalSpy markers(&model, &ReplicationModel::markerAdded);
        const int added = model.appendTransitions(
            QStringLiteral("replica-1"), transitionsFromLog("redis7-full-then-partial.replica.log"),
            StateSource::Log);
        QCOMPARE(added, 13);
        QList<LagMarkerKind> kinds;
        for (const LagMarker &m : model.markers()) {
            QCOMPARE(m.linkId, QStringLiteral("replica-1"));
            kinds << m.kind;
        }
        QCOMPARE(kinds, (QList<LagMarkerKind>{LagMarkerKind::FullResync, LagMarkerKind::LinkUp,
                                              LagMarkerKind::LinkDown, LagMarkerKind::PartialResync,
                                              LagMarkerKind::LinkUp}));
        QCOMPARE(markers.count(), 5);
        QCOMPARE(model.timeline(QStringLiteral("replica-1"))->source(), StateSource::Log);
    }

    void timelineTableFollowsItsLinkAndGrowsByAppending()
    {
        ReplicationModel model;
        TransitionTableModel table(&model);
        const auto ts = transitionsFromLog("seed-refused-then-full-sync.replica.log");
        model.appendTransitions(QStringLiteral("replica-1"), ts.mid(0, 2), StateSource::Log);
        table.setLink(QStringLiteral("replica-1"));
        QCOMPARE(table.rowCount(), 2);
        QSignalSpy inserted(&table, &QAbstractItemModel::rowsInserted);
        model.appendTransitions(QStringLiteral("replica-1"), ts.mid(2), StateSource::Log);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(table.rowCount(), ts.size());
        // Another link's transitions do not touch this table.
        model.appendTransitions(QStringLiteral("replica-2"), ts, StateSource::Log);
        QCOMPARE(inserted.count(), 1);

        QCOMPARE(table.data(table.index(1, TransitionTableModel::MeaningColumn)).toString(),
                 QStringLiteral("attempt failed"));
        QCOMPARE(table.data(table.index(1, TransitionTableModel::ReasonColumn)).toString(),
                 QStringLiteral("Error condition on socket for SYNC: Connection refused"));
        const int last = table.rowCount() - 1;
        QCOMPARE(table.data(table.index(last, TransitionTableModel::MeaningColumn)).toString(),
                 QStringLiteral("full sync done, link up"));
        QCOMPARE(table.data(table.index(last, TransitionTableModel::ToColumn)).toString(),
                 QStringLiteral("connected"));
        QCOMPARE(table.data(table.index(0, TransitionTableModel::TimeColumn)).toString(),
                 QStringLiteral("17:08:24.047000"));
    }

    void linksAndNodesAnnounceTopologyChanges()
    {
        ReplicationModel model;
        QSignalSpy topology(&model, &ReplicationModel::topologyChanged);
        QSignalSpy linkChanged(&model, &ReplicationModel::linkChanged);
        ReplicationNode master;
        master.id = QStringLiteral("master");
        model.setNode(master);
        ReplicationLink link;
        link.replicaId = QStringLiteral("replica-1");
        link.masterId = QStringLiteral("master");
        model.setLink(link);
        QCOMPARE(topology.count(), 2);
        link.byteLag = 10;
        model.setLink(link); // a value change is not a topology change
        QCOMPARE(topology.count(), 2);
        QCOMPARE(linkChanged.count(), 2);
        QCOMPARE(model.link(QStringLiteral("replica-1"))->byteLag, qint64(10));
        model.removeNode(QStringLiteral("replica-1"));
        QVERIFY(!model.link(QStringLiteral("replica-1")));
        QCOMPARE(topology.count(), 3);
    }

    void selectionIsOneSharedState()
    {
        ReplicationSelection selection;
        QSignalSpy changed(&selection, &ReplicationSelection::selectionChanged);
        selection.selectLink(QStringLiteral("replica-1"));
        selection.selectLink(QStringLiteral("replica-1")); // no change, no signal
        QCOMPARE(changed.count(), 1);
        QVERIFY(selection.isLink(QStringLiteral("replica-1")));
        selection.selectNode(QStringLiteral("master"));
        QVERIFY(selection.isNode(QStringLiteral("master")));
        QCOMPARE(selection.focusedLink(), QStringLiteral("master"));
        selection.clear();
        QCOMPARE(selection.kind(), ReplicationSelection::Kind::None);
        QCOMPARE(changed.count(), 3);
    }

    void transferEtaFromRateAndRemainingBytes()
    {
        ReplicationLink l;
        l.syncTotalBytes = 1000;
        l.syncReadBytes = 400;
        l.syncRateBytesPerSec = 200;
        QCOMPARE(transferEtaSeconds(l), 3.0);
        l.syncTotalBytes = 0; // EOF form: size unknown
        QCOMPARE(transferEtaSeconds(l), -1.0);
    }
};

QTEST_GUILESS_MAIN(TstReplicationModel)
#include "tst_replication_model.moc"
