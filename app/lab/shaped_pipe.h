#pragma once
// One direction of a shaped connection (replica -> master or master -> replica): bytes read
// from one socket wait in a queue until their delay has passed and the bandwidth budget allows,
// then go to the other socket. Lives on the link shaper's thread.
#include "lab/link_shape.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <deque>

class QTcpSocket;

class ShapedPipe : public QObject
{
    Q_OBJECT
public:
    ShapedPipe(QTcpSocket *from, QTcpSocket *to, const LinkShape &shape, QObject *parent);

    void setShape(const LinkShape &shape);
    // The sink became writable (e.g. the upstream connection is established).
    void service();
    qint64 forwardedBytes() const { return m_forwarded; }
    qint64 queuedBytes() const { return m_queued; }
    // The source reached EOF and every queued byte has been written.
    bool drained() const { return m_sourceClosed && m_queue.empty(); }
    void sourceClosed();

signals:
    void drainedAfterClose();

private:
    struct Chunk
    {
        qint64 dueMs; // m_clock time at which the delay has passed
        QByteArray bytes;
    };
    void pull();
    // Writes what is due; returns the ms until more can go (-1: nothing to wait for).
    qint64 release();
    void refillTokens(qint64 nowMs);

    QTcpSocket *m_from;
    QTcpSocket *m_to;
    LinkShape m_shape;
    std::deque<Chunk> m_queue;
    qint64 m_queued = 0;
    qint64 m_forwarded = 0;
    QElapsedTimer m_clock;
    QTimer m_timer;
    double m_tokens = 0;
    qint64 m_lastRefillMs = 0;
    bool m_sourceClosed = false;
};
