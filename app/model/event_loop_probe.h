#pragma once
// Measures how long the GUI event loop stalls: a 10 ms timer notes how late each tick is.
// Enabled by the environment (RD_STALL_PROBE=1) for benchmarks; it prints the worst stall and
// the app's CPU time and peak RSS to stderr every RD_STALL_PROBE_REPORT_MS (default 5000) and
// at exit, as "stall-probe: worst_stall_ms=.. cpu_s=.. maxrss_kb=.. worst_stall_busy_ms=..
// worst_stall_waiting_ms=..". On a loaded machine a stall may be time the GUI thread spent
// waiting for a CPU (other processes): the GUI thread's own CPU time within the worst gap
// (busy) and its run-queue wait (Linux schedstat) tell the app's work from that.
#include <QElapsedTimer>
#include <QObject>

class QTimer;

class EventLoopProbe : public QObject
{
    Q_OBJECT
public:
    explicit EventLoopProbe(int tickMs = 10, QObject *parent = nullptr);
    ~EventLoopProbe() override;

    // Creates a probe owned by the application if RD_STALL_PROBE is set; nullptr otherwise.
    static EventLoopProbe *installFromEnvironment();

    // Worst delay beyond the tick period seen so far (ms); ignores the first second (or
    // RD_STALL_PROBE_WARMUP_MS), which includes window creation.
    qint64 worstStallMs() const { return m_worst; }
    void report() const;

private:
    void tick();

    QTimer *m_timer = nullptr;
    QElapsedTimer m_clock;
    qint64 m_last = -1;
    qint64 m_worst = 0;
    double m_lastBusyMs = -1;  // GUI thread CPU time at the last tick
    double m_lastWaitMs = -1;  // GUI thread run-queue wait at the last tick
    double m_worstBusyMs = -1; // of the worst gap
    double m_worstWaitMs = -1;
    int m_tickMs;
    qint64 m_warmupMs = 1000;
};
