#pragma once
// One admin command to one lab node over a short-lived loopback connection: connect, AUTH when
// the node has a password, send, read the reply, close. Fully asynchronous (nothing waits on the
// GUI thread). The lab uses it only for its few control commands (PING while a node starts,
// REPLICAOF, CONFIG SET); live monitoring goes through app/client's connection.
#include "client/resp_value.h"

#include <QList>
#include <QObject>
#include <functional>

class NodeCommand : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const RespValue &reply)>;

    // `done` runs on context's thread with the reply, or with a client error (refused, timeout,
    // connection lost, AUTH rejected). It is never called if `context` is destroyed first.
    static void send(QObject *context, quint16 port, const QString &password,
                     const QList<QByteArray> &argv, Callback done, int timeoutMs = 3000);

private:
    NodeCommand(QObject *context, Callback done);
    void finish(const RespValue &reply);

    Callback m_done;
    bool m_finished = false;
};
