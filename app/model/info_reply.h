#pragma once
// One INFO reply, parsed. Every section and field is kept exactly as sent (unknown fields
// included, in order), and the sections the app draws also get typed views. Counters that the
// reply lacks stay at -1 (or empty), so "absent" is never mistaken for zero.
//
// Parsing is on the monitoring hot path (50 servers x 10 samples/s), so fields are views into
// the reply text, which each section keeps alive (InfoSection::source): no allocation per line.
#include "model/node_role.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

// Views into InfoSection::source; valid as long as the section (or a copy of it) lives.
struct InfoField
{
    QByteArrayView name;
    QByteArrayView value;
};

struct InfoSection
{
    QByteArray name; // lower case: "server", "replication", "keyspace", ...
    QList<InfoField> fields;
    QByteArray source; // the reply text the fields point into (shared, never modified)

    // The value of `field`, or a null QByteArray when absent.
    QByteArray value(QByteArrayView field) const;
    bool has(QByteArrayView field) const;
};

struct ServerInfo
{
    QString redisVersion;
    QString redisMode; // standalone, sentinel, cluster
    QString os;
    qint64 processId = -1;
    QByteArray runId;
    int tcpPort = -1;
    qint64 serverTimeUsec = -1;
    qint64 uptimeSeconds = -1;
    int hz = -1;
    QString executable;
    QString configFile;
};

struct ClientsInfo
{
    qint64 connectedClients = -1;
    qint64 blockedClients = -1;
    qint64 maxClients = -1;
    qint64 trackingClients = -1;
};

struct MemoryInfo
{
    qint64 usedMemory = -1;
    qint64 usedMemoryRss = -1;
    qint64 usedMemoryPeak = -1;
    qint64 usedMemoryDataset = -1;
    qint64 maxMemory = -1; // 0 = no limit
    QByteArray maxMemoryPolicy;
    qint64 totalSystemMemory = -1;
    double fragmentationRatio = -1;
    QByteArray allocator;
};

struct PersistenceInfo
{
    bool loading = false;
    qint64 rdbChangesSinceLastSave = -1;
    bool rdbBgsaveInProgress = false;
    qint64 rdbLastSaveTime = -1;    // unix seconds
    QByteArray rdbLastBgsaveStatus; // "ok" / "err"
    qint64 rdbLastBgsaveTimeSec = -1;
    qint64 rdbSaves = -1;
    bool aofEnabled = false;
    bool aofRewriteInProgress = false;
    QByteArray aofLastBgrewriteStatus;
    QByteArray aofLastWriteStatus;
};

struct StatsInfo
{
    qint64 totalConnectionsReceived = -1;
    qint64 totalCommandsProcessed = -1;
    qint64 instantaneousOpsPerSec = -1;
    qint64 totalNetInputBytes = -1;
    qint64 totalNetOutputBytes = -1;
    qint64 totalNetReplInputBytes = -1;
    qint64 totalNetReplOutputBytes = -1;
    double instantaneousInputKbps = -1;
    double instantaneousOutputKbps = -1;
    qint64 rejectedConnections = -1;
    qint64 syncFull = -1;
    qint64 syncPartialOk = -1;
    qint64 syncPartialErr = -1;
    qint64 expiredKeys = -1;
    qint64 evictedKeys = -1;
    qint64 keyspaceHits = -1;
    qint64 keyspaceMisses = -1;
    qint64 totalErrorReplies = -1;
};

// One `slaveN:ip=...,port=...,state=...,offset=...,lag=...` line of a master.
struct ReplicaLine
{
    int index = -1;
    QString ip;
    int port = 0;
    QByteArray state;                           // wait_bgsave, send_bulk, online
    qint64 offset = -1;                         // last ACKed offset
    qint64 lag = -1;                            // seconds since the last ACK (not a data lag)
    QList<QPair<QByteArray, QByteArray>> extra; // fields a newer server may add
};

// Replica side of an RDB transfer (present only while master_sync_in_progress:1).
struct SyncTransfer
{
    qint64 totalBytes = -1; // -1 before the size is known, 0 in EOF (diskless) mode
    qint64 readBytes = -1;
    qint64 leftBytes = -1;
    double percent = -1;
    qint64 lastIoSecondsAgo = -1;
};

struct ReplicationInfo
{
    NodeRole role = NodeRole::Unknown;
    // Replica side.
    QString masterHost;
    int masterPort = 0;
    QByteArray masterLinkStatus; // "up" / "down"
    bool masterLinkUp = false;
    qint64 masterLastIoSecondsAgo = -1;
    bool masterSyncInProgress = false;
    qint64 slaveReadReplOffset = -1;
    qint64 slaveReplOffset = -1;
    std::optional<SyncTransfer> transfer;
    std::optional<qint64> masterLinkDownSinceSeconds; // present only when the link is not up
    int slavePriority = -1;
    bool slaveReadOnly = false;
    bool replicaAnnounced = false;
    // Master side.
    int connectedSlaves = -1;
    std::optional<int> minSlavesGoodSlaves;
    QList<ReplicaLine> replicas;
    // Both.
    QByteArray masterFailoverState;
    QByteArray masterReplid;
    QByteArray masterReplid2;
    qint64 masterReplOffset = -1;
    qint64 secondReplOffset = -1;
    bool replBacklogActive = false;
    qint64 replBacklogSize = -1;
    qint64 replBacklogFirstByteOffset = -1;
    qint64 replBacklogHistlen = -1;
};

struct KeyspaceLine
{
    int db = 0;
    qint64 keys = 0;
    qint64 expires = 0;
    qint64 avgTtl = 0;
};

struct InfoReply
{
    QList<InfoSection> sections; // in reply order
    ServerInfo server;
    ClientsInfo clients;
    MemoryInfo memory;
    PersistenceInfo persistence;
    StatsInfo stats;
    ReplicationInfo replication;
    QList<KeyspaceLine> keyspace;

    bool hasSection(QByteArrayView name) const { return section(name) != nullptr; }
    const InfoSection *section(QByteArrayView name) const;
    // A field looked up in every section (INFO field names are unique across sections).
    QByteArray value(QByteArrayView field) const;
    qint64 totalKeys() const;
    bool isEmpty() const { return sections.isEmpty(); }
    // Replaces (or adds) `other`'s sections and their typed views: a fast `INFO replication`
    // sample refreshes the replication part of the last full INFO.
    void mergeSections(const InfoReply &other);
};

// Parses the bulk text of INFO [section...]. Tolerates \n or \r\n line ends and lines
// without a section header (they go to a section named "").
InfoReply parseInfo(const QByteArray &text);
