// The lab against real node processes: every action of the lab panel, with the replicas' state
// checked over RESP as a user would see it, and no process left behind.
#include "running_lab.h"

#include "lab/load_generator.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <csignal>

using labtest::infoField;
using labtest::RunningLab;

class LabLifecycleTest : public QObject
{
    Q_OBJECT
private slots:
    void seedLabReplicatesThroughTheShaper();
    void killedReplicaComesBackWithTheData();
    void pausedMasterStopsAnsweringUntilResumed();
    void unexpectedDeathIsReportedWithTheLogTail();
    void gracefulStopEndsTheProcessCleanly();
    void addedReplicaSyncsAndRemovedOneIsGone();
    void promotedReplicaTakesOverTheOthers();
    void repointedReplicaFollowsItsNewUpstream();
    void chainLabReplicatesDownTheChain();
    void reopenedLabKeepsPortsAndPassword();
    void mixedLabReplicatesBetweenBothPrograms();
};

void LabLifecycleTest::seedLabReplicatesThroughTheShaper()
{
    RunningLab l;
    QVERIFY(l.start(QStringLiteral("seed")));
    QVERIFY(l.waitLinksUp());
    // Replicas dial their link's proxy port; the lab maps it back to the master.
    const QByteArray info = l.replication(QStringLiteral("replica-1"));
    const quint16 dialled = infoField(info, "master_port").toUShort();
    QVERIFY(dialled != l.port(QStringLiteral("master")));
    QCOMPARE(l.lab->nodeAt(QStringLiteral("127.0.0.1"), dialled),
             l.lab->node(QStringLiteral("master")));
    QCOMPARE(l.lab->realAddress(QStringLiteral("127.0.0.1"), dialled).second,
             l.port(QStringLiteral("master")));
    QCOMPARE(l.lab->linkAtProxyPort(dialled), QStringLiteral("replica-1"));

    QCOMPARE(l.command(QStringLiteral("master"), {"SET", "hello", "world"}).text, QByteArray("OK"));
    for (const QString &replica : {QStringLiteral("replica-1"), QStringLiteral("replica-2")}) {
        QVERIFY(rdtest::waitUntil([&] {
            return l.command(replica, {"GET", "hello"}).text == "world";
        }));
        QVERIFY(l.command(replica, {"SET", "x", "1"}).text.startsWith("READONLY"));
    }
    // The master requires the lab password; it is on no command line.
    QVERIFY(l.command(QStringLiteral("master"), {"PING"}).text == "PONG");
    rdtest::RespTestClient anonymous;
    QVERIFY(anonymous.connectTo(l.port(QStringLiteral("master"))));
    QVERIFY(anonymous.command({"GET", "hello"}).text.startsWith("NOAUTH"));
    for (const LabNode *n : l.lab->nodes()) {
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(n->pid()));
        QVERIFY(cmdline.open(QIODevice::ReadOnly));
        QVERIFY(!cmdline.readAll().contains(l.lab->password().toUtf8()));
    }
    QVERIFY(l.shutDownWithoutLeaks());
}

void LabLifecycleTest::killedReplicaComesBackWithTheData()
{
    RunningLab l;
    QVERIFY(l.start(QStringLiteral("seed")));
    QVERIFY(l.waitLinksUp());
    const QString r2 = QStringLiteral("replica-2");
    const qint64 pid = l.lab->node(r2)->pid();
    l.lab->killNode(r2);
    QVERIFY(rdtest::waitUntil([&] { return l.lab->node(r2)->state() == LabNode::State::Killed; }));
    QVERIFY(!labtest::processExists(pid));
    QCOMPARE(l.command(r2, {"PING"}).type, rdtest::RespReply::Type::None);
    QCOMPARE(l.command(QStringLiteral("master"), {"SET", "while", "down"}).text, QByteArray("OK"));

    l.lab->restartNode(r2);
    QVERIFY(l.waitAllRunning());
    QVERIFY(l.waitLinksUp());
    QVERIFY(rdtest::waitUntil([&] { return l.command(r2, {"GET", "while"}).text == "down"; }));
    QVERIFY(l.shutDownWithoutLeaks());
}

void LabLifecycleTest::pausedMasterStopsAnsweringUntilResumed()
{
    RunningLab l;
    QVERIFY(l.start(QStringLiteral("seed")));
    const QString m = QStringLiteral("master");
    l.lab->pauseNode(m);
    QCOMPARE(l.lab->node(m)->state(), LabNode::State::Paused);
    QCOMPARE(l.command(m, {"PING"}, 300).type, rdtest::RespReply::Type::None); // SIGSTOP: no reply
    l.lab->resumeNode(m);
    QVERIFY(rdtest::waitUntil([&] { return l.lab->node(m)->state() == LabNode::State::Running; }));
    QCOMPARE(l.command(m, {"PING"}).text, QByteArray("PONG"));
    l.lab->pauseNode(m); // a paused node must still stop cleanly
    QVERIFY(l.shutDownWithoutLeaks());
}

