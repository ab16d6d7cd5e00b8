#include "ui/dashboard/value_format.h"

#include <QCoreApplication>
#include <cmath>

namespace valueFormat {

QString bytes(double bytes)
{
    if (bytes < 0)
        return QStringLiteral("—");
    static const char *units[] = {"B", "KiB", "MiB", "GiB", "TiB"};
    int unit = 0;
    while (bytes >= 1024 && unit < 4) {
        bytes /= 1024;
        ++unit;
    }
    return QString::number(bytes, 'f', unit == 0 ? 0 : (bytes < 10 ? 2 : 1)) + QLatin1Char(' ') +
           QLatin1String(units[unit]);
}

QString bytesPerSecond(double value)
{
    return QCoreApplication::translate("valueFormat", "%1/s").arg(bytes(value));
}

QString count(double value)
{
    if (value < 0)
        return QStringLiteral("—");
    if (value < 1000)
        return QString::number(value, 'f', value < 10 && value != std::floor(value) ? 1 : 0);
    if (value < 1e6)
        return QString::number(value / 1e3, 'f', 1) + QStringLiteral(" k");
    return QString::number(value / 1e6, 'f', 2) + QStringLiteral(" M");
}

QString duration(qint64 s)
{
    if (s < 0)
        return QStringLiteral("—");
    auto tr = [](const char *t) {
        return QCoreApplication::translate("valueFormat", t);
    };
    if (s < 60)
        return tr("%1 s").arg(s);
    if (s < 3600)
        return tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    if (s < 86400)
        return tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
    return tr("%1 d %2 h").arg(s / 86400).arg((s % 86400) / 3600);
}

} // namespace valueFormat
