#pragma once
// What the replication views draw about nodes and links, filled by the feeds (node monitors,
// REPLSTATE pollers, the lab) and read by the views. Plain values; unknown numbers are -1.
#include "model/node_role.h"
#include "model/replication/master_side.h"
#include "model/replication/state_transition.h"

#include <QString>

enum class NodeHealth { Unknown, Up, Down, Paused, Loading };

struct ReplicationNode
{
    QString id;      // stable key: a lab node's name or a remote server's address
    QString name;    // shown in the box
    QString address; // host:port
    NodeRole role = NodeRole::Unknown;
    NodeHealth health = NodeHealth::Unknown;
    bool lab = false;   // a lab node (context actions: kill, pause, promote, shape link)
    QString upstreamId; // the node it replicates from ("" for a master or when not known)
    qint64 keys = -1;
    qint64 usedMemory = -1;
    QString note; // a short problem shown under the box ("exited with code 1", "paused")
    // Master side of its replicas' links.
    qint64 masterReplOffset = -1;
    bool backlogActive = false;
    qint64 backlogSize = -1;
    qint64 backlogFirstByte = -1;
    qint64 backlogHistlen = -1;
};

struct ReplicationLink
{
    QString replicaId; // the link's id
    QString masterId;
    StateSource source = StateSource::InfoRole;
    ReplicaState state = ReplicaState::None;
    bool loading = false;
    QString lastError;   // the latest failure while not up
    QString lastErrorOs; // the OS reason when known ("No route to host")
    qint64 replicaOffset = -1;
    qint64 byteLag = -1;        // master offset - replica offset
    double ackAgeS = -1;        // seconds since the replica's last ACK (master's INFO lag=)
    qint64 syncTotalBytes = -1; // during transfer; 0 in the EOF (diskless) form
    qint64 syncReadBytes = -1;
    double syncRateBytesPerSec = -1;
    qint64 transferStartedUs = 0;
    MasterSideState masterSide = MasterSideState::Unknown;
    qint64 ackedOffset = -1; // the master's view of the replica's offset
    QString shaping;         // lab link shaper summary ("+50 ms, 1 MB/s"), empty when clear
};

// Estimated time to finish a transfer, in seconds (-1 unknown).
double transferEtaSeconds(const ReplicationLink &link);
