#pragma once
// One replica's sync state machine: the diagram with the current step, the snapshot transfer's
// progress (bytes, rate, ETA), the last error, the master's side of the link (its view of the
// replica, the backlog and how much of it the replica still needs), and the timeline of past
// transitions with timestamps and reasons. It says which source the states come from, and
// follows the shared selection.
#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QTableView;
class ReplicationModel;
class ReplicationSelection;
class SyncStateDiagram;
class TransitionTableModel;

class SyncStateView : public QWidget
{
    Q_OBJECT
public:
    SyncStateView(ReplicationModel *model, ReplicationSelection *selection,
                  QWidget *parent = nullptr);

    // The replica whose link is shown ("" = none).
    QString shownLink() const { return m_linkId; }
    SyncStateDiagram *diagram() const { return m_diagram; }
    QTableView *timelineTable() const { return m_table; }
    QString sourceText() const;
    QString errorText() const;
    QString masterSideText() const;
    QString transferText() const;
    bool isTransferVisible() const;

private:
    void follow();
    void showLink(const QString &replicaId);
    void refresh();
    void onLinkChanged(const QString &replicaId);

    QPointer<ReplicationModel> m_model;
    QPointer<ReplicationSelection> m_selection;
    QString m_linkId;
    QLabel *m_title;
    QLabel *m_source;
    QLabel *m_stateLabel;
    SyncStateDiagram *m_diagram;
    QWidget *m_transferRow;
    QProgressBar *m_transferBar;
    QLabel *m_transferLabel;
    QLabel *m_error;
    QLabel *m_masterSide;
    QTableView *m_table;
    TransitionTableModel *m_tableModel;
    bool m_followNewest = true; // the timeline was scrolled to its newest row
};
