#pragma once
// Write load against a node (normally the lab's master) at a chosen rate, key space, value size
// and command mix. The work runs on a thread of its own; this object is the owner-thread face.
#include "lab/load_profile.h"

#include <QObject>

class QThread;
class LoadWorker;

class LoadGenerator : public QObject
{
    Q_OBJECT
public:
    explicit LoadGenerator(QObject *parent = nullptr);
    ~LoadGenerator() override;

    void start(quint16 port, const QString &password, const LoadProfile &profile);
    void stop();
    void setProfile(const LoadProfile &profile); // applies while running
    // While running: the same load against another node (the lab's master changed).
    void retarget(quint16 port, const QString &password);
    bool isRunning() const { return m_stats.running; }
    LoadStats stats() const { return m_stats; } // as of the last update (4 per second)

signals:
    void statsChanged(const LoadStats &stats);

private:
    QThread *m_thread;
    LoadWorker *m_worker;
    LoadStats m_stats;
    LoadProfile m_profile;
};
