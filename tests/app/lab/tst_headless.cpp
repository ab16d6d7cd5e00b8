// `replicadesk --headless --lab ...` as a script uses it: one line per node once every node
// answers, the nodes really serve, SIGTERM/SIGINT stop them all and the app exits 0.
#include "lab_test_support.h"
#include "resp_test_client.h"
#include "wait_until.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

class HeadlessTest : public QObject
{
    Q_OBJECT
private slots:
    void seedLabPrintsOneLinePerNodeAndStopsOnSigterm();
    void chainLabStopsOnSigint();
    void unknownTemplateFailsWithoutStartingAnything();

private:
    struct NodeLine
    {
        QString name;
        QString role;
        quint16 port;
    };
    static void startApp(QProcess &app, const QStringList &args);
    static QList<NodeLine> readLines(QProcess &app, int count, QByteArray *out);
    static qint64 pidOf(const QString &labDir, const QString &node);
    void runAndStop(const QString &tmpl, int nodes, int signal);
};

void HeadlessTest::startApp(QProcess &app, const QStringList &args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY")); // headless needs no display at all
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("REPLICADESK_LAB_PROGRAM"),
               nodeProgramKey(labtest::replicationProgram()));
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(RD_APP_BIN), args);
}

QList<HeadlessTest::NodeLine> HeadlessTest::readLines(QProcess &app, int count, QByteArray *out)
{
    rdtest::waitUntil(
        [&] {
            *out += app.readAllStandardOutput();
            return out->count('\n') >= count || app.state() == QProcess::NotRunning;
        },
        20000);
    static const QRegularExpression line(
        QStringLiteral("^(\\S+) (master|replica) 127\\.0\\.0\\.1:(\\d+)$"));
    QList<NodeLine> nodes;
    for (const QByteArray &l : out->split('\n')) {
        const auto m = line.match(QString::fromUtf8(l));
        if (m.hasMatch())
            nodes.append(
                {m.captured(1), m.captured(2), static_cast<quint16>(m.captured(3).toUInt())});
    }
    return nodes;
}

qint64 HeadlessTest::pidOf(const QString &labDir, const QString &node)
{
    QFile f(labDir + QLatin1Char('/') + node + QStringLiteral("/node.pid"));
    return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed().toLongLong() : 0;
}

void HeadlessTest::runAndStop(const QString &tmpl, int count, int signal)
{
    QTemporaryDir dir;
    QProcess app;
    startApp(app, {QStringLiteral("--headless"), QStringLiteral("--lab"), tmpl,
                   QStringLiteral("--dir"), dir.path()});
    QByteArray out;
    const QList<NodeLine> nodes = readLines(app, count, &out);
    QVERIFY2(nodes.size() == count, (out + app.readAllStandardError()).constData());
    QCOMPARE(nodes.first().name, QStringLiteral("master"));
    QCOMPARE(nodes.first().role, QStringLiteral("master"));
    QList<qint64> pids;
    for (const NodeLine &n : nodes) {
        if (n.name != QLatin1String("master"))
            QCOMPARE(n.role, QStringLiteral("replica"));
        rdtest::RespTestClient client;
        QVERIFY(client.connectTo(n.port));
        const rdtest::RespReply reply = client.command({"PING"});
        QVERIFY2(reply.text == "PONG" || reply.text.startsWith("NOAUTH"), reply.text.constData());
        pids << pidOf(dir.path(), n.name);
        QVERIFY(labtest::processExists(pids.last()));
    }

    ::kill(static_cast<pid_t>(app.processId()), signal);
    QVERIFY(app.waitForFinished(15000));
    QCOMPARE(app.exitStatus(), QProcess::NormalExit);
    QCOMPARE(app.exitCode(), 0);
    for (qint64 pid : std::as_const(pids))
        QVERIFY2(!labtest::processExists(pid), qPrintable(QString::number(pid)));
    for (const NodeLine &n : nodes) {
        rdtest::RespTestClient client;
        QVERIFY(!client.connectTo(n.port, QStringLiteral("127.0.0.1"), 300));
    }
}

void HeadlessTest::seedLabPrintsOneLinePerNodeAndStopsOnSigterm()
{
    runAndStop(QStringLiteral("seed"), 3, SIGTERM);
}

void HeadlessTest::chainLabStopsOnSigint()
{
    runAndStop(QStringLiteral("chain:3"), 3, SIGINT);
}

void HeadlessTest::unknownTemplateFailsWithoutStartingAnything()
{
    QTemporaryDir dir;
    QProcess app;
    startApp(app, {QStringLiteral("--headless"), QStringLiteral("--lab"), QStringLiteral("ring:3"),
                   QStringLiteral("--dir"), dir.path()});
    QVERIFY(app.waitForFinished(10000));
    QCOMPARE(app.exitCode(), 2);
    QVERIFY(app.readAllStandardError().contains("ring:3"));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("lab.json"))));
}

QTEST_GUILESS_MAIN(HeadlessTest)
#include "tst_headless.moc"
