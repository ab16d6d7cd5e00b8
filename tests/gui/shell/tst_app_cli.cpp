// The replicadesk binary itself: --version, and --lang zh_CN with --grab renders the window.
#include "managed_process.h"

#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class AppCliTest : public QObject
{
    Q_OBJECT
private slots:
    void versionPrintsVersion();
    void grabWritesScreenshotInChinese();
};

void AppCliTest::versionPrintsVersion()
{
    QProcess app;
    app.start(QStringLiteral(RD_APP_BIN), {QStringLiteral("--version")});
    QVERIFY(app.waitForFinished(10000));
    QCOMPARE(app.exitCode(), 0);
    QVERIFY2(app.readAllStandardOutput().startsWith("replicadesk 0."), "version line");
}

void AppCliTest::grabWritesScreenshotInChinese()
{
    QTemporaryDir dir;
    const QString shot = dir.filePath(QStringLiteral("shot.png"));
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(RD_APP_BIN),
              {QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("--grab"), shot,
               QStringLiteral("--grab-delay"), QStringLiteral("200")});
    QVERIFY(app.waitForFinished(20000));
    QCOMPARE(app.exitCode(), 0);
    const QImage image(shot);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 400 && image.height() > 300);
}

QTEST_GUILESS_MAIN(AppCliTest)
#include "tst_app_cli.moc"
