#include "model/replication/master_side.h"

MasterSideState masterSideStateFromInfo(const QByteArray &state)
{
    if (state == "wait_bgsave")
        return MasterSideState::WaitBgsave;
    if (state == "send_bulk")
        return MasterSideState::SendBulk;
    if (state == "online")
        return MasterSideState::Online;
    return MasterSideState::Unknown;
}

QString masterSideStateName(MasterSideState state)
{
    switch (state) {
    case MasterSideState::WaitBgsave:
        return QStringLiteral("wait_bgsave");
    case MasterSideState::SendBulk:
        return QStringLiteral("send_bulk");
    case MasterSideState::Online:
        return QStringLiteral("online");
    case MasterSideState::Unknown:
        break;
    }
    return QStringLiteral("?");
}

BacklogCoverage backlogCoverage(qint64 masterOffset, qint64 backlogFirstByte, qint64 backlogHistlen,
                                qint64 replicaOffset)
{
    BacklogCoverage c;
    if (masterOffset < 0 || replicaOffset < 0)
        return c;
    c.neededBytes = qMax<qint64>(0, masterOffset - replicaOffset);
    if (backlogFirstByte > 0 && backlogHistlen >= 0) {
        // The two offsets come from samples taken at different moments: a replica sampled
        // after its master can look ahead of it. It needs nothing then, and resumes at the
        // master's end, which the backlog always covers.
        const qint64 want = qMin(replicaOffset, masterOffset) + 1;
        c.partialPossible = want >= backlogFirstByte && want <= backlogFirstByte + backlogHistlen;
        if (backlogHistlen > 0)
            c.backlogUsedFraction = double(c.neededBytes) / double(backlogHistlen);
    }
    return c;
}
