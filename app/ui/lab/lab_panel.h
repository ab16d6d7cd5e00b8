#pragma once
// The lab page: create or open a lab, the node table with its actions (destructive ones ask
// first), link shaping and faults for the selected replica, the load generator, and the tail of
// the selected node's log (a node that dies is shown with its last log lines).
#include <QPointer>
#include <QWidget>
#include <functional>

class LabController;
class LabLinkEditor;
class LabLoadPanel;
class LabNodeTableModel;
class MainWindow;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;

class LabPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LabPanel(LabController *lab, QWidget *parent = nullptr);

    // Adds the panel as the window's "Lab" page, its actions to the Lab menu, and the
    // "stop the lab's nodes?" question to the window's close.
    static LabPanel *install(MainWindow &window, LabController *lab);

    // Asks the user before a destructive action; tests replace it.
    using Confirm = std::function<bool(const QString &title, const QString &question)>;
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

    QString selectedNode() const;
    void selectNode(const QString &name);
    // Creates a lab from the template chosen in the panel, in a fresh default folder.
    void newLabFromTemplate();
    // Called when the window closes: false keeps it open.
    bool confirmClose();

private:
    QWidget *buildLabBar();
    QWidget *buildActions();
    void updateActions();
    void refreshLog();
    void onNodeDied(const QString &node, const QString &reason);
    void openLab();
    void report(const QString &message);
    bool confirm(const QString &title, const QString &question);
    void addReplica();
    void repoint();

    QPointer<LabController> m_lab;
    LabNodeTableModel *m_model;
    QTableView *m_table;
    LabLinkEditor *m_linkEditor;
    LabLoadPanel *m_loadPanel;
    QPlainTextEdit *m_log;
    QLabel *m_banner;
    QLabel *m_folder;
    QComboBox *m_template;
    QSpinBox *m_count;
    QComboBox *m_program;
    QList<QPushButton *> m_nodeButtons;
    QPushButton *m_start = nullptr;
    QPushButton *m_stop = nullptr;
    QPushButton *m_kill = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_resume = nullptr;
    QPushButton *m_restart = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_promote = nullptr;
    QPushButton *m_repoint = nullptr;
    Confirm m_confirm;
    qint64 m_logSize = -1;
    QString m_logNode;
    QString m_deadNode;          // the node the banner reports dead, if it does
    bool m_followLogTail = true; // the log view sticks to the newest lines
    bool m_settingLog = false;   // scroll changes are the panel's, not the user's
};
