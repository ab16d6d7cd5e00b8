#pragma once
// "Synced?": compares a key, a namespace or a pattern on the master of the selected node's
// replication group and on each of its replicas, and lists the findings as they come in
// (colour per verdict), with a summary, Cancel, "only diverged", and CSV export.
#include "model/keys/sync_comparison.h"
#include "model/node_registry.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class SyncResultModel;

class SyncComparePanel : public QWidget
{
    Q_OBJECT
public:
    explicit SyncComparePanel(NodeRegistry *registry, QWidget *parent = nullptr);

    // node: any member of the group (the comparison runs from the group's master).
    // Returns false (and shows why) when the group has no master + replica pair.
    bool compareKeys(NodeId node, int db, const QList<QByteArray> &keys);
    bool comparePattern(NodeId node, int db, const QByteArray &pattern);
    void cancel();
    bool exportCsv(const QString &path, QString *error = nullptr) const;

    SyncComparison *comparison() const { return m_comparison; }
    SyncResultModel *resultModel() const { return m_results; }
    QString summaryText() const;

signals:
    void finished();

private:
    bool prepare(NodeId node, int db, const QString &what);
    void updateSummary();

    QPointer<NodeRegistry> m_registry;
    QPointer<SyncComparison> m_comparison;
    SyncResultModel *m_results = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_export = nullptr;
    QCheckBox *m_divergedOnly = nullptr;
    QTableView *m_table = nullptr;
};
