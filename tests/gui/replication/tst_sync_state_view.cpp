// The sync state machine view: recorded sequences drawn as the diagram's current step and path,
// the timeline table, the source, the error, the transfer progress and the master's side.
#include "model/replication/replication_selection.h"
#include "seed_group_fixture.h"
#include "ui/replication/sync_state_diagram.h"
#include "ui/replication/sync_state_view.h"

#include <QTableView>
#include <QTest>

class TstSyncStateView : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_model = new ReplicationModel;
        m_selection = new ReplicationSelection;
        seedgroup::fill(*m_model);
        m_view = new SyncStateView(m_model, m_selection);
        m_view->resize(1100, 800);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view));
    }
    void cleanup()
    {
        delete m_view;
        delete m_selection;
        delete m_model;
    }

    void partialResyncFromTheRecordedLog()
    {
        m_selection->selectLink(QStringLiteral("replica-1"));
        QCOMPARE(m_view->shownLink(), QStringLiteral("replica-1"));
        const SyncStepHighlight &h = m_view->diagram()->highlight();
        QCOMPARE(h.current, SyncStep::Stream);
        QCOMPARE(h.path, SyncPath::Partial);
        QVERIFY(!h.failing);
        QCOMPARE(m_view->timelineTable()->model()->rowCount(), 13);
        QVERIFY(m_view->sourceText().contains(QLatin1String("log file")));
        QVERIFY(m_view->errorText().isEmpty());
        QVERIFY(!m_view->isTransferVisible());
        QVERIFY(m_view->masterSideText().contains(QLatin1String("online")));
        QVERIFY(m_view->masterSideText().contains(QLatin1String("still needs 1000 B")));
        QVERIFY(m_view->masterSideText().contains(QLatin1String("could resync partially")));
    }

    void stuckInConnectShowsTheError()
    {
        m_selection->selectNode(QStringLiteral("replica-2")); // a replica's node = its link
        QCOMPARE(m_view->shownLink(), QStringLiteral("replica-2"));
        QCOMPARE(m_view->diagram()->currentStep(), SyncStep::Connect);
        QVERIFY(m_view->diagram()->highlight().failing);
        QVERIFY(m_view->errorText().contains(QLatin1String("Connection refused")));
        QVERIFY(m_view->masterSideText().contains(QLatin1String("not connected")));
    }

    void transferShowsProgressRateAndEta()
    {
        m_selection->selectLink(QStringLiteral("replica-3"));
        QCOMPARE(m_view->diagram()->currentStep(), SyncStep::Transfer);
        QVERIFY(m_view->isTransferVisible());
        QCOMPARE(m_view->transferText(), QStringLiteral("18.0 MB of 40.0 MB, 4.0 MB/s, ETA 5.5 s"));
        QVERIFY(m_view->sourceText().contains(QLatin1String("REPLSTATE")));
        QVERIFY(m_view->masterSideText().contains(QLatin1String("send_bulk")));
    }

    void selectingAMasterShowsItsFirstReplica()
    {
        m_selection->selectNode(QStringLiteral("master"));
        QCOMPARE(m_view->shownLink(), QStringLiteral("replica-1"));
    }

    void aNewTransitionMovesTheHighlightWithAnAnimation()
    {
        m_selection->selectLink(QStringLiteral("replica-2"));
        StateTransition t;
        t.timestampUs = 1700000000000000;
        t.from = ReplicaState::Connect;
        t.to = ReplicaState::Connecting;
        t.reason = QStringLiteral("Connecting to MASTER 127.0.0.1:7001");
        m_model->appendTransitions(QStringLiteral("replica-2"), {t}, StateSource::Log);
        QCOMPARE(m_view->diagram()->currentStep(), SyncStep::Connecting);
        QVERIFY(m_view->diagram()->isAnimating());
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->diagram()->isAnimating(), 2000);
        const int rows = m_view->timelineTable()->model()->rowCount();
        QCOMPARE(m_view->timelineTable()->model()->index(rows - 1, 4).data().toString(), t.reason);
    }

    void noSelectionAndNoLinksShowsAHint()
    {
        ReplicationModel empty;
        ReplicationSelection selection;
        SyncStateView view(&empty, &selection);
        QVERIFY(view.shownLink().isEmpty());
        QVERIFY(view.sourceText().contains(QLatin1String("Select a replica")));
    }

private:
    ReplicationModel *m_model = nullptr;
    ReplicationSelection *m_selection = nullptr;
    SyncStateView *m_view = nullptr;
};

QTEST_MAIN(TstSyncStateView)
#include "tst_sync_state_view.moc"
