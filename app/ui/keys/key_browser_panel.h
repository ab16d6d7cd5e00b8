#pragma once
// The key browser page: for the node picked at the top, its databases as a lazy tree fed by
// SCAN pages (pattern and type filters, namespace separator, progress, stop/continue), the
// selected key's value on the right, and the "Synced?" comparison below. It only assembles
// these parts; each owns its logic.
#include "client/resp_connection.h"
#include "model/node_registry.h"

#include <QPointer>
#include <QWidget>

class KeyTreeModel;
class KeyValueView;
class MainWindow;
class NodePicker;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTreeView;
class SyncComparePanel;

class KeyBrowserPanel : public QWidget
{
    Q_OBJECT
public:
    explicit KeyBrowserPanel(NodeRegistry *registry, QWidget *parent = nullptr);

    // Adds the page to the window and a "Key browser" entry to the Tools menu.
    static KeyBrowserPanel *install(MainWindow &window, NodeRegistry *registry);

    void setNode(NodeId id);
    NodeId node() const;
    KeyTreeModel *treeModel() const { return m_model; }
    QTreeView *treeView() const { return m_tree; }
    KeyValueView *valueView() const { return m_value; }
    SyncComparePanel *syncPanel() const { return m_sync; }
    NodePicker *picker() const { return m_picker; }
    QString statusText() const;
    // The database row the user is browsing (the selection's, else the connection's own).
    int currentDb() const;

    void applyFilter();
    void addKey();
    void bulkDelete(const QByteArray &pattern = {});
    // "Synced?" for the current selection: a key, a namespace's pattern, or a database.
    void compareSelection();

private:
    void onNodeChanged(NodeId id);
    void onSelection();
    void updateStatus();
    void showContextMenu(const QPoint &pos);
    void updateTypeWarning();

    QPointer<NodeRegistry> m_registry;
    QPointer<RespConnection> m_connection;
    QMetaObject::Connection m_reachability; // the browsed node's monitor
    NodePicker *m_picker = nullptr;
    QLineEdit *m_pattern = nullptr;
    QComboBox *m_type = nullptr;
    QLineEdit *m_separator = nullptr;
    QPushButton *m_scan = nullptr;
    QPushButton *m_stop = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_typeWarning = nullptr;
    QTreeView *m_tree = nullptr;
    KeyTreeModel *m_model = nullptr;
    KeyValueView *m_value = nullptr;
    SyncComparePanel *m_sync = nullptr;
};
