#pragma once
// Poll a condition with a deadline while the event loop keeps running: tests never sleep
// for a fixed time to wait for state.
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>
#include <functional>

namespace rdtest {

inline bool waitUntil(const std::function<bool()> &condition, int timeoutMs = 10000,
                      int pollMs = 10)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return condition();
        QCoreApplication::processEvents(QEventLoop::AllEvents, pollMs);
        QThread::msleep(static_cast<unsigned long>(pollMs));
    }
    return true;
}

} // namespace rdtest
