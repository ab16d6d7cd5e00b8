#pragma once
// The main window only assembles views: panels register themselves as central tabs or docks and
// add their actions to the standard menus. It owns no replication or network logic.
#include <QMainWindow>

class QTabWidget;
class QLabel;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Menu { File, Lab, View, Tools, Help };

    explicit MainWindow(QWidget *parent = nullptr);

    // Adds a central page (tab). Returns its index. A closable page (dashboards, consoles) gets
    // a close button and File > Close page (Ctrl+W); closing deletes it.
    int addPage(QWidget *page, const QString &title, bool closable = false);
    void showPage(QWidget *page);
    QWidget *currentPage() const;
    // Deletes `page` if it is closable; false otherwise.
    bool closePage(QWidget *page);
    void addDock(QDockWidget *dock, Qt::DockWidgetArea area);
    QMenu *menu(Menu which) const;
    // A short message in the status bar (timeoutMs 0 = until replaced).
    void showStatus(const QString &text, int timeoutMs = 5000);
    // A permanent widget on the right of the status bar (e.g. lab state).
    void addStatusWidget(QWidget *widget);
    // Re-applies the saved dock layout; call once after every panel has added its docks.
    void restoreDockLayout();

signals:
    // Emitted from closeEvent before the window closes; a handler may veto by setting *accept.
    void closeRequested(bool *accept);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void showAbout();
    void saveLayout() const;
    void restoreLayout();

    QTabWidget *m_pages = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_labMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_toolsMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
};
