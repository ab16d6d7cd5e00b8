#pragma once
// Add/edit one connection profile: address, credentials, database, TLS files, timeouts, group.
// "Test" connects once (no reconnect) and reports the server's version and role, or the
// classified error. "Import" fills the form from a redis.conf file or a redis:// URL.
#include "model/connection_profiles.h"

#include <QDialog>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QGroupBox;
class RespConnection;

class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    ConnectionDialog(const QStringList &groups, QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    void setProfile(const ConnectionProfile &profile);
    // spec.password holds what was typed (the caller stores it in the keychain, not settings).
    ConnectionProfile profile() const;
    bool savePassword() const;
    void setSpec(const ConnectionSpec &spec);

    void testConnection();
    QString testResult() const;
    bool importConfFile(const QString &path);
    bool importUrl(const QString &url);

signals:
    void testFinished(bool ok);

private:
    // A line edit with a browse button; the container goes into the form.
    QWidget *fileField(QGroupBox *box, const QString &filter, QLineEdit **out);
    void setTestResult(bool ok, const QString &text);

    ConnectionProfile m_profile;
    QLineEdit *m_name = nullptr;
    QComboBox *m_group = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_savePassword = nullptr;
    QSpinBox *m_db = nullptr;
    QGroupBox *m_tls = nullptr;
    QLineEdit *m_caFile = nullptr;
    QLineEdit *m_certFile = nullptr;
    QLineEdit *m_keyFile = nullptr;
    QCheckBox *m_verifyPeer = nullptr;
    QLineEdit *m_serverName = nullptr;
    QSpinBox *m_connectTimeout = nullptr;
    QSpinBox *m_commandTimeout = nullptr;
    QLabel *m_testResult = nullptr;
    std::unique_ptr<RespConnection> m_probe;
};
