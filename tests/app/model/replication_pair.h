#pragma once
// A master and a replica (real processes) linked with replicaof, for model tests that need
// live replication output. Both are stopped with the object.
#include "resp_test_client.h"
#include "server_process.h"
#include "wait_until.h"

#include <QFileInfo>
#include <memory>

namespace rdtest {

inline bool binaryAvailable(ServerKind kind)
{
    return QFileInfo(binaryFor(kind)).isExecutable();
}

inline QByteArray infoOf(quint16 port, const QByteArray &section = {})
{
    RespTestClient c;
    if (!c.connectTo(port))
        return {};
    QList<QByteArray> argv{"INFO"};
    if (!section.isEmpty())
        argv << section;
    return c.command(argv).text;
}

struct ReplicationPair
{
    explicit ReplicationPair(ServerKind kind)
        : master(kind)
        , replica(kind)
    {
    }

    // Starts both and waits until the replica reports master_link_status:up.
    bool start(QString *error)
    {
        if (!master.start()) {
            *error = master.lastError();
            return false;
        }
        if (!replica.start({QStringLiteral("replicaof 127.0.0.1 %1").arg(master.port())})) {
            *error = replica.lastError();
            return false;
        }
        const bool up = waitUntil(
            [this] {
                return infoOf(replica.port(), "replication").contains("master_link_status:up");
            },
            15000);
        if (!up)
            *error = QStringLiteral("replica link never came up: ") +
                     QString::fromUtf8(infoOf(replica.port(), "replication"));
        return up;
    }

    ServerProcess master;
    ServerProcess replica;
};

} // namespace rdtest
