#include "model/sampling_clock.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

SamplingClock::SamplingClock(int ms, QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(ms);
    connect(m_timer, &QTimer::timeout, this, &SamplingClock::tick);
}

SamplingClock *SamplingClock::forInterval(int ms)
{
    // Owned by the application object, so clocks die with it (tests create one per run).
    static QHash<int, QPointer<SamplingClock>> clocks;
    QPointer<SamplingClock> &clock = clocks[ms];
    if (!clock)
        clock = new SamplingClock(ms, QCoreApplication::instance());
    return clock;
}

int SamplingClock::interval() const
{
    return m_timer->interval();
}

void SamplingClock::join()
{
    if (m_listeners++ == 0)
        m_timer->start();
}

void SamplingClock::leave()
{
    if (m_listeners > 0 && --m_listeners == 0)
        m_timer->stop();
}
