#include "ui/lab/lab_panel.h"

#include "ui/status_style.h"

#include "lab/lab_controller.h"
#include "lab/lab_template.h"
#include "ui/lab/lab_link_editor.h"
#include "ui/lab/lab_load_panel.h"
#include "ui/lab/lab_node_table_model.h"
#include "ui/main_window.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTextCursor>
#include <QTimer>
#include <QVBoxLayout>

LabPanel::LabPanel(LabController *lab, QWidget *parent)
    : QWidget(parent)
    , m_lab(lab)
    , m_model(new LabNodeTableModel(lab, this))
    , m_table(new QTableView(this))
    , m_linkEditor(new LabLinkEditor(lab, this))
    , m_loadPanel(new LabLoadPanel(lab, this))
    , m_log(new QPlainTextEdit(this))
    , m_banner(new QLabel(this))
    , m_folder(new QLabel(this))
    , m_template(new QComboBox(this))
    , m_count(new QSpinBox(this))
    , m_program(new QComboBox(this))
{
    setObjectName(QStringLiteral("LabPanel"));
    m_table->setObjectName(QStringLiteral("LabNodeTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setColumnWidth(LabNodeTableModel::Name, 90);
    m_table->setColumnWidth(LabNodeTableModel::Role, 130);
    m_table->setColumnWidth(LabNodeTableModel::Address, 120);
    m_table->setColumnWidth(LabNodeTableModel::Program, 120);
    m_table->setColumnWidth(LabNodeTableModel::Pid, 70);
    m_table->setColumnWidth(LabNodeTableModel::State, 150);
    // The state is what the user watches: next to the role, in sight on a narrow table, on one
    // line (a long exit description is elided; its tooltip has it whole).
    m_table->horizontalHeader()->moveSection(
        m_table->horizontalHeader()->visualIndex(LabNodeTableModel::State),
        m_table->horizontalHeader()->visualIndex(LabNodeTableModel::Role) + 1);
    m_table->setWordWrap(false);

    m_log->setObjectName(QStringLiteral("LabNodeLog"));
    m_log->setReadOnly(true);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setMaximumBlockCount(2000);
    m_banner->setObjectName(QStringLiteral("LabDeathBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(status_style::banner(status_style::Kind::Error, palette()));
    m_banner->hide();
    m_folder->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // long paths
    m_folder->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addWidget(buildActions());
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_linkEditor);
    rightLayout->addWidget(m_loadPanel);
    rightLayout->addStretch();
    // The controls scroll rather than widen the window on small screens.
    auto *rightScroll = new QScrollArea(this);
    rightScroll->setWidget(right);
    rightScroll->setWidgetResizable(true);
    rightScroll->setFrameShape(QFrame::NoFrame);
    rightScroll->setMinimumWidth(360);
    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(left);
    top->addWidget(rightScroll);
    // The controls get the width of their widest row (the command mix) and the table takes
    // the rest; on a narrow window they scroll sideways instead of being clipped.
    top->setStretchFactor(0, 1);
    top->setStretchFactor(1, 0);
    top->setSizes(
        {1000, right->sizeHint().width() + rightScroll->verticalScrollBar()->sizeHint().width()});

    auto *logBox = new QWidget(this);
    auto *logLayout = new QVBoxLayout(logBox);
    logLayout->setContentsMargins(0, 0, 0, 0);
    auto *logTitle = new QLabel(tr("Node log (tail)"), this);
    logTitle->setObjectName(QStringLiteral("LabLogTitle"));
    logLayout->addWidget(logTitle);
    logLayout->addWidget(m_banner);
    logLayout->addWidget(m_log, 1);
    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(top);
    vertical->addWidget(logBox);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildLabBar());
    layout->addWidget(vertical, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_linkEditor->setNode(selectedNode());
        updateActions();
        refreshLog();
    });
    connect(lab, &LabController::labChanged, this, [this] {
        const QString dir = m_lab->labDir();
        m_folder->setText(dir.isEmpty() ? tr("No lab open.")
                                        : tr("Lab %1 in %2").arg(m_lab->spec().name, dir));
        m_folder->setToolTip(dir);
        if (selectedNode().isEmpty() && !m_lab->nodes().isEmpty())
            selectNode(m_lab->nodes().first()->name());
        m_linkEditor->setNode(selectedNode());
        updateActions();
    });
    connect(lab, &LabController::nodeStateChanged, this,
            [this](LabNode *node, LabNode::State state) {
                // The death notice is over once that node runs again.
                if (state == LabNode::State::Running && node->name() == m_deadNode) {
                    m_banner->hide();
                    m_deadNode.clear();
                }
                updateActions();
            });
    connect(lab, &LabController::actionPerformed, this,
            [this] { m_linkEditor->setNode(selectedNode()); });
    connect(lab, &LabController::nodeDied, this,
            [this](LabNode *node, const QString &reason, const QString &) {
                onNodeDied(node->name(), reason);
            });
    connect(lab, &LabController::actionFailed, this, &LabPanel::report);
    connect(m_log->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (!m_settingLog) // the user scrolled: follow the tail only from the end
            m_followLogTail = value == m_log->verticalScrollBar()->maximum();
    });
    auto *logTimer = new QTimer(this);
    connect(logTimer, &QTimer::timeout, this, &LabPanel::refreshLog);
    logTimer->start(1000);
    m_folder->setText(tr("No lab open."));
    updateActions();
}

