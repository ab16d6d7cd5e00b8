#pragma once
// What a lab is made of, independent of running processes: nodes, who replicates from whom, and
// how each replication link is shaped. Saved as the lab file; passwords are never part of it
// (they live only in the generated config files).
#include "lab/link_shape.h"
#include "lab/node_program.h"

#include <QList>
#include <QString>
#include <QStringList>

// A replica's replication link. The replica's `replicaof` points at a proxy port owned by the
// lab's link shaper, which forwards to the upstream node.
struct LabLinkSpec
{
    quint16 proxyPort = 0;
    // The address the replica dials. 127.0.0.2 reproduces the seed's "master bound to 127.0.0.1"
    // failure: nothing listens there, so the replica gets "Connection refused".
    QString dialHost = QStringLiteral("127.0.0.1");
    LinkShape shape;
};

struct LabNodeSpec
{
    QString name; // "master", "replica-1", ...
    NodeProgram program = NodeProgram::ReplicaDeskNode;
    quint16 port = 0;
    QStringList bind{QStringLiteral("127.0.0.1")};
    bool protectedMode = false;
    bool requirePassword = false; // requirepass <lab password>
    bool masterAuth = false;      // masterauth <lab password>
    QStringList savePoints;       // "900 1", ...; empty writes save ""
    bool replicaReadOnly = true;
    bool replicaServeStaleData = true;
    QStringList extraDirectives; // further redis.conf lines, verbatim
    QString upstream;            // the node it replicates from; empty for a master
    LabLinkSpec link;            // meaningful only when upstream is set

    bool isReplica() const { return !upstream.isEmpty(); }
};

struct LabSpec
{
    QString name;        // folder name and title, e.g. "seed"
    QString templateKey; // "seed", "star:3", "chain:3" or "custom"
    QList<LabNodeSpec> nodes;

    LabNodeSpec *node(const QString &name);
    const LabNodeSpec *node(const QString &name) const;
    QStringList replicasOf(const QString &name) const;
    // True if making `replica` replicate from `upstream` would close a loop.
    bool wouldCycle(const QString &replica, const QString &upstream) const;
    // "replica-N" with the smallest unused N.
    QString nextReplicaName() const;
};
