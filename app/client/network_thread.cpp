#include "client/network_thread.h"

#include <QCoreApplication>
#include <QThread>

namespace {

QThread *g_thread = nullptr;

void stopSharedThread()
{
    if (!g_thread)
        return;
    g_thread->quit(); // finishing runs the pending deleteLater() of the workers
    g_thread->wait();
    delete g_thread;
    g_thread = nullptr;
}

} // namespace

QThread *NetworkThread::shared()
{
    if (!g_thread) {
        g_thread = new QThread;
        g_thread->setObjectName(QStringLiteral("replicadesk-network"));
        g_thread->start();
        qAddPostRoutine(stopSharedThread);
    }
    return g_thread;
}
