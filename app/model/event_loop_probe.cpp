#include "model/event_loop_probe.h"

#include <QCoreApplication>
#include <QTimer>
#include <cstdio>
#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif

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
    if (m_last >= 0 && now > m_warmupMs)
        m_worst = qMax(m_worst, now - m_last - m_tickMs);
    m_last = now;
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
    std::fprintf(
        stderr, "stall-probe: worst_stall_ms=%lld cpu_s=%.2f maxrss_kb=%ld uptime_s=%.1f\n",
        static_cast<long long>(m_worst), cpu, maxRssKb, double(m_clock.elapsed()) / 1000.0);
    std::fflush(stderr);
}
