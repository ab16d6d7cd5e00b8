#include "model/keys/sync_verdict.h"

#include <QCoreApplication>
#include <QStringList>

QString syncVerdictLabel(SyncVerdict verdict)
{
    switch (verdict) {
    case SyncVerdict::Pending:
        return QCoreApplication::translate("SyncVerdict", "checking");
    case SyncVerdict::Synced:
        return QCoreApplication::translate("SyncVerdict", "synced");
    case SyncVerdict::Missing:
        return QCoreApplication::translate("SyncVerdict", "missing");
    case SyncVerdict::Extra:
        return QCoreApplication::translate("SyncVerdict", "only on replica");
    case SyncVerdict::Differs:
        return QCoreApplication::translate("SyncVerdict", "differs");
    case SyncVerdict::InFlight:
        return QCoreApplication::translate("SyncVerdict", "in flight");
    case SyncVerdict::Error:
        return QCoreApplication::translate("SyncVerdict", "error");
    }
    return {};
}

QByteArray syncVerdictKey(SyncVerdict verdict)
{
    switch (verdict) {
    case SyncVerdict::Pending:
        return "pending";
    case SyncVerdict::Synced:
        return "synced";
    case SyncVerdict::Missing:
        return "missing";
    case SyncVerdict::Extra:
        return "extra";
    case SyncVerdict::Differs:
        return "differs";
    case SyncVerdict::InFlight:
        return "in-flight";
    case SyncVerdict::Error:
        return "error";
    }
    return {};
}

QString syncDifferencesLabel(SyncDifferences what)
{
    QStringList parts;
    if (what & SyncDifference::Type)
        parts << QCoreApplication::translate("SyncVerdict", "type");
    if (what & SyncDifference::Ttl)
        parts << QCoreApplication::translate("SyncVerdict", "TTL");
    if (what & SyncDifference::Value)
        parts << QCoreApplication::translate("SyncVerdict", "value");
    return parts.join(QStringLiteral(", "));
}

bool isDiverged(SyncVerdict verdict)
{
    return verdict == SyncVerdict::Missing || verdict == SyncVerdict::Extra ||
           verdict == SyncVerdict::Differs || verdict == SyncVerdict::InFlight ||
           verdict == SyncVerdict::Error;
}
