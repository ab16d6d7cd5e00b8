#pragma once
// Measures how long the GUI event loop stalls: a 10 ms timer notes how late each tick is.
// Enabled by the environment (RD_STALL_PROBE=1) for benchmarks; it prints the worst stall and
// the app's CPU time and peak RSS to stderr every RD_STALL_PROBE_REPORT_MS (default 5000) and
// at exit, as "stall-probe: worst_stall_ms=.. cpu_s=.. maxrss_kb=..".
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
    int m_tickMs;
    qint64 m_warmupMs = 1000;
};
