#include "model/replication/log_tail.h"

#include <QFile>

LogTail::LogTail(const QString &path, bool fromStart)
    : m_path(path)
    , m_fromStart(fromStart)
{
}

QList<QByteArray> LogTail::poll(qint64 maxBytes)
{
    QList<QByteArray> lines;
    QFile file(m_path);
    if (m_path.isEmpty() || !file.open(QIODevice::ReadOnly))
        return lines;
    const qint64 size = file.size();
    if (m_offset < 0)
        m_offset = m_fromStart ? 0 : size;
    if (size < m_offset) { // truncated or replaced
        m_offset = 0;
        m_partial.clear();
    }
    if (size == m_offset || !file.seek(m_offset))
        return lines;
    const QByteArray chunk = file.read(qMin(maxBytes, size - m_offset));
    m_offset += chunk.size();
    m_partial += chunk;
    qsizetype start = 0;
    for (qsizetype nl = m_partial.indexOf('\n'); nl >= 0; nl = m_partial.indexOf('\n', start)) {
        lines << m_partial.mid(start, nl - start);
        start = nl + 1;
    }
    m_partial.remove(0, start);
    return lines;
}
