#pragma once
// The configurations of a replication group side by side, differences highlighted (replication
// directives first; node-specific ones such as port or dir greyed), with "only differences" and
// "Apply to nodes…" for the selected directive.
#include "model/config/config_comparison.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QTableView;

class ConfigCompareDialog : public QDialog
{
    Q_OBJECT
public:
    ConfigCompareDialog(const QList<ConfigNode> &nodes, QWidget *parent = nullptr);
    ConfigComparisonModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

private:
    void applySelected();
    void updateSummary();

    ConfigComparisonModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QCheckBox *m_onlyDiff = nullptr;
    QLabel *m_summary = nullptr;
};
