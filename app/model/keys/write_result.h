#pragma once
// The outcome of an edit made through the browser, with the server's error explained for the
// user. READONLY gets the replication reading: the node is a read-only replica, the write
// belongs on its master (named when INFO says who it is).
#include "client/resp_value.h"

#include <QString>

struct WriteResult
{
    bool ok = false;
    RespValue reply;       // the reply that decided the outcome
    QString message;       // for the user; empty when ok
    QString masterAddress; // READONLY: "host:port" of the master, if known

    bool isReadOnlyReplica() const { return reply.errorCode() == "READONLY"; }
};

// A sentence for the user about an error reply (READONLY, MASTERDOWN, WRONGTYPE, NOAUTH, OOM,
// BUSYKEY, no such key); the server's text is kept at the end.
QString explainWriteError(const RespValue &reply, const QString &masterAddress = {});
