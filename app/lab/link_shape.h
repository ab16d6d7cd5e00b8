#pragma once
// How the lab's link shaper treats one replication link (replica -> proxy -> master). Applied in
// both directions, like `tc netem` on an interface.
#include <QMetaType>
#include <QtGlobal>

struct LinkShape
{
    int delayMs = 0;                 // added one-way delay, each direction (a round trip gets 2x)
    qint64 bandwidthBytesPerSec = 0; // cap per direction; 0 = unlimited
    bool paused = false;             // hold every byte; connections stay open (lag grows)
    bool cut = false;                // partition: open connections are dropped, new ones hang
    bool firewallReject = false;     // refuse connections with a TCP RST, reset open ones

    bool isClear() const
    {
        return delayMs == 0 && bandwidthBytesPerSec == 0 && !paused && !cut && !firewallReject;
    }
    bool operator==(const LinkShape &) const = default;
};

Q_DECLARE_METATYPE(LinkShape)
