#include "model/config/config_comparison.h"

#include "client/resp_connection.h"
#include "model/config/config_catalog.h"
#include "model/keys/byte_text.h"

#include <QMap>
#include <algorithm>
#include <memory>

QList<ConfigComparisonRow> compareConfigs(const QList<ConfigSnapshot> &snapshots)
{
    QMap<QByteArray, ConfigComparisonRow> byName;
    for (qsizetype n = 0; n < snapshots.size(); ++n) {
        for (auto it = snapshots[n].values.cbegin(); it != snapshots[n].values.cend(); ++it) {
            const QByteArray name = ConfigCatalog::canonicalName(it.key());
            // An alias only fills in when the canonical name is absent on that node.
            if (name != it.key() && snapshots[n].has(name))
                continue;
            ConfigComparisonRow &row = byName[name];
            if (row.values.isEmpty()) {
                row.name = name;
                row.values = QList<QByteArray>(snapshots.size());
            }
            row.values[n] = it.value();
        }
    }
    QList<ConfigComparisonRow> rows;
    for (ConfigComparisonRow &row : byName) {
        for (qsizetype n = 1; n < row.values.size(); ++n)
            if (row.values[n] != row.values[0] || row.values[n].isNull() != row.values[0].isNull())
                row.differs = true;
        row.replication = ConfigCatalog::topicOf(row.name) == ConfigTopic::Replication;
        row.nodeSpecific = ConfigCatalog::isNodeSpecific(row.name);
        rows << row;
    }
    // Replication first, then real differences, then node-specific ones, then the rest.
    auto rank = [](const ConfigComparisonRow &r) {
        const bool realDiff = r.differs && !r.nodeSpecific;
        return (r.replication ? 0 : 4) + (realDiff ? 0 : r.differs ? 1 : 2);
    };
    std::stable_sort(rows.begin(), rows.end(),
                     [&](const ConfigComparisonRow &a, const ConfigComparisonRow &b) {
                         return rank(a) < rank(b);
                     });
    return rows;
}

ConfigComparisonModel::ConfigComparisonModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ConfigComparisonModel::setNodes(const QList<ConfigNode> &nodes)
{
    m_nodes = nodes;
    reload();
}

void ConfigComparisonModel::reload()
{
    const quint64 generation = ++m_generation;
    m_snapshots = QList<ConfigSnapshot>(m_nodes.size());
    m_errors.clear();
    m_pending = int(m_nodes.size());
    rebuild();
    for (qsizetype n = 0; n < m_nodes.size(); ++n) {
        loadConfig(m_nodes[n].connection, this, [this, generation, n](const ConfigSnapshot &s) {
            if (generation != m_generation)
                return;
            m_snapshots[n] = s;
            if (!s.isValid())
                m_errors << tr("%1: %2").arg(m_nodes[n].name, s.error);
            if (--m_pending == 0) {
                rebuild();
                emit loaded();
            }
        });
    }
}

void ConfigComparisonModel::setOnlyDifferences(bool only)
{
    m_onlyDifferences = only;
    rebuild();
}

void ConfigComparisonModel::rebuild()
{
    beginResetModel();
    m_rows = m_pending > 0 ? QList<ConfigComparisonRow>{} : compareConfigs(m_snapshots);
    m_visible.clear();
    for (const ConfigComparisonRow &row : m_rows)
        if (!m_onlyDifferences || row.differs)
            m_visible << row;
    endResetModel();
}

int ConfigComparisonModel::differingCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const ConfigComparisonRow &r) {
        return r.differs && !r.nodeSpecific;
    }));
}

int ConfigComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int ConfigComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_nodes.size()) + 1;
}

QVariant ConfigComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_visible.size())
        return {};
    const ConfigComparisonRow &row = m_visible[index.row()];
    switch (role) {
    case NameRole:
        return row.name;
    case DiffersRole:
        return row.differs;
    case ReplicationRole:
        return row.replication;
    case NodeSpecificRole:
        return row.nodeSpecific;
    case ValueBytesRole:
        return index.column() > 0 ? row.values.value(index.column() - 1) : QVariant();
    case Qt::ToolTipRole:
        return ConfigCatalog::helpText(row.name);
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    if (index.column() == 0)
        return QString::fromUtf8(row.name);
    const QByteArray value = row.values.value(index.column() - 1);
    if (value.isNull())
        return tr("(absent)");
    if (ConfigCatalog::isSecret(row.name) && !value.isEmpty())
        return QStringLiteral("••••••••");
    return bytesToDisplayText(value);
}

QVariant ConfigComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == 0)
        return tr("Directive");
    return m_nodes.value(section - 1).name;
}

void applyConfigToNodes(const QList<ConfigNode> &nodes, const QByteArray &name,
                        const QByteArray &value, const QObject *context,
                        std::function<void(const QList<ConfigApplyResult> &)> done)
{
    struct State
    {
        QList<ConfigApplyResult> results;
        int pending = 0;
        std::function<void(const QList<ConfigApplyResult> &)> done;
    };
    auto state = std::make_shared<State>();
    state->done = std::move(done);
    state->pending = int(nodes.size());
    for (const ConfigNode &node : nodes) {
        ConfigApplyResult r;
        r.node = node.name;
        state->results << r;
    }
    if (nodes.isEmpty()) {
        state->done(state->results);
        return;
    }
    for (qsizetype n = 0; n < nodes.size(); ++n) {
        if (!nodes[n].connection) {
            state->results[n].message = QStringLiteral("not connected");
            if (--state->pending == 0)
                state->done(state->results);
            continue;
        }
        nodes[n].connection->pipeline({{"CONFIG", "SET", name, value}, {"CONFIG", "GET", name}},
                                      context, [state, n, name](const QList<RespValue> &replies) {
                                          ConfigApplyResult &r = state->results[n];
                                          r.ok = !replies[0].isError();
                                          if (!r.ok)
                                              r.message = QString::fromUtf8(replies[0].bytes());
                                          r.value = parseConfigReply(replies[1]).value(name);
                                          if (--state->pending == 0)
                                              state->done(state->results);
                                      });
    }
}
