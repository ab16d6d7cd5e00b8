// The topology view drawn from a seed-like group: layout, colours, labels, click-to-select and
// the context-menu hook.
#include "model/replication/replication_selection.h"
#include "seed_group_fixture.h"
#include "ui/replication/link_state_style.h"
#include "ui/replication/topology_view.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QMenu>
#include <QTest>
#include <QTimer>

class TstTopologyView : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_model = new ReplicationModel;
        m_selection = new ReplicationSelection;
        seedgroup::fill(*m_model);
        m_view = new TopologyView(m_model, m_selection);
        m_view->resize(1200, 520);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view));
    }
    void cleanup()
    {
        delete m_view;
        delete m_selection;
        delete m_model;
    }

    void mastersLeftReplicasRightChainsFurther()
    {
        const QRectF master = m_view->nodeRect(QStringLiteral("master"));
        const QRectF r1 = m_view->nodeRect(QStringLiteral("replica-1"));
        const QRectF r2 = m_view->nodeRect(QStringLiteral("replica-2"));
        const QRectF r3 = m_view->nodeRect(QStringLiteral("replica-3"));
        QVERIFY(!master.isEmpty() && !r1.isEmpty() && !r2.isEmpty() && !r3.isEmpty());
        QVERIFY(master.right() < r1.left());
        QCOMPARE(r1.left(), r2.left());
        QVERIFY(r1.top() < r2.top());    // in the order the nodes were added
        QVERIFY(r1.right() < r3.left()); // replica-3 replicates from replica-1
        QVERIFY(m_view->rect().contains(r3.toRect()));
        // The master sits between its two replicas.
        QVERIFY(master.center().y() > qMin(r1.center().y(), r2.center().y()));
        QVERIFY(master.center().y() < qMax(r1.center().y(), r2.center().y()));
    }

    void replicasKeepTheNodeOrderWhateverLinkReportsFirst()
    {
        ReplicationModel model;
        ReplicationSelection selection;
        model.setNode(seedgroup::node("master", NodeRole::Master, "127.0.0.1:7001"));
        model.setNode(seedgroup::node("replica-1", NodeRole::Replica, "127.0.0.1:7002"));
        model.setNode(seedgroup::node("replica-2", NodeRole::Replica, "127.0.0.1:7003"));
        for (const char *id : {"replica-2", "replica-1"}) { // replica-2's link reports first
            ReplicationLink l;
            l.replicaId = QString::fromLatin1(id);
            l.masterId = QStringLiteral("master");
            model.setLink(l);
        }
        TopologyView view(&model, &selection);
        view.resize(900, 500);
        QVERIFY(view.nodeRect(QStringLiteral("replica-1")).top() <
                view.nodeRect(QStringLiteral("replica-2")).top());
    }

    void linksAreColouredAndLabelledByState()
    {
        using C = LinkStateStyle::Category;
        QCOMPARE(m_view->linkColor(QStringLiteral("replica-1")), LinkStateStyle::color(C::Online));
        QCOMPARE(m_view->linkColor(QStringLiteral("replica-2")), LinkStateStyle::color(C::Down));
        QCOMPARE(m_view->linkColor(QStringLiteral("replica-3")), LinkStateStyle::color(C::Syncing));
        QCOMPARE(m_view->linkLabelText(QStringLiteral("replica-1")),
                 QStringLiteral("online\nlag 1000 B · ack 1 s"));
        QVERIFY(m_view->linkLabelText(QStringLiteral("replica-2"))
                    .endsWith(QLatin1String("Connection refused")));
        QVERIFY(m_view->linkLabelText(QStringLiteral("replica-3"))
                    .startsWith(QLatin1String("syncing 45%")));
    }

    void clickSelectsNodesAndLinksEverywhere()
    {
        QTest::mouseClick(m_view, Qt::LeftButton, {},
                          m_view->nodeRect(QStringLiteral("replica-3")).center().toPoint());
        QVERIFY(m_selection->isNode(QStringLiteral("replica-3")));
        QTest::mouseClick(m_view, Qt::LeftButton, {},
                          m_view->linkLabelRect(QStringLiteral("replica-2")).center().toPoint());
        QVERIFY(m_selection->isLink(QStringLiteral("replica-2")));
        QTest::mouseClick(m_view, Qt::LeftButton, {}, QPoint(2, 2)); // empty space
        QCOMPARE(m_selection->kind(), ReplicationSelection::Kind::None);
    }

    void contextMenuIsFilledByItsOwner()
    {
        QString askedFor;
        ReplicationSelection::Kind askedKind = ReplicationSelection::Kind::None;
        connect(m_view, &TopologyView::contextMenuRequested, this,
                [&](QMenu *menu, ReplicationSelection::Kind kind, const QString &id) {
                    askedFor = id;
                    askedKind = kind;
                    menu->addAction(QStringLiteral("Kill"));
                    QTimer::singleShot(0, menu, &QMenu::close);
                });
        const QPoint at = m_view->nodeRect(QStringLiteral("replica-1")).center().toPoint();
        QContextMenuEvent event(QContextMenuEvent::Mouse, at, m_view->mapToGlobal(at));
        QApplication::sendEvent(m_view, &event);
        QCOMPARE(askedFor, QStringLiteral("replica-1"));
        QCOMPARE(askedKind, ReplicationSelection::Kind::Node);
        QVERIFY(m_selection->isNode(QStringLiteral("replica-1")));
    }

    void followsModelChanges()
    {
        ReplicationLink l = *m_model->link(QStringLiteral("replica-2"));
        l.state = ReplicaState::Connected;
        l.lastError.clear();
        l.byteLag = 0;
        l.ackAgeS = 0;
        m_model->setLink(l);
        StateTransition up;
        up.timestampUs = 1700000000000000;
        up.from = ReplicaState::Transfer;
        up.to = ReplicaState::Connected;
        up.reason = QStringLiteral("MASTER <-> REPLICA sync: Finished with success");
        m_model->appendTransitions(l.replicaId, {up}, StateSource::Log);
        QCOMPARE(m_view->linkColor(QStringLiteral("replica-2")),
                 LinkStateStyle::color(LinkStateStyle::Category::Online));
        m_model->removeNode(QStringLiteral("replica-3"));
        QVERIFY(m_view->nodeRect(QStringLiteral("replica-3")).isEmpty());
        QVERIFY(!m_view->grab().isNull());
    }

private:
    ReplicationModel *m_model = nullptr;
    ReplicationSelection *m_selection = nullptr;
    TopologyView *m_view = nullptr;
};

QTEST_MAIN(TstTopologyView)
#include "tst_topology_view.moc"
