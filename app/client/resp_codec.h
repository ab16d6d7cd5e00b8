#pragma once
// RESP encoding and decoding through hiredis (redisFormatCommandArgv, redisReader*). Pure:
// no sockets, no threads; the connection worker feeds it bytes.
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

private:
    redisReader *m_reader = nullptr;
    QString m_error;
};
