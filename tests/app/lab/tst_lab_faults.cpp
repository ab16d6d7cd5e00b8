// The seed's two failures reproduced in the lab, and link shaping seen from the replication
// itself: firewall reject and "master bound to 127.0.0.1" both give the replica's OS error
// "Connection refused" in its log and a down link in INFO; delay, pause and cut show as lag.
#include "running_lab.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using labtest::infoField;
using labtest::RunningLab;

class LabFaultsTest : public QObject
{
    Q_OBJECT
private slots:
    void firewallRejectGivesTheReplicaConnectionRefused();
    void masterBoundTo127001RefusesAReplicaDialling127002();
    void linkDelayDelaysReplication();
    void pausedLinkHoldsWritesUntilResumed();
    void cutLinkGoesDownAndCatchesUpWhenHealed();

private:
    static QByteArray log(const RunningLab &l, const QString &node)
    {
        QFile f(l.lab->node(node)->files().logPath);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
};

void LabFaultsTest::firewallRejectGivesTheReplicaConnectionRefused()
{
    RunningLab l;
    QVERIFY(l.start(QStringLiteral("seed")));
    QVERIFY(l.waitLinksUp());
    const QString r1 = QStringLiteral("replica-1");
    LinkShape firewall;
    firewall.firewallReject = true;
    QVERIFY(l.lab->setLinkShape(r1, firewall));
    QVERIFY(rdtest::waitUntil(
        [&] {
            return infoField(l.replication(r1), "master_link_status") == "down" &&
                   log(l, r1).contains("Connection refused");
        },
        10000));
    QVERIFY(l.linkUp(QStringLiteral("replica-2"))); // only that link is affected

    QVERIFY(l.lab->setLinkShape(r1, LinkShape{}));
    QVERIFY(rdtest::waitUntil([&] { return l.linkUp(r1); }, 10000));
    QVERIFY(l.shutDownWithoutLeaks());
}

void LabFaultsTest::masterBoundTo127001RefusesAReplicaDialling127002()
{
    RunningLab l;
    QVERIFY(l.start(QStringLiteral("seed")));
    QVERIFY(l.waitLinksUp());
    const QString r2 = QStringLiteral("replica-2");
    QVERIFY(l.lab->setBindFault(r2, true));
    QVERIFY(rdtest::waitUntil(
        [&] {
            const QByteArray info = l.replication(r2);
            return infoField(info, "master_host") == "127.0.0.2" &&
                   infoField(info, "master_link_status") == "down" &&
                   log(l, r2).contains("Connection refused");
        },
        10000));

    // The seed's fix: the master also listens where the replica dials.
    QString error;
    QVERIFY2(l.lab->setNodeBind(QStringLiteral("master"),
                                {QStringLiteral("127.0.0.1"), QStringLiteral("127.0.0.2")}, &error),
             qPrintable(error));
    QVERIFY(rdtest::waitUntil([&] { return l.linkUp(r2); }, 10000));
    const rdtest::RespReply bind = l.command(QStringLiteral("master"), {"CONFIG", "GET", "bind"});
    QCOMPARE(bind.elements.value(1).text, QByteArray("127.0.0.1 127.0.0.2"));
    QFile conf(l.lab->node(QStringLiteral("master"))->files().configPath);
    QVERIFY(conf.open(QIODevice::ReadOnly));
    QVERIFY(conf.readAll().contains("\nbind 127.0.0.1 127.0.0.2\n"));
    QVERIFY(l.shutDownWithoutLeaks());
}

void LabFaultsTest::linkDelayDelaysReplication()
{
    RunningLab l;
    QVERIFY(l.start(QStringLiteral("seed")));
    QVERIFY(l.waitLinksUp());
    LinkShape slow;
    slow.delayMs = 150;
    QVERIFY(l.lab->setLinkShape(QStringLiteral("replica-1"), slow));
    rdtest::RespTestClient master, replica;
    QVERIFY(master.connectTo(l.port(QStringLiteral("master"))));
    QCOMPARE(master.command({"AUTH", l.lab->password().toUtf8()}).text, QByteArray("OK"));
    QVERIFY(replica.connectTo(l.port(QStringLiteral("replica-1"))));
    QElapsedTimer t;
    t.start();
    QCOMPARE(master.command({"SET", "lagging", "yes"}).text, QByteArray("OK"));
    while (replica.command({"GET", "lagging"}).text != "yes" && t.elapsed() < 5000) {
    }
    const qint64 ms = t.elapsed();
    // The delay must be there; the upper bound only catches a stuck link (a loaded CI machine can
    // add hundreds of milliseconds of scheduling delay on top of the shaped 150 ms).
    QVERIFY2(ms >= 150 && ms < 4000, qPrintable(QString::number(ms)));
    qInfo("a write reached the replica %lld ms later over a 150 ms link", ms);
    QVERIFY(l.shutDownWithoutLeaks());
}

void LabFaultsTest::pausedLinkHoldsWritesUntilResumed()
{
    RunningLab l;
    QVERIFY(l.start(QStringLiteral("seed")));
    QVERIFY(l.waitLinksUp());
    const QString r1 = QStringLiteral("replica-1");
    LinkShape paused;
    paused.paused = true;
    QVERIFY(l.lab->setLinkShape(r1, paused));
    QCOMPARE(l.command(QStringLiteral("master"), {"SET", "held", "1"}).text, QByteArray("OK"));
    // replica-2's link is not shaped: once it has the write, replica-1 would have it too.
    QVERIFY(rdtest::waitUntil([&] {
        return l.command(QStringLiteral("replica-2"), {"GET", "held"}).text == "1";
    }));
    QVERIFY(l.command(r1, {"GET", "held"}).isNil());
    QVERIFY(l.lab->setLinkShape(r1, LinkShape{}));
    QVERIFY(rdtest::waitUntil([&] { return l.command(r1, {"GET", "held"}).text == "1"; }));
    QVERIFY(l.shutDownWithoutLeaks());
}

void LabFaultsTest::cutLinkGoesDownAndCatchesUpWhenHealed()
{
    RunningLab l;
    QVERIFY(l.start(QStringLiteral("seed")));
    QVERIFY(l.waitLinksUp());
    const QString r2 = QStringLiteral("replica-2");
    LinkShape cut;
    cut.cut = true;
    QVERIFY(l.lab->setLinkShape(r2, cut));
    QVERIFY(rdtest::waitUntil([&] { return !l.linkUp(r2); }, 5000));
    QCOMPARE(l.command(QStringLiteral("master"), {"SET", "during", "cut"}).text, QByteArray("OK"));
    QVERIFY(l.lab->setLinkShape(r2, LinkShape{}));
    QVERIFY(rdtest::waitUntil([&] { return l.linkUp(r2); }, 10000));
    QVERIFY(rdtest::waitUntil([&] { return l.command(r2, {"GET", "during"}).text == "cut"; }));
    QVERIFY(l.shutDownWithoutLeaks());
}

QTEST_GUILESS_MAIN(LabFaultsTest)
#include "tst_lab_faults.moc"
