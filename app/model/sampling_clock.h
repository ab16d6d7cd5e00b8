#pragma once
// One timer per sampling period, shared by every NodeMonitor on the GUI thread. Monitoring 50
// servers with 50 timers wakes the GUI and network threads 50 times per period; one shared
// tick sends the 50 requests together, so both threads wake about once per period instead.
#include <QHash>
#include <QObject>

class QTimer;

class SamplingClock : public QObject
{
    Q_OBJECT
public:
    // The clock ticking every `ms` (created on first use, lives as long as the application).
    static SamplingClock *forInterval(int ms);
    int interval() const;

    // A listener calls join() when it starts following the clock and leave() when it stops:
    // the timer runs only while someone listens.
    void join();
    void leave();

signals:
    void tick();

private:
    explicit SamplingClock(int ms, QObject *parent);
    QTimer *m_timer;
    int m_listeners = 0;
};
