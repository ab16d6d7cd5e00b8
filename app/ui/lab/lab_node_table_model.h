#pragma once
// The lab's nodes as a table: name, role, upstream, address, program, pid, state and the
// replication link (with its proxy port mapped back to the real upstream and its shaping).
#include <QAbstractTableModel>
#include <QPointer>

class LabController;
class LabNode;

class LabNodeTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Role, Address, Program, Pid, State, Link, ColumnCount };

    explicit LabNodeTableModel(LabController *lab, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    LabNode *nodeAt(int row) const;
    int rowOf(const QString &name) const;

private:
    void refreshRow(LabNode *node);
    QString linkText(const LabNode *node) const;

    QPointer<LabController> m_lab;
};
