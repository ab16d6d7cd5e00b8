#include "ui/main_window.h"

#include "ui/about_dialog.h"
#include "ui/language_menu.h"
#include "ui/theme_menu.h"
#include "ui/welcome_page.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("ReplicaDesk — Redis replication lab"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/replicadesk.svg")));
    setObjectName(QStringLiteral("MainWindow"));
    setDockNestingEnabled(true);

    m_pages = new QTabWidget(this);
    m_pages->setObjectName(QStringLiteral("MainPages"));
    m_pages->setDocumentMode(true);
    m_pages->setTabsClosable(true); // buttons only on closable pages, see addPage()
    connect(m_pages, &QTabWidget::tabCloseRequested, this,
            [this](int index) { closePage(m_pages->widget(index)); });
    setCentralWidget(m_pages);
    addPage(new WelcomePage(this), tr("Welcome"));

    buildMenus();
    statusBar()->showMessage(tr("Ready"));
    resize(1400, 900);
    restoreLayout();
}

namespace {
const char *const kClosableProperty = "rdClosablePage";
}

int MainWindow::addPage(QWidget *page, const QString &title, bool closable)
{
    page->setProperty(kClosableProperty, closable);
    const int index = m_pages->addTab(page, title);
    if (!closable) {
        QTabBar *bar = m_pages->tabBar();
        for (auto side : {QTabBar::LeftSide, QTabBar::RightSide})
            if (QWidget *button = bar->tabButton(index, side)) {
                bar->setTabButton(index, side, nullptr);
                button->deleteLater();
            }
    }
    return index;
}

QWidget *MainWindow::currentPage() const
{
    return m_pages->currentWidget();
}

bool MainWindow::closePage(QWidget *page)
{
    if (!page || !page->property(kClosableProperty).toBool() || m_pages->indexOf(page) < 0)
        return false;
    delete page; // owners hold QPointers; deleting removes the tab
    return true;
}

void MainWindow::showPage(QWidget *page)
{
    const int index = m_pages->indexOf(page);
    if (index >= 0)
        m_pages->setCurrentIndex(index);
}

void MainWindow::addDock(QDockWidget *dock, Qt::DockWidgetArea area)
{
    addDockWidget(area, dock);
    m_viewMenu->addAction(dock->toggleViewAction());
}

QMenu *MainWindow::menu(Menu which) const
{
    switch (which) {
    case Menu::File:
        return m_fileMenu;
    case Menu::Lab:
        return m_labMenu;
    case Menu::View:
        return m_viewMenu;
    case Menu::Tools:
        return m_toolsMenu;
    case Menu::Help:
        return m_helpMenu;
    }
    return m_fileMenu;
}

void MainWindow::showStatus(const QString &text, int timeoutMs)
{
    statusBar()->showMessage(text, timeoutMs);
}

void MainWindow::addStatusWidget(QWidget *widget)
{
    statusBar()->addPermanentWidget(widget);
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    m_labMenu = menuBar()->addMenu(tr("&Lab"));
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addMenu(new LanguageMenu(this));
    m_viewMenu->addMenu(new ThemeMenu(this));
    m_viewMenu->addSeparator();
    m_toolsMenu = menuBar()->addMenu(tr("&Tools"));
    m_helpMenu = menuBar()->addMenu(tr("&Help"));

    QAction *closeCurrent =
        m_fileMenu->addAction(tr("&Close page"), this, [this] { closePage(currentPage()); });
    closeCurrent->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
    QAction *quit = m_fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QAction *about = m_helpMenu->addAction(tr("&About ReplicaDesk"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    m_helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    bool accept = true;
    emit closeRequested(&accept);
    if (!accept) {
        event->ignore();
        return;
    }
    saveLayout();
    event->accept();
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    // Docks are added later by panels; restoreDockLayout() re-applies the state.
}

void MainWindow::restoreDockLayout()
{
    restoreState(QSettings().value(QStringLiteral("mainWindow/state")).toByteArray());
}