void LabLifecycleTest::unexpectedDeathIsReportedWithTheLogTail()
{
    RunningLab l;
    QVERIFY(l.start(QStringLiteral("seed")));
    QSignalSpy died(l.lab.get(), &LabController::nodeDied);
    LabNode *r1 = l.lab->node(QStringLiteral("replica-1"));
    ::kill(static_cast<pid_t>(r1->pid()), SIGKILL); // not through the lab: a crash
    QVERIFY(died.wait(5000));
    QCOMPARE(died.first().at(0).value<LabNode *>(), r1);
    QCOMPARE(r1->state(), LabNode::State::Died);
    QVERIFY(died.first().at(1).toString().contains(QStringLiteral("9")));
    QVERIFY(!died.first().at(2).toString().isEmpty()); // the log tail
    QVERIFY(l.shutDownWithoutLeaks());
}

void LabLifecycleTest::gracefulStopEndsTheProcessCleanly()
{
    RunningLab l;
    QVERIFY(l.start(QStringLiteral("seed")));
    LabNode *r1 = l.lab->node(QStringLiteral("replica-1"));
    l.lab->stopNode(r1->name());
    QVERIFY(rdtest::waitUntil([&] { return r1->state() == LabNode::State::Stopped; }));
    QCOMPARE(r1->exitDescription(), LabNode::tr("exit code %1").arg(0));
    QVERIFY(l.shutDownWithoutLeaks());
}

void LabLifecycleTest::addedReplicaSyncsAndRemovedOneIsGone()
{
    RunningLab l;
    QVERIFY(l.start(QStringLiteral("seed")));
    QCOMPARE(l.command(QStringLiteral("master"), {"SET", "k", "v"}).text, QByteArray("OK"));
    QString error;
    const QString added =
        l.lab->addReplica(QStringLiteral("master"), labtest::replicationProgram(), &error);
    QCOMPARE(added, QStringLiteral("replica-3"));
    QVERIFY(l.waitAllRunning());
    QVERIFY(l.waitLinksUp());
    QVERIFY(rdtest::waitUntil([&] { return l.command(added, {"GET", "k"}).text == "v"; }));

    const qint64 pid = l.lab->node(added)->pid();
    const QString folder = l.lab->node(added)->files().dir;
    QVERIFY(!l.lab->removeNode(QStringLiteral("master"), &error)); // it has replicas
    QVERIFY(l.lab->removeNode(added, &error));
    QVERIFY(!l.lab->node(added));
    QVERIFY(
        rdtest::waitUntil([&] { return !labtest::processExists(pid) && !QDir(folder).exists(); }));
    QVERIFY(l.shutDownWithoutLeaks());
}

void LabLifecycleTest::promotedReplicaTakesOverTheOthers()
{
    RunningLab l;
    QVERIFY(l.start(QStringLiteral("seed")));
    QVERIFY(l.waitLinksUp());
    // Write load runs against the master; after the promotion it writes to the new one.
    LoadProfile load;
    load.opsPerSecond = 500;
    const LabNode *oldMaster = l.lab->node(QStringLiteral("master"));
    l.lab->loadGenerator()->start(oldMaster->port(), oldMaster->password(), load);
    l.lab->killNode(QStringLiteral("master"));
    QVERIFY(rdtest::waitUntil([&] { return !l.lab->node(QStringLiteral("master"))->isAlive(); }));
    // Nothing is reported failed: replica-1 had no password, and AUTH with the lab's one before
    // CONFIG SET requirepass was answered with an error the Lab panel showed.
    QSignalSpy failed(l.lab.get(), &LabController::actionFailed);
    QString error;
    QVERIFY2(l.lab->promote(QStringLiteral("replica-1"), &error), qPrintable(error));
    const QString r1 = QStringLiteral("replica-1"), r2 = QStringLiteral("replica-2");
    QVERIFY(rdtest::waitUntil(
        [&] { return infoField(l.replication(r1), "role") == "master" && l.linkUp(r2); }));
    const quint16 dialled = infoField(l.replication(r2), "master_port").toUShort();
    QCOMPARE(l.lab->nodeAt(QStringLiteral("127.0.0.1"), dialled), l.lab->node(r1));
    QCOMPARE(l.command(r1, {"SET", "after", "promotion"}).text, QByteArray("OK"));
    QVERIFY(rdtest::waitUntil([&] { return l.command(r2, {"GET", "after"}).text == "promotion"; }));
    QVERIFY(rdtest::waitUntil([&] {
        const LoadStats st = l.lab->loadGenerator()->stats();
        return st.connected && st.opsDone > 100 && st.errors == 0;
    }));
    l.lab->loadGenerator()->stop();
    QVERIFY2(failed.isEmpty(),
             qPrintable(failed.isEmpty() ? QString() : failed.first().first().toString()));
    // The old master comes back as a replica of the new one.
    QCOMPARE(l.lab->spec().node(QStringLiteral("master"))->upstream, r1);
    l.lab->startNode(QStringLiteral("master"));
    QVERIFY(l.waitAllRunning());
    QVERIFY(rdtest::waitUntil([&] {
        return l.command(QStringLiteral("master"), {"GET", "after"}).text == "promotion";
    }));
    QVERIFY(l.shutDownWithoutLeaks());
}

