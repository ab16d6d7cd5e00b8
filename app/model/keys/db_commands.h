#pragma once
// Commands for one database on a shared browsing connection. The connection's own SELECT is the
// profile's database; the browser reaches every database, so each request is pipelined behind
// its own SELECT (no extra round trip, and a reconnect in between cannot change the target).
#include "client/resp_connection.h"

#include <QPointer>

class DbCommands
{
public:
    DbCommands() = default;
    DbCommands(RespConnection *connection, int db)
        : m_connection(connection)
        , m_db(db)
    {
    }

    RespConnection *connection() const { return m_connection; }
    int db() const { return m_db; }
    bool isValid() const { return m_connection != nullptr; }

    // One command in the database; the handler gets its reply (or the SELECT's error).
    void command(const QList<QByteArray> &argv, const QObject *context,
                 RespConnection::ReplyHandler handler, int timeoutMs = -1) const;
    // Several commands in the database, answered in order (SELECT's reply not included; if the
    // SELECT failed every reply is its error).
    void pipeline(const QList<QList<QByteArray>> &commands, const QObject *context,
                  RespConnection::PipelineHandler handler, int timeoutMs = -1) const;

private:
    QPointer<RespConnection> m_connection;
    int m_db = 0;
};
