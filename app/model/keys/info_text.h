#pragma once
// The few INFO facts the key browser and the comparison need (key counts per database, the
// replication offset), read from raw INFO text. Kept here so these models only depend on the
// client layer; the monitoring model has the full typed parser.
#include <QByteArray>
#include <QMap>

// The value of `field` in INFO text ("master_repl_offset"), or a null QByteArray.
QByteArray infoField(const QByteArray &infoText, const QByteArray &field);

struct DbKeyCount
{
    qint64 keys = 0;
    qint64 expires = 0;
};
// "db0:keys=1,expires=0,avg_ttl=0" lines -> db number -> counts.
QMap<int, DbKeyCount> infoKeyspace(const QByteArray &infoText);

// The offset up to which a node has processed the replication stream: a replica's
// slave_repl_offset (falling back to master_repl_offset), a master's master_repl_offset.
// -1 if neither is present.
qint64 infoReplicationOffset(const QByteArray &infoText);
// True if INFO says role:slave.
bool infoIsReplica(const QByteArray &infoText);
