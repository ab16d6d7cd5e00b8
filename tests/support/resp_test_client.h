#pragma once
// A small blocking RESP2 client for tests. It has its own parser on purpose: it is an
// independent oracle for both the node's replies and the app's client.
#include <QByteArray>
#include <QList>
#include <QString>
#include <QTcpSocket>

namespace rdtest {

struct RespReply
{
    enum class Type { None, Status, Error, Integer, Bulk, Nil, Array, NilArray };
    Type type = Type::None;
    QByteArray text; // status, error or bulk payload
    qint64 integer = 0;
    QList<RespReply> elements;

    bool isError() const { return type == Type::Error; }
    bool isNil() const { return type == Type::Nil || type == Type::NilArray; }
    // Renders like redis-cli's raw output, for QCOMPARE-friendly messages.
    QByteArray toDebugString() const;
};

class RespTestClient
{
public:
    RespTestClient() = default;
    bool connectTo(quint16 port, const QString &host = QStringLiteral("127.0.0.1"),
                   int timeoutMs = 5000);
    bool isConnected() const;
    void close();

    // Sends one command and waits for its reply; Type::None on timeout or disconnect.
    RespReply command(const QList<QByteArray> &argv, int timeoutMs = 10000);
    // Sends raw bytes (for malformed or inline requests).
    void sendRaw(const QByteArray &bytes);
    // Reads the next reply (after sendRaw, or for pipelines and pub/sub pushes).
    RespReply readReply(int timeoutMs = 10000);
    // True if the server closed the connection within timeoutMs.
    bool waitForDisconnect(int timeoutMs = 5000);

    static QByteArray encode(const QList<QByteArray> &argv);

private:
    // Parses one reply from m_buffer at pos; returns false if more bytes are needed.
    bool parse(int &pos, RespReply &out) const;

    QTcpSocket m_socket;
    QByteArray m_buffer;
};

// Convenience: argv from a space-separated command line (no quoting).
QList<QByteArray> argv(const QByteArray &line);

} // namespace rdtest
