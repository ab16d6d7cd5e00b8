#include "model/config/config_table_model.h"

#include "client/resp_connection.h"
#include "model/keys/byte_text.h"

namespace {
constexpr quintptr kTopicRow = 0; // internalId of topic rows; directive rows use topic + 1
} // namespace

ConfigTableModel::ConfigTableModel(QObject *parent)
    : QAbstractItemModel(parent)
{
    m_topicOrder = {ConfigTopic::Replication, ConfigTopic::Network, ConfigTopic::Security,
                    ConfigTopic::Persistence, ConfigTopic::Limits,  ConfigTopic::Other};
}

void ConfigTableModel::setConnection(RespConnection *connection)
{
    m_connection = connection;
    reload();
}

void ConfigTableModel::setShowAliases(bool show)
{
    if (show == m_showAliases)
        return;
    m_showAliases = show;
    rebuild();
}

void ConfigTableModel::setRevealSecrets(bool reveal)
{
    m_revealSecrets = reveal;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    for (int t = 0; t < m_topics.size(); ++t) {
        const QModelIndex topic = index(t, 0);
        if (rowCount(topic) > 0)
            emit dataChanged(index(0, 0, topic),
                             index(rowCount(topic) - 1, ColumnCount - 1, topic));
    }
}

void ConfigTableModel::reload()
{
    const quint64 generation = ++m_generation;
    if (!m_connection) {
        m_snapshot = {};
        rebuild();
        return;
    }
    loadConfig(m_connection, this, [this, generation](const ConfigSnapshot &snapshot) {
        if (generation != m_generation)
            return;
        m_snapshot = snapshot;
        m_pending.clear();
        rebuild();
        if (snapshot.isValid())
            emit loaded();
        else
            emit loadFailed(snapshot.error);
    });
}

void ConfigTableModel::rebuild()
{
    beginResetModel();
    m_topics = QList<QList<QByteArray>>(m_topicOrder.size());
    for (auto it = m_snapshot.values.cbegin(); it != m_snapshot.values.cend(); ++it) {
        const ConfigDirective *d = ConfigCatalog::find(it.key());
        if (!m_showAliases && d && d->aliasOf && m_snapshot.has(d->aliasOf))
            continue;
        const int topic = int(m_topicOrder.indexOf(ConfigCatalog::topicOf(it.key())));
        m_topics[topic] << it.key();
    }
    endResetModel();
}

QModelIndex ConfigTableModel::indexOf(const QByteArray &name, int column) const
{
    for (int t = 0; t < m_topics.size(); ++t) {
        const int row = int(m_topics[t].indexOf(name));
        if (row >= 0)
            return createIndex(row, column, quintptr(t + 1));
    }
    return {};
}

void ConfigTableModel::setValue(const QByteArray &name, const QByteArray &value)
{
    if (!m_connection)
        return;
    m_pending.insert(name);
    const QModelIndex row = indexOf(name);
    if (row.isValid())
        emit dataChanged(row, row.siblingAtColumn(ColumnCount - 1));
    const quint64 generation = m_generation;
    m_connection->pipeline({{"CONFIG", "SET", name, value}, {"CONFIG", "GET", name}}, this,
                           [this, generation, name](const QList<RespValue> &replies) {
                               if (generation != m_generation)
                                   return;
                               m_pending.remove(name);
                               const ConfigSnapshot now = parseConfigReply(replies[1]);
                               if (now.has(name))
                                   updateValue(name, now.value(name));
                               if (replies[0].isError()) {
                                   emit setFailed(name, QString::fromUtf8(replies[0].bytes()));
                                   return;
                               }
                               emit applied(name, now.value(name));
                           });
}

void ConfigTableModel::updateValue(const QByteArray &name, const QByteArray &value)
{
    m_snapshot.values.insert(name, value);
    const QModelIndex row = indexOf(name);
    if (row.isValid())
        emit dataChanged(row, row.siblingAtColumn(ColumnCount - 1));
}

void ConfigTableModel::rewrite()
{
    if (!m_connection)
        return;
    m_connection->command({"CONFIG", "REWRITE"}, this, [this](const RespValue &reply) {
        emit rewritten(!reply.isError(), QString::fromUtf8(reply.bytes()));
    });
}

QModelIndex ConfigTableModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_topics.size() ? createIndex(row, column, kTopicRow) : QModelIndex();
    if (parent.internalId() != kTopicRow || row >= m_topics[parent.row()].size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex ConfigTableModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kTopicRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kTopicRow);
}

int ConfigTableModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_topics.size());
    if (parent.internalId() != kTopicRow || parent.column() != 0)
        return 0;
    return int(m_topics[parent.row()].size());
}

int ConfigTableModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ConfigTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == kTopicRow) {
        const ConfigTopic topic = m_topicOrder[index.row()];
        if (role == IsTopicRole)
            return true;
        if (role == TopicRole)
            return int(topic);
        if (role == Qt::DisplayRole && index.column() == NameColumn)
            return tr("%1 (%2)")
                .arg(ConfigCatalog::topicLabel(topic))
                .arg(m_topics[index.row()].size());
        return {};
    }
    const QByteArray &name = m_topics[int(index.internalId() - 1)][index.row()];
    const QByteArray value = m_snapshot.value(name);
    const ConfigDirective *d = ConfigCatalog::find(name);
    const bool secret = ConfigCatalog::isSecret(name) && !m_revealSecrets && !value.isEmpty();
    switch (role) {
    case NameRole:
        return name;
    case ValueBytesRole:
        return value;
    case ChangedRole:
        return ConfigCatalog::isChangedFromDefault(name, value);
    case MutabilityRole:
        return int(ConfigCatalog::mutabilityOf(name));
    case TopicRole:
        return int(ConfigCatalog::topicOf(name));
    case IsTopicRole:
        return false;
    case PendingRole:
        return m_pending.contains(name);
    case SecretRole:
        return secret;
    case Qt::ToolTipRole:
        return ConfigCatalog::helpText(name);
    case Qt::EditRole:
        return index.column() == ValueColumn ? bytesToDisplayText(value) : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case NameColumn:
        return QString::fromUtf8(name);
    case ValueColumn:
        if (m_pending.contains(name))
            return tr("applying…");
        return secret ? QStringLiteral("••••••••") : bytesToDisplayText(value);
    case DefaultColumn:
        return d && d->defaultValue ? QString::fromUtf8(d->defaultValue) : QString();
    case RuntimeColumn:
        return ConfigCatalog::mutabilityLabel(ConfigCatalog::mutabilityOf(name));
    case HelpColumn:
        return ConfigCatalog::helpText(name);
    }
    return {};
}

bool ConfigTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != ValueColumn || index.internalId() == kTopicRow)
        return false;
    const auto bytes = displayTextToBytes(value.toString());
    if (!bytes)
        return false;
    const QByteArray name = index.data(NameRole).toByteArray();
    if (*bytes == m_snapshot.value(name))
        return false;
    setValue(name, *bytes);
    return true;
}

Qt::ItemFlags ConfigTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() != kTopicRow && index.column() == ValueColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ConfigTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Directive");
    case ValueColumn:
        return tr("Value");
    case DefaultColumn:
        return tr("Default");
    case RuntimeColumn:
        return tr("Changes");
    case HelpColumn:
        return tr("Description");
    }
    return {};
}
