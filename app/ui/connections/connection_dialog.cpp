#include "ui/connections/connection_dialog.h"

#include "client/resp_connection.h"
#include "model/info_reply.h"
#include "model/redis_conf_import.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

ConnectionDialog::ConnectionDialog(const QStringList &groups, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Connection"));
    setObjectName(QStringLiteral("ConnectionDialog"));

    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("e.g. production master"));
    form->addRow(tr("Name:"), m_name);
    m_group = new QComboBox(this);
    m_group->setEditable(true);
    m_group->addItems(groups);
    m_group->setCurrentText(QString());
    form->addRow(tr("Group:"), m_group);
    m_host = new QLineEdit(QStringLiteral("127.0.0.1"), this);
    form->addRow(tr("Host:"), m_host);
    m_port = new QSpinBox(this);
    m_port->setRange(1, 65535);
    m_port->setValue(6379);
    form->addRow(tr("Port:"), m_port);
    m_user = new QLineEdit(this);
    m_user->setPlaceholderText(tr("default (leave empty without ACL users)"));
    form->addRow(tr("User:"), m_user);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Password:"), m_password);
    m_savePassword = new QCheckBox(tr("Save the password in the system keychain"), this);
    m_savePassword->setChecked(true);
    form->addRow(QString(), m_savePassword);
    m_db = new QSpinBox(this);
    m_db->setRange(0, 65535);
    form->addRow(tr("Database:"), m_db);

    m_tls = new QGroupBox(tr("TLS"), this);
    m_tls->setCheckable(true);
    m_tls->setChecked(false);
    auto *tlsForm = new QFormLayout(m_tls);
    tlsForm->addRow(tr("CA certificate:"),
                    fileField(m_tls, tr("PEM files (*.pem *.crt);;All files (*)"), &m_caFile));
    tlsForm->addRow(tr("Client certificate:"),
                    fileField(m_tls, tr("PEM files (*.pem *.crt);;All files (*)"), &m_certFile));
    tlsForm->addRow(tr("Client key:"),
                    fileField(m_tls, tr("PEM files (*.pem *.key);;All files (*)"), &m_keyFile));
    m_verifyPeer = new QCheckBox(tr("Verify the server certificate"), m_tls);
    m_verifyPeer->setChecked(true);
    tlsForm->addRow(QString(), m_verifyPeer);
    m_serverName = new QLineEdit(m_tls);
    m_serverName->setPlaceholderText(tr("same as host"));
    tlsForm->addRow(tr("Server name (SNI):"), m_serverName);

    auto *timeouts = new QHBoxLayout;
    m_connectTimeout = new QSpinBox(this);
    m_connectTimeout->setRange(100, 120000);
    m_connectTimeout->setSuffix(tr(" ms"));
    m_connectTimeout->setValue(5000);
    m_commandTimeout = new QSpinBox(this);
    m_commandTimeout->setRange(0, 600000);
    m_commandTimeout->setSuffix(tr(" ms"));
    m_commandTimeout->setValue(10000);
    m_commandTimeout->setSpecialValueText(tr("none"));
    timeouts->addWidget(new QLabel(tr("Connect:"), this));
    timeouts->addWidget(m_connectTimeout);
    timeouts->addWidget(new QLabel(tr("Command:"), this));
    timeouts->addWidget(m_commandTimeout);
    timeouts->addStretch();
    form->addRow(tr("Timeouts:"), timeouts);

    m_testResult = new QLabel(this);
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *test = buttons->addButton(tr("Test"), QDialogButtonBox::ActionRole);
    connect(test, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    auto *import = new QPushButton(tr("Import"), this);
    auto *importMenu = new QMenu(import);
    importMenu->addAction(tr("From redis.conf…"), this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Import redis.conf"), QString(),
                                         tr("Redis configuration (*.conf);;All files (*)"));
        if (!path.isEmpty())
            importConfFile(path);
    });
    importMenu->addAction(tr("From redis:// URL…"), this, [this] {
        const QString url = QInputDialog::getText(this, tr("Import URL"),
                                                  tr("redis://[user:password@]host:port[/db]"));
        if (!url.isEmpty())
            importUrl(url);
    });
    import->setMenu(importMenu);
    buttons->addButton(import, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_tls);
    layout->addWidget(m_testResult);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

ConnectionDialog::~ConnectionDialog() = default;

QWidget *ConnectionDialog::fileField(QGroupBox *box, const QString &filter, QLineEdit **out)
{
    auto *container = new QWidget(box);
    auto *row = new QHBoxLayout(container);
    row->setContentsMargins(0, 0, 0, 0);
    auto *edit = new QLineEdit(container);
    auto *browse = new QToolButton(container);
    browse->setText(QStringLiteral("…"));
    connect(browse, &QToolButton::clicked, this, [this, edit, filter] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Choose file"), edit->text(), filter);
        if (!path.isEmpty())
            edit->setText(path);
    });
    row->addWidget(edit);
    row->addWidget(browse);
    *out = edit;
    return container;
}

