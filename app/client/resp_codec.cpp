#include "client/resp_codec.h"

#include <hiredis/hiredis.h>

#include <cstring>
#include <vector>

QByteArray encodeCommand(const QList<QByteArray> &argv)
{
    std::vector<const char *> ptrs;
    std::vector<size_t> lens;
    ptrs.reserve(argv.size());
    lens.reserve(argv.size());
    for (const QByteArray &arg : argv) {
        ptrs.push_back(arg.constData());
        lens.push_back(static_cast<size_t>(arg.size()));
    }
    char *out = nullptr;
    const int len =
        redisFormatCommandArgv(&out, static_cast<int>(argv.size()), ptrs.data(), lens.data());
    if (len < 0 || !out)
        return {};
    QByteArray bytes(out, len);
    redisFreeCommand(out);
    return bytes;
}

namespace {

RespValue convert(const redisReply *r)
{
    switch (r->type) {
    case REDIS_REPLY_STATUS:
        return RespValue::status(QByteArray(r->str, static_cast<qsizetype>(r->len)));
    case REDIS_REPLY_ERROR:
        return RespValue::error(QByteArray(r->str, static_cast<qsizetype>(r->len)));
    case REDIS_REPLY_INTEGER:
        return RespValue::integer(r->integer);
    case REDIS_REPLY_STRING:
        return RespValue::bulk(QByteArray(r->str, static_cast<qsizetype>(r->len)));
    case REDIS_REPLY_ARRAY: {
        QList<RespValue> elements;
        elements.reserve(static_cast<qsizetype>(r->elements));
        for (size_t i = 0; i < r->elements; ++i)
            elements.append(convert(r->element[i]));
        return RespValue::array(elements);
    }
    case REDIS_REPLY_NIL:
    default:
        return RespValue::nil();
    }
}

// Where the reply starting at `pos` ends. Returns 1 (complete: pos moved past it, maxDepth
// set), 0 (need more bytes) or -1 (not RESP, or absurdly deep).
constexpr int kFramingDepthLimit = 512;

bool readLine(const char *p, qsizetype n, qsizetype &pos, qsizetype &lineEnd)
{
    const void *cr = memchr(p + pos, '\r', size_t(n - pos));
    if (!cr)
        return false;
    lineEnd = static_cast<const char *>(cr) - p;
    if (lineEnd + 1 >= n)
        return false; // the '\n' has not arrived
    return true;
}

int frameReply(const char *p, qsizetype n, qsizetype &pos, int depth, int &maxDepth)
{
    if (pos >= n)
        return 0;
    if (depth > kFramingDepthLimit)
        return -1;
    const char type = p[pos];
    qsizetype lineEnd = 0;
    if (!readLine(p, n, pos, lineEnd))
        return 0;
    const QByteArray header = QByteArray::fromRawData(p + pos + 1, lineEnd - pos - 1);
    const qsizetype next = lineEnd + 2;
    switch (type) {
    case '+':
    case '-':
    case ':':
        pos = next;
        return 1;
    case '$': {
        bool ok = false;
        const qint64 len = header.toLongLong(&ok);
        if (!ok || len < -1)
            return -1;
        if (len == -1) {
            pos = next;
            return 1;
        }
        if (next + len + 2 > n)
            return 0;
        pos = next + len + 2;
        return 1;
    }
    case '*': {
        bool ok = false;
        const qint64 count = header.toLongLong(&ok);
        if (!ok || count < -1)
            return -1;
        maxDepth = qMax(maxDepth, depth + 1);
        qsizetype at = next;
        for (qint64 i = 0; i < count; ++i) {
            const int r = frameReply(p, n, at, depth + 1, maxDepth);
            if (r != 1)
                return r;
        }
        pos = at;
        return 1;
    }
    default:
        return -1;
    }
}

// The recursive reader for replies deeper than hiredis accepts; input is one complete,
// already framed reply.
RespValue parseFramed(const char *p, qsizetype n, qsizetype &pos)
{
    const char type = p[pos];
    const char *cr = static_cast<const char *>(memchr(p + pos, '\r', size_t(n - pos)));
    const qsizetype lineEnd = cr - p;
    const QByteArray header(p + pos + 1, lineEnd - pos - 1);
    pos = lineEnd + 2;
    switch (type) {
    case '+':
        return RespValue::status(header);
    case '-':
        return RespValue::error(header);
    case ':':
        return RespValue::integer(header.toLongLong());
    case '$': {
        const qint64 len = header.toLongLong();
        if (len < 0)
            return RespValue::nil();
        const QByteArray bytes(p + pos, qsizetype(len));
        pos += len + 2;
        return RespValue::bulk(bytes);
    }
    default: { // '*'
        const qint64 count = header.toLongLong();
        if (count < 0)
            return RespValue::nil();
        QList<RespValue> elements;
        elements.reserve(qsizetype(count));
        for (qint64 i = 0; i < count; ++i)
            elements.append(parseFramed(p, n, pos));
        return RespValue::array(elements);
    }
    }
}

} // namespace

RespReader::RespReader()
{
    reset();
}

RespReader::~RespReader()
{
    if (m_reader)
        redisReaderFree(m_reader);
}

void RespReader::reset()
{
    if (m_reader)
        redisReaderFree(m_reader);
    m_reader = redisReaderCreate();
    m_buffer.clear();
    m_offset = 0;
    m_error.clear();
}

void RespReader::feed(const char *data, qsizetype size)
{
    if (hasError() || size <= 0)
        return;
    if (m_offset > 0 && m_offset * 2 > m_buffer.size()) {
        m_buffer.remove(0, m_offset); // drop what was already handed out
        m_offset = 0;
    }
    m_buffer.append(data, size);
}

std::optional<RespValue> RespReader::next()
{
    if (hasError() || m_offset >= m_buffer.size())
        return std::nullopt;
    qsizetype end = m_offset;
    int depth = 0;
    const int framed = frameReply(m_buffer.constData(), m_buffer.size(), end, 0, depth);
    if (framed == 0)
        return std::nullopt;
    if (framed < 0) {
        m_error = QStringLiteral("Protocol error, got '%1' as reply type byte")
                      .arg(QString::fromLatin1(m_buffer.mid(m_offset, 1).toHex()));
        return std::nullopt;
    }
    const char *begin = m_buffer.constData() + m_offset;
    const qsizetype length = end - m_offset;
    m_offset = end;
    if (depth > kHiredisMaxDepth) {
        qsizetype pos = 0;
        return parseFramed(begin, length, pos);
    }
    if (redisReaderFeed(m_reader, begin, size_t(length)) != REDIS_OK) {
        m_error = QString::fromLatin1(m_reader->errstr);
        return std::nullopt;
    }
    void *raw = nullptr;
    if (redisReaderGetReply(m_reader, &raw) != REDIS_OK) {
        m_error = QString::fromLatin1(m_reader->errstr);
        return std::nullopt;
    }
    if (!raw)
        return std::nullopt;
    auto *reply = static_cast<redisReply *>(raw);
    RespValue value = convert(reply);
    freeReplyObject(reply);
    return value;
}
