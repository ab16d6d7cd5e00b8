#pragma once
// The sidebar: saved connection profiles grouped in folders (add, edit, duplicate, delete,
// test, import), the servers being monitored with their role and state, and the offer to add
// the rest of a replication group. Profile editing is handled here; connecting and opening
// views is asked of the ServersController through signals.
#include "model/connection_profiles.h"
#include "model/node_registry.h"

#include <QDockWidget>
#include <QPointer>

class CredentialStore;
class QFrame;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

class ConnectionsDock : public QDockWidget
{
    Q_OBJECT
public:
    ConnectionsDock(ConnectionProfileStore *profiles, CredentialStore *credentials,
                    NodeRegistry *registry, QWidget *parent = nullptr);

    QTreeWidget *profileTree() const { return m_profiles; }
    QTreeWidget *serverTree() const { return m_servers; }

    // Opens the editor for a new profile, prefilled with `spec`.
    void newProfile(const ConnectionSpec &spec = {});
    void editProfile(const QString &id);
    void duplicateProfile(const QString &id);
    void deleteProfile(const QString &id);
    void importConfFile();
    void importUrl();
    // Shows "N more servers of this group" with Add / Dismiss.
    void showGroupOffer(NodeId from, const QList<ConnectionSpec> &members);
    bool isGroupOfferVisible() const;
    // Saves a dialog's profile and its password (keychain, or the in-memory fallback).
    QString saveProfile(ConnectionProfile profile, bool savePassword);

signals:
    void connectProfileRequested(const QString &profileId);
    void dashboardRequested(NodeId id);
    void consoleRequested(NodeId id);
    void addGroupRequested(NodeId id);
    void stopMonitoringRequested(NodeId id);
    void statusMessage(const QString &text);

private:
    void rebuildProfiles();
    void rebuildServers();
    void updateServerItem(NodeId id);
    QString selectedProfileId() const;
    NodeId selectedNodeId() const;
    void profileMenu(const QPoint &pos);
    void serverMenu(const QPoint &pos);
    void storePassword(const QString &id, const QString &password);

    QPointer<ConnectionProfileStore> m_store;
    QPointer<CredentialStore> m_credentials;
    QPointer<NodeRegistry> m_registry;
    QTreeWidget *m_profiles = nullptr;
    QTreeWidget *m_servers = nullptr;
    QFrame *m_offer = nullptr;
    QLabel *m_offerText = nullptr;
    NodeId m_offerFrom = 0;
};
