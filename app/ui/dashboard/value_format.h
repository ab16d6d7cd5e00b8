#pragma once
// Numbers as people read them on the dashboard: 1.5 MiB, 3 d 4 h, 12.3 k/s.
#include <QString>

namespace valueFormat {
QString bytes(double bytes);
QString bytesPerSecond(double bytesPerSecond);
QString count(double value); // 12 345 -> "12.3 k"
QString duration(qint64 seconds);
} // namespace valueFormat
