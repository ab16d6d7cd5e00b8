// Lab templates, generated node configs and the lab file, without running any process: the
// seed's directives are all there, files are private, passwords never leak into the lab file.
#include "lab/lab_file.h"
#include "lab/lab_template.h"
#include "lab/node_config.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

class LabConfigTest : public QObject
{
    Q_OBJECT
private slots:
    void parsesTemplateSyntax();
    void seedTemplateHasTheSeedTopology();
    void seedMasterConfigCarriesSeedDirectives();
    void seedReplicaConfigsCarrySeedDirectives();
    void chainTemplateChainsReplicas();
    void configFileIsPrivate();
    void labFileRoundTripsWithoutPassword();
    void labFileRejectsLoops();
};

void LabConfigTest::parsesTemplateSyntax()
{
    QCOMPARE(LabTemplate::parse(QStringLiteral("seed"))->key(), QStringLiteral("seed"));
    QCOMPARE(LabTemplate::parse(QStringLiteral("star:4"))->count, 4);
    QCOMPARE(LabTemplate::parse(QStringLiteral("chain:3"))->kind, LabTemplate::Kind::Chain);
    QCOMPARE(LabTemplate::parse(QStringLiteral("star:4"))->folderName(), QStringLiteral("star-4"));
    QString error;
    QVERIFY(!LabTemplate::parse(QStringLiteral("ring:3"), &error));
    QVERIFY(error.contains(QStringLiteral("ring:3")));
    QVERIFY(!LabTemplate::parse(QStringLiteral("chain:1")));
    QVERIFY(!LabTemplate::parse(QStringLiteral("star:x")));
}

void LabConfigTest::seedTemplateHasTheSeedTopology()
{
    const LabSpec lab = LabTemplate::parse(QStringLiteral("seed"))->build(NodeProgram::RedisServer);
    QCOMPARE(lab.nodes.size(), 3);
    QCOMPARE(lab.nodes[0].name, QStringLiteral("master"));
    QVERIFY(!lab.nodes[0].isReplica());
    QCOMPARE(lab.nodes[1].upstream, QStringLiteral("master"));
    QCOMPARE(lab.nodes[2].upstream, QStringLiteral("master"));
    QCOMPARE(lab.replicasOf(QStringLiteral("master")),
             (QStringList{QStringLiteral("replica-1"), QStringLiteral("replica-2")}));
}

static QByteArray seedConfig(int index, const QString &dir)
{
    LabSpec lab = LabTemplate::parse(QStringLiteral("seed"))->build(NodeProgram::RedisServer);
    LabNodeSpec node = lab.nodes[index];
    node.port = 40000 + static_cast<quint16>(index);
    node.link.proxyPort = 41000;
    return renderNodeConfig(node, NodeFiles::in(dir, node.name),
                            {QStringLiteral("seed"), QStringLiteral("s3cret:pw"), 41000});
}

void LabConfigTest::seedMasterConfigCarriesSeedDirectives()
{
    const QByteArray c = seedConfig(0, QStringLiteral("/labs/seed"));
    QVERIFY(c.contains("\nbind 127.0.0.1\n"));
    QVERIFY(c.contains("\nport 40000\n"));
    QVERIFY(c.contains("\nprotected-mode no\n"));
    QVERIFY(c.contains("\nrequirepass s3cret:pw\n"));
    QVERIFY(c.contains("\nsave \"\"\n"));
    QVERIFY(c.contains("\ndaemonize no\n"));
    QVERIFY(c.contains("\npidfile /labs/seed/master/node.pid\n"));
    QVERIFY(c.contains("\nlogfile /labs/seed/master/node.log\n"));
    QVERIFY(c.contains("\ndir /labs/seed/master/data\n"));
    QVERIFY(!c.contains("replicaof"));
    QVERIFY(!c.contains("masterauth"));
}

