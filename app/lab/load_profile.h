#pragma once
// What the lab's load generator writes, and what it measured.
#include <QMetaType>
#include <QString>

struct LoadProfile
{
    int opsPerSecond = 1000;
    int keySpace = 10000; // distinct keys per command family
    int valueSize = 64;   // bytes (random, binary)
    // Command mix, relative weights: SET, INCR, HSET, LPUSH (+LTRIM to 32 items), DEL.
    int setWeight = 70;
    int incrWeight = 10;
    int hsetWeight = 10;
    int lpushWeight = 5;
    int delWeight = 5;

    int totalWeight() const
    {
        return setWeight + incrWeight + hsetWeight + lpushWeight + delWeight;
    }
};

struct LoadStats
{
    bool running = false;
    bool connected = false;
    qint64 opsSent = 0;
    qint64 opsDone = 0;              // replies received
    qint64 errors = 0;               // error replies
    double achievedOpsPerSecond = 0; // over the last second
    QString lastError;
};

Q_DECLARE_METATYPE(LoadProfile)
Q_DECLARE_METATYPE(LoadStats)
