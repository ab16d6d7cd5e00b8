// The lab panel offscreen: the node table follows the real processes, actions go through the
// buttons (with the confirmation asked), shaping applies to the selected replica, and a node
// that dies is announced with its log.
#include "lab/load_generator.h"
#include "running_lab.h"
#include "ui/lab/lab_link_editor.h"
#include "ui/lab/lab_load_panel.h"
#include "ui/lab/lab_node_table_model.h"
#include "ui/lab/lab_panel.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

#include <csignal>

class LabPanelTest : public QObject
{
    Q_OBJECT
private slots:
    void tableFollowsNodesAndButtonsAct();
    void shapingAppliesToTheSelectedReplica();
    void deathIsAnnouncedWithTheLog();
    void stateInSightAndLogOpensAtItsEnd();
    void loadFollowsPromotionAndSaysSo();

private:
    static QPushButton *button(QWidget *root, const QString &text)
    {
        for (QPushButton *b : root->findChildren<QPushButton *>())
            if (b->text() == text)
                return b;
        return nullptr;
    }
    static QString cell(LabPanel &panel, int row, int column)
    {
        auto *table = panel.findChild<QTableView *>(QStringLiteral("LabNodeTable"));
        return table->model()->index(row, column).data().toString();
    }
};

void LabPanelTest::tableFollowsNodesAndButtonsAct()
{
    labtest::RunningLab l;
    LabPanel panel(l.lab.get());
    QStringList asked;
    panel.setConfirm([&](const QString &title, const QString &) {
        asked << title;
        return true;
    });
    panel.resize(1200, 800);
    panel.show();
    // Beside the connections dock, the panel still fits a 1366-pixel-wide screen.
    QVERIFY2(panel.minimumSizeHint().width() < 1000,
             qPrintable(QString::number(panel.minimumSizeHint().width())));
    QVERIFY(l.start(QStringLiteral("seed")));
    QVERIFY(rdtest::waitUntil(
        [&] { return cell(panel, 2, LabNodeTableModel::State) == LabNode::tr("running"); }));
    QCOMPARE(cell(panel, 1, LabNodeTableModel::Role),
             LabNodeTableModel::tr("replica of %1").arg(QStringLiteral("master")));
    QVERIFY(cell(panel, 1, LabNodeTableModel::Link).contains(QStringLiteral("master")));

    panel.selectNode(QStringLiteral("replica-2"));
    QTest::mouseClick(button(&panel, LabPanel::tr("Kill")), Qt::LeftButton);
    QCOMPARE(asked, QStringList{LabPanel::tr("Kill node")});
    QVERIFY(rdtest::waitUntil([&] {
        return cell(panel, 2, LabNodeTableModel::State).startsWith(LabNode::tr("killed"));
    }));
    QVERIFY(button(&panel, LabPanel::tr("Start"))->isEnabled());
    QTest::mouseClick(button(&panel, LabPanel::tr("Start")), Qt::LeftButton);
    QVERIFY(rdtest::waitUntil(
        [&] { return cell(panel, 2, LabNodeTableModel::State) == LabNode::tr("running"); }));

    QTest::mouseClick(button(&panel, LabPanel::tr("Add replica")), Qt::LeftButton);
    QVERIFY(rdtest::waitUntil([&] { return l.lab->nodes().size() == 4 && l.lab->allRunning(); }));
    QCOMPARE(panel.selectedNode(), QStringLiteral("replica-3"));
    l.notePids();
    QVERIFY(l.shutDownWithoutLeaks());
}

void LabPanelTest::shapingAppliesToTheSelectedReplica()
{
    labtest::RunningLab l;
    LabPanel panel(l.lab.get());
    panel.show();
    QVERIFY(l.start(QStringLiteral("seed")));
    auto *editor = panel.findChild<LabLinkEditor *>(QStringLiteral("LabLinkEditor"));
    panel.selectNode(QStringLiteral("master"));
    QVERIFY(!editor->isEnabled()); // a master has no link of its own
    panel.selectNode(QStringLiteral("replica-1"));
    QVERIFY(editor->isEnabled());
    editor->findChildren<QSpinBox *>().first()->setValue(120);
    for (QCheckBox *box : editor->findChildren<QCheckBox *>())
        if (box->text() == LabLinkEditor::tr("Firewall reject (refuse connections)"))
            box->setChecked(true);
    QTest::mouseClick(button(editor, LabLinkEditor::tr("Apply")), Qt::LeftButton);
    const LinkShape shape = l.lab->linkShape(QStringLiteral("replica-1"));
    QCOMPARE(shape.delayMs, 120);
    QVERIFY(shape.firewallReject);
    QVERIFY(l.lab->linkShape(QStringLiteral("replica-2")).isClear());
    QVERIFY(
        cell(panel, 1, LabNodeTableModel::Link).contains(LabNodeTableModel::tr("firewall reject")));
    QVERIFY(l.shutDownWithoutLeaks());
}

