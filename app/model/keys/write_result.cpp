#include "model/keys/write_result.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("WriteResult", text);
}
} // namespace

QString explainWriteError(const RespValue &reply, const QString &masterAddress)
{
    const QByteArray code = reply.errorCode();
    const QString server = QString::fromUtf8(reply.bytes());
    QString why;
    if (code == "READONLY") {
        why = masterAddress.isEmpty()
                  ? tr("This node is a read-only replica (replica-read-only yes): it only takes "
                       "writes from its master. Make the change on the master; replication will "
                       "bring it here.")
                  : tr("This node is a read-only replica (replica-read-only yes): it only takes "
                       "writes from its master. Make the change on the master (%1); replication "
                       "will bring it here.")
                        .arg(masterAddress);
    } else if (code == "MASTERDOWN") {
        why = tr("This replica has lost its master and replica-serve-stale-data is no, so it "
                 "answers nothing until the link is back.");
    } else if (code == "WRONGTYPE") {
        why = tr("The key holds another type of value than this command works on.");
    } else if (code == "NOAUTH" || code == "WRONGPASS") {
        why = tr("The server asks for a password: set it in the connection profile.");
    } else if (code == "OOM") {
        why = tr("The server reached maxmemory and its policy refuses new writes.");
    } else if (code == "BUSYKEY") {
        why = tr("A key with that name already exists.");
    } else if (code == "NOPERM") {
        why = tr("The ACL user of this connection may not run this command or touch this key.");
    } else if (server.contains(QLatin1String("no such key"))) {
        why = tr("The key does not exist any more (deleted or expired meanwhile).");
    }
    if (why.isEmpty())
        return server;
    return why + QStringLiteral("\n\n") + tr("Server reply: %1").arg(server);
}
