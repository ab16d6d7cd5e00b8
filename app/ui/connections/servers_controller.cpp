#include "ui/connections/servers_controller.h"

#include "client/credential_store.h"
#include "model/connection_profiles.h"
#include "model/node_monitor.h"
#include "ui/connections/connections_dock.h"
#include "ui/connections/lab_registration.h"
#include "ui/console/node_console.h"
#include "ui/dashboard/node_dashboard.h"
#include "ui/main_window.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>

namespace {
// Samples kept per series: one hour at the default 1 s period.
constexpr int kHistoryPoints = 3600;
} // namespace

ServersController::ServersController(MainWindow *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_registry(new NodeRegistry(this))
    , m_profiles(new ConnectionProfileStore(this))
    , m_credentials(new CredentialStore(this))
{
    applySamplingFromEnvironment();
    m_dock = new ConnectionsDock(m_profiles, m_credentials, m_registry, window);
    window->addDock(m_dock, Qt::LeftDockWidgetArea);
    buildActions();

    connect(m_dock, &ConnectionsDock::connectProfileRequested, this,
            &ServersController::connectProfile);
    connect(m_dock, &ConnectionsDock::dashboardRequested, this, &ServersController::openDashboard);
    connect(m_dock, &ConnectionsDock::consoleRequested, this, &ServersController::openConsole);
    connect(m_dock, &ConnectionsDock::addGroupRequested, m_registry, &NodeRegistry::addGroupOf);
    connect(m_dock, &ConnectionsDock::stopMonitoringRequested, m_registry,
            &NodeRegistry::removeNode);
    connect(m_dock, &ConnectionsDock::statusMessage, window,
            [window](const QString &text) { window->showStatus(text); });
    connect(m_registry, &NodeRegistry::nodeAdded, this,
            [this](NodeId id) { m_registry->monitor(id)->setHistoryCapacity(kHistoryPoints); });
    connect(m_registry, &NodeRegistry::nodeRemoved, this, &ServersController::closePagesOf);
    connect(m_registry, &NodeRegistry::groupMembersDiscovered, m_dock,
            &ConnectionsDock::showGroupOffer);
}

ServersController::~ServersController()
{
    // Pages belong to the window; the registry (and its connections) goes with us.
    for (const auto &page : std::as_const(m_dashboards))
        delete page.data();
    for (const auto &page : std::as_const(m_consoles))
        delete page.data();
}

void ServersController::attachLab(LabController *lab)
{
    if (!m_lab && lab)
        m_lab = new LabRegistration(lab, m_registry, this);
}

void ServersController::applySamplingFromEnvironment()
{
    // Hidden knobs for benchmarks (tests/bench/monitor-50): sampling periods in ms.
    bool okInfo = false, okRepl = false;
    const int info = qEnvironmentVariableIntValue("RD_INFO_INTERVAL_MS", &okInfo);
    const int repl = qEnvironmentVariableIntValue("RD_REPL_INTERVAL_MS", &okRepl);
    if (okInfo || okRepl)
        m_registry->setSamplingIntervals(okInfo ? info : 1000, okRepl ? repl : 200);
}

void ServersController::buildActions()
{
    QMenu *file = m_window->menu(MainWindow::Menu::File);
    QAction *first = file->actions().value(0);
    auto *newConnection = new QAction(tr("&New connection…"), file);
    newConnection->setShortcut(QKeySequence::New);
    connect(newConnection, &QAction::triggered, m_dock, [this] { m_dock->newProfile(); });
    auto *connectUrl = new QAction(tr("&Connect to URL…"), file);
    connect(connectUrl, &QAction::triggered, this, &ServersController::askConnectUrl);
    auto *importConf = new QAction(tr("&Import redis.conf…"), file);
    connect(importConf, &QAction::triggered, m_dock, &ConnectionsDock::importConfFile);
    file->insertActions(first, {newConnection, connectUrl, importConf});
    file->insertSeparator(first);
}

void ServersController::askConnectUrl()
{
    bool ok = false;
    const QString url = QInputDialog::getText(m_window, tr("Connect to URL"),
                                              tr("redis://[user:password@]host:port[/db]"),
                                              QLineEdit::Normal, QStringLiteral("redis://"), &ok);
    if (!ok || url.isEmpty())
        return;
    const QStringList errors = connectUrls({url});
    if (!errors.isEmpty())
        QMessageBox::warning(m_window, tr("Connect to URL"), errors.join(QLatin1Char('\n')));
}

QStringList ServersController::connectUrls(const QStringList &urls)
{
    QStringList errors;
    for (const QString &url : urls) {
        QString error;
        const auto spec = ConnectionSpec::fromUrl(url, &error);
        if (!spec) {
            errors << tr("%1: %2").arg(url, error);
            continue;
        }
        // The password stays in this spec (memory) only: nothing here writes settings.
        connectTo(*spec, true);
    }
    return errors;
}

NodeId ServersController::connectTo(const ConnectionSpec &spec, bool showDashboard)
{
    const NodeId id = m_registry->addNode(spec);
    if (showDashboard)
        openDashboard(id);
    return id;
}

void ServersController::connectProfile(const QString &profileId)
{
    const auto profile = m_profiles->profile(profileId);
    if (!profile)
        return;
    if (!profile->hasPassword) {
        connectTo(profile->spec);
        return;
    }
    m_credentials->readPassword(
        profileId, this, [this, spec = profile->spec](std::optional<QString> password, QString) {
            ConnectionSpec withPassword = spec;
            if (password) {
                withPassword.password = *password;
            } else {
                bool ok = false;
                const QString typed = QInputDialog::getText(
                    m_window, tr("Password"),
                    tr("Password for %1 (not saved: no keychain entry):").arg(spec.displayName()),
                    QLineEdit::Password, QString(), &ok);
                if (!ok)
                    return;
                withPassword.password = typed;
            }
            connectTo(withPassword);
        });
}

NodeDashboard *ServersController::openDashboard(NodeId id)
{
    if (!m_registry->contains(id))
        return nullptr;
    NodeDashboard *page = m_dashboards.value(id);
    if (!page) {
        page = new NodeDashboard(m_registry, id);
        connect(page, &NodeDashboard::consoleRequested, this, &ServersController::openConsole);
        m_dashboards.insert(id, page);
        m_window->addPage(page, page->title(), true);
    }
    m_window->showPage(page);
    return page;
}

NodeConsole *ServersController::openConsole(NodeId id)
{
    if (!m_registry->contains(id))
        return nullptr;
    NodeConsole *page = m_consoles.value(id);
    if (!page) {
        page = new NodeConsole(m_registry->connections(id));
        m_consoles.insert(id, page);
        m_window->addPage(page, tr("Console: %1").arg(m_registry->spec(id).displayName()), true);
    }
    m_window->showPage(page);
    return page;
}

void ServersController::closePagesOf(NodeId id)
{
    // Deleting a page removes its tab.
    delete m_dashboards.take(id).data();
    delete m_consoles.take(id).data();
}
