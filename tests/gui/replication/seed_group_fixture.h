#pragma once
// A replication group like the seed's, in the states the views must show: replica-1 online
// (its state sequence recorded from a real redis-server: full sync, then partial resync),
// replica-2 stuck on "Connection refused" (the seed's second failure), and replica-3, chained
// behind replica-1, in the middle of a snapshot transfer.
#include "model/replication/replica_log_interpreter.h"
#include "model/replication/replication_model.h"

#include <QFile>

namespace seedgroup {

inline QList<StateTransition> recorded(const char *name)
{
    QFile file(QStringLiteral(RD_SOURCE_DIR "/tests/app/replication/data/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing recorded log %s", name);
    ReplicaLogInterpreter interpreter;
    QList<StateTransition> out;
    for (const QByteArray &raw : file.readAll().split('\n')) {
        if (const auto line = parseRedisLogLine(raw))
            if (auto t = interpreter.feed(*line))
                out << *t;
    }
    return out;
}

inline ReplicationNode node(const char *id, NodeRole role, const char *address,
                            const char *upstream = "")
{
    ReplicationNode n;
    n.id = QString::fromLatin1(id);
    n.name = n.id;
    n.address = QString::fromLatin1(address);
    n.role = role;
    n.health = NodeHealth::Up;
    n.lab = true;
    n.upstreamId = QString::fromLatin1(upstream);
    n.keys = 2;
    n.usedMemory = 1024 * 1024;
    return n;
}

inline void fill(ReplicationModel &model)
{
    ReplicationNode master = node("master", NodeRole::Master, "127.0.0.1:7001");
    master.masterReplOffset = 5000;
    master.backlogActive = true;
    master.backlogSize = 1024 * 1024;
    master.backlogFirstByte = 1;
    master.backlogHistlen = 5000;
    model.setNode(master);
    model.setNode(node("replica-1", NodeRole::Replica, "127.0.0.1:7002", "master"));
    model.setNode(node("replica-2", NodeRole::Replica, "127.0.0.1:7003", "master"));
    model.setNode(node("replica-3", NodeRole::Replica, "127.0.0.1:7004", "replica-1"));

    ReplicationLink r1;
    r1.replicaId = QStringLiteral("replica-1");
    r1.masterId = QStringLiteral("master");
    r1.source = StateSource::Log;
    r1.state = ReplicaState::Connected;
    r1.replicaOffset = 4000;
    r1.byteLag = 1000;
    r1.ackAgeS = 1;
    r1.masterSide = MasterSideState::Online;
    r1.ackedOffset = 4000;
    model.setLink(r1);
    model.appendTransitions(r1.replicaId, recorded("redis7-full-then-partial.replica.log"),
                            StateSource::Log);

    ReplicationLink r2;
    r2.replicaId = QStringLiteral("replica-2");
    r2.masterId = QStringLiteral("master");
    r2.source = StateSource::Log;
    r2.state = ReplicaState::Connect;
    r2.lastError = QStringLiteral("Error condition on socket for SYNC: Connection refused");
    model.setLink(r2);
    model.appendTransitions(r2.replicaId, recorded("redis7-connection-refused.replica.log"),
                            StateSource::Log);

    ReplicationLink r3;
    r3.replicaId = QStringLiteral("replica-3");
    r3.masterId = QStringLiteral("replica-1");
    r3.source = StateSource::NodeHistory;
    r3.state = ReplicaState::Transfer;
    r3.syncTotalBytes = 40 * 1024 * 1024;
    r3.syncReadBytes = 18 * 1024 * 1024;
    r3.syncRateBytesPerSec = 4 * 1024 * 1024;
    r3.masterSide = MasterSideState::SendBulk;
    model.setLink(r3);
    StateTransition t;
    t.seq = 1;
    t.timestampUs = 1700000000000000;
    t.from = ReplicaState::ReceivePsyncReply;
    t.to = ReplicaState::Transfer;
    t.reason =
        QStringLiteral("Full resync from master: c658aa4725c9200d910e7704e58a44bf36a57e28:0");
    model.appendTransitions(r3.replicaId, {t}, StateSource::NodeHistory);
}

} // namespace seedgroup
