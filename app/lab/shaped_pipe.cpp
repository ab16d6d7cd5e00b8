#include "lab/shaped_pipe.h"

#include <QTcpSocket>
#include <algorithm>

namespace {

// How much one direction may hold before it stops reading: the socket's own buffers then fill
// and TCP flow control slows the sender, as a slow real network would.
constexpr qint64 kMaxQueued = 256 * 1024;
constexpr qint64 kReadChunk = 64 * 1024;

double burstFor(qint64 bytesPerSec)
{
    // 20 ms worth of bytes, at least one segment: small enough to keep the rate smooth.
    return std::max<double>(static_cast<double>(bytesPerSec) / 50.0, 1460.0);
}

} // namespace

ShapedPipe::ShapedPipe(QTcpSocket *from, QTcpSocket *to, const LinkShape &shape, QObject *parent)
    : QObject(parent)
    , m_from(from)
    , m_to(to)
    , m_shape(shape)
{
    m_clock.start();
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    m_tokens = burstFor(shape.bandwidthBytesPerSec);
    m_from->setReadBufferSize(kMaxQueued);
    connect(&m_timer, &QTimer::timeout, this, &ShapedPipe::service);
    connect(m_from, &QTcpSocket::readyRead, this, &ShapedPipe::service);
    connect(m_to, &QTcpSocket::bytesWritten, this, &ShapedPipe::service);
}

void ShapedPipe::setShape(const LinkShape &shape)
{
    if (shape.bandwidthBytesPerSec != m_shape.bandwidthBytesPerSec)
        m_tokens = burstFor(shape.bandwidthBytesPerSec);
    // A shorter delay applies to bytes already queued too, never reordering them.
    if (shape.delayMs < m_shape.delayMs) {
        const qint64 diff = m_shape.delayMs - shape.delayMs;
        for (Chunk &c : m_queue)
            c.dueMs -= diff;
    }
    m_shape = shape;
    service();
}

void ShapedPipe::sourceClosed()
{
    m_sourceClosed = true;
    service();
}

void ShapedPipe::pull()
{
    if (m_shape.paused && m_queued >= kMaxQueued)
        return;
    const qint64 now = m_clock.elapsed();
    while (m_queued < kMaxQueued && m_from->bytesAvailable() > 0) {
        QByteArray bytes = m_from->read(std::min(kReadChunk, kMaxQueued - m_queued));
        if (bytes.isEmpty())
            break;
        m_queued += bytes.size();
        m_queue.push_back({now + m_shape.delayMs, std::move(bytes)});
    }
}

void ShapedPipe::refillTokens(qint64 nowMs)
{
    if (m_shape.bandwidthBytesPerSec <= 0)
        return;
    const qint64 elapsed = nowMs - m_lastRefillMs;
    m_lastRefillMs = nowMs;
    m_tokens = std::min(burstFor(m_shape.bandwidthBytesPerSec),
                        m_tokens + static_cast<double>(elapsed) *
                                       static_cast<double>(m_shape.bandwidthBytesPerSec) / 1000.0);
}

qint64 ShapedPipe::release()
{
    if (m_shape.paused || m_to->state() != QAbstractSocket::ConnectedState)
        return -1;
    while (!m_queue.empty()) {
        if (m_to->bytesToWrite() >= kMaxQueued)
            return -1; // bytesWritten will call us again
        const qint64 now = m_clock.elapsed();
        Chunk &front = m_queue.front();
        if (front.dueMs > now)
            return front.dueMs - now;
        qint64 n = front.bytes.size();
        if (m_shape.bandwidthBytesPerSec > 0) {
            refillTokens(now);
            n = std::min<qint64>(n, static_cast<qint64>(m_tokens));
            if (n < std::min<qint64>(front.bytes.size(), 512)) {
                const double missing = static_cast<double>(
                    std::min<qint64>(front.bytes.size(), 512) - static_cast<qint64>(m_tokens));
                return std::max<qint64>(
                    1, static_cast<qint64>(missing * 1000.0 /
                                           static_cast<double>(m_shape.bandwidthBytesPerSec)));
            }
            m_tokens -= static_cast<double>(n);
        }
        m_to->write(front.bytes.constData(), n);
        m_forwarded += n;
        m_queued -= n;
        if (n == front.bytes.size())
            m_queue.pop_front();
        else
            front.bytes.remove(0, n);
    }
    return -1;
}

void ShapedPipe::service()
{
    qint64 waitMs = -1;
    for (int round = 0; round < 64; ++round) {
        pull();
        const qint64 before = m_queued;
        waitMs = release();
        if (m_queued == before || m_from->bytesAvailable() == 0)
            break;
    }
    if (waitMs >= 0)
        m_timer.start(static_cast<int>(waitMs));
    if (drained())
        emit drainedAfterClose();
}
