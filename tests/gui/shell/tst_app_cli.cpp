// The replicadesk binary itself: --version, and --lang zh_CN with --grab renders the window.
#include "managed_process.h"

#include <QColor>
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
    void themeOptionChangesTheWindow();
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

// Mean lightness of a screenshot: the dark theme must really paint the window dark.
static double meanLightness(const QImage &image)
{
    double sum = 0;
    int n = 0;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7, ++n)
            sum += QColor(image.pixel(x, y)).lightness();
    return n ? sum / n : 0;
}

void AppCliTest::themeOptionChangesTheWindow()
{
    QTemporaryDir dir;
    double lightness[2] = {};
    const char *themes[2] = {"light", "dark"};
    for (int i = 0; i < 2; ++i) {
        const QString shot = dir.filePath(QStringLiteral("%1.png").arg(QLatin1String(themes[i])));
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(RD_APP_BIN),
                  {QStringLiteral("--theme"), QLatin1String(themes[i]), QStringLiteral("--grab"),
                   shot, QStringLiteral("--grab-delay"), QStringLiteral("200")});
        QVERIFY(app.waitForFinished(20000));
        QCOMPARE(app.exitCode(), 0);
        const QImage image(shot);
        QVERIFY(!image.isNull());
        lightness[i] = meanLightness(image);
    }
    QVERIFY2(lightness[0] > 170, qPrintable(QString::number(lightness[0])));
    QVERIFY2(lightness[1] < 90, qPrintable(QString::number(lightness[1])));
}

QTEST_GUILESS_MAIN(AppCliTest)
#include "tst_app_cli.moc"
