// The configuration page offscreen against a real master and replica: topics, an edit applied
// and one refused with the server's reason, the group comparison dialog, and a lab node's
// config file checked by the node's own parser before it is saved.
#include "ui/config/config_compare_dialog.h"
#include "ui/config/config_file_editor.h"
#include "ui/config/config_panel.h"
#include "ui/connections/lab_registration.h"

#include "lab/lab_controller.h"
#include "lab/lab_template.h"
#include "model/config/config_table_model.h"
#include "ui/keys/node_picker.h"

#include "resp_test_client.h"
#include "screenshot.h"
#include "server_process.h"
#include "wait_until.h"

#include <QFile>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace rdtest;

namespace {
ConnectionSpec specFor(quint16 port)
{
    ConnectionSpec spec;
    spec.port = port;
    return spec;
}
} // namespace

class ConfigPanelTest : public QObject
{
    Q_OBJECT
private slots:
    // Shown before the server listened (a lab starting with the app): the table loads once the
    // server answers instead of keeping "CONFIG GET failed: connection refused".
    void failedLoadIsRetriedOnceTheServerAnswers()
    {
        ServerProcess late{ServerKind::Node};
        QVERIFY(late.start());
        const quint16 port = late.port();
        late.stop();
        NodeRegistry registry;
        ConnectionSpec spec;
        spec.port = port;
        const NodeId id = registry.addNode(spec);
        ConfigPanel panel(&registry, nullptr);
        panel.picker()->setCurrentNode(id);
        QVERIFY(waitUntil(
            [&] { return panel.messageText().contains(QStringLiteral("CONFIG GET failed")); },
            10000));
        QVERIFY(late.restart());
        QVERIFY(waitUntil(
            [&] { return panel.model()->snapshot().value("port") == QByteArray::number(port); },
            20000));
        late.stop();
    }

    void initTestCase()
    {
        installScreenshotLanguage(this);
        QVERIFY(m_master.start({QStringLiteral("maxmemory-policy allkeys-lru")}));
        QVERIFY(m_replica.start({QStringLiteral("replicaof 127.0.0.1 %1").arg(m_master.port())}));
        m_masterId = m_registry.addNode(specFor(m_master.port()));
        m_replicaId = m_registry.addNode(specFor(m_replica.port()));
        QVERIFY(waitUntil([&] { return m_registry.masterOf(m_replicaId) == m_masterId; }, 15000));
    }

    void editsThroughConfigSet()
    {
        ConfigPanel panel(&m_registry, nullptr);
        panel.resize(1200, 720);
        panel.show();
        panel.picker()->setCurrentNode(m_masterId);
        ConfigTableModel *model = panel.model();
        QVERIFY(waitUntil([&] { return model->indexOf("maxmemory").isValid(); }));
        panel.setFilterText(QStringLiteral("maxmemory"));
        QVERIFY(panel.view()->model()->rowCount() >= 1);

        QSignalSpy applied(model, &ConfigTableModel::applied);
        QVERIFY(model->setData(model->indexOf("maxmemory", ConfigTableModel::ValueColumn),
                               QStringLiteral("64mb")));
        QVERIFY(waitUntil([&] { return !applied.isEmpty(); }));
        QVERIFY(panel.messageText().contains(QStringLiteral("67108864")));
        panel.setFilterText(QString());
        saveScreenshot(panel, "config-editor");
        panel.setFilterText(QStringLiteral("maxmemory"));

        model->setValue("maxmemory-policy", "whenever");
        QVERIFY(waitUntil([&] { return panel.messageText().contains(QStringLiteral("refused")); }));
        QVERIFY(panel.messageText().contains(QStringLiteral("maxmemory-policy")));
    }

    void comparesTheGroup()
    {
        ConfigPanel panel(&m_registry, nullptr);
        panel.picker()->setCurrentNode(m_replicaId);
        panel.compareGroup();
        auto *dialog = panel.findChild<ConfigCompareDialog *>();
        QVERIFY(dialog);
        QVERIFY(waitUntil(
            [&] { return !dialog->model()->isLoading() && dialog->model()->rowCount() > 0; }));
        QCOMPARE(dialog->model()->columnCount(), 3);
        bool policyDiffers = false;
        for (const ConfigComparisonRow &row : dialog->model()->rows())
            if (row.name == "maxmemory-policy")
                policyDiffers = row.differs;
        QVERIFY(policyDiffers);
        dialog->resize(1000, 640);
        dialog->show();
        saveScreenshot(*dialog, "config-compare");
    }

