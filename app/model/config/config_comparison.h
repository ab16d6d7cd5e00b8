#pragma once
// The configurations of a group's nodes side by side: one row per directive, one column per
// node, differing rows marked. Replication directives come first (they are what breaks a link),
// then rows that differ, then the rest. Directives that differ by nature between two nodes
// (port, dir, logfile, the replicaof line...) are marked node-specific, not "different".
#include "client/resp_connection.h"
#include "model/config/config_snapshot.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <functional>

struct ConfigNode
{
    QString name;
    QPointer<RespConnection> connection;
};

struct ConfigComparisonRow
{
    QByteArray name;
    QList<QByteArray> values; // per node; a null QByteArray when that node lacks it
    bool differs = false;
    bool replication = false;
    bool nodeSpecific = false;
};

// Builds the rows from snapshots (index = node). Aliases are folded into their canonical name.
QList<ConfigComparisonRow> compareConfigs(const QList<ConfigSnapshot> &snapshots);

class ConfigComparisonModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        NameRole = Qt::UserRole + 1,
        DiffersRole,      // bool
        ReplicationRole,  // bool
        NodeSpecificRole, // bool
        ValueBytesRole,   // QByteArray of a node cell
    };

    explicit ConfigComparisonModel(QObject *parent = nullptr);

    void setNodes(const QList<ConfigNode> &nodes); // loads every node's CONFIG GET *
    void reload();
    const QList<ConfigNode> &nodes() const { return m_nodes; }
    void setOnlyDifferences(bool only);
    bool isLoading() const { return m_pending > 0; }
    QString errors() const { return m_errors.join(QLatin1Char('\n')); }
    const QList<ConfigComparisonRow> &rows() const { return m_visible; }
    int differingCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void loaded();

private:
    void rebuild();

    QList<ConfigNode> m_nodes;
    QList<ConfigSnapshot> m_snapshots;
    QList<ConfigComparisonRow> m_rows;
    QList<ConfigComparisonRow> m_visible;
    QStringList m_errors;
    bool m_onlyDifferences = false;
    int m_pending = 0;
    quint64 m_generation = 0;
};

struct ConfigApplyResult
{
    QString node;
    bool ok = false;
    QByteArray value; // the value read back after CONFIG SET
    QString message;  // the server's error
};

// CONFIG SET name value on every node (then CONFIG GET to read it back); `done` gets one result
// per node, in the order given, once all have answered.
void applyConfigToNodes(const QList<ConfigNode> &nodes, const QByteArray &name,
                        const QByteArray &value, const QObject *context,
                        std::function<void(const QList<ConfigApplyResult> &)> done);
