#include "model/role_reply.h"

#include <QCoreApplication>

namespace {

struct StateName
{
    ReplicaLinkState state;
    const char *name;
};
constexpr StateName kStateNames[] = {
    {ReplicaLinkState::None, "none"},
    {ReplicaLinkState::Connect, "connect"},
    {ReplicaLinkState::Connecting, "connecting"},
    {ReplicaLinkState::Handshake, "handshake"},
    {ReplicaLinkState::Sync, "sync"},
    {ReplicaLinkState::Connected, "connected"},
};

RoleReply invalid(const QString &why)
{
    RoleReply r;
    r.error = why;
    return r;
}

} // namespace

ReplicaLinkState replicaLinkStateFromName(const QByteArray &name)
{
    for (const StateName &s : kStateNames)
        if (name == s.name)
            return s.state;
    return ReplicaLinkState::Unknown;
}

QByteArray replicaLinkStateName(ReplicaLinkState state)
{
    for (const StateName &s : kStateNames)
        if (state == s.state)
            return s.name;
    return QByteArrayLiteral("unknown");
}

RoleReply parseRole(const RespValue &reply)
{
    if (reply.isError())
        return invalid(QString::fromUtf8(reply.bytes()));
    if (!reply.isArray() || reply.size() < 1)
        return invalid(QCoreApplication::translate("RoleReply", "ROLE did not return an array"));
    const QByteArray kind = reply.at(0).bytes();
    RoleReply r;
    if (kind == "master") {
        if (reply.size() < 3 || !reply.at(2).isArray())
            return invalid(QCoreApplication::translate("RoleReply", "Malformed master ROLE"));
        r.role = NodeRole::Master;
        r.masterOffset = reply.at(1).toInt64();
        for (const RespValue &entry : reply.at(2).elements()) {
            if (!entry.isArray() || entry.size() < 3)
                continue;
            // Redis sends the port and offset as bulk strings here.
            r.replicas.append({QString::fromUtf8(entry.at(0).bytes()), int(entry.at(1).toInt64()),
                               entry.at(2).toInt64()});
        }
    } else if (kind == "slave" || kind == "replica") {
        if (reply.size() < 5)
            return invalid(QCoreApplication::translate("RoleReply", "Malformed replica ROLE"));
        r.role = NodeRole::Replica;
        r.masterHost = QString::fromUtf8(reply.at(1).bytes());
        r.masterPort = int(reply.at(2).toInt64());
        r.linkStateName = reply.at(3).bytes();
        r.linkState = replicaLinkStateFromName(r.linkStateName);
        r.replicaOffset = reply.at(4).toInt64();
    } else if (kind == "sentinel") {
        r.role = NodeRole::Sentinel;
        if (reply.size() >= 2)
            for (const RespValue &name : reply.at(1).elements())
                r.sentinelMasters.append(name.bytes());
    } else {
        return invalid(QCoreApplication::translate("RoleReply", "Unknown role '%1'")
                           .arg(QString::fromUtf8(kind)));
    }
    r.valid = true;
    return r;
}
