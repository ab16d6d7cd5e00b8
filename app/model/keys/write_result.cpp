#include "model/keys/write_result.h"

#include <QCoreApplication>

QString explainWriteError(const RespValue &reply, const QString &masterAddress)
{
    const QByteArray code = reply.errorCode();
    const QString server = QString::fromUtf8(reply.bytes());
    QString why;
    if (code == "READONLY") {
        why = masterAddress.isEmpty()
                  ? QCoreApplication::translate(
                        "WriteResult",
                        "This node is a read-only replica (replica-read-only yes): it only takes "
                        "writes from its master. Make the change on the master; replication will "
                        "bring it here.")
                  : QCoreApplication::translate(
                        "WriteResult",
                        "This node is a read-only replica (replica-read-only yes): it only takes "
                        "writes from its master. Make the change on the master (%1); replication "
                        "will bring it here.")
                        .arg(masterAddress);
    } else if (code == "MASTERDOWN") {
        why = QCoreApplication::translate(
            "WriteResult",
            "This replica has lost its master and replica-serve-stale-data is no, so it "
            "answers nothing until the link is back.");
    } else if (code == "WRONGTYPE") {
        why = QCoreApplication::translate(
            "WriteResult", "The key holds another type of value than this command works on.");
    } else if (code == "NOAUTH" || code == "WRONGPASS") {
        why = QCoreApplication::translate(
            "WriteResult", "The server asks for a password: set it in the connection profile.");
    } else if (code == "OOM") {
        why = QCoreApplication::translate(
            "WriteResult", "The server reached maxmemory and its policy refuses new writes.");
    } else if (code == "BUSYKEY") {
        why = QCoreApplication::translate("WriteResult", "A key with that name already exists.");
    } else if (code == "NOPERM") {
        why = QCoreApplication::translate(
            "WriteResult",
            "The ACL user of this connection may not run this command or touch this key.");
    } else if (server.contains(QLatin1String("no such key"))) {
        why = QCoreApplication::translate(
            "WriteResult", "The key does not exist any more (deleted or expired meanwhile).");
    }
    if (why.isEmpty())
        return server;
    return why + QStringLiteral("\n\n") +
           QCoreApplication::translate("WriteResult", "Server reply: %1").arg(server);
}