void LabConfigTest::seedReplicaConfigsCarrySeedDirectives()
{
    const QByteArray r1 = seedConfig(1, QStringLiteral("/labs/my seed"));
    QVERIFY(r1.contains("\nsave 900 1\nsave 300 10\nsave 60 10000\n"));
    QVERIFY(r1.contains("\nreplicaof 127.0.0.1 41000\n"));
    QVERIFY(r1.contains("\nmasterauth s3cret:pw\n"));
    QVERIFY(r1.contains("\nreplica-serve-stale-data yes\n"));
    QVERIFY(r1.contains("\nreplica-read-only yes\n"));
    QVERIFY(r1.contains("\nprotected-mode yes\n"));
    QVERIFY(!r1.contains("requirepass"));
    QVERIFY(r1.contains("\nlogfile \"/labs/my seed/replica-1/node.log\"\n")); // quoted path
    const QByteArray r2 = seedConfig(2, QStringLiteral("/labs/seed"));
    QVERIFY(r2.contains("\nsave \"\"\n"));
    QVERIFY(r2.contains("\nmasterauth s3cret:pw\n"));
}

void LabConfigTest::chainTemplateChainsReplicas()
{
    const LabSpec lab =
        LabTemplate::parse(QStringLiteral("chain:4"))->build(NodeProgram::RedisServer);
    QCOMPARE(lab.nodes.size(), 4);
    QCOMPARE(lab.nodes[1].upstream, QStringLiteral("master"));
    QCOMPARE(lab.nodes[2].upstream, QStringLiteral("replica-1"));
    QCOMPARE(lab.nodes[3].upstream, QStringLiteral("replica-2"));
    for (int i = 1; i < 4; ++i) // a chained replica must accept its downstream's AUTH
        QVERIFY(lab.nodes[i].requirePassword && lab.nodes[i].masterAuth);
    const LabSpec star =
        LabTemplate::parse(QStringLiteral("star:5"))->build(NodeProgram::RedisServer);
    QCOMPARE(star.replicasOf(QStringLiteral("master")).size(), 5);
}

void LabConfigTest::configFileIsPrivate()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("node.conf"));
    QFile loose(path);
    QVERIFY(loose.open(QIODevice::WriteOnly));
    loose.close();
    loose.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
    QVERIFY(writePrivateFile(path, "requirepass \"a b\\\"c\"\n", nullptr));
    struct stat st = {};
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, 0600u);
    QCOMPARE(passwordFromConfig(path), QStringLiteral("a b\"c"));
}

void LabConfigTest::labFileRoundTripsWithoutPassword()
{
    LabSpec lab = LabTemplate::parse(QStringLiteral("seed"))->build(NodeProgram::RedisServer);
    lab.nodes[1].link.shape.delayMs = 120;
    lab.nodes[1].link.shape.firewallReject = true;
    lab.nodes[2].link.dialHost = QStringLiteral("127.0.0.2");
    lab.nodes[0].program = NodeProgram::ReplicaDeskNode;
    const QByteArray json = labSpecToJson(lab);
    QVERIFY(!json.contains("pass")); // neither a password nor a key that could hold one
    const auto back = labSpecFromJson(json);
    QVERIFY(back);
    QCOMPARE(labSpecToJson(*back), json);
    QCOMPARE(back->nodes[1].link.shape.delayMs, 120);
    QVERIFY(back->nodes[1].link.shape.firewallReject);
    QCOMPARE(back->nodes[2].link.dialHost, QStringLiteral("127.0.0.2"));
    QCOMPARE(back->nodes[0].program, NodeProgram::ReplicaDeskNode);
    QCOMPARE(back->nodes[1].savePoints.size(), 3);
}

void LabConfigTest::labFileRejectsLoops()
{
    LabSpec lab = LabTemplate::parse(QStringLiteral("chain:3"))->build(NodeProgram::RedisServer);
    lab.nodes[0].upstream = QStringLiteral("replica-2");
    QString error;
    QVERIFY(!labSpecFromJson(labSpecToJson(lab), &error));
    QVERIFY(error.contains(QStringLiteral("loop")));
}

QTEST_GUILESS_MAIN(LabConfigTest)
#include "tst_lab_config.moc"
