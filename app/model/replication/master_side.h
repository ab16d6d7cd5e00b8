#pragma once
// The master's side of one replica link: the replica's state as the master sees it (INFO's
// slaveN state) and how much of the master's backlog the replica still needs.
#include <QByteArray>
#include <QString>

enum class MasterSideState { Unknown, WaitBgsave, SendBulk, Online };

MasterSideState masterSideStateFromInfo(const QByteArray &state); // wait_bgsave/send_bulk/online
QString masterSideStateName(MasterSideState state);

struct BacklogCoverage
{
    qint64 neededBytes = -1;         // master_repl_offset - replica offset
    bool partialPossible = false;    // PSYNC at replica offset + 1 would be accepted now
    double backlogUsedFraction = -1; // neededBytes / histlen (how much of the backlog it needs)
};

// Redis accepts PSYNC <off> when first_byte_offset <= off <= first_byte_offset + histlen.
BacklogCoverage backlogCoverage(qint64 masterOffset, qint64 backlogFirstByte, qint64 backlogHistlen,
                                qint64 replicaOffset);
