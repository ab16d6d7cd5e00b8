#pragma once
// Turns SIGINT/SIGTERM/SIGHUP into a Qt signal on the main thread (self-pipe + QSocketNotifier:
// the handler itself only writes one byte, the only safe thing to do there), so the lab can stop
// its nodes cleanly before the app exits.
#include <QList>
#include <QObject>

class QSocketNotifier;

class UnixSignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit UnixSignalWatcher(const QList<int> &signalNumbers, QObject *parent = nullptr);
    ~UnixSignalWatcher() override;

signals:
    void received(int signal);

private:
    void onReadable();

    QList<int> m_signals;
    QSocketNotifier *m_notifier = nullptr;
};
