#pragma once
// One node's configuration as a tree: topics (network, security, persistence, replication,
// limits, other), each with its directives: value, default, changed-from-default marker,
// whether it changes at runtime, and help. Editing a value sends CONFIG SET; the server's
// answer decides: on success the value is read back (the server normalises "1mb" to
// "1048576"), on error the row keeps its value and setFailed() carries the server's text.
#include "client/resp_connection.h"
#include "model/config/config_catalog.h"
#include "model/config/config_snapshot.h"

#include <QAbstractItemModel>
#include <QPointer>
#include <QSet>

class ConfigTableModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, ValueColumn, DefaultColumn, RuntimeColumn, HelpColumn, ColumnCount };
    enum Role {
        NameRole = Qt::UserRole + 1, // QByteArray directive (directive rows)
        ValueBytesRole,              // QByteArray value
        ChangedRole,                 // bool: differs from the default
        MutabilityRole,              // int ConfigMutability
        TopicRole,                   // int ConfigTopic
        IsTopicRole,                 // bool: a topic row
        PendingRole,                 // bool: CONFIG SET on its way
        SecretRole,                  // bool: value hidden
    };

    explicit ConfigTableModel(QObject *parent = nullptr);

    void setConnection(RespConnection *connection); // reloads
    RespConnection *connection() const { return m_connection; }
    void reload();
    // Shows aliases (slave-read-only next to replica-read-only). Off by default.
    void setShowAliases(bool show);
    // Shows requirepass/masterauth in clear. Off by default.
    void setRevealSecrets(bool reveal);
    bool revealSecrets() const { return m_revealSecrets; }

    const ConfigSnapshot &snapshot() const { return m_snapshot; }
    QModelIndex indexOf(const QByteArray &name, int column = NameColumn) const;
    // CONFIG SET name value; the result arrives through applied()/setFailed().
    void setValue(const QByteArray &name, const QByteArray &value);
    // CONFIG REWRITE: persists the running configuration into the node's config file.
    void rewrite();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void loaded();
    void loadFailed(const QString &message);
    void applied(const QByteArray &name, const QByteArray &value);
    void setFailed(const QByteArray &name, const QString &serverMessage);
    void rewritten(bool ok, const QString &message);

private:
    void rebuild();
    void updateValue(const QByteArray &name, const QByteArray &value);

    QPointer<RespConnection> m_connection;
    ConfigSnapshot m_snapshot;
    // topics in fixed order; each holds its directive names, sorted
    QList<QList<QByteArray>> m_topics;
    QList<ConfigTopic> m_topicOrder;
    QSet<QByteArray> m_pending;
    bool m_showAliases = false;
    bool m_revealSecrets = false;
    quint64 m_generation = 0;
};
