#pragma once
// One CONFIG SET for several nodes: the directive, the value, which nodes; then the outcome per
// node (the value read back, or the server's error).
#include "model/config/config_comparison.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

class ApplyConfigDialog : public QDialog
{
    Q_OBJECT
public:
    ApplyConfigDialog(const QList<ConfigNode> &nodes, const QByteArray &directive,
                      const QByteArray &value, QWidget *parent = nullptr);

    void apply();
    QString resultText() const;
    QListWidget *nodeList() const { return m_nodes; }

signals:
    void appliedToNodes(const QList<ConfigApplyResult> &results);

private:
    QList<ConfigNode> m_all;
    QComboBox *m_directive = nullptr;
    QLineEdit *m_value = nullptr;
    QListWidget *m_nodes = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_apply = nullptr;
};
