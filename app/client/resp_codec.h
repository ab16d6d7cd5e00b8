#pragma once
// RESP encoding and decoding through hiredis (redisFormatCommandArgv, redisReader*). Pure:
// no sockets, no threads; the connection worker feeds it bytes.
//
// hiredis 0.14's reader refuses replies nested deeper than 7 levels ("No support for nested
// multi bulk replies with depth > 7"), and Redis 7 sends such replies (COMMAND DOCS, COMMAND
// with subcommands). So RespReader first frames each reply (finds where it ends and how deep
// it nests, skipping bulk payloads by length); hiredis parses the ones it supports, and the
// rare deeper ones go to a small recursive reader here instead of killing the connection.
#include "client/resp_value.h"

#include <QByteArray>
#include <QList>
#include <optional>

struct redisReader;

// argv -> "*N\r\n$len\r\narg\r\n..." (binary safe).
QByteArray encodeCommand(const QList<QByteArray> &argv);

class RespReader
{
public:
    RespReader();
    ~RespReader();
    RespReader(const RespReader &) = delete;
    RespReader &operator=(const RespReader &) = delete;

    void feed(const char *data, qsizetype size);
    void feed(const QByteArray &bytes) { feed(bytes.constData(), bytes.size()); }
    // The next complete reply, or nullopt when more bytes are needed or on a protocol error
    // (check hasError()). After an error the stream cannot be resynchronised: reset().
    std::optional<RespValue> next();
    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    void reset();

    // Deepest nesting hiredis 0.14 accepts.
    static constexpr int kHiredisMaxDepth = 7;

private:
    redisReader *m_reader = nullptr;
    QByteArray m_buffer; // bytes not yet framed into a reply
    qsizetype m_offset = 0;
    QString m_error;
};
