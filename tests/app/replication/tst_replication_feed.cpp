// The feed against live servers: a real redis-server pair (states derived from INFO/ROLE, or
// from the replica's log), and our node (states from REPLSTATE's exact history).
#include "model/replication/replication_feed.h"
#include "model/replication/replication_model.h"

#include "resp_test_client.h"
#include "server_process.h"
#include "wait_until.h"

#include <QTest>

using rdtest::ServerKind;
using rdtest::ServerProcess;

namespace {

FeedNode feedNode(const QString &id, const ServerProcess &server, const QString &logPath = {})
{
    FeedNode f;
    f.id = id;
    f.name = id;
    f.spec.host = QStringLiteral("127.0.0.1");
    f.spec.port = server.port();
    f.spec.connectTimeoutMs = 1000;
    f.logPath = logPath;
    return f;
}

const Diagnosis *finding(const ReplicationModel &model, DiagnosisKind kind)
{
    for (const Diagnosis &d : model.diagnoses())
        if (d.kind == kind)
            return &d;
    return nullptr;
}

} // namespace

class TstReplicationFeed : public QObject
{
    Q_OBJECT
private slots:
    void realRedisPairDerivedFromInfoAndRole()
    {
        ServerProcess master(ServerKind::Redis);
        QVERIFY2(master.start(), qPrintable(master.lastError()));
        ServerProcess replica(ServerKind::Redis);
        QVERIFY2(replica.start({QStringLiteral("replicaof 127.0.0.1 %1").arg(master.port())}),
                 qPrintable(replica.lastError()));

        ReplicationModel model;
        ReplicationFeed feed(&model);
        feed.setNodes(
            {feedNode(QStringLiteral("m"), master), feedNode(QStringLiteral("r"), replica)});
        QVERIFY(rdtest::waitUntil(
            [&] {
                const ReplicationLink *l = model.link(QStringLiteral("r"));
                return l && l->state == ReplicaState::Connected &&
                       l->masterSide == MasterSideState::Online;
            },
            20000));
        const ReplicationLink *l = model.link(QStringLiteral("r"));
        QCOMPARE(l->masterId, QStringLiteral("m"));
        QCOMPARE(l->source, StateSource::InfoRole);
        QVERIFY(!feed.hasNodeHistory(QStringLiteral("r")));
        QCOMPARE(model.node(QStringLiteral("m"))->role, NodeRole::Master);

        rdtest::RespTestClient client;
        QVERIFY(client.connectTo(master.port()));
        for (int i = 0; i < 50; ++i)
            client.command({"SET", "k" + QByteArray::number(i), "v"});
        QVERIFY(rdtest::waitUntil(
            [&] {
                const LagSeries *s = model.lagSeries(QStringLiteral("r"));
                return s && s->size() > 5 && s->last().byteLag == 0 &&
                       model.node(QStringLiteral("m"))->masterReplOffset > 0;
            },
            10000));
        QVERIFY(model.lagSeries(QStringLiteral("r"))->last().ackAgeS >= 0);
        const ReplicaTimeline *t = model.timeline(QStringLiteral("r"));
        QVERIFY(t);
        QCOMPARE(t->state(), ReplicaState::Connected);
    }

    void refusedLinkFromTheLogIsDiagnosedAsTheBindLine()
    {
        ServerProcess master(ServerKind::Redis);
        QVERIFY2(master.start(), qPrintable(master.lastError()));
        // The seed's second failure: the master listens on 127.0.0.1 only, the replica dials
        // another address.
        ServerProcess replica(ServerKind::Redis);
        QVERIFY2(replica.start({QStringLiteral("replicaof 127.0.0.2 %1").arg(master.port())}),
                 qPrintable(replica.lastError()));

        ReplicationModel model;
        ReplicationFeed feed(&model);
        feed.setDoctorInterval(200);
        feed.setAddressResolver([&](const QString &, int port) {
            return port == master.port() ? QStringLiteral("m") : QString();
        });
        feed.setNodes({feedNode(QStringLiteral("m"), master),
                       feedNode(QStringLiteral("r"), replica, replica.logPath())});
        QVERIFY(rdtest::waitUntil(
            [&] {
                const ReplicationLink *l = model.link(QStringLiteral("r"));
                return l && l->source == StateSource::Log &&
                       l->lastError.endsWith(QLatin1String("Connection refused"));
            },
            20000));
        QVERIFY(rdtest::waitUntil([&] { return finding(model, DiagnosisKind::MasterNotListening); },
                                  15000));
        const Diagnosis *d = finding(model, DiagnosisKind::MasterNotListening);
        QCOMPARE(d->subject, QStringLiteral("r"));
        QVERIFY2(d->title.contains(QLatin1String("127.0.0.2")), qPrintable(d->title));
        QVERIFY(d->commands.contains(QStringLiteral("bind 0.0.0.0")));
    }

    void ourNodeGivesTheExactHistory()
    {
        ServerProcess master(ServerKind::Node);
        QVERIFY2(master.start(), qPrintable(master.lastError()));
        ServerProcess replica(ServerKind::Node);
        QVERIFY2(replica.start({QStringLiteral("replicaof 127.0.0.1 %1").arg(master.port())}),
                 qPrintable(replica.lastError()));
        ReplicationModel model;
        ReplicationFeed feed(&model);
        feed.setNodes(
            {feedNode(QStringLiteral("m"), master), feedNode(QStringLiteral("r"), replica)});
        QVERIFY(rdtest::waitUntil(
            [&] {
                const ReplicationLink *l = model.link(QStringLiteral("r"));
                return l && l->state == ReplicaState::Connected &&
                       l->source == StateSource::NodeHistory;
            },
            20000));
        QVERIFY(feed.hasNodeHistory(QStringLiteral("r")));
        const ReplicaTimeline *t = model.timeline(QStringLiteral("r"));
        QVERIFY(t);
        QVERIFY(t->lastSeq() > 0);
        QCOMPARE(t->fullResyncCount(), 1);
        // The handshake's sub-states are there, not just ROLE's "handshake".
        bool sawPing = false;
        for (const StateTransition &tr : t->transitions())
            sawPing |= tr.to == ReplicaState::ReceivePingReply;
        QVERIFY(sawPing);
    }
};

QTEST_GUILESS_MAIN(TstReplicationFeed)
#include "tst_replication_feed.moc"