    void labConfigFileIsValidatedBeforeSaving()
    {
        QTemporaryDir dir;
        LabController lab;
        QString error;
        const auto seed = LabTemplate::parse(QStringLiteral("seed"));
        QVERIFY(seed.has_value());
        // Debian's redis-server runs the lab here: the same parser checks stay valid either way.
        const LabSpec spec = seed->build(NodeProgram::RedisServer);
        QVERIFY2(lab.create(spec, dir.filePath(QStringLiteral("lab")), &error), qPrintable(error));
        const QString nodeName = lab.nodes().first()->name();
        ConfigFileEditor editor(&lab, nodeName);
        QVERIFY(editor.editor()->toPlainText().contains(QStringLiteral("port")));
        const QString original = editor.editor()->toPlainText();

        editor.editor()->setPlainText(original + QStringLiteral("\nreplica-read-only sometimes\n"));
        editor.validateAndSave(false);
        QVERIFY(waitUntil([&] { return editor.statusText().contains(QStringLiteral("Not saved")); },
                          20000));
        QFile file(lab.nodes().first()->files().configPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("sometimes"));
        file.close();

        editor.editor()->setPlainText(original + QStringLiteral("\nmaxmemory 32mb\n"));
        QSignalSpy saved(&editor, &ConfigFileEditor::saved);
        editor.validateAndSave(false);
        QVERIFY(waitUntil([&] { return !saved.isEmpty(); }, 20000));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("maxmemory 32mb"));
        QVERIFY(file.permissions().testFlag(QFileDevice::ReadOwner));
        QVERIFY(!file.permissions().testFlag(QFileDevice::ReadOther));
    }

    // "Save and restart node" from the panel: the table shows the restarted node's values. It
    // used to reload at once, hit the connection the restart closed, and stay empty with
    // "CONFIG GET failed".
    void panelReloadsOnceTheRestartedNodeIsBack()
    {
        QTemporaryDir dir;
        LabController lab;
        QString error;
        const auto seed = LabTemplate::parse(QStringLiteral("seed"));
        QVERIFY(seed.has_value());
        QVERIFY2(lab.create(seed->build(NodeProgram::ReplicaDeskNode),
                            dir.filePath(QStringLiteral("lab")), &error),
                 qPrintable(error));
        lab.startAll();
        QVERIFY(waitUntil([&] { return lab.allRunning(); }, 20000));
        NodeRegistry registry;
        LabRegistration registration(&lab, &registry);
        registration.sync();
        const NodeId master = registration.nodeOf(QStringLiteral("master"));
        QVERIFY(master != 0);
        ConfigPanel panel(&registry, &lab);
        panel.picker()->setCurrentNode(master);
        QVERIFY(
            waitUntil([&] { return !panel.model()->snapshot().value("port").isEmpty(); }, 10000));
        panel.editConfigFile();
        auto *editor = panel.findChild<ConfigFileEditor *>();
        QVERIFY(editor);
        editor->editor()->setPlainText(editor->editor()->toPlainText() +
                                       QStringLiteral("\nmaxmemory 64mb\n"));
        editor->validateAndSave(true);
        QVERIFY2(
            waitUntil([&] { return panel.model()->snapshot().value("maxmemory") == "67108864"; },
                      20000),
            qPrintable(panel.messageText() + QLatin1Char(' ') +
                       QString::fromUtf8(panel.model()->snapshot().value("maxmemory"))));
        QVERIFY2(!panel.messageText().contains(QStringLiteral("failed")),
                 qPrintable(panel.messageText()));
        lab.stopAllAndWait();
    }

private:
    ServerProcess m_master{ServerKind::Redis};
    ServerProcess m_replica{ServerKind::Redis};
    NodeRegistry m_registry;
    NodeId m_masterId = 0;
    NodeId m_replicaId = 0;
};

QTEST_MAIN(ConfigPanelTest)
#include "tst_config_panel.moc"
