#include "lab/load_worker.h"

#include <QTcpSocket>
#include <algorithm>

namespace {

constexpr int kTickMs = 5;
constexpr int kPublishMs = 250;
constexpr int kValuePool = 64;

} // namespace

LoadWorker::LoadWorker(QObject *parent)
    : QObject(parent)
    , m_tick(this) // children, so that moveToThread() takes the timers along
    , m_publish(this)
    , m_reconnect(this)
    , m_random(0x5eed)
{
    m_tick.setTimerType(Qt::PreciseTimer);
    m_tick.setInterval(kTickMs);
    m_publish.setInterval(kPublishMs);
    m_reconnect.setSingleShot(true);
    m_reconnect.setInterval(500);
    connect(&m_tick, &QTimer::timeout, this, &LoadWorker::tick);
    connect(&m_publish, &QTimer::timeout, this, &LoadWorker::publish);
    connect(&m_reconnect, &QTimer::timeout, this, &LoadWorker::connectToTarget);
}

void LoadWorker::setProfile(const LoadProfile &profile)
{
    m_profile = profile;
    m_values.clear();
    for (int i = 0; i < kValuePool; ++i) {
        QByteArray v(std::max(0, profile.valueSize), Qt::Uninitialized);
        for (char &c : v)
            c = static_cast<char>(m_random.bounded(256));
        m_values << v;
    }
    // Restart the rate clock so a new rate applies from now, without a burst to catch up.
    m_rateEpochMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    m_issuedSinceEpoch = 0;
}

void LoadWorker::start(quint16 port, const QString &password, const LoadProfile &profile)
{
    stop();
    m_port = port;
    m_password = password;
    m_stats = LoadStats{};
    m_stats.running = true;
    m_clock.start();
    m_doneHistory.clear();
    setProfile(profile);
    connectToTarget();
    m_tick.start();
    m_publish.start();
    publish();
}

void LoadWorker::stop()
{
    m_tick.stop();
    m_reconnect.stop();
    m_publish.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    if (m_stats.running) {
        m_stats.running = false;
        m_stats.connected = false;
        m_stats.achievedOpsPerSecond = 0;
        emit statsChanged(m_stats);
    }
}

void LoadWorker::connectToTarget()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->deleteLater();
    }
    m_socket = new QTcpSocket(this);
    m_reader.reset();
    m_pendingReplies.clear();
    m_repliesLeftForFront = 0;
    connect(m_socket, &QTcpSocket::connected, this, [this] {
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_stats.connected = true;
        m_authPending = !m_password.isEmpty();
        if (m_authPending)
            m_socket->write(encodeCommand({"AUTH", m_password.toUtf8()}));
        m_rateEpochMs = m_clock.elapsed();
        m_issuedSinceEpoch = 0;
    });
    connect(m_socket, &QTcpSocket::readyRead, this, &LoadWorker::onReadyRead);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this] {
        m_stats.connected = false;
        m_stats.lastError = m_socket->errorString();
        m_reconnect.start(); // the node may be restarting or paused: keep trying
    });
    m_socket->connectToHost(QStringLiteral("127.0.0.1"), m_port);
}

QByteArray LoadWorker::randomKey(const char *family)
{
    const int n = static_cast<int>(m_random.bounded(std::max(1, m_profile.keySpace)));
    return QByteArray("lab:") + family + ':' + QByteArray::number(n);
}

QByteArray LoadWorker::nextOperation(int *replies)
{
    *replies = 1;
    const QByteArray &value = m_values.at(static_cast<int>(m_random.bounded(kValuePool)));
    int pick = static_cast<int>(m_random.bounded(std::max(1, m_profile.totalWeight())));
    if ((pick -= m_profile.setWeight) < 0)
        return encodeCommand({"SET", randomKey("str"), value});
    if ((pick -= m_profile.incrWeight) < 0)
        return encodeCommand({"INCR", randomKey("ctr")});
    if ((pick -= m_profile.hsetWeight) < 0)
        return encodeCommand(
            {"HSET", randomKey("hash"), "f" + QByteArray::number(m_random.bounded(16)), value});
    if ((pick -= m_profile.lpushWeight) < 0) {
        const QByteArray key = randomKey("list");
        *replies = 2; // the list stays short: LPUSH then LTRIM
        return encodeCommand({"LPUSH", key, value}) + encodeCommand({"LTRIM", key, "0", "31"});
    }
    return encodeCommand({"DEL", randomKey("str")});
}

void LoadWorker::tick()
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState ||
        m_profile.totalWeight() <= 0)
        return;
    const qint64 elapsed = m_clock.elapsed() - m_rateEpochMs;
    const qint64 due = elapsed * m_profile.opsPerSecond / 1000 - m_issuedSinceEpoch;
    // Never more than ~100 ms of operations in flight: a stalled node must not make us buffer
    // without bound; the achieved rate then shows the shortfall.
    const qint64 maxInFlight = std::max<qint64>(64, m_profile.opsPerSecond / 10);
    const qint64 room = maxInFlight - static_cast<qint64>(m_pendingReplies.size());
    const qint64 n = std::min(due, room);
    if (n <= 0) {
        if (due > maxInFlight * 2) // behind for good: forget the debt instead of bursting later
            m_issuedSinceEpoch += due - maxInFlight;
        return;
    }
    QByteArray batch;
    for (qint64 i = 0; i < n; ++i) {
        int replies = 1;
        batch += nextOperation(&replies);
        m_pendingReplies.push_back(replies);
    }
    m_socket->write(batch);
    m_issuedSinceEpoch += n;
    m_stats.opsSent += n;
}

void LoadWorker::onReadyRead()
{
    m_reader.feed(m_socket->readAll());
    while (auto reply = m_reader.next()) {
        if (m_authPending) {
            m_authPending = false;
            if (reply->isError()) {
                m_stats.lastError = QString::fromUtf8(reply->bytes());
                ++m_stats.errors;
            }
            continue;
        }
        if (reply->isError()) {
            ++m_stats.errors;
            m_stats.lastError = QString::fromUtf8(reply->bytes());
        }
        if (m_pendingReplies.empty())
            continue;
        if (m_repliesLeftForFront == 0)
            m_repliesLeftForFront = m_pendingReplies.front();
        if (--m_repliesLeftForFront == 0) {
            m_pendingReplies.pop_front();
            ++m_stats.opsDone;
        }
    }
    if (m_reader.hasError()) {
        m_stats.lastError = m_reader.errorString();
        m_socket->abort();
        m_reconnect.start();
    }
}

void LoadWorker::publish()
{
    const qint64 now = m_clock.elapsed();
    m_doneHistory.emplace_back(now, m_stats.opsDone);
    while (m_doneHistory.size() > 1 && now - m_doneHistory.front().first > 1000)
        m_doneHistory.pop_front();
    const auto &[t0, d0] = m_doneHistory.front();
    m_stats.achievedOpsPerSecond = now > t0 ? static_cast<double>(m_stats.opsDone - d0) * 1000.0 /
                                                  static_cast<double>(now - t0)
                                            : 0.0;
    emit statsChanged(m_stats);
}
