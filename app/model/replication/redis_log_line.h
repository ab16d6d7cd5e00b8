#pragma once
// One line of a Redis-format log file: `<pid>:<role> <dd Mon yyyy HH:MM:SS.mmm> <level> <message>`
// (serverLogRaw in Redis; our node writes the same format).
#include <QByteArrayView>
#include <QString>
#include <optional>

struct RedisLogLine
{
    qint64 pid = 0;
    char role = 'M';        // M master, S replica, C child / early startup, X sentinel
    qint64 timestampUs = 0; // Unix microseconds (the line has milliseconds, in local time)
    char level = '*';       // '.' debug, '-' verbose, '*' notice, '#' warning
    QString message;
};

// nullopt for lines not in that format (a crash report, a banner, a partial last line).
std::optional<RedisLogLine> parseRedisLogLine(QByteArrayView line);
