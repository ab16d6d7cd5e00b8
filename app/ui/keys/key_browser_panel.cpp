#include "ui/keys/key_browser_panel.h"

#include "client/node_connections.h"
#include "model/keys/byte_text.h"
#include "model/keys/key_tree_model.h"
#include "model/node_monitor.h"
#include "ui/keys/add_key_dialog.h"
#include "ui/keys/bulk_delete_dialog.h"
#include "ui/keys/key_tree_delegate.h"
#include "ui/keys/key_value_view.h"
#include "ui/keys/node_picker.h"
#include "ui/keys/sync_compare_panel.h"
#include "ui/main_window.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

KeyBrowserPanel::KeyBrowserPanel(NodeRegistry *registry, QWidget *parent)
    : QWidget(parent)
    , m_registry(registry)
{
    setObjectName(QStringLiteral("KeyBrowserPanel"));
    m_picker = new NodePicker(registry, this);
    m_pattern = new QLineEdit(QStringLiteral("*"), this);
    m_pattern->setObjectName(QStringLiteral("KeyPattern"));
    m_pattern->setPlaceholderText(tr("Pattern, e.g. user:*"));
    m_pattern->setToolTip(tr("SCAN MATCH glob: * any bytes, ? one byte, [abc] one of"));
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("KeyTypeFilter"));
    m_type->addItem(tr("All types"), int(KeyType::None));
    for (KeyType t : {KeyType::String, KeyType::List, KeyType::Hash, KeyType::Set, KeyType::ZSet,
                      KeyType::Stream})
        m_type->addItem(keyTypeLabel(t), int(t));
    m_separator = new QLineEdit(QStringLiteral(":"), this);
    m_separator->setMaximumWidth(50);
    m_separator->setToolTip(tr("Namespace separator (empty: a flat list)"));
    m_scan = new QPushButton(tr("Scan"), this);
    m_scan->setToolTip(tr("Walk the database again with this filter"));
    m_stop = new QPushButton(tr("Stop"), this);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(180);
    m_progress->setTextVisible(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("KeyScanStatus"));
    m_status->setWordWrap(true); // errors are long (the refused-connection advice)
    m_typeWarning = new QLabel(
        tr("Filtering by type makes the server examine every key: SCAN … TYPE walks the whole "
           "keyspace and only filters what it returns, so on a big database expect many pages "
           "with few results."),
        this);
    m_typeWarning->setObjectName(QStringLiteral("TypeFilterWarning"));
    m_typeWarning->setWordWrap(true);
    m_typeWarning->setStyleSheet(QStringLiteral("color:#8a5a00;"));
    m_typeWarning->setVisible(false);

    m_model = new KeyTreeModel(this);
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("KeyTree"));
    m_tree->setModel(m_model);
    m_tree->setItemDelegate(new KeyTreeDelegate(m_tree));
    m_tree->setUniformRowHeights(true); // a million rows stay cheap to lay out
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(KeyTreeModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(KeyTreeModel::CountColumn,
                                           QHeaderView::ResizeToContents);
    auto *addKey = new QPushButton(tr("Add key…"), this);
    auto *bulk = new QPushButton(tr("Delete by pattern…"), this);
    auto *compare = new QPushButton(tr("Synced?"), this);
    compare->setObjectName(QStringLiteral("CompareSelection"));
    compare->setToolTip(tr("Compare the selected key, namespace or database on the master and "
                           "each replica"));
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_tree, 1);
    auto *leftButtons = new QHBoxLayout;
    leftButtons->addWidget(addKey);
    leftButtons->addWidget(bulk);
    leftButtons->addWidget(compare);
    leftLayout->addLayout(leftButtons);

    m_value = new KeyValueView(this);
    m_sync = new SyncComparePanel(registry, this);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Server:"), this));
    top->addWidget(m_picker);
    top->addWidget(new QLabel(tr("Filter:"), this));
    top->addWidget(m_pattern, 1);
    top->addWidget(m_type);
    top->addWidget(new QLabel(tr("Separator:"), this));
    top->addWidget(m_separator);
    top->addWidget(m_scan);
    top->addWidget(m_stop);
    top->addWidget(m_progress);
    auto *horizontal = new QSplitter(Qt::Horizontal, this);
    horizontal->addWidget(left);
    horizontal->addWidget(m_value);
    horizontal->setStretchFactor(0, 2);
    horizontal->setStretchFactor(1, 3);
    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(horizontal);
    vertical->addWidget(m_sync);
    vertical->setStretchFactor(0, 2);
    vertical->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_typeWarning);
    layout->addWidget(m_status);
    layout->addWidget(vertical, 1);

    connect(m_picker, &NodePicker::nodeChanged, this, &KeyBrowserPanel::onNodeChanged);
    connect(m_pattern, &QLineEdit::returnPressed, this, &KeyBrowserPanel::applyFilter);
    connect(m_scan, &QPushButton::clicked, this, &KeyBrowserPanel::applyFilter);
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        updateTypeWarning();
        applyFilter();
    });
    connect(m_separator, &QLineEdit::editingFinished, this, [this] {
        m_model->setSeparator(m_separator->text().toUtf8());
        m_tree->expand(m_model->databaseIndex(currentDb()));
    });
    connect(m_stop, &QPushButton::clicked, this, [this] {
        const int db = currentDb();
        if (m_model->scanStatus(db).state == KeyScanner::State::Running)
            m_model->pauseScan(db);
        else
            m_model->resumeScan(db);
        updateStatus();
    });
    connect(addKey, &QPushButton::clicked, this, &KeyBrowserPanel::addKey);
    connect(bulk, &QPushButton::clicked, this, [this] { bulkDelete(); });
    connect(compare, &QPushButton::clicked, this, &KeyBrowserPanel::compareSelection);
    connect(m_model, &KeyTreeModel::scanStatusChanged, this, &KeyBrowserPanel::updateStatus);
    connect(m_model, &KeyTreeModel::databasesChanged, this, [this] {
        if (m_connection)
            m_tree->expand(m_model->databaseIndex(m_connection->spec().db));
        updateStatus();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // A filter or a rescan resets the rows; keep the database being browsed open.
        m_tree->expand(m_model->databaseIndex(currentDb()));
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &KeyBrowserPanel::onSelection);
    connect(m_tree, &QTreeView::customContextMenuRequested, this,
            &KeyBrowserPanel::showContextMenu);
    connect(m_value, &KeyValueView::keyDeleted, m_model, &KeyTreeModel::keyDeleted);
    connect(m_value, &KeyValueView::keyRenamed, this,
            [this](int db, const QByteArray &from, const QByteArray &to) {
                m_model->keyDeleted(db, from);
                m_model->keyAdded(db, to);
            });
    connect(m_value, &KeyValueView::compareRequested, this,
            [this](const QByteArray &key) { m_sync->compareKeys(node(), currentDb(), {key}); });
    onNodeChanged(m_picker->currentNode());
}

