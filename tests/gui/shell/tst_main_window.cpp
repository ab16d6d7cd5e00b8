// The main window opens (offscreen) with its title, menus and About dialog, in English and in
// Chinese once the zh_CN translation is installed.
#include "ui/about_dialog.h"
#include "ui/main_window.h"

#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QTest>
#include <QTranslator>

class MainWindowTest : public QObject
{
    Q_OBJECT
private slots:
    void opensWithEnglishTitleAndMenus();
    void aboutDialogNamesTheProductAndVersion();
    void chineseTranslationChangesTitleAndMenus();
};

void MainWindowTest::opensWithEnglishTitleAndMenus()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.windowTitle(), QStringLiteral("ReplicaDesk — Redis replication lab"));
    QStringList menus;
    for (QAction *action : window.menuBar()->actions())
        menus << action->text();
    QCOMPARE(menus, (QStringList{"&File", "&Lab", "&View", "&Tools", "&Help"}));
}

void MainWindowTest::aboutDialogNamesTheProductAndVersion()
{
    AboutDialog dialog;
    auto *text = dialog.findChild<QLabel *>(QStringLiteral("AboutText"));
    QVERIFY(text);
    QVERIFY(text->text().contains(QStringLiteral("ReplicaDesk")));
    QVERIFY(text->text().contains(QStringLiteral("7.0.15")));
}

void MainWindowTest::chineseTranslationChangesTitleAndMenus()
{
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/replicadesk_zh_CN.qm")));
    QCoreApplication::installTranslator(&translator);
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.windowTitle(), QStringLiteral("ReplicaDesk — Redis 主从复制实验室"));
    QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("文件(&F)"));
    QCoreApplication::removeTranslator(&translator);
}

QTEST_MAIN(MainWindowTest)
#include "tst_main_window.moc"
