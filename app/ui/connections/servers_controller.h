#pragma once
// Everything about "which servers does the app talk to", assembled for the main window:
// the NodeRegistry (shared with every other view: topology, lag charts, key browser...),
// saved profiles and passwords, the Connections dock, node dashboards and consoles as pages,
// the --connect command line, and the offer to add the rest of a replication group.
//
// Other panels get the registry with registry() and open pages with openDashboard() /
// openConsole().
#include "model/node_registry.h"
#include "ui/console/node_console.h"
#include "ui/dashboard/node_dashboard.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class ConnectionProfileStore;
class ConnectionsDock;
class CredentialStore;
class LabController;
class LabRegistration;
class MainWindow;

class ServersController : public QObject
{
    Q_OBJECT
public:
    explicit ServersController(MainWindow *window, QObject *parent = nullptr);
    ~ServersController() override;

    NodeRegistry *registry() const { return m_registry; }
    // The lab's nodes join the registry while a lab is open (call before other views attach to
    // the lab, so they find the nodes registered).
    void attachLab(LabController *lab);
    LabRegistration *labRegistration() const { return m_lab; }
    ConnectionProfileStore *profiles() const { return m_profiles; }
    ConnectionsDock *dock() const { return m_dock; }

    // --connect URLs: each server is monitored and gets a dashboard; passwords given this way
    // stay in memory only. Returns the error messages of URLs that could not be parsed.
    QStringList connectUrls(const QStringList &urls);
    // Starts monitoring a server (or finds it) and shows its dashboard.
    NodeId connectTo(const ConnectionSpec &spec, bool showDashboard = true);
    void connectProfile(const QString &profileId);

    NodeDashboard *openDashboard(NodeId id);
    NodeConsole *openConsole(NodeId id);
    NodeDashboard *dashboard(NodeId id) const { return m_dashboards.value(id); }
    NodeConsole *console(NodeId id) const { return m_consoles.value(id); }

private:
    void buildActions();
    void askConnectUrl();
    void closePagesOf(NodeId id);
    void applySamplingFromEnvironment();

    QPointer<MainWindow> m_window;
    NodeRegistry *m_registry = nullptr;
    ConnectionProfileStore *m_profiles = nullptr;
    CredentialStore *m_credentials = nullptr;
    ConnectionsDock *m_dock = nullptr;
    LabRegistration *m_lab = nullptr;
    QHash<NodeId, QPointer<NodeDashboard>> m_dashboards;
    QHash<NodeId, QPointer<NodeConsole>> m_consoles;
};