KeyBrowserPanel *KeyBrowserPanel::install(MainWindow &window, NodeRegistry *registry)
{
    auto *panel = new KeyBrowserPanel(registry, &window);
    window.addPage(panel, tr("Keys"));
    QAction *show = window.menu(MainWindow::Menu::Tools)->addAction(tr("&Key browser"));
    connect(show, &QAction::triggered, panel, [&window, panel] { window.showPage(panel); });
    return panel;
}

NodeId KeyBrowserPanel::node() const
{
    return m_picker->currentNode();
}

void KeyBrowserPanel::setNode(NodeId id)
{
    m_picker->setCurrentNode(id);
}

void KeyBrowserPanel::onNodeChanged(NodeId id)
{
    m_value->clear();
    NodeConnections *connections =
        m_registry && m_registry->contains(id) ? m_registry->connections(id) : nullptr;
    m_connection = connections ? connections->browsing() : nullptr;
    m_model->setConnection(m_connection);
    if (connections) {
        connections->disconnect(this);
        connect(connections, &NodeConnections::connectionsReset, this,
                [this] { onNodeChanged(node()); });
    }
    // A walk that failed because the server was not up yet (a lab still starting) is done
    // again once the server answers, instead of leaving "connection refused" on the page.
    disconnect(m_reachability);
    if (NodeMonitor *monitor =
            m_registry && m_registry->contains(id) ? m_registry->monitor(id) : nullptr)
        m_reachability =
            connect(monitor, &NodeMonitor::reachabilityChanged, this, [this, id](bool reachable) {
                if (reachable && node() == id &&
                    m_model->scanStatus(currentDb()).state == KeyScanner::State::Failed)
                    onNodeChanged(id);
            });
    m_model->refreshDatabases();
    updateStatus();
}

