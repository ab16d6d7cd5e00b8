#include "model/replication/redis_log_line.h"

#include <QDateTime>
#include <QLocale>

std::optional<RedisLogLine> parseRedisLogLine(QByteArrayView line)
{
    while (!line.isEmpty() && (line.back() == '\n' || line.back() == '\r'))
        line.chop(1);
    // "14015:S 13 May 2020 17:08:24.047 * message": the date part is fixed-width (24 chars).
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0 || colon + 2 >= line.size())
        return std::nullopt;
    bool ok = false;
    RedisLogLine out;
    out.pid = line.first(colon).toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    out.role = line.at(colon + 1);
    const qsizetype dateStart = colon + 3;
    constexpr qsizetype kDateLen = 24; // "13 May 2020 17:08:24.047"
    if (line.size() < dateStart + kDateLen + 2 || line.at(colon + 2) != ' ')
        return std::nullopt;
    const QString date = QString::fromLatin1(line.sliced(dateStart, kDateLen));
    const QDateTime when =
        QLocale::c().toDateTime(date, QStringLiteral("dd MMM yyyy HH:mm:ss.zzz"));
    if (!when.isValid())
        return std::nullopt;
    out.timestampUs = when.toMSecsSinceEpoch() * 1000;
    out.level = line.at(dateStart + kDateLen + 1);
    const qsizetype messageStart = dateStart + kDateLen + 3;
    out.message =
        messageStart <= line.size() ? QString::fromUtf8(line.sliced(messageStart)) : QString();
    return out;
}
