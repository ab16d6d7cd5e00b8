#include "ui/config/config_panel.h"

#include "ui/status_style.h"

#include "client/node_connections.h"
#include "lab/lab_controller.h"
#include "model/config/config_catalog.h"
#include "model/config/config_comparison.h"
#include "model/config/config_table_model.h"
#include "model/node_monitor.h"
#include "ui/config/apply_config_dialog.h"
#include "ui/config/config_compare_dialog.h"
#include "ui/config/config_file_editor.h"
#include "ui/keys/node_picker.h"
#include "ui/main_window.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>
#include <memory>

namespace {

// Bold for values changed from the default, grey for directives that need a restart,
// bold topic rows.
class ConfigDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(ConfigTableModel::IsTopicRole).toBool()) {
            option->font.setBold(true);
            return;
        }
        const bool changed = index.data(ConfigTableModel::ChangedRole).toBool();
        if (changed && (index.column() == ConfigTableModel::ValueColumn ||
                        index.column() == ConfigTableModel::NameColumn)) {
            option->font.setBold(true);
            if (index.column() == ConfigTableModel::NameColumn)
                option->text = QStringLiteral("● ") + option->text;
        }
        const auto mutability =
            ConfigMutability(index.data(ConfigTableModel::MutabilityRole).toInt());
        if (index.column() == ConfigTableModel::RuntimeColumn &&
            mutability != ConfigMutability::Runtime)
            option->palette.setColor(
                QPalette::Text, status_style::text(status_style::Kind::Warning, option->palette));
        if (index.data(ConfigTableModel::PendingRole).toBool())
            option->palette.setColor(QPalette::Text,
                                     option->palette.color(QPalette::PlaceholderText));
    }
};

} // namespace

