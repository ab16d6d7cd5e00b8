#include "model/replication/transition_table_model.h"

#include "model/replication/replication_model.h"

#include <QDateTime>

TransitionTableModel::TransitionTableModel(ReplicationModel *model, QObject *parent)
    : QAbstractTableModel(parent)
    , m_model(model)
{
    connect(model, &ReplicationModel::transitionsAppended, this,
            &TransitionTableModel::onTransitionsAppended);
}

void TransitionTableModel::setLink(const QString &replicaId)
{
    beginResetModel();
    m_linkId = replicaId;
    const ReplicaTimeline *t = m_model ? m_model->timeline(replicaId) : nullptr;
    m_rows = t ? int(t->transitions().size()) : 0;
    endResetModel();
}

void TransitionTableModel::onTransitionsAppended(const QString &replicaId)
{
    if (replicaId != m_linkId)
        return;
    const ReplicaTimeline *t = m_model->timeline(replicaId);
    const int now = t ? int(t->transitions().size()) : 0;
    // The timeline is bounded: once full, old rows leave the front as new ones arrive, so a
    // reset is the honest signal. Until then rows are only appended.
    if (now > m_rows) {
        beginInsertRows({}, m_rows, now - 1);
        m_rows = now;
        endInsertRows();
    } else {
        beginResetModel();
        m_rows = now;
        endResetModel();
    }
}

int TransitionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int TransitionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int TransitionTableModel::meaningKindOf(const StateTransition &t)
{
    if (t.to == ReplicaState::Transfer && t.from != ReplicaState::Transfer)
        return int(TimelineEventKind::FullResyncStarted);
    if (t.to == ReplicaState::Transfer && t.loading)
        return int(TimelineEventKind::LoadStarted);
    if (t.to == ReplicaState::Connected && t.from == ReplicaState::Transfer)
        return int(TimelineEventKind::FullResyncDone);
    if (t.to == ReplicaState::Connected && t.from == ReplicaState::None)
        return int(TimelineEventKind::LinkUp); // first seen already up
    if (t.to == ReplicaState::Connected && t.from != ReplicaState::Connected)
        return int(TimelineEventKind::PartialResync);
    if (t.from == ReplicaState::Connected && t.to != ReplicaState::Connected)
        return int(TimelineEventKind::LinkDown);
    if (t.to == ReplicaState::Connect && t.from != ReplicaState::None)
        return int(TimelineEventKind::ConnectError);
    if (t.to == ReplicaState::None && t.from != ReplicaState::None)
        return int(TimelineEventKind::MasterMode);
    return -1;
}

QString TransitionTableModel::meaningOf(const StateTransition &t)
{
    switch (meaningKindOf(t)) {
    case int(TimelineEventKind::FullResyncStarted):
        return tr("full sync: snapshot transfer");
    case int(TimelineEventKind::LoadStarted):
        return tr("full sync: loading the snapshot");
    case int(TimelineEventKind::FullResyncDone):
        return tr("full sync done, link up");
    case int(TimelineEventKind::PartialResync):
        return tr("partial resync, link up");
    case int(TimelineEventKind::LinkDown):
        return tr("link down");
    case int(TimelineEventKind::LinkUp):
        return tr("link up");
    case int(TimelineEventKind::ConnectError):
        return tr("attempt failed");
    case int(TimelineEventKind::MasterMode):
        return tr("no longer a replica");
    default:
        return {};
    }
}

QVariant TransitionTableModel::data(const QModelIndex &index, int role) const
{
    const ReplicaTimeline *timeline = m_model ? m_model->timeline(m_linkId) : nullptr;
    if (!timeline || !index.isValid() || index.row() >= int(timeline->transitions().size()))
        return {};
    const StateTransition &t = timeline->transitions()[std::size_t(index.row())];
    if (role == MeaningRole)
        return meaningKindOf(t);
    if (role == Qt::ToolTipRole && index.column() == ReasonColumn)
        return t.reason;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn: {
        const QDateTime when = QDateTime::fromMSecsSinceEpoch(t.timestampUs / 1000);
        return QStringLiteral("%1.%2")
            .arg(when.toString(QStringLiteral("HH:mm:ss")))
            .arg(t.timestampUs % 1000000, 6, 10, QLatin1Char('0'));
    }
    case FromColumn:
        return replicaStateName(t.from);
    case ToColumn:
        return t.loading && t.to == ReplicaState::Transfer ? tr("transfer (loading)")
                                                           : replicaStateName(t.to);
    case MeaningColumn:
        return meaningOf(t);
    case ReasonColumn:
        return t.reason;
    default:
        return {};
    }
}

QVariant TransitionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case FromColumn:
        return tr("From");
    case ToColumn:
        return tr("To");
    case MeaningColumn:
        return tr("Meaning");
    case ReasonColumn:
        return tr("Reason");
    default:
        return {};
    }
}
