#pragma once
// CLIENT LIST as a table (address, name, age, idle, flags, db, last command, user, memory),
// refreshed while visible, with "Kill client" for the selected row.
#include <QPointer>
#include <QWidget>

class NodeConnections;
class QLabel;
class QTableWidget;
class QTimer;
class RespValue;

class ClientListView : public QWidget
{
    Q_OBJECT
public:
    explicit ClientListView(NodeConnections *node, QWidget *parent = nullptr);

    void refresh();
    int rowCount() const;
    QTableWidget *table() const { return m_table; }

signals:
    void refreshed();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void fill(const RespValue &reply);
    void killSelected();

    QPointer<NodeConnections> m_node;
    QTableWidget *m_table = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_timer = nullptr;
    bool m_inFlight = false;
};
