#include "client/resp_codec.h"

#include <hiredis/hiredis.h>

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
    m_error.clear();
}

void RespReader::feed(const char *data, qsizetype size)
{
    if (hasError() || size <= 0)
        return;
    if (redisReaderFeed(m_reader, data, static_cast<size_t>(size)) != REDIS_OK)
        m_error = QString::fromLatin1(m_reader->errstr);
}

std::optional<RespValue> RespReader::next()
{
    if (hasError())
        return std::nullopt;
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
