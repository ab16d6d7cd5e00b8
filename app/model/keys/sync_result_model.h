#pragma once
// The "Synced?" findings as a table: one row per key, a column per replica with its verdict
// ("synced", "missing", "differs: value", "in flight: 120 B behind"). Rows follow the
// comparison as it runs; a filter keeps only diverged keys.
#include "model/keys/sync_comparison.h"

#include <QAbstractTableModel>
#include <QPointer>

class SyncResultModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        VerdictRole = Qt::UserRole + 1, // SyncVerdict of a replica cell; the worst one in col 0
        KeyBytesRole,
    };
    enum { KeyColumn, TypeColumn, TtlColumn, FirstReplicaColumn };

    explicit SyncResultModel(QObject *parent = nullptr);

    void setComparison(SyncComparison *comparison);
    SyncComparison *comparison() const { return m_comparison; }
    void setDivergedOnly(bool only);
    bool divergedOnly() const { return m_divergedOnly; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString ttlText(qint64 ttlMs);
    static QString bytesText(qint64 bytes);

private:
    void rebuild();
    bool accepts(const KeyCheck &check) const;
    void onRowsAdded(int first, int last);
    void onRowChanged(int row);

    QPointer<SyncComparison> m_comparison;
    QList<int> m_rows; // comparison result indexes shown
    bool m_divergedOnly = false;
};
