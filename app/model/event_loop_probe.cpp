#include "model/event_loop_probe.h"

#include <QCoreApplication>
#include <QTimer>
#include <cstdio>
#if defined(Q_OS_UNIX)
#include <ctime>
#include <sys/resource.h>
#endif

namespace {

// This thread's CPU time (ms), -1 if unknown.
double threadCpuMs()
{
#if defined(Q_OS_UNIX)
    timespec ts{};
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts) == 0)
        return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
#endif
    return -1;
}

// Time this thread waited on a run queue (ms; Linux schedstat), -1 if unknown.
double threadRunQueueWaitMs()
{
    FILE *f = std::fopen("/proc/thread-self/schedstat", "r");
    if (!f)
        return -1;
    unsigned long long running = 0, waiting = 0;
    const bool ok = std::fscanf(f, "%llu %llu", &running, &waiting) == 2;
    std::fclose(f);
    return ok ? double(waiting) / 1e6 : -1;
}

} // namespace

EventLoopProbe::EventLoopProbe(int tickMs, QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
    , m_tickMs(tickMs)
{
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &EventLoopProbe::tick);
    m_clock.start();
    m_timer->start(tickMs);
}

EventLoopProbe::~EventLoopProbe()
{
    report();
}

EventLoopProbe *EventLoopProbe::installFromEnvironment()
{
    if (!qEnvironmentVariableIsSet("RD_STALL_PROBE"))
        return nullptr;
    auto *probe = new EventLoopProbe(10, QCoreApplication::instance());
    bool ok = false;
    const int warmup = qEnvironmentVariableIntValue("RD_STALL_PROBE_WARMUP_MS", &ok);
    if (ok && warmup >= 0)
        probe->m_warmupMs = warmup;
    int every = qEnvironmentVariableIntValue("RD_STALL_PROBE_REPORT_MS", &ok);
    if (!ok || every <= 0)
        every = 5000;
    auto *reporter = new QTimer(probe);
    connect(reporter, &QTimer::timeout, probe, &EventLoopProbe::report);
    reporter->start(every);
    QObject::connect(qApp, &QCoreApplication::aboutToQuit, probe, &EventLoopProbe::report);
    return probe;
}

void EventLoopProbe::tick()
{
    const qint64 now = m_clock.elapsed();
    const double busy = threadCpuMs();
    const double wait = threadRunQueueWaitMs();
    if (m_last >= 0 && now > m_warmupMs && now - m_last - m_tickMs > m_worst) {
        m_worst = now - m_last - m_tickMs;
        m_worstBusyMs = busy >= 0 && m_lastBusyMs >= 0 ? busy - m_lastBusyMs : -1;
        m_worstWaitMs = wait >= 0 && m_lastWaitMs >= 0 ? wait - m_lastWaitMs : -1;
    }
    m_last = now;
    m_lastBusyMs = busy;
    m_lastWaitMs = wait;
}

void EventLoopProbe::report() const
{
    double cpu = -1;
    long maxRssKb = -1;
#if defined(Q_OS_UNIX)
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    cpu = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
          double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    maxRssKb = usage.ru_maxrss;
#endif
    std::fprintf(stderr,
                 "stall-probe: worst_stall_ms=%lld cpu_s=%.2f maxrss_kb=%ld uptime_s=%.1f "
                 "worst_stall_busy_ms=%.1f worst_stall_waiting_ms=%.1f\n",
                 static_cast<long long>(m_worst), cpu, maxRssKb, double(m_clock.elapsed()) / 1000.0,
                 m_worstBusyMs, m_worstWaitMs);
    std::fflush(stderr);
}
