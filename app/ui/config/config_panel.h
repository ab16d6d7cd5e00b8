#pragma once
// The configuration page of the node picked at the top: CONFIG GET * grouped by topic, with
// help, default, changed marker and whether a change applies at runtime; edits go through
// CONFIG SET (the server's refusal shown), CONFIG REWRITE after asking; "Compare group…" and
// "Apply to nodes…" work on the node's replication group; lab nodes also get their config file
// editor.
#include "model/node_registry.h"

#include <QPointer>
#include <QWidget>

class ConfigTableModel;
class LabController;
class MainWindow;
class NodePicker;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTextBrowser;
class QTreeView;

class ConfigPanel : public QWidget
{
    Q_OBJECT
public:
    ConfigPanel(NodeRegistry *registry, LabController *lab, QWidget *parent = nullptr);

    static ConfigPanel *install(MainWindow &window, NodeRegistry *registry, LabController *lab);

    ConfigTableModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    NodePicker *picker() const { return m_picker; }
    QString messageText() const;
    void setFilterText(const QString &text);

    void rewrite(bool ask = true);
    void compareGroup();
    void applyToNodes();
    void editConfigFile();

private:
    void onNodeChanged(NodeId id);
    void onCurrent(const QModelIndex &index);
    void showMessage(const QString &text, bool error);
    QString labNodeName() const;

    QPointer<NodeRegistry> m_registry;
    QPointer<LabController> m_lab;
    QMetaObject::Connection m_reachability; // the shown node's monitor
    bool m_loadFailed = false;
    NodePicker *m_picker = nullptr;
    QLineEdit *m_filter = nullptr;
    QTreeView *m_view = nullptr;
    ConfigTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTextBrowser *m_help = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_fileButton = nullptr;
};