void ConnectionDialog::setSpec(const ConnectionSpec &s)
{
    m_name->setText(s.name);
    m_host->setText(s.host);
    m_port->setValue(s.port);
    m_user->setText(s.user);
    m_password->setText(s.password);
    m_db->setValue(s.db);
    m_tls->setChecked(s.tls.enabled);
    m_caFile->setText(s.tls.caFile);
    m_certFile->setText(s.tls.certFile);
    m_keyFile->setText(s.tls.keyFile);
    m_verifyPeer->setChecked(s.tls.verifyPeer);
    m_serverName->setText(s.tls.serverName);
    m_connectTimeout->setValue(s.connectTimeoutMs);
    m_commandTimeout->setValue(s.commandTimeoutMs);
}

void ConnectionDialog::setProfile(const ConnectionProfile &profile)
{
    m_profile = profile;
    m_group->setCurrentText(profile.group);
    setSpec(profile.spec);
    if (profile.hasPassword && profile.spec.password.isEmpty())
        m_password->setPlaceholderText(tr("unchanged (stored in the keychain)"));
}

ConnectionProfile ConnectionDialog::profile() const
{
    ConnectionProfile p = m_profile;
    p.group = m_group->currentText().trimmed();
    ConnectionSpec &s = p.spec;
    s.name = m_name->text().trimmed();
    s.host = m_host->text().trimmed();
    s.port = quint16(m_port->value());
    s.user = m_user->text();
    s.password = m_password->text();
    s.db = m_db->value();
    s.tls.enabled = m_tls->isChecked();
    s.tls.caFile = m_caFile->text().trimmed();
    s.tls.certFile = m_certFile->text().trimmed();
    s.tls.keyFile = m_keyFile->text().trimmed();
    s.tls.verifyPeer = m_verifyPeer->isChecked();
    s.tls.serverName = m_serverName->text().trimmed();
    s.connectTimeoutMs = m_connectTimeout->value();
    s.commandTimeoutMs = m_commandTimeout->value();
    if (!s.password.isEmpty())
        p.hasPassword = true;
    return p;
}

bool ConnectionDialog::savePassword() const
{
    return m_savePassword->isChecked();
}

void ConnectionDialog::testConnection()
{
    const ConnectionSpec spec = profile().spec;
    m_probe = std::make_unique<RespConnection>(spec, RespConnection::Purpose::Probe);
    m_probe->setAutoReconnect(false);
    setTestResult(true, tr("Connecting to %1…").arg(spec.address()));
    RespConnection *probe = m_probe.get();
    probe->pipeline({{"INFO", "server"}, {"INFO", "replication"}}, this,
                    [this, probe](const QList<RespValue> &replies) {
                        const RespValue &server = replies.at(0);
                        if (server.isClientError()) {
                            setTestResult(false, probe->lastError().userText());
                            return;
                        }
                        if (server.isError()) {
                            setTestResult(false, QString::fromUtf8(server.bytes()));
                            return;
                        }
                        InfoReply info = parseInfo(server.bytes());
                        info.mergeSections(parseInfo(replies.at(1).bytes()));
                        const QString role = info.replication.role == NodeRole::Replica
                                                 ? tr("replica of %1:%2")
                                                       .arg(info.replication.masterHost)
                                                       .arg(info.replication.masterPort)
                                                 : tr("master with %n replica(s)", nullptr,
                                                      info.replication.connectedSlaves);
                        setTestResult(true, tr("Connected: Redis-compatible server %1, %2.")
                                                .arg(info.server.redisVersion, role));
                    });
}

void ConnectionDialog::setTestResult(bool ok, const QString &text)
{
    m_testResult->setText(text);
    m_testResult->setStyleSheet(ok ? QString() : QStringLiteral("color: #c0392b;"));
    if (!text.endsWith(QStringLiteral("…")))
        emit testFinished(ok);
}

QString ConnectionDialog::testResult() const
{
    return m_testResult->text();
}

bool ConnectionDialog::importConfFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setTestResult(false, tr("Cannot read %1: %2").arg(path, file.errorString()));
        return false;
    }
    const RedisConfImport imported = importRedisConf(file.readAll(), path);
    setSpec(imported.spec);
    m_testResult->setStyleSheet(QString());
    m_testResult->setText(imported.notes.join(QLatin1Char('\n')));
    return true;
}

bool ConnectionDialog::importUrl(const QString &url)
{
    QString error;
    const auto spec = ConnectionSpec::fromUrl(url, &error);
    if (!spec) {
        setTestResult(false, error);
        return false;
    }
    ConnectionSpec s = *spec;
    s.name = m_name->text();
    setSpec(s);
    return true;
}
