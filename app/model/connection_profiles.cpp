#include "model/connection_profiles.h"

#include <QCoreApplication>
#include <QSettings>
#include <QUuid>

namespace {

void writeProfile(QSettings &s, const ConnectionProfile &p)
{
    const ConnectionSpec &c = p.spec;
    s.setValue(QStringLiteral("id"), p.id);
    s.setValue(QStringLiteral("group"), p.group);
    s.setValue(QStringLiteral("name"), c.name);
    s.setValue(QStringLiteral("host"), c.host);
    s.setValue(QStringLiteral("port"), c.port);
    s.setValue(QStringLiteral("user"), c.user);
    s.setValue(QStringLiteral("db"), c.db);
    s.setValue(QStringLiteral("hasPassword"), p.hasPassword);
    s.setValue(QStringLiteral("connectTimeoutMs"), c.connectTimeoutMs);
    s.setValue(QStringLiteral("commandTimeoutMs"), c.commandTimeoutMs);
    s.setValue(QStringLiteral("tls/enabled"), c.tls.enabled);
    s.setValue(QStringLiteral("tls/caFile"), c.tls.caFile);
    s.setValue(QStringLiteral("tls/certFile"), c.tls.certFile);
    s.setValue(QStringLiteral("tls/keyFile"), c.tls.keyFile);
    s.setValue(QStringLiteral("tls/verifyPeer"), c.tls.verifyPeer);
    s.setValue(QStringLiteral("tls/serverName"), c.tls.serverName);
}

ConnectionProfile readProfile(const QSettings &s)
{
    ConnectionProfile p;
    ConnectionSpec &c = p.spec;
    const ConnectionSpec d;
    p.id = s.value(QStringLiteral("id")).toString();
    p.group = s.value(QStringLiteral("group")).toString();
    c.name = s.value(QStringLiteral("name")).toString();
    c.host = s.value(QStringLiteral("host"), d.host).toString();
    c.port = quint16(s.value(QStringLiteral("port"), d.port).toUInt());
    c.user = s.value(QStringLiteral("user")).toString();
    c.db = s.value(QStringLiteral("db"), d.db).toInt();
    p.hasPassword = s.value(QStringLiteral("hasPassword"), false).toBool();
    c.connectTimeoutMs = s.value(QStringLiteral("connectTimeoutMs"), d.connectTimeoutMs).toInt();
    c.commandTimeoutMs = s.value(QStringLiteral("commandTimeoutMs"), d.commandTimeoutMs).toInt();
    c.tls.enabled = s.value(QStringLiteral("tls/enabled"), false).toBool();
    c.tls.caFile = s.value(QStringLiteral("tls/caFile")).toString();
    c.tls.certFile = s.value(QStringLiteral("tls/certFile")).toString();
    c.tls.keyFile = s.value(QStringLiteral("tls/keyFile")).toString();
    c.tls.verifyPeer = s.value(QStringLiteral("tls/verifyPeer"), true).toBool();
    c.tls.serverName = s.value(QStringLiteral("tls/serverName")).toString();
    return p;
}

} // namespace

ConnectionProfileStore::ConnectionProfileStore(QObject *parent)
    : QObject(parent)
{
    load();
}

std::optional<ConnectionProfile> ConnectionProfileStore::profile(const QString &id) const
{
    for (const ConnectionProfile &p : m_profiles)
        if (p.id == id)
            return p;
    return std::nullopt;
}

QStringList ConnectionProfileStore::groups() const
{
    QStringList out;
    for (const ConnectionProfile &p : m_profiles)
        if (!out.contains(p.group))
            out.append(p.group);
    return out;
}

QString ConnectionProfileStore::add(ConnectionProfile profile)
{
    profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!profile.spec.password.isEmpty())
        profile.hasPassword = true;
    profile.spec.password.clear();
    m_profiles.append(profile);
    save();
    emit profilesChanged();
    return profile.id;
}

void ConnectionProfileStore::update(const ConnectionProfile &profile)
{
    for (ConnectionProfile &p : m_profiles) {
        if (p.id == profile.id) {
            p = profile;
            if (!p.spec.password.isEmpty())
                p.hasPassword = true;
            p.spec.password.clear();
            save();
            emit profilesChanged();
            return;
        }
    }
}

QString ConnectionProfileStore::duplicate(const QString &id)
{
    const auto original = profile(id);
    if (!original)
        return {};
    ConnectionProfile copy = *original;
    copy.spec.name = QCoreApplication::translate("ConnectionProfileStore", "%1 (copy)")
                         .arg(original->spec.displayName());
    return add(copy);
}

void ConnectionProfileStore::remove(const QString &id)
{
    const qsizetype before = m_profiles.size();
    m_profiles.removeIf([&id](const ConnectionProfile &p) { return p.id == id; });
    if (m_profiles.size() == before)
        return;
    save();
    emit profilesChanged();
}

void ConnectionProfileStore::load()
{
    QSettings settings;
    const int n = settings.beginReadArray(settingsGroup());
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        ConnectionProfile p = readProfile(settings);
        if (!p.id.isEmpty())
            m_profiles.append(p);
    }
    settings.endArray();
}

void ConnectionProfileStore::save() const
{
    QSettings settings;
    settings.remove(settingsGroup());
    settings.beginWriteArray(settingsGroup(), int(m_profiles.size()));
    for (int i = 0; i < m_profiles.size(); ++i) {
        settings.setArrayIndex(i);
        writeProfile(settings, m_profiles.at(i));
    }
    settings.endArray();
}
