#pragma once
// How the replication views show a link's state: one colour and one short label per state, the
// same in the topology, the state diagram and the lag chart's legend.
#include "model/replication/replica_state.h"
#include "model/replication/sync_step.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

class LinkStateStyle
{
    Q_DECLARE_TR_FUNCTIONS(LinkStateStyle)
public:
    enum class Category { NotReplica, Down, Connecting, Handshake, Syncing, Online };

    // `failing`: the latest attempt failed (connect with an error is "down", not "connecting").
    static Category categoryOf(ReplicaState state, bool failing);
    static QColor color(Category category);
    static QString label(Category category);
    // "connecting", "handshake (receive_auth_reply)", "syncing 45%", ...
    static QString describe(ReplicaState state, bool failing, double syncFraction = -1);

    static QString stepTitle(SyncStep step);    // the diagram's box title
    static QString stepSubtitle(SyncStep step); // what happens there, short
    static QString sourceLabel(StateSource source);

    // "1.5 KB", "12 MB": sizes for labels.
    static QString bytes(qint64 value);
};
