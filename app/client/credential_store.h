#pragma once
// Passwords in the OS keychain (Secret Service / KWallet / macOS Keychain / Windows Credential
// Manager) through QtKeychain, never in plain settings files. Jobs are asynchronous; results
// are delivered to a context object like RespConnection replies. When no keychain service
// runs (headless machines, CI), writes fail with keychainUnavailable() set: the caller then
// keeps the password only in memory and tells the user (see unavailableExplanation()).
#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>

class CredentialStore : public QObject
{
    Q_OBJECT
public:
    explicit CredentialStore(QObject *parent = nullptr);

    // found == nullopt: no password stored (or the keychain is unavailable; see error).
    using ReadHandler = std::function<void(std::optional<QString> password, QString error)>;
    using WriteHandler = std::function<void(bool ok, QString error)>;

    void readPassword(const QString &account, const QObject *context, ReadHandler handler);
    void writePassword(const QString &account, const QString &password, const QObject *context,
                       WriteHandler handler);
    void removePassword(const QString &account);

    // True once a job failed because no keychain backend answers.
    bool keychainUnavailable() const { return m_unavailable; }
    static QString unavailableExplanation();
    static QString serviceName();

private:
    bool m_unavailable = false;
};
