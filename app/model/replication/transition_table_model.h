#pragma once
// The timeline under the state diagram: one row per transition of the focused link (newest
// last), with time, from, to, what it meant (full sync, partial resync, error...) and reason.
#include "model/replication/replica_timeline.h"

#include <QAbstractTableModel>
#include <QPointer>

class ReplicationModel;

class TransitionTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, FromColumn, ToColumn, MeaningColumn, ReasonColumn, ColumnCount };
    // Qt::UserRole on any column: the row's meaning as TimelineEventKind (int), -1 for none.
    static constexpr int MeaningRole = Qt::UserRole + 1;

    explicit TransitionTableModel(ReplicationModel *model, QObject *parent = nullptr);

    void setLink(const QString &replicaId);
    QString link() const { return m_linkId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // What a transition means, as the timeline's Meaning column says it (empty for a step).
    static QString meaningOf(const StateTransition &t);
    static int meaningKindOf(const StateTransition &t);

private:
    void onTransitionsAppended(const QString &replicaId);

    QPointer<ReplicationModel> m_model;
    QString m_linkId;
    int m_rows = 0;
};
