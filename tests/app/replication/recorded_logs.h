#pragma once
// Reads the recorded Redis log files in data/ and replays them through the log interpreter.
#include "model/replication/replica_log_interpreter.h"

#include <QFile>
#include <QList>
#include <QTest>

inline QString recordedLogPath(const char *name)
{
    return QStringLiteral(RD_SOURCE_DIR "/tests/app/replication/data/") + QLatin1String(name);
}

inline QList<QByteArray> recordedLogLines(const char *name)
{
    QFile file(recordedLogPath(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open recorded log %s", name);
    QList<QByteArray> lines = file.readAll().split('\n');
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

inline QList<StateTransition> transitionsFromLog(const char *name)
{
    ReplicaLogInterpreter interpreter;
    QList<StateTransition> out;
    for (const QByteArray &raw : recordedLogLines(name)) {
        const auto line = parseRedisLogLine(raw);
        if (!line)
            continue;
        if (auto t = interpreter.feed(*line))
            out << *t;
    }
    return out;
}