int KeyBrowserPanel::currentDb() const
{
    const QModelIndex current = m_tree->currentIndex();
    if (current.isValid())
        return current.data(KeyTreeModel::DbRole).toInt();
    return m_connection ? m_connection->spec().db : 0;
}

void KeyBrowserPanel::applyFilter()
{
    KeyTreeModel::Filter filter;
    filter.pattern = m_pattern->text().trimmed().toUtf8();
    if (filter.pattern.isEmpty())
        filter.pattern = "*";
    filter.type = KeyType(m_type->currentData().toInt());
    const int db = currentDb();
    if (filter == m_model->filter())
        m_model->startScan(db); // same filter: walk again
    else
        m_model->setFilter(filter);
    m_tree->expand(m_model->databaseIndex(db));
}

void KeyBrowserPanel::updateTypeWarning()
{
    m_typeWarning->setVisible(KeyType(m_type->currentData().toInt()) != KeyType::None);
}

void KeyBrowserPanel::onSelection()
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid() || !m_connection)
        return;
    const auto kind = current.data(KeyTreeModel::ItemKindRole).value<KeyTreeModel::ItemKind>();
    if (kind != KeyTreeModel::ItemKind::Key)
        return;
    const int db = current.data(KeyTreeModel::DbRole).toInt();
    m_value->showKey(DbCommands(m_connection, db),
                     current.data(KeyTreeModel::KeyBytesRole).toByteArray());
    updateStatus();
}

QString KeyBrowserPanel::statusText() const
{
    return m_status->text();
}

void KeyBrowserPanel::updateStatus()
{
    const int db = currentDb();
    const KeyTreeModel::ScanStatus s = m_model->scanStatus(db);
    const bool running = s.state == KeyScanner::State::Running;
    m_stop->setText(running ? tr("Stop") : tr("Continue"));
    m_stop->setEnabled(running || s.state == KeyScanner::State::Paused);
    const bool filtered = !(m_model->filter() == KeyTreeModel::Filter{});
    if (s.dbSize > 0 && !filtered) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(qMin<qint64>(1000, s.loaded * 1000 / s.dbSize)));
    } else {
        m_progress->setRange(0, running ? 0 : 1); // busy indicator while a filtered walk runs
        m_progress->setValue(running ? 0 : 1);
    }
    QString text;
    switch (s.state) {
    case KeyScanner::State::Idle:
        text = tr("Expand a database to load its keys.");
        break;
    case KeyScanner::State::Running:
        text = tr("db%1: loading… %L2 keys").arg(db).arg(s.loaded);
        break;
    case KeyScanner::State::Paused:
        text = tr("db%1: stopped at %L2 keys — Continue loads the rest").arg(db).arg(s.loaded);
        break;
    case KeyScanner::State::Finished:
        text = tr("db%1: %L2 keys loaded in %L3 ms").arg(db).arg(s.loaded).arg(s.finishedMs);
        break;
    case KeyScanner::State::Failed:
        text = tr("db%1: SCAN failed: %2").arg(db).arg(s.error);
        break;
    }
    if (s.dbSize >= 0)
        text += QLatin1Char(' ') + tr("(DBSIZE %L1)").arg(s.dbSize);
    if (s.firstPageMs >= 0)
        text += QLatin1Char(' ') + tr("· first page after %L1 ms").arg(s.firstPageMs);
    text += QLatin1Char(' ') + tr("· key names take %L1 MB here")
                                   .arg(double(m_model->memoryBytes()) / 1048576.0, 0, 'f', 1);
    if (!m_connection)
        text = tr("No server selected.");
    m_status->setText(text);
}

