#pragma once
// Saved connection profiles, grouped for the sidebar, stored with QSettings. The password is
// never written here: it lives in the OS keychain (CredentialStore, keyed by the profile id),
// and `hasPassword` only remembers that one is needed.
#include "client/connection_spec.h"

#include <QList>
#include <QObject>
#include <optional>

struct ConnectionProfile
{
    QString id;          // stable, generated on add()
    QString group;       // sidebar folder; empty = "Ungrouped"
    ConnectionSpec spec; // spec.password is always empty when read from the store
    bool hasPassword = false;
};

class ConnectionProfileStore : public QObject
{
    Q_OBJECT
public:
    // Reads the profiles from QSettings (organisation/app set by main()).
    explicit ConnectionProfileStore(QObject *parent = nullptr);

    QList<ConnectionProfile> profiles() const { return m_profiles; }
    std::optional<ConnectionProfile> profile(const QString &id) const;
    QStringList groups() const;

    // Each returns the id; the spec's password is dropped before saving.
    QString add(ConnectionProfile profile);
    void update(const ConnectionProfile &profile);
    QString duplicate(const QString &id);
    void remove(const QString &id);

    static QString settingsGroup() { return QStringLiteral("connections"); }

signals:
    void profilesChanged();

private:
    void load();
    void save() const;

    QList<ConnectionProfile> m_profiles;
};
