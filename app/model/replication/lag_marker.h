#pragma once
// A vertical mark on the lag chart: something that explains a jump in lag.
#include <QString>

enum class LagMarkerKind {
    FullResync,    // a full sync started (snapshot transfer)
    PartialResync, // PSYNC accepted from the backlog
    LinkDown,
    LinkUp,
    LabAction, // something the user did in the lab: node killed, paused, link shaped, ...
};

struct LagMarker
{
    double t = 0; // Unix time, seconds
    LagMarkerKind kind = LagMarkerKind::LabAction;
    QString linkId; // the replica it concerns; empty = the whole group (a lab action on a master)
    QString text;   // shown in the tooltip and in the CSV export
};
