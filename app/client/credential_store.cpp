#include "client/credential_store.h"

#include <QCoreApplication>
#include <qt6keychain/keychain.h>

namespace {
bool isBackendMissing(QKeychain::Error e)
{
    return e == QKeychain::NoBackendAvailable || e == QKeychain::NotImplemented ||
           e == QKeychain::OtherError;
}
} // namespace

CredentialStore::CredentialStore(QObject *parent)
    : QObject(parent)
{
}

QString CredentialStore::serviceName()
{
    return QStringLiteral("ReplicaDesk");
}

QString CredentialStore::unavailableExplanation()
{
    return QCoreApplication::translate(
        "CredentialStore",
        "No keychain service is running (such as GNOME Keyring or KWallet), so the password "
        "was not saved. ReplicaDesk never writes passwords to its settings file; it will ask "
        "for the password when you connect.");
}

void CredentialStore::readPassword(const QString &account, const QObject *context,
                                   ReadHandler handler)
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName(), this);
    job->setKey(account);
    job->setAutoDelete(true);
    QPointer<const QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [this, guard, handler](QKeychain::Job *j) {
        const auto *read = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (isBackendMissing(read->error()))
            m_unavailable = true;
        if (!guard)
            return;
        if (read->error() == QKeychain::NoError)
            handler(read->textData(), {});
        else if (read->error() == QKeychain::EntryNotFound)
            handler(std::nullopt, {});
        else
            handler(std::nullopt, read->errorString());
    });
    job->start();
}

void CredentialStore::writePassword(const QString &account, const QString &password,
                                    const QObject *context, WriteHandler handler)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setKey(account);
    job->setTextData(password);
    job->setAutoDelete(true);
    QPointer<const QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [this, guard, handler](QKeychain::Job *j) {
        if (isBackendMissing(j->error()))
            m_unavailable = true;
        if (guard && handler)
            handler(j->error() == QKeychain::NoError, j->errorString());
    });
    job->start();
}

void CredentialStore::removePassword(const QString &account)
{
    auto *job = new QKeychain::DeletePasswordJob(serviceName(), this);
    job->setKey(account);
    job->setAutoDelete(true);
    job->start();
}
