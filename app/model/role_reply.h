#pragma once
// The ROLE reply, parsed. Masters list their online replicas with acknowledged offsets;
// replicas report their link state with Redis's names (connect -> connecting -> handshake ->
// sync -> connected); sentinels list the masters they watch.
#include "client/resp_value.h"
#include "model/node_role.h"

#include <QList>
#include <QString>

enum class ReplicaLinkState { None, Connect, Connecting, Handshake, Sync, Connected, Unknown };

ReplicaLinkState replicaLinkStateFromName(const QByteArray &name);
QByteArray replicaLinkStateName(ReplicaLinkState state);

struct RoleReplica
{
    QString ip;
    int port = 0;
    qint64 offset = -1; // acknowledged replication offset
};

struct RoleReply
{
    bool valid = false;
    QString error; // why the reply could not be read (valid == false)
    NodeRole role = NodeRole::Unknown;
    // Master.
    qint64 masterOffset = -1;
    QList<RoleReplica> replicas;
    // Replica.
    QString masterHost;
    int masterPort = 0;
    ReplicaLinkState linkState = ReplicaLinkState::Unknown;
    QByteArray linkStateName;  // as sent, for states this version does not know
    qint64 replicaOffset = -1; // -1 while there is no master client
    // Sentinel.
    QList<QByteArray> sentinelMasters;
};

RoleReply parseRole(const RespValue &reply);