ConfigPanel::ConfigPanel(NodeRegistry *registry, LabController *lab, QWidget *parent)
    : QWidget(parent)
    , m_registry(registry)
    , m_lab(lab)
{
    setObjectName(QStringLiteral("ConfigPanel"));
    m_picker = new NodePicker(registry, this);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("ConfigFilter"));
    m_filter->setPlaceholderText(tr("Find a directive, e.g. repl or save"));
    m_filter->setClearButtonEnabled(true);
    auto *aliases = new QCheckBox(tr("Old names"), this);
    aliases->setToolTip(tr("Also list aliases such as slave-read-only"));
    auto *secrets = new QCheckBox(tr("Show passwords"), this);
    auto *reload = new QPushButton(tr("Reload"), this);
    auto *rewrite = new QPushButton(tr("Save to file (REWRITE)…"), this);
    auto *compare = new QPushButton(tr("Compare group…"), this);
    auto *applyMany = new QPushButton(tr("Apply to nodes…"), this);
    m_fileButton = new QPushButton(tr("Edit config file…"), this);
    m_fileButton->setToolTip(tr("Lab nodes only: edit the node's redis.conf, validated by the "
                                "node's parser, then restart"));

    m_model = new ConfigTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(ConfigTableModel::NameColumn);
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("ConfigTree"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new ConfigDelegate(m_view));
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->header()->setSectionResizeMode(ConfigTableModel::NameColumn,
                                           QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(ConfigTableModel::HelpColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(ConfigTableModel::ValueColumn, 200);
    m_view->setColumnWidth(ConfigTableModel::DefaultColumn, 140);
    m_help = new QTextBrowser(this);
    m_help->setObjectName(QStringLiteral("ConfigHelp"));
    m_help->setMaximumHeight(130);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("ConfigMessage"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    m_message->setMargin(6);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Server:"), this));
    top->addWidget(m_picker);
    top->addWidget(m_filter, 1);
    top->addWidget(aliases);
    top->addWidget(secrets);
    auto *actions = new QHBoxLayout;
    for (QPushButton *b : {reload, rewrite, compare, applyMany, m_fileButton})
        actions->addWidget(b);
    actions->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(actions);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_help);

    connect(m_picker, &NodePicker::nodeChanged, this, &ConfigPanel::onNodeChanged);
    connect(m_filter, &QLineEdit::textChanged, this, &ConfigPanel::setFilterText);
    connect(aliases, &QCheckBox::toggled, m_model, &ConfigTableModel::setShowAliases);
    connect(secrets, &QCheckBox::toggled, m_model, &ConfigTableModel::setRevealSecrets);
    connect(reload, &QPushButton::clicked, m_model, &ConfigTableModel::reload);
    connect(rewrite, &QPushButton::clicked, this, [this] { this->rewrite(true); });
    connect(compare, &QPushButton::clicked, this, &ConfigPanel::compareGroup);
    connect(applyMany, &QPushButton::clicked, this, &ConfigPanel::applyToNodes);
    connect(m_fileButton, &QPushButton::clicked, this, &ConfigPanel::editConfigFile);
    connect(m_model, &ConfigTableModel::loaded, this, [this] {
        m_loadFailed = false;
        m_view->expandAll();
        m_message->setVisible(false);
    });
    connect(m_model, &ConfigTableModel::loadFailed, this, [this](const QString &message) {
        m_loadFailed = true;
        showMessage(tr("CONFIG GET failed: %1").arg(message), true);
    });
    connect(m_model, &ConfigTableModel::applied, this,
            [this](const QByteArray &name, const QByteArray &value) {
                const auto mutability = ConfigCatalog::mutabilityOf(name);
                showMessage(tr("%1 is now %2 on the running server. Save to file (REWRITE) to "
                               "keep it after a restart.")
                                .arg(QString::fromUtf8(name), ConfigCatalog::isSecret(name)
                                                                  ? QStringLiteral("••••")
                                                                  : QString::fromUtf8(value)),
                            false);
                Q_UNUSED(mutability);
            });
    connect(m_model, &ConfigTableModel::setFailed, this,
            [this](const QByteArray &name, const QString &message) {
                showMessage(tr("The server refused %1: %2").arg(QString::fromUtf8(name), message),
                            true);
            });
    connect(m_model, &ConfigTableModel::rewritten, this, [this](bool ok, const QString &message) {
        showMessage(ok ? tr("The running configuration was written to the node's config file.")
                       : tr("CONFIG REWRITE failed: %1").arg(message),
                    !ok);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ConfigPanel::onCurrent);
    onNodeChanged(m_picker->currentNode());
}

ConfigPanel *ConfigPanel::install(MainWindow &window, NodeRegistry *registry, LabController *lab)
{
    auto *panel = new ConfigPanel(registry, lab, &window);
    window.addPage(panel, tr("Configuration"));
    QAction *show = window.menu(MainWindow::Menu::Tools)->addAction(tr("&Configuration editor"));
    connect(show, &QAction::triggered, panel, [&window, panel] { window.showPage(panel); });
    return panel;
}

QString ConfigPanel::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void ConfigPanel::setFilterText(const QString &text)
{
    if (m_filter->text() != text)
        m_filter->setText(text);
    m_proxy->setFilterFixedString(text);
    m_view->expandAll();
}

void ConfigPanel::onNodeChanged(NodeId id)
{
    NodeConnections *connections =
        m_registry && m_registry->contains(id) ? m_registry->connections(id) : nullptr;
    // The config editor rides on the browsing connection: never the monitoring one.
    m_model->setConnection(connections ? connections->browsing() : nullptr);
    // Loaded before the server listened (a lab starting with the app): load again once it
    // answers, instead of leaving "connection refused" over an empty table.
    disconnect(m_reachability);
    if (NodeMonitor *monitor = connections ? m_registry->monitor(id) : nullptr)
        m_reachability =
            connect(monitor, &NodeMonitor::reachabilityChanged, this, [this, id](bool reachable) {
                if (reachable && m_loadFailed && m_picker->currentNode() == id)
                    m_model->reload();
            });
    m_fileButton->setEnabled(!labNodeName().isEmpty());
    m_help->clear();
}

QString ConfigPanel::labNodeName() const
{
    const NodeId id = m_picker->currentNode();
    if (!m_lab || !m_registry || !m_registry->contains(id))
        return {};
    const ConnectionSpec spec = m_registry->spec(id);
    LabNode *node = m_lab->nodeAt(spec.host, spec.port);
    // A link's proxy port stands for the upstream node: only a node's own port counts here.
    return node && node->port() == spec.port ? node->name() : QString();
}

void ConfigPanel::onCurrent(const QModelIndex &proxyIndex)
{
    const QModelIndex index = m_proxy->mapToSource(proxyIndex);
    const QByteArray name = index.siblingAtColumn(0).data(ConfigTableModel::NameRole).toByteArray();
    if (name.isEmpty()) {
        m_help->clear();
        return;
    }
    const ConfigDirective *d = ConfigCatalog::find(name);
    QString html = QStringLiteral("<b>%1</b> — %2<br>")
                       .arg(QString::fromUtf8(name).toHtmlEscaped(),
                            ConfigCatalog::helpText(name).toHtmlEscaped());
    html += tr("Default: %1 · Changes: %2 · Topic: %3")
                .arg(d && d->defaultValue ? QString::fromUtf8(d->defaultValue).toHtmlEscaped()
                                          : tr("(depends on the machine)"),
                     ConfigCatalog::mutabilityLabel(ConfigCatalog::mutabilityOf(name)),
                     ConfigCatalog::topicLabel(ConfigCatalog::topicOf(name)));
    if (ConfigCatalog::mutabilityOf(name) == ConfigMutability::Restart)
        html += QStringLiteral("<br>") +
                tr("CONFIG SET cannot change this one: edit the config file and restart.");
    m_help->setHtml(html);
}

void ConfigPanel::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(status_style::banner(
        error ? status_style::Kind::Error : status_style::Kind::Success, palette()));
    m_message->setVisible(true);
}

void ConfigPanel::rewrite(bool ask)
{
    if (ask) {
        const auto answer = QMessageBox::question(
            this, tr("Save configuration"),
            tr("CONFIG REWRITE rewrites the node's config file with its running configuration "
               "(comments are kept, changed lines are replaced). Continue?"));
        if (answer != QMessageBox::Yes)
            return;
    }
    m_model->rewrite();
}

void ConfigPanel::compareGroup()
{
    const NodeId id = m_picker->currentNode();
    if (!m_registry || !m_registry->contains(id))
        return;
    QList<ConfigNode> nodes;
    for (NodeId member : m_registry->groupOf(id))
        nodes << ConfigNode{NodePicker::describe(m_registry, member),
                            m_registry->connections(member)->browsing()};
    auto *dialog = new ConfigCompareDialog(nodes, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void ConfigPanel::applyToNodes()
{
    const NodeId id = m_picker->currentNode();
    if (!m_registry || !m_registry->contains(id))
        return;
    QList<ConfigNode> nodes;
    for (NodeId member : m_registry->groupOf(id))
        nodes << ConfigNode{NodePicker::describe(m_registry, member),
                            m_registry->connections(member)->browsing()};
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    const QByteArray name =
        current.siblingAtColumn(0).data(ConfigTableModel::NameRole).toByteArray();
    const QByteArray value =
        current.siblingAtColumn(0).data(ConfigTableModel::ValueBytesRole).toByteArray();
    ApplyConfigDialog dialog(nodes, name, value, this);
    connect(&dialog, &ApplyConfigDialog::appliedToNodes, m_model, &ConfigTableModel::reload);
    dialog.exec();
}

void ConfigPanel::editConfigFile()
{
    const QString name = labNodeName();
    if (name.isEmpty())
        return;
    auto *editor = new ConfigFileEditor(m_lab, name, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &ConfigFileEditor::saved, this, [this, name](bool restarting) {
        if (!restarting || !m_lab) {
            m_model->reload();
            return;
        }
        // Reloading at once met the connection the restart closed ("CONFIG GET failed") and
        // left the table empty: wait until the node is back, or has failed to come back.
        // The first command on the old connection may still meet the closed socket; the
        // connection reconnects for the next one, so a failed load is retried a few times.
        auto *watch = new QObject(this);
        auto attempts = std::make_shared<int>(0);
        connect(m_lab, &LabController::nodeStateChanged, watch,
                [this, name, watch, attempts](LabNode *node, LabNode::State state) {
                    if (node->name() != name ||
                        (state != LabNode::State::Running && state != LabNode::State::Died))
                        return;
                    if (state == LabNode::State::Died) {
                        watch->deleteLater();
                        m_model->reload(); // shows why
                        return;
                    }
                    connect(m_model, &ConfigTableModel::loaded, watch, &QObject::deleteLater);
                    connect(m_model, &ConfigTableModel::loadFailed, watch, [this, watch, attempts] {
                        if (++*attempts >= 5)
                            watch->deleteLater();
                        else
                            QTimer::singleShot(200, watch, [this] { m_model->reload(); });
                    });
                    m_model->reload();
                });
    });
    editor->show();
}