LabPanel *LabPanel::install(MainWindow &window, LabController *lab)
{
    auto *panel = new LabPanel(lab, &window);
    window.addPage(panel, tr("Lab"));
    QMenu *menu = window.menu(MainWindow::Menu::Lab);
    menu->addAction(tr("&New lab from template"), panel, [panel, &window] {
        window.showPage(panel);
        panel->newLabFromTemplate();
    });
    menu->addAction(tr("&Open lab…"), panel, [panel, &window] {
        window.showPage(panel);
        panel->openLab();
    });
    menu->addSeparator();
    menu->addAction(tr("&Start all nodes"), lab, &LabController::startAll);
    menu->addAction(tr("S&top all nodes"), panel, [panel] {
        if (panel->confirm(tr("Stop all nodes"), tr("Stop every node of the lab?")))
            panel->m_lab->stopAll();
    });
    QObject::connect(&window, &MainWindow::closeRequested, panel,
                     [panel](bool *accept) { *accept = *accept && panel->confirmClose(); });
    QObject::connect(lab, &LabController::labChanged, panel,
                     [panel, &window] { window.showPage(panel); });
    QObject::connect(lab, &LabController::actionFailed, panel,
                     [&window](const QString &message) { window.showStatus(message, 10000); });
    return panel;
}

QWidget *LabPanel::buildLabBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_template->addItem(tr("Seed"), QStringLiteral("seed"));
    m_template->addItem(tr("Star"), QStringLiteral("star"));
    m_template->addItem(tr("Chain"), QStringLiteral("chain"));
    m_template->setToolTip(
        tr("Seed: the seed article's master and two replicas. Star: a master "
           "and N replicas. Chain: N nodes, each replicating from the previous."));
    m_count->setRange(1, 15);
    m_count->setValue(3);
    m_count->setPrefix(tr("N = "));
    m_count->setEnabled(false);
    connect(m_template, &QComboBox::currentIndexChanged, this,
            [this] { m_count->setEnabled(m_template->currentData() != QLatin1String("seed")); });
    for (NodeProgram p : {NodeProgram::ReplicaDeskNode, NodeProgram::RedisServer}) {
        m_program->addItem(nodeProgramKey(p), static_cast<int>(p));
        if (!nodeProgramAvailable(p))
            m_program->setItemData(m_program->count() - 1, 0, Qt::UserRole - 1); // disabled
    }
    m_program->setCurrentIndex(static_cast<int>(defaultLabProgram()));
    m_program->setToolTip(tr("Program for new nodes; redis-server makes a mixed lab."));
    auto *create = new QPushButton(tr("New lab"), bar);
    auto *open = new QPushButton(tr("Open…"), bar);
    auto *startAll = new QPushButton(tr("Start all"), bar);
    auto *stopAll = new QPushButton(tr("Stop all"), bar);
    connect(create, &QPushButton::clicked, this, &LabPanel::newLabFromTemplate);
    connect(open, &QPushButton::clicked, this, &LabPanel::openLab);
    connect(startAll, &QPushButton::clicked, m_lab, &LabController::startAll);
    connect(stopAll, &QPushButton::clicked, this, [this] {
        if (confirm(tr("Stop all nodes"), tr("Stop every node of the lab?")))
            m_lab->stopAll();
    });
    row->addWidget(new QLabel(tr("Template:"), bar));
    row->addWidget(m_template);
    row->addWidget(m_count);
    row->addWidget(new QLabel(tr("Program:"), bar));
    row->addWidget(m_program);
    row->addWidget(create);
    row->addWidget(open);
    row->addSpacing(12);
    row->addWidget(startAll);
    row->addWidget(stopAll);
    row->addSpacing(12);
    row->addWidget(m_folder, 1);
    return bar;
}

