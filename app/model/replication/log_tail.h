#pragma once
// Follows a growing log file: each poll returns the complete lines written since the last one.
// Used for lab nodes running a real redis-server, whose log is the only detailed account of the
// replica's handshake. Starts at the end of what exists (or at the start with fromStart).
#include <QByteArray>
#include <QList>
#include <QString>

class LogTail
{
public:
    explicit LogTail(const QString &path = {}, bool fromStart = false);

    QString path() const { return m_path; }
    // New complete lines (without the newline). A file that shrank (rotated, recreated) is read
    // again from its start. At most maxBytes are read per call.
    QList<QByteArray> poll(qint64 maxBytes = 1 << 20);

private:
    QString m_path;
    qint64 m_offset = -1; // -1: not opened yet
    bool m_fromStart;
    QByteArray m_partial;
};
