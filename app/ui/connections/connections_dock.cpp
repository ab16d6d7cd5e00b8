#include "ui/connections/connections_dock.h"

#include "ui/status_style.h"

#include "client/credential_store.h"
#include "model/node_monitor.h"
#include "ui/connections/connection_dialog.h"

#include <QFileDialog>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
constexpr int kIdRole = Qt::UserRole + 1;

QString roleName(NodeRole role)
{
    const QString name = roleDisplayName(role);
    return name.isEmpty() ? QStringLiteral("…") : name;
}
} // namespace

ConnectionsDock::ConnectionsDock(ConnectionProfileStore *profiles, CredentialStore *credentials,
                                 NodeRegistry *registry, QWidget *parent)
    : QDockWidget(tr("Connections"), parent)
    , m_store(profiles)
    , m_credentials(credentials)
    , m_registry(registry)
{
    setObjectName(QStringLiteral("ConnectionsDock"));
    setMinimumWidth(280);
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(2, 2, 2, 2);

    auto *toolbar = new QToolBar(body);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(tr("New"), this, [this] { newProfile(); });
    toolbar->addAction(tr("Connect"), this, [this] {
        if (const QString id = selectedProfileId(); !id.isEmpty())
            emit connectProfileRequested(id);
    });
    auto *importButton = toolbar->addAction(tr("Import"));
    auto *importMenu = new QMenu(this);
    importMenu->addAction(tr("From redis.conf…"), this, &ConnectionsDock::importConfFile);
    importMenu->addAction(tr("From redis:// URL…"), this, &ConnectionsDock::importUrl);
    importButton->setMenu(importMenu);
    connect(importButton, &QAction::triggered, this, &ConnectionsDock::importConfFile);
    layout->addWidget(toolbar);

    m_offer = new QFrame(body);
    m_offer->setFrameShape(QFrame::StyledPanel);
    m_offer->setStyleSheet(QStringLiteral("QFrame { %1 }")
                               .arg(status_style::banner(status_style::Kind::Warning, palette())));
    auto *offerLayout = new QVBoxLayout(m_offer);
    m_offerText = new QLabel(m_offer);
    m_offerText->setWordWrap(true);
    auto *offerButtons = new QHBoxLayout;
    auto *addGroup = new QPushButton(tr("Add them"), m_offer);
    auto *dismiss = new QPushButton(tr("Dismiss"), m_offer);
    offerButtons->addStretch();
    offerButtons->addWidget(addGroup);
    offerButtons->addWidget(dismiss);
    offerLayout->addWidget(m_offerText);
    offerLayout->addLayout(offerButtons);
    connect(addGroup, &QPushButton::clicked, this, [this] {
        m_offer->hide();
        emit addGroupRequested(m_offerFrom);
    });
    connect(dismiss, &QPushButton::clicked, m_offer, &QWidget::hide);
    m_offer->hide();
    layout->addWidget(m_offer);

    auto *splitter = new QSplitter(Qt::Vertical, body);
    m_profiles = new QTreeWidget(splitter);
    m_profiles->setObjectName(QStringLiteral("ProfileTree"));
    m_profiles->setHeaderLabels({tr("Saved connections"), tr("Address")});
    m_profiles->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_profiles->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_profiles->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_profiles, &QWidget::customContextMenuRequested, this, &ConnectionsDock::profileMenu);
    connect(m_profiles, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        const QString id = item->data(0, kIdRole).toString();
        if (!id.isEmpty())
            emit connectProfileRequested(id);
    });
    m_servers = new QTreeWidget(splitter);
    m_servers->setObjectName(QStringLiteral("ServerTree"));
    m_servers->setHeaderLabels({tr("Monitored servers"), tr("Role"), tr("State")});
    m_servers->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_servers->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_servers->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_servers->setRootIsDecorated(false);
    m_servers->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_servers, &QWidget::customContextMenuRequested, this, &ConnectionsDock::serverMenu);
    connect(m_servers, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        emit dashboardRequested(item->data(0, kIdRole).toInt());
    });
    layout->addWidget(splitter, 1);
    setWidget(body);

    connect(m_store, &ConnectionProfileStore::profilesChanged, this,
            &ConnectionsDock::rebuildProfiles);
    connect(m_registry, &NodeRegistry::nodeAdded, this, [this](NodeId id) {
        rebuildServers();
        if (NodeMonitor *m = m_registry->monitor(id)) {
            connect(m, &NodeMonitor::reachabilityChanged, this,
                    [this, id] { updateServerItem(id); });
            connect(m, &NodeMonitor::roleChanged, this, [this, id] { updateServerItem(id); });
            connect(m, &NodeMonitor::sampleFailed, this, [this, id] { updateServerItem(id); });
        }
    });
    connect(m_registry, &NodeRegistry::nodeRemoved, this, &ConnectionsDock::rebuildServers);
    rebuildProfiles();
    rebuildServers();
}