QWidget *LabPanel::buildActions()
{
    auto *box = new QWidget(this);
    auto *outer = new QVBoxLayout(box);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    outer->addLayout(row);
    auto add = [&](QPushButton *&button, const QString &text, const QString &tip, auto slot) {
        button = new QPushButton(text, box);
        button->setToolTip(tip);
        connect(button, &QPushButton::clicked, this, slot);
        row->addWidget(button);
        m_nodeButtons << button;
    };
    add(m_start, tr("Start"), tr("Start the node's process."),
        [this] { m_lab->startNode(selectedNode()); });
    add(m_stop, tr("Stop"), tr("Graceful stop (SIGTERM)."),
        [this] { m_lab->stopNode(selectedNode()); });
    add(m_kill, tr("Kill"), tr("SIGKILL: the node dies at once, like a crash."), [this] {
        if (confirm(tr("Kill node"),
                    tr("Kill %1 with SIGKILL? Unsaved data is lost.").arg(selectedNode())))
            m_lab->killNode(selectedNode());
    });
    add(m_pause, tr("Pause"), tr("SIGSTOP: the process freezes; connections stay open."),
        [this] { m_lab->pauseNode(selectedNode()); });
    add(m_resume, tr("Resume"), tr("SIGCONT."), [this] { m_lab->resumeNode(selectedNode()); });
    add(m_restart, tr("Restart"), tr("Graceful stop, then start."),
        [this] { m_lab->restartNode(selectedNode()); });
    row->addStretch();
    row = new QHBoxLayout; // topology actions on a second row keep the panel narrow
    outer->addLayout(row);
    add(m_add, tr("Add replica"), tr("A new replica of the selected node."),
        [this] { addReplica(); });
    add(m_remove, tr("Remove"), tr("Stop the node and delete its folder."), [this] {
        const QString name = selectedNode();
        QString error;
        if (confirm(tr("Remove node"),
                    tr("Stop %1 and delete its config, data and log?").arg(name)) &&
            !m_lab->removeNode(name, &error))
            report(error);
    });
    add(m_promote, tr("Promote"), tr("REPLICAOF NO ONE, then re-point the other replicas to it."),
        [this] {
            const QString name = selectedNode();
            QString error;
            if (confirm(tr("Promote replica"),
                        tr("Make %1 a master and re-point the other replicas of its master to it?")
                            .arg(name)) &&
                !m_lab->promote(name, &error))
                report(error);
        });
    add(m_repoint, tr("Re-point…"), tr("Make the replica replicate from another node."),
        [this] { repoint(); });
    row->addStretch();
    return box;
}

QString LabPanel::selectedNode() const
{
    const LabNode *node = m_model->nodeAt(m_table->currentIndex().row());
    return node ? node->name() : QString();
}

void LabPanel::selectNode(const QString &name)
{
    const int row = m_model->rowOf(name);
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, 0));
}

void LabPanel::updateActions()
{
    const LabNode *node = m_lab ? m_lab->node(selectedNode()) : nullptr;
    for (QPushButton *b : std::as_const(m_nodeButtons))
        b->setEnabled(node != nullptr);
    if (!node)
        return;
    const LabNode::State s = node->state();
    const bool alive = node->isAlive();
    m_start->setEnabled(!alive);
    m_stop->setEnabled(alive && s != LabNode::State::Stopping);
    m_kill->setEnabled(alive);
    m_pause->setEnabled(s == LabNode::State::Running || s == LabNode::State::Starting);
    m_resume->setEnabled(s == LabNode::State::Paused);
    m_restart->setEnabled(alive);
    m_promote->setEnabled(node->spec().isReplica());
    m_repoint->setEnabled(node->spec().isReplica());
    m_remove->setEnabled(m_lab->spec().replicasOf(node->name()).isEmpty());
}

void LabPanel::refreshLog()
{
    const LabNode *node = m_lab ? m_lab->node(selectedNode()) : nullptr;
    if (!node) {
        m_log->clear();
        m_logNode.clear();
        return;
    }
    // Another node's log opens at its end (the tail); the same node's keeps the user's place
    // unless they follow the end. Followed by a flag, not read from the scroll bar: while the
    // page is hidden its range is not laid out and the view would stay at the head.
    if (node->name() != m_logNode)
        m_followLogTail = true;
    QScrollBar *bar = m_log->verticalScrollBar();
    const qint64 size = QFileInfo(node->files().logPath).size();
    if (node->name() == m_logNode && size == m_logSize) {
        if (m_followLogTail && bar->value() != bar->maximum()) {
            const QScopedValueRollback<bool> guard(m_settingLog, true);
            bar->setValue(bar->maximum());
        }
        return;
    }
    m_logNode = node->name();
    m_logSize = size;
    const QScopedValueRollback<bool> guard(m_settingLog, true);
    m_log->setPlainText(node->logTail(200));
    if (m_followLogTail) { // via the cursor: the scroll bar's range is not updated yet
        m_log->moveCursor(QTextCursor::End);
        m_log->moveCursor(QTextCursor::StartOfBlock);
        m_log->ensureCursorVisible();
    }
}

