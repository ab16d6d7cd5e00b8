#pragma once
// One finding of the doctor: what is wrong, in plain words, and how to fix it.
#include <QMetaType>
#include <QString>
#include <QStringList>

enum class DiagnosisKind {
    FirewallBlocksPort,        // "No route to host": a firewall rejects the master's port
    ConnectTimeout,            // packets dropped on the way (firewall DROP, wrong host)
    MasterNotListening,        // "Connection refused": nothing listens there (bind, not running)
    HostNotResolved,           // the master's host name does not resolve
    MissingMasterAuth,         // the master requires a password, the replica sends none
    WrongMasterAuth,           // the replica's masterauth is wrong
    ProtectedMode,             // protected mode refuses non-loopback clients without a password
    MasterBusy,                // master loading or without its own link: PSYNC later
    BacklogTooSmall,           // the outage outlasted the backlog: full resync instead of partial
    MasterWithoutPersistence,  // a restart brings the master back empty, and replicas copy that
    OutputBufferLimit,         // the replica's output buffer limit cut the link
    MinReplicasBlockingWrites, // min-replicas-to-write refuses writes (-NOREPLICAS)
    LinkStuck,                 // not up for a while, no error seen
    LinkError,                 // an error the rules do not know; shown verbatim
};

enum class DiagnosisSeverity { Info, Warning, Error };

// Fixes the lab can apply with one click; remote servers get the commands to run instead.
enum class FixAction {
    None,
    OpenFirewall,      // lab: stop the link shaper's firewall reject
    BindMasterAddress, // lab: make the master listen on the address the replica dials
    SetMasterAuth,     // lab: write the lab password as the replica's masterauth
    DisableProtectedMode,
    ResizeBacklog,     // CONFIG SET repl-backlog-size <suggestedValue>
    EnablePersistence, // CONFIG SET appendonly yes on the master
    RaiseOutputBufferLimit,
    LowerMinReplicas, // CONFIG SET min-replicas-to-write <suggestedValue>
};

struct Diagnosis
{
    DiagnosisKind kind = DiagnosisKind::LinkError;
    DiagnosisSeverity severity = DiagnosisSeverity::Error;
    QString subject;      // the replica (for a link) or the master it concerns
    QString title;        // one line
    QString explanation;  // what happens and why, in plain words
    QString fix;          // what to do
    QStringList commands; // lines to run or to put in redis.conf, verbatim
    FixAction action = FixAction::None;
    qint64 suggestedValue = -1; // for ResizeBacklog, LowerMinReplicas, RaiseOutputBufferLimit
};

Q_DECLARE_METATYPE(Diagnosis)