void ConnectionsDock::rebuildProfiles()
{
    m_profiles->clear();
    QHash<QString, QTreeWidgetItem *> groups;
    for (const ConnectionProfile &p : m_store->profiles()) {
        const QString groupName = p.group.isEmpty() ? tr("Ungrouped") : p.group;
        QTreeWidgetItem *&group = groups[groupName];
        if (!group) {
            group = new QTreeWidgetItem(m_profiles, {groupName});
            QFont f = group->font(0);
            f.setBold(true);
            group->setFont(0, f);
            group->setFlags(Qt::ItemIsEnabled);
        }
        auto *item = new QTreeWidgetItem(group, {p.spec.displayName(), p.spec.address()});
        item->setData(0, kIdRole, p.id);
        item->setToolTip(0, p.spec.toUrl());
    }
    m_profiles->expandAll();
}

void ConnectionsDock::rebuildServers()
{
    m_servers->clear();
    for (NodeId id : m_registry->nodeIds()) {
        const QString name = m_registry->spec(id).displayName();
        auto *item = new QTreeWidgetItem(
            m_servers,
            {m_registry->origin(id) == NodeOrigin::Lab ? tr("%1 (lab)").arg(name) : name});
        item->setData(0, kIdRole, id);
        updateServerItem(id);
    }
}

void ConnectionsDock::updateServerItem(NodeId id)
{
    for (int i = 0; i < m_servers->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_servers->topLevelItem(i);
        if (item->data(0, kIdRole).toInt() != id)
            continue;
        const NodeMonitor *m = m_registry->monitor(id);
        if (!m)
            return;
        item->setText(1, roleName(m->nodeRole()));
        if (m->isReachable()) {
            item->setText(2, tr("online"));
            item->setForeground(2, QColor(0x27, 0xae, 0x60));
            item->setToolTip(0, m_registry->spec(id).address());
        } else if (m->lastError().isError()) {
            item->setText(2, m->lastError().title());
            item->setForeground(2, QColor(0xc0, 0x39, 0x2b));
            item->setToolTip(0, m->lastError().userText());
        } else {
            item->setText(2, tr("connecting…"));
        }
        return;
    }
}

QString ConnectionsDock::selectedProfileId() const
{
    const QTreeWidgetItem *item = m_profiles->currentItem();
    return item ? item->data(0, kIdRole).toString() : QString();
}

NodeId ConnectionsDock::selectedNodeId() const
{
    const QTreeWidgetItem *item = m_servers->currentItem();
    return item ? item->data(0, kIdRole).toInt() : 0;
}

void ConnectionsDock::newProfile(const ConnectionSpec &spec)
{
    ConnectionDialog dialog(m_store->groups(), this);
    dialog.setWindowTitle(tr("New connection"));
    dialog.setSpec(spec);
    if (dialog.exec() == QDialog::Accepted)
        saveProfile(dialog.profile(), dialog.savePassword());
}

QString ConnectionsDock::saveProfile(ConnectionProfile profile, bool savePassword)
{
    const QString password = profile.spec.password;
    QString id = profile.id;
    if (id.isEmpty())
        id = m_store->add(profile);
    else
        m_store->update(profile);
    if (!password.isEmpty()) {
        if (savePassword)
            storePassword(id, password);
        else if (m_credentials)
            m_credentials->removePassword(id);
    }
    return id;
}

void ConnectionsDock::storePassword(const QString &id, const QString &password)
{
    if (!m_credentials)
        return;
    m_credentials->writePassword(id, password, this, [this](bool ok, const QString &error) {
        if (ok) {
            emit statusMessage(tr("Password saved in the system keychain."));
            return;
        }
        // No keychain: the password is not written anywhere; say so once, clearly.
        QMessageBox::information(
            this, tr("Password not saved"),
            CredentialStore::unavailableExplanation() +
                (error.isEmpty() ? QString() : QStringLiteral("\n\n") + error));
    });
}