void LabPanel::onNodeDied(const QString &node, const QString &reason)
{
    m_deadNode = node;
    m_banner->setText(
        tr("%1 died unexpectedly (%2). Its last log lines are below.").arg(node, reason));
    m_banner->show();
    selectNode(node);
    m_logSize = -1;
    refreshLog();
}

void LabPanel::report(const QString &message)
{
    m_deadNode.clear();
    m_banner->setText(message);
    m_banner->show();
}

bool LabPanel::confirm(const QString &title, const QString &question)
{
    if (m_confirm)
        return m_confirm(title, question);
    return QMessageBox::question(this, title, question) == QMessageBox::Yes;
}

void LabPanel::newLabFromTemplate()
{
    const QString key = m_template->currentData().toString();
    const QString text =
        key == QLatin1String("seed") ? key : QStringLiteral("%1:%2").arg(key).arg(m_count->value());
    QString error;
    const auto tmpl = LabTemplate::parse(text, &error);
    if (!tmpl) {
        report(error);
        return;
    }
    if (m_lab->anyAlive() &&
        !confirm(tr("New lab"), tr("Stop the nodes of the current lab and create a new one?")))
        return;
    LabSpec spec = tmpl->build(static_cast<NodeProgram>(m_program->currentData().toInt()));
    // A fresh folder: seed, seed-2, seed-3, ...
    QString dir = LabController::defaultLabDir(spec.name);
    for (int i = 2; QFileInfo::exists(QDir(dir).filePath(LabController::labFileName())); ++i)
        dir = LabController::defaultLabDir(QStringLiteral("%1-%2").arg(spec.name).arg(i));
    spec.name = QFileInfo(dir).fileName();
    m_banner->hide();
    if (!m_lab->create(spec, dir, &error)) {
        report(error);
        return;
    }
    m_lab->startAll();
}

void LabPanel::openLab()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open lab folder"),
                                                          LabController::defaultLabDir(QString()));
    if (dir.isEmpty())
        return;
    if (m_lab->anyAlive() &&
        !confirm(tr("Open lab"), tr("Stop the nodes of the current lab and open another one?")))
        return;
    QString error;
    m_banner->hide();
    if (!m_lab->open(dir, &error)) {
        report(error);
        return;
    }
    m_lab->startAll();
}

void LabPanel::addReplica()
{
    const QString upstream = selectedNode().isEmpty() ? m_lab->masterName() : selectedNode();
    QString error;
    const QString name = m_lab->addReplica(
        upstream, static_cast<NodeProgram>(m_program->currentData().toInt()), &error);
    if (name.isEmpty())
        report(error);
    else
        selectNode(name);
}

void LabPanel::repoint()
{
    const QString replica = selectedNode();
    QStringList candidates;
    for (const LabNodeSpec &n : m_lab->spec().nodes)
        if (n.name != replica && !m_lab->spec().wouldCycle(replica, n.name) &&
            n.name != m_lab->spec().node(replica)->upstream)
            candidates << n.name;
    if (candidates.isEmpty()) {
        report(tr("No other node %1 could replicate from.").arg(replica));
        return;
    }
    bool ok = false;
    const QString upstream =
        QInputDialog::getItem(this, tr("Re-point replica"), tr("New upstream for %1:").arg(replica),
                              candidates, 0, false, &ok);
    QString error;
    if (ok && !m_lab->repoint(replica, upstream, &error))
        report(error);
}

bool LabPanel::confirmClose()
{
    if (!m_lab || !m_lab->anyAlive())
        return true;
    QMessageBox box(QMessageBox::Question, tr("Close ReplicaDesk"),
                    tr("The lab's nodes are running. Stop them?"), QMessageBox::NoButton, this);
    QPushButton *stop = box.addButton(tr("Stop the nodes"), QMessageBox::AcceptRole);
    QPushButton *keep = box.addButton(tr("Keep them running"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(stop);
    box.setInformativeText(
        tr("Kept nodes go on replicating without the lab's link shaping; "
           "reopening the lab folder later restarts them under the lab's control."));
    box.exec();
    if (box.clickedButton() == stop) {
        m_lab->stopAllAndWait();
        return true;
    }
    if (box.clickedButton() == keep) {
        m_lab->keepNodesRunning();
        return true;
    }
    return false;
}
