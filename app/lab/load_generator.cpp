#include "lab/load_generator.h"

#include "lab/load_worker.h"

#include <QThread>

LoadGenerator::LoadGenerator(QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_worker(new LoadWorker)
{
    qRegisterMetaType<LoadStats>();
    m_thread->setObjectName(QStringLiteral("LoadGenerator"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &LoadWorker::statsChanged, this, [this](const LoadStats &stats) {
        m_stats = stats;
        emit statsChanged(stats);
    });
    m_thread->start();
}

LoadGenerator::~LoadGenerator()
{
    QMetaObject::invokeMethod(m_worker, &LoadWorker::stop, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void LoadGenerator::start(quint16 port, const QString &password, const LoadProfile &profile)
{
    m_stats.running = true; // isRunning() is true at once, before the worker's first report
    m_profile = profile;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, port, password, profile] {
        worker->start(port, password, profile);
    });
}

void LoadGenerator::stop()
{
    m_stats.running = false;
    QMetaObject::invokeMethod(m_worker, &LoadWorker::stop);
}

void LoadGenerator::setProfile(const LoadProfile &profile)
{
    m_profile = profile;
    QMetaObject::invokeMethod(m_worker,
                              [worker = m_worker, profile] { worker->setProfile(profile); });
}

void LoadGenerator::retarget(quint16 port, const QString &password)
{
    if (m_stats.running)
        start(port, password, m_profile);
}