void ConnectionsDock::editProfile(const QString &id)
{
    const auto profile = m_store->profile(id);
    if (!profile)
        return;
    ConnectionDialog dialog(m_store->groups(), this);
    dialog.setWindowTitle(tr("Edit connection"));
    dialog.setProfile(*profile);
    if (dialog.exec() == QDialog::Accepted)
        saveProfile(dialog.profile(), dialog.savePassword());
}

void ConnectionsDock::duplicateProfile(const QString &id)
{
    const QString copy = m_store->duplicate(id);
    if (copy.isEmpty() || !m_credentials)
        return;
    // The copy gets its own keychain entry.
    m_credentials->readPassword(id, this, [this, copy](std::optional<QString> pw, QString) {
        if (pw)
            storePassword(copy, *pw);
    });
}

void ConnectionsDock::deleteProfile(const QString &id)
{
    const auto profile = m_store->profile(id);
    if (!profile)
        return;
    if (QMessageBox::question(
            this, tr("Delete connection"),
            tr("Delete the saved connection \"%1\"?").arg(profile->spec.displayName())) !=
        QMessageBox::Yes)
        return;
    m_store->remove(id);
    if (m_credentials)
        m_credentials->removePassword(id);
}

void ConnectionsDock::importConfFile()
{
    ConnectionDialog dialog(m_store->groups(), this);
    dialog.setWindowTitle(tr("Import redis.conf"));
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import redis.conf"), QString(),
                                     tr("Redis configuration (*.conf);;All files (*)"));
    if (path.isEmpty() || !dialog.importConfFile(path))
        return;
    if (dialog.exec() == QDialog::Accepted)
        saveProfile(dialog.profile(), dialog.savePassword());
}

void ConnectionsDock::importUrl()
{
    const QString url =
        QInputDialog::getText(this, tr("Import URL"), tr("redis://[user:password@]host:port[/db]"));
    if (url.isEmpty())
        return;
    ConnectionDialog dialog(m_store->groups(), this);
    dialog.setWindowTitle(tr("Import URL"));
    if (!dialog.importUrl(url)) {
        QMessageBox::warning(this, tr("Import URL"), dialog.testResult());
        return;
    }
    if (dialog.exec() == QDialog::Accepted)
        saveProfile(dialog.profile(), dialog.savePassword());
}

void ConnectionsDock::showGroupOffer(NodeId from, const QList<ConnectionSpec> &members)
{
    QStringList addresses;
    for (const ConnectionSpec &s : members)
        addresses << s.address();
    m_offerFrom = from;
    m_offerText->setText(
        tr("%1 belongs to a replication group. Also monitor %n more server(s): %2?", nullptr,
           int(members.size()))
            .arg(m_registry->spec(from).displayName(), addresses.join(QStringLiteral(", "))));
    m_offer->show();
}

bool ConnectionsDock::isGroupOfferVisible() const
{
    return !m_offer->isHidden();
}

void ConnectionsDock::profileMenu(const QPoint &pos)
{
    const QString id = selectedProfileId();
    QMenu menu(this);
    menu.addAction(tr("New…"), this, [this] { newProfile(); });
    if (!id.isEmpty()) {
        menu.addAction(tr("Connect"), this, [this, id] { emit connectProfileRequested(id); });
        menu.addAction(tr("Edit…"), this, [this, id] { editProfile(id); });
        menu.addAction(tr("Duplicate"), this, [this, id] { duplicateProfile(id); });
        menu.addAction(tr("Delete…"), this, [this, id] { deleteProfile(id); });
    }
    menu.exec(m_profiles->viewport()->mapToGlobal(pos));
}

void ConnectionsDock::serverMenu(const QPoint &pos)
{
    const NodeId id = selectedNodeId();
    if (!id)
        return;
    QMenu menu(this);
    menu.addAction(tr("Open dashboard"), this, [this, id] { emit dashboardRequested(id); });
    menu.addAction(tr("Open console"), this, [this, id] { emit consoleRequested(id); });
    // A lab node comes and goes with the lab, and its password must not reach settings.
    if (m_registry->origin(id) == NodeOrigin::Lab) {
        menu.exec(m_servers->viewport()->mapToGlobal(pos));
        return;
    }
    menu.addAction(tr("Add its replication group"), this,
                   [this, id] { emit addGroupRequested(id); });
    menu.addAction(tr("Save as connection…"), this,
                   [this, id] { newProfile(m_registry->spec(id)); });
    menu.addSeparator();
    menu.addAction(tr("Stop monitoring"), this, [this, id] { emit stopMonitoringRequested(id); });
    menu.exec(m_servers->viewport()->mapToGlobal(pos));
}
