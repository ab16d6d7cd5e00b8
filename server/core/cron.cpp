// The server cron: hz times per second, as Redis's serverCron. Samples the instantaneous
// metrics, closes idle clients, expires keys actively, rehashes, reaps a finished fork child,
// and runs the jobs other subsystems registered.
#include "core/server.h"
#include "log/logger.h"
#include "net/connection.h"
#include "store/memory.h"

#include <algorithm>

namespace rd {

void Server::scheduleCron()
{
    const int64_t hz = std::clamp<int64_t>(m_config.hz, 1, 500);
    m_cronTimer.expires_after(std::chrono::milliseconds(1000 / hz));
    m_cronTimer.async_wait([this](const std::error_code &ec) {
        if (ec || m_shuttingDown)
            return;
        cron();
        scheduleCron();
    });
}

void Server::cron()
{
    const int64_t now = Keyspace::wallClockMs();
    m_keyspace.setNow(now);
    ++m_cronLoops;
    const int64_t hz = std::clamp<int64_t>(m_config.hz, 1, 500);

    m_stats.opsPerSec.sample(now, m_stats.totalCommandsProcessed);
    m_stats.inputBytesPerSec.sample(now, m_stats.netInputBytes);
    m_stats.outputBytesPerSec.sample(now, m_stats.netOutputBytes);
    m_stats.replInputBytesPerSec.sample(now, m_stats.netReplInputBytes);
    m_stats.replOutputBytesPerSec.sample(now, m_stats.netReplOutputBytes);
    m_stats.peakMemory = std::max<uint64_t>(m_stats.peakMemory, mem::usedMemory());

    clientsCron();
    // Active expiry may use up to 25% of a tick, so it never stalls clients for long.
    m_keyspace.activeExpireCycle(1000000 / hz * 25 / 100);
    m_keyspace.cronMaintenance(m_config.activerehashing);
    reapChild();
    for (CronJob &job : m_cronJobs)
        job.job();
    flushPendingWrites();
}

void Server::clientsCron()
{
    const int64_t now = m_keyspace.now();
    std::vector<Client *> idle;
    size_t maxIn = 0, maxOut = 0;
    for (auto &[id, cp] : m_clients) {
        Client &c = *cp;
        maxIn = std::max(maxIn, c.queryBufferBytes);
        maxOut = std::max(maxOut, c.pendingOutputBytes());
        // Idle timeout: not for replicas, masters, blocked or subscribed clients (Redis).
        if (m_config.timeout > 0 &&
            !(c.flags & (Client::Replica | Client::Master | Client::Blocked | Client::PubSub)) &&
            c.subscriptionCount() == 0 && now - c.lastInteractionMs > m_config.timeout * 1000)
            idle.push_back(&c);
        // Argument slots and reply buffers grown by one big request are given back.
        if (c.argv.empty() && c.argv.memoryUsage() > 64 * 1024)
            c.argv.release();
        if (c.reply().empty() && c.reply().bytes().capacity() > 64 * 1024)
            std::string().swap(c.reply().bytes());
    }
    m_stats.clientRecentMaxInputBuffer = maxIn;
    m_stats.clientRecentMaxOutputBuffer = maxOut;
    for (Client *c : idle) {
        serverLog(LogLevel::Verbose, "Closing idle client");
        freeClient(*c);
    }
}

} // namespace rd
