#pragma once
// What the doctor knows about a master and one of its replica links. Every field is optional in
// spirit: a remote server shows only what INFO/CONFIG GET allow, a lab node shows its config file,
// its log and the link shaper's settings. Unknown stays unknown (nullopt / -1), never guessed.
#include "model/replication/replica_state.h"

#include <QString>
#include <QStringList>
#include <optional>

struct MasterFacts
{
    QString name;                // how the user knows it ("master", "10.0.0.5:6379")
    QString host;                // the address it was reached at
    int port = 0;                // its listening port
    QStringList bind;            // the `bind` directive; empty = unknown
    std::optional<bool> running; // lab: is the process alive
    std::optional<bool> protectedMode;
    std::optional<bool> requirePass;     // a password is set (requirepass / default user)
    std::optional<bool> rdbSaveDisabled; // save ""
    std::optional<bool> appendOnly;
    qint64 backlogSize = -1;          // repl-backlog-size
    double writeRateBytesPerSec = -1; // growth of master_repl_offset
    int connectedReplicas = -1;
    int minReplicasToWrite = 0;
    int minReplicasMaxLag = 10;
    int goodReplicas = -1;              // replicas online with an ACK no older than the max lag
    qint64 replicaBufferHardLimit = -1; // client-output-buffer-limit replica <hard> <soft> <secs>
    qint64 replicaBufferSoftLimit = -1;
    int replicaBufferSoftSeconds = -1;
    int outputBufferLimitHits = 0; // "... for overcoming of output buffer limits" log lines
};

struct ReplicaLinkFacts
{
    QString replicaName;
    QString dialHost; // the master address in the replica's replicaof
    int dialPort = 0;
    std::optional<ReplicaState> state;
    QString lastError;          // the latest failure (log line or transition reason); empty = none
    double notUpForSeconds = 0; // how long the link has not been up (0 when up)
    std::optional<bool> masterAuthSet;
    double lastOutageSeconds = -1;      // length of the latest completed outage
    bool fullResyncAfterOutage = false; // the replica had to full-sync after that outage
    // Lab only: the link shaper's state for this link.
    std::optional<bool> labFirewallReject;
    std::optional<bool> labLinkCut;
};

// True when a `bind` list accepts connections addressed to `host` (wildcards, exact addresses,
// Redis's optional "-" prefix, "localhost").
bool bindCovers(const QStringList &bind, const QString &host);
