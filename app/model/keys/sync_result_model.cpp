#include "model/keys/sync_result_model.h"

#include "model/keys/byte_text.h"

namespace {
// Worst first: what a row's first column reports.
int severity(SyncVerdict v)
{
    switch (v) {
    case SyncVerdict::Error:
        return 6;
    case SyncVerdict::Differs:
        return 5;
    case SyncVerdict::Missing:
        return 4;
    case SyncVerdict::Extra:
        return 3;
    case SyncVerdict::InFlight:
        return 2;
    case SyncVerdict::Pending:
        return 1;
    case SyncVerdict::Synced:
        break;
    }
    return 0;
}
} // namespace

SyncResultModel::SyncResultModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SyncResultModel::setComparison(SyncComparison *comparison)
{
    if (m_comparison)
        m_comparison->disconnect(this);
    m_comparison = comparison;
    if (comparison) {
        connect(comparison, &SyncComparison::rowsAdded, this, &SyncResultModel::onRowsAdded);
        connect(comparison, &SyncComparison::rowChanged, this, &SyncResultModel::onRowChanged);
        connect(comparison, &QObject::destroyed, this, [this] { rebuild(); });
    }
    rebuild();
}

void SyncResultModel::setDivergedOnly(bool only)
{
    m_divergedOnly = only;
    rebuild();
}

bool SyncResultModel::accepts(const KeyCheck &check) const
{
    return !m_divergedOnly || !check.isSynced();
}

void SyncResultModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    if (m_comparison) {
        const QList<KeyCheck> &results = m_comparison->results();
        for (int i = 0; i < results.size(); ++i)
            if (accepts(results[i]))
                m_rows << i;
    }
    endResetModel();
}

void SyncResultModel::onRowsAdded(int first, int last)
{
    QList<int> added;
    for (int i = first; i <= last; ++i)
        if (accepts(m_comparison->results()[i]))
            added << i;
    if (added.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + added.size()) - 1);
    m_rows << added;
    endInsertRows();
}

void SyncResultModel::onRowChanged(int row)
{
    const int shown = int(m_rows.indexOf(row));
    const bool keep = accepts(m_comparison->results()[row]);
    if (shown >= 0 && keep) {
        emit dataChanged(index(shown, 0), index(shown, columnCount() - 1));
    } else if (shown >= 0) {
        beginRemoveRows({}, shown, shown);
        m_rows.removeAt(shown);
        endRemoveRows();
    } else if (keep) {
        // Keep result order: insert before the first shown row with a larger index.
        int at = 0;
        while (at < m_rows.size() && m_rows[at] < row)
            ++at;
        beginInsertRows({}, at, at);
        m_rows.insert(at, row);
        endInsertRows();
    }
}

int SyncResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SyncResultModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_comparison)
        return FirstReplicaColumn;
    return FirstReplicaColumn + int(m_comparison->replicas().size());
}

QString SyncResultModel::ttlText(qint64 ttlMs)
{
    if (ttlMs == -1)
        return tr("no expiry");
    if (ttlMs < 0)
        return QStringLiteral("—");
    if (ttlMs < 10000)
        return tr("%1 ms").arg(ttlMs);
    return tr("%1 s").arg(ttlMs / 1000);
}

QString SyncResultModel::bytesText(qint64 bytes)
{
    if (bytes < 10 * 1024)
        return tr("%1 B").arg(bytes);
    if (bytes < 10 * 1024 * 1024)
        return tr("%1 KB").arg(bytes / 1024);
    return tr("%1 MB").arg(bytes / (1024 * 1024));
}

QVariant SyncResultModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_comparison || index.row() >= m_rows.size())
        return {};
    const KeyCheck &check = m_comparison->results()[m_rows[index.row()]];
    if (role == KeyBytesRole)
        return check.key;
    const int replica = index.column() - FirstReplicaColumn;
    if (role == VerdictRole) {
        if (replica >= 0)
            return QVariant::fromValue(check.replicas.value(replica).verdict);
        SyncVerdict worst = SyncVerdict::Synced;
        for (const ReplicaCheck &r : check.replicas)
            if (severity(r.verdict) > severity(worst))
                worst = r.verdict;
        return QVariant::fromValue(worst);
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case KeyColumn:
        return bytesToDisplayText(check.key);
    case TypeColumn:
        return check.type == KeyType::None ? tr("(absent)") : keyTypeLabel(check.type);
    case TtlColumn:
        return ttlText(check.ttlMs);
    default:
        break;
    }
    const ReplicaCheck r = check.replicas.value(replica);
    QString text = syncVerdictLabel(r.verdict);
    if (r.verdict == SyncVerdict::Differs)
        text = tr("differs: %1").arg(syncDifferencesLabel(r.differences));
    else if (r.verdict == SyncVerdict::InFlight)
        text = tr("in flight: %1 behind").arg(bytesText(r.behindBytes));
    else if (r.verdict == SyncVerdict::Error)
        text = tr("error: %1").arg(r.error);
    if (role == Qt::ToolTipRole) {
        QString tip = text;
        if (r.verdict == SyncVerdict::InFlight)
            tip += QLatin1Char('\n') +
                   tr("The replica has not yet processed %1 of the master's replication stream; "
                      "this key may change once it has.")
                       .arg(bytesText(r.behindBytes));
        tip += QLatin1Char('\n') +
               tr("Replica: type %1, TTL %2")
                   .arg(r.type == KeyType::None ? tr("(absent)") : keyTypeLabel(r.type),
                        ttlText(r.ttlMs));
        return tip;
    }
    return text;
}

QVariant SyncResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case TypeColumn:
        return tr("Type (master)");
    case TtlColumn:
        return tr("TTL (master)");
    default:
        break;
    }
    return m_comparison ? m_comparison->replicas().value(section - FirstReplicaColumn).name
                        : QString();
}
