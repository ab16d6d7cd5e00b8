#pragma once
// The load generator's engine, on its own thread: one pipelined connection to the target node,
// commands issued on a 5 ms clock to hold the asked rate, replies counted as they come back.
#include "lab/load_profile.h"

#include "client/resp_codec.h"

#include <QElapsedTimer>
#include <QObject>
#include <QRandomGenerator>
#include <QTimer>
#include <deque>

class QTcpSocket;

class LoadWorker : public QObject
{
    Q_OBJECT
public:
    explicit LoadWorker(QObject *parent = nullptr);

    void start(quint16 port, const QString &password, const LoadProfile &profile);
    void stop();
    void setProfile(const LoadProfile &profile);

signals:
    void statsChanged(const LoadStats &stats);

private:
    void connectToTarget();
    void tick();
    void onReadyRead();
    void publish();
    QByteArray nextOperation(int *replies);
    QByteArray randomKey(const char *family);

    QTcpSocket *m_socket = nullptr;
    quint16 m_port = 0;
    QString m_password;
    LoadProfile m_profile;
    LoadStats m_stats;
    RespReader m_reader;
    std::deque<int> m_pendingReplies; // replies still expected per operation, oldest first
    int m_repliesLeftForFront = 0;
    bool m_authPending = false;
    QElapsedTimer m_clock;
    qint64 m_rateEpochMs = 0;
    qint64 m_issuedSinceEpoch = 0;
    QTimer m_tick;
    QTimer m_publish;
    QTimer m_reconnect;
    std::deque<std::pair<qint64, qint64>> m_doneHistory; // (ms, opsDone) for the achieved rate
    QList<QByteArray> m_values;
    QRandomGenerator m_random;
};
