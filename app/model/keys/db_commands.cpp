#include "model/keys/db_commands.h"

void DbCommands::command(const QList<QByteArray> &argv, const QObject *context,
                         RespConnection::ReplyHandler handler, int timeoutMs) const
{
    pipeline(
        {argv}, context,
        [handler = std::move(handler)](const QList<RespValue> &replies) {
            handler(replies.isEmpty() ? RespValue::error("ERR no reply") : replies.first());
        },
        timeoutMs);
}

void DbCommands::pipeline(const QList<QList<QByteArray>> &commands, const QObject *context,
                          RespConnection::PipelineHandler handler, int timeoutMs) const
{
    if (!m_connection) {
        QList<RespValue> replies;
        for (qsizetype i = 0; i < commands.size(); ++i)
            replies << RespValue::error("ERR the node's connection is gone");
        handler(replies);
        return;
    }
    QList<QList<QByteArray>> all;
    all.reserve(commands.size() + 1);
    all << QList<QByteArray>{"SELECT", QByteArray::number(m_db)};
    all << commands;
    m_connection->pipeline(
        all, context,
        [handler = std::move(handler), count = commands.size()](const QList<RespValue> &replies) {
            QList<RespValue> out;
            out.reserve(count);
            const bool selected = !replies.isEmpty() && !replies.first().isError();
            for (qsizetype i = 0; i < count; ++i) {
                if (!selected)
                    out << (replies.isEmpty() ? RespValue::error("ERR no reply") : replies.first());
                else
                    out << (i + 1 < replies.size() ? replies.at(i + 1)
                                                   : RespValue::error("ERR no reply"));
            }
            handler(out);
        },
        timeoutMs);
}