void LabLifecycleTest::repointedReplicaFollowsItsNewUpstream()
{
    RunningLab l;
    QVERIFY(l.start(QStringLiteral("star:2")));
    QVERIFY(l.waitLinksUp());
    QString error;
    QVERIFY(!l.lab->repoint(QStringLiteral("master"), QStringLiteral("master"), &error));
    QVERIFY2(l.lab->repoint(QStringLiteral("replica-2"), QStringLiteral("replica-1"), &error),
             qPrintable(error));
    QVERIFY(rdtest::waitUntil([&] {
        const quint16 dialled =
            infoField(l.replication(QStringLiteral("replica-2")), "master_port").toUShort();
        return l.lab->nodeAt(QStringLiteral("127.0.0.1"), dialled) ==
                   l.lab->node(QStringLiteral("replica-1")) &&
               l.linkUp(QStringLiteral("replica-2"));
    }));
    // The config file follows, so a restart keeps the new topology.
    QFile conf(l.lab->node(QStringLiteral("replica-2"))->files().configPath);
    QVERIFY(conf.open(QIODevice::ReadOnly));
    QVERIFY(conf.readAll().contains(
        "replicaof 127.0.0.1 " +
        QByteArray::number(l.lab->spec().node(QStringLiteral("replica-2"))->link.proxyPort)));
    QVERIFY(l.shutDownWithoutLeaks());
}

void LabLifecycleTest::chainLabReplicatesDownTheChain()
{
    RunningLab l;
    QVERIFY(l.start(QStringLiteral("chain:3")));
    QVERIFY(l.waitLinksUp());
    QCOMPARE(l.command(QStringLiteral("master"), {"SET", "down", "chain"}).text, QByteArray("OK"));
    QVERIFY(rdtest::waitUntil([&] {
        return l.command(QStringLiteral("replica-2"), {"GET", "down"}).text == "chain";
    }));
    QVERIFY(l.shutDownWithoutLeaks());
}

void LabLifecycleTest::reopenedLabKeepsPortsAndPassword()
{
    RunningLab l;
    QVERIFY(l.start(QStringLiteral("seed")));
    const QString dir = l.lab->labDir();
    const quint16 masterPort = l.port(QStringLiteral("master"));
    const QString password = l.lab->password();
    QVERIFY(l.shutDownWithoutLeaks());

    LabController reopened;
    QString error;
    QVERIFY2(reopened.open(dir, &error), qPrintable(error));
    QCOMPARE(reopened.node(QStringLiteral("master"))->port(), masterPort);
    QCOMPARE(reopened.password(), password);
    reopened.startAll();
    QVERIFY(rdtest::waitUntil([&] { return reopened.allRunning(); }, 20000));
}

void LabLifecycleTest::mixedLabReplicatesBetweenBothPrograms()
{
    // Our node as master with a real redis-server replica, and the other way round.
    for (const NodeProgram master : {NodeProgram::ReplicaDeskNode, NodeProgram::RedisServer}) {
        const NodeProgram other = master == NodeProgram::ReplicaDeskNode
                                      ? NodeProgram::RedisServer
                                      : NodeProgram::ReplicaDeskNode;
        QTemporaryDir dir;
        LabController lab;
        LabSpec spec = LabTemplate::parse(QStringLiteral("seed"))->build(master);
        spec.nodes[2].program = other;
        QVERIFY(lab.create(spec, dir.path()));
        lab.startAll();
        QVERIFY(rdtest::waitUntil([&] { return lab.allRunning(); }, 20000));
        rdtest::RespTestClient m, r;
        QVERIFY(m.connectTo(lab.node(QStringLiteral("master"))->port()));
        QCOMPARE(m.command({"AUTH", lab.password().toUtf8()}).text, QByteArray("OK"));
        QCOMPARE(m.command({"SET", "mixed", "lab"}).text, QByteArray("OK"));
        QVERIFY(r.connectTo(lab.node(QStringLiteral("replica-2"))->port()));
        QVERIFY(rdtest::waitUntil([&] { return r.command({"GET", "mixed"}).text == "lab"; }));
    }
}

QTEST_GUILESS_MAIN(LabLifecycleTest)
#include "tst_lab_lifecycle.moc"
