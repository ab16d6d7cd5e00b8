#include "resp_test_client.h"

#include <QDeadlineTimer>

namespace rdtest {

QByteArray RespReply::toDebugString() const
{
    switch (type) {
    case Type::None:
        return "(no reply)";
    case Type::Status:
        return text;
    case Type::Error:
        return "(error) " + text;
    case Type::Integer:
        return "(integer) " + QByteArray::number(integer);
    case Type::Bulk:
        return '"' + text + '"';
    case Type::Nil:
    case Type::NilArray:
        return "(nil)";
    case Type::Array: {
        QByteArray out = "[";
        for (int i = 0; i < elements.size(); ++i)
            out += (i ? ", " : "") + elements[i].toDebugString();
        return out + "]";
    }
    }
    return {};
}

bool RespTestClient::connectTo(quint16 port, const QString &host, int timeoutMs)
{
    m_buffer.clear();
    m_socket.connectToHost(host, port);
    return m_socket.waitForConnected(timeoutMs);
}

bool RespTestClient::isConnected() const
{
    return m_socket.state() == QAbstractSocket::ConnectedState;
}

void RespTestClient::close()
{
    m_socket.abort();
    m_buffer.clear();
}

QByteArray RespTestClient::encode(const QList<QByteArray> &argv)
{
    QByteArray out = '*' + QByteArray::number(argv.size()) + "\r\n";
    for (const QByteArray &arg : argv)
        out += '$' + QByteArray::number(arg.size()) + "\r\n" + arg + "\r\n";
    return out;
}

RespReply RespTestClient::command(const QList<QByteArray> &argv, int timeoutMs)
{
    sendRaw(encode(argv));
    return readReply(timeoutMs);
}

void RespTestClient::sendRaw(const QByteArray &bytes)
{
    m_socket.write(bytes);
    m_socket.flush();
}

RespReply RespTestClient::readReply(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        int pos = 0;
        RespReply reply;
        if (parse(pos, reply)) {
            m_buffer.remove(0, pos);
            return reply;
        }
        if (deadline.hasExpired() || m_socket.state() != QAbstractSocket::ConnectedState) {
            m_buffer += m_socket.readAll();
            pos = 0;
            if (parse(pos, reply)) {
                m_buffer.remove(0, pos);
                return reply;
            }
            return {};
        }
        if (m_socket.waitForReadyRead(static_cast<int>(qMax<qint64>(1, deadline.remainingTime()))))
            m_buffer += m_socket.readAll();
    }
}

bool RespTestClient::waitForDisconnect(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (m_socket.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
        if (m_socket.waitForReadyRead(static_cast<int>(qMax<qint64>(1, deadline.remainingTime()))))
            m_buffer += m_socket.readAll();
    }
    return m_socket.state() != QAbstractSocket::ConnectedState;
}

bool RespTestClient::parse(int &pos, RespReply &out) const
{
    const int lineEnd = m_buffer.indexOf("\r\n", pos);
    if (lineEnd < 0)
        return false;
    const char kind = m_buffer.at(pos);
    const QByteArray line = m_buffer.mid(pos + 1, lineEnd - pos - 1);
    int next = lineEnd + 2;
    switch (kind) {
    case '+':
        out.type = RespReply::Type::Status;
        out.text = line;
        break;
    case '-':
        out.type = RespReply::Type::Error;
        out.text = line;
        break;
    case ':':
        out.type = RespReply::Type::Integer;
        out.integer = line.toLongLong();
        break;
    case '$': {
        const int len = line.toInt();
        if (len < 0) {
            out.type = RespReply::Type::Nil;
            break;
        }
        if (m_buffer.size() < next + len + 2)
            return false;
        out.type = RespReply::Type::Bulk;
        out.text = m_buffer.mid(next, len);
        next += len + 2;
        break;
    }
    case '*': {
        const int count = line.toInt();
        if (count < 0) {
            out.type = RespReply::Type::NilArray;
            break;
        }
        out.type = RespReply::Type::Array;
        for (int i = 0; i < count; ++i) {
            RespReply element;
            if (!parse(next, element))
                return false;
            out.elements.append(element);
        }
        break;
    }
    default:
        // Not RESP: surface the raw line as an error so the test shows what arrived.
        out.type = RespReply::Type::Error;
        out.text = "PROTOCOL: " + m_buffer.mid(pos, lineEnd - pos);
        break;
    }
    pos = next;
    return true;
}

QList<QByteArray> argv(const QByteArray &line)
{
    QList<QByteArray> out;
    for (const QByteArray &part : line.split(' '))
        if (!part.isEmpty())
            out.append(part);
    return out;
}

} // namespace rdtest
