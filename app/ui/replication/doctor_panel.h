#pragma once
// The doctor: every finding about the replication group, worst first, with the explanation in
// plain words, the fix and the exact commands. Lab findings offer "Apply fix" (the lab carries
// it out); remote ones offer the commands to copy. Findings about the selected node or link come
// first and selecting a finding selects what it is about.
#include "model/replication/diagnosis.h"

#include <QPointer>
#include <QWidget>

class QListWidget;
class QPushButton;
class QTextBrowser;
class ReplicationModel;
class ReplicationSelection;

class DoctorPanel : public QWidget
{
    Q_OBJECT
public:
    DoctorPanel(ReplicationModel *model, ReplicationSelection *selection,
                QWidget *parent = nullptr);

    // Whether "Apply fix" is offered for an action (the lab sets the ones it can carry out).
    void setApplicableActions(const QList<FixAction> &actions);
    void setReachabilityTestAvailable(bool available);

    int findingCount() const;
    const Diagnosis *currentFinding() const;
    void selectFinding(int row);
    QString detailsText() const; // plain text of the details pane
    QPushButton *applyButton() const { return m_apply; }

signals:
    void applyFixRequested(const Diagnosis &diagnosis);
    // "Test reachability" for the link of this replica (from the app to its master).
    void reachabilityTestRequested(const QString &replicaId);

private:
    void rebuild();
    void showCurrent();
    void selectSubject();
    QString html(const Diagnosis &d) const;

    QPointer<ReplicationModel> m_model;
    QPointer<ReplicationSelection> m_selection;
    QList<Diagnosis> m_shown;
    QList<FixAction> m_applicable;
    bool m_reachability = false;
    bool m_selecting = false;
    bool m_rebuilding = false;
    QListWidget *m_list;
    QTextBrowser *m_details;
    QPushButton *m_apply;
    QPushButton *m_copy;
    QPushButton *m_probe;
};