void KeyBrowserPanel::addKey()
{
    if (!m_connection)
        return;
    const QModelIndex current = m_tree->currentIndex();
    const QByteArray prefix =
        current.isValid() ? current.data(KeyTreeModel::PrefixRole).toByteArray() : QByteArray();
    const int db = currentDb();
    AddKeyDialog dialog(DbCommands(m_connection, db), prefix, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_model->keyAdded(db, dialog.createdKey());
    m_value->showKey(DbCommands(m_connection, db), dialog.createdKey());
}

void KeyBrowserPanel::bulkDelete(const QByteArray &pattern)
{
    if (!m_connection)
        return;
    const int db = currentDb();
    QByteArray initial = pattern;
    if (initial.isEmpty()) {
        const QModelIndex current = m_tree->currentIndex();
        initial = current.isValid() ? current.data(KeyTreeModel::PatternRole).toByteArray()
                                    : QByteArray();
    }
    BulkDeleteDialog dialog(DbCommands(m_connection, db), initial, this);
    dialog.startPreview();
    dialog.exec();
    if (dialog.deletedCount() > 0)
        m_model->startScan(db); // the walk shows what is left
}

void KeyBrowserPanel::compareSelection()
{
    const QModelIndex current = m_tree->currentIndex();
    const int db = currentDb();
    if (!current.isValid()) {
        m_sync->comparePattern(node(), db, m_model->filter().pattern);
        return;
    }
    const auto kind = current.data(KeyTreeModel::ItemKindRole).value<KeyTreeModel::ItemKind>();
    if (kind == KeyTreeModel::ItemKind::Key)
        m_sync->compareKeys(node(), db, {current.data(KeyTreeModel::KeyBytesRole).toByteArray()});
    else if (kind == KeyTreeModel::ItemKind::Namespace)
        m_sync->comparePattern(node(), db, current.data(KeyTreeModel::PatternRole).toByteArray());
    else
        m_sync->comparePattern(node(), db, m_model->filter().pattern);
}

void KeyBrowserPanel::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_tree->indexAt(pos);
    if (!index.isValid())
        return;
    m_tree->setCurrentIndex(index);
    const auto kind = index.data(KeyTreeModel::ItemKindRole).value<KeyTreeModel::ItemKind>();
    QMenu menu(this);
    menu.addAction(tr("Synced?"), this, &KeyBrowserPanel::compareSelection);
    if (kind == KeyTreeModel::ItemKind::Key) {
        menu.addAction(tr("Copy key name"), this, [index] {
            QApplication::clipboard()->setText(
                bytesToDisplayText(index.data(KeyTreeModel::KeyBytesRole).toByteArray()));
        });
        menu.addAction(tr("Delete…"), m_value, [this] { m_value->deleteKey(true); });
    } else {
        menu.addAction(tr("Add key here…"), this, &KeyBrowserPanel::addKey);
        menu.addAction(tr("Delete by pattern…"), this, [this, index] {
            bulkDelete(index.data(KeyTreeModel::PatternRole).toByteArray());
        });
    }
    if (kind == KeyTreeModel::ItemKind::Database) {
        const int db = index.data(KeyTreeModel::DbRole).toInt();
        menu.addAction(tr("Scan again"), this, [this, db] { m_model->startScan(db); });
    }
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}