void LabPanelTest::deathIsAnnouncedWithTheLog()
{
    labtest::RunningLab l;
    LabPanel panel(l.lab.get());
    panel.show();
    QVERIFY(l.start(QStringLiteral("seed")));
    ::kill(static_cast<pid_t>(l.lab->node(QStringLiteral("replica-1"))->pid()), SIGKILL);
    auto *banner = panel.findChild<QLabel *>(QStringLiteral("LabDeathBanner"));
    QVERIFY(rdtest::waitUntil([&] { return banner->isVisible(); }));
    QVERIFY(banner->text().contains(QStringLiteral("replica-1")));
    QCOMPARE(panel.selectedNode(), QStringLiteral("replica-1"));
    QVERIFY(
        !panel.findChild<QPlainTextEdit *>(QStringLiteral("LabNodeLog"))->toPlainText().isEmpty());
    // Started again, the node is no longer dead: the notice goes away.
    l.lab->startNode(QStringLiteral("replica-1"));
    QVERIFY(rdtest::waitUntil([&] { return !banner->isVisible(); }, 15000));
    QVERIFY(l.shutDownWithoutLeaks());
}

// The State column used to sit right of the visible part of the table at the default window
// size, and selecting another node showed the head of its log instead of the tail.
void LabPanelTest::stateInSightAndLogOpensAtItsEnd()
{
    labtest::RunningLab l;
    LabPanel panel(l.lab.get());
    panel.resize(1100, 800);
    panel.show();
    QVERIFY(l.start(QStringLiteral("seed")));
    auto *table = panel.findChild<QTableView *>(QStringLiteral("LabNodeTable"));
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const int stateRight = table->columnViewportPosition(LabNodeTableModel::State) +
                           table->columnWidth(LabNodeTableModel::State);
    QVERIFY2(stateRight <= table->viewport()->width(),
             qPrintable(QStringLiteral("%1 > %2").arg(stateRight).arg(table->viewport()->width())));

    for (const char *name : {"master", "replica-1"}) { // logs longer than the view
        QFile log(l.lab->node(QString::fromLatin1(name))->files().logPath);
        QVERIFY(log.open(QIODevice::Append));
        for (int i = 0; i < 150; ++i)
            log.write("1:S 25 Nov 2026 05:00:00.000 * filler line " + QByteArray::number(i) + "\n");
    }
    auto *view = panel.findChild<QPlainTextEdit *>(QStringLiteral("LabNodeLog"));
    panel.selectNode(QStringLiteral("replica-2"));
    panel.selectNode(QStringLiteral("master"));
    QVERIFY(view->verticalScrollBar()->maximum() > 0);
    view->verticalScrollBar()->setValue(0); // the user reads the master's older lines
    panel.selectNode(QStringLiteral("replica-1"));
    QVERIFY(view->toPlainText().contains(QStringLiteral("filler line 149")));
    QApplication::processEvents();
    QVERIFY(view->verticalScrollBar()->maximum() > 0);
    QCOMPARE(view->verticalScrollBar()->value(), view->verticalScrollBar()->maximum());

    // Selected while the page is hidden (the app starts on another page): once shown, the view
    // still ends up at the tail.
    {
        QFile log(l.lab->node(QStringLiteral("replica-2"))->files().logPath);
        QVERIFY(log.open(QIODevice::Append));
        for (int i = 0; i < 150; ++i)
            log.write("1:S 25 Nov 2026 05:00:00.000 * more filler " + QByteArray::number(i) + "\n");
    }
    panel.hide();
    panel.selectNode(QStringLiteral("replica-2"));
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(rdtest::waitUntil(
        [&] {
            const QScrollBar *bar = view->verticalScrollBar();
            return bar->maximum() > 0 && bar->value() == bar->maximum();
        },
        5000));
    QVERIFY(l.shutDownWithoutLeaks());
}

// A promotion restarts the load against the new master; the button must still offer to stop it
// (it said "Start load" while the load ran).
void LabPanelTest::loadFollowsPromotionAndSaysSo()
{
    labtest::RunningLab l;
    LabPanel panel(l.lab.get());
    panel.setConfirm([](const QString &, const QString &) { return true; });
    panel.show();
    QVERIFY(l.start(QStringLiteral("seed")));
    QVERIFY(l.waitLinksUp());
    QTest::mouseClick(button(&panel, LabLoadPanel::tr("Start load")), Qt::LeftButton);
    LoadGenerator *load = l.lab->loadGenerator();
    QVERIFY(rdtest::waitUntil([&] { return load->stats().opsDone > 0; }));
    panel.selectNode(QStringLiteral("replica-1"));
    QTest::mouseClick(button(&panel, LabPanel::tr("Promote")), Qt::LeftButton);
    QVERIFY(rdtest::waitUntil([&] {
        return l.lab->spec().node(QStringLiteral("master"))->upstream ==
                   QStringLiteral("replica-1") &&
               load->stats().connected && load->stats().opsDone > 50 && load->stats().errors == 0;
    }));
    QVERIFY(button(&panel, LabLoadPanel::tr("Stop load")));
    QVERIFY(!button(&panel, LabLoadPanel::tr("Start load")));
    load->stop();
    QVERIFY(l.shutDownWithoutLeaks());
}

QTEST_MAIN(LabPanelTest)
#include "tst_lab_panel.moc"
