#pragma once
// The node's SLOWLOG as a table, refreshed while visible (and on demand), with a reset.
#include <QPointer>
#include <QWidget>

class NodeConnections;
class QLabel;
class QTableWidget;
class QTimer;
class RespValue;

class SlowlogView : public QWidget
{
    Q_OBJECT
public:
    explicit SlowlogView(NodeConnections *node, QWidget *parent = nullptr);

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
    void reset();

    QPointer<NodeConnections> m_node;
    QTableWidget *m_table = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_timer = nullptr;
    bool m_inFlight = false;
};
