#pragma once
// How one key on one replica compares with the master.
#include <QMetaType>
#include <QString>

enum class SyncVerdict {
    Pending,  // not checked yet
    Synced,   // same type, TTL and value
    Missing,  // on the master, not on the replica
    Extra,    // on the replica, not on the master
    Differs,  // present on both, but type, TTL or value differ
    InFlight, // differs while the replica is behind the master: the change may be on its way
    Error,    // a node answered with an error
};

// What differs, when the verdict is Differs or InFlight.
enum class SyncDifference { None = 0, Type = 1, Ttl = 2, Value = 4 };
Q_DECLARE_FLAGS(SyncDifferences, SyncDifference)
Q_DECLARE_OPERATORS_FOR_FLAGS(SyncDifferences)

QString syncVerdictLabel(SyncVerdict verdict);      // translated, short ("missing")
QByteArray syncVerdictKey(SyncVerdict verdict);     // stable, for CSV ("missing")
QString syncDifferencesLabel(SyncDifferences what); // "type, TTL, value" (translated)
// True for the verdicts a "diverged keys" report lists.
bool isDiverged(SyncVerdict verdict);

Q_DECLARE_METATYPE(SyncVerdict)
