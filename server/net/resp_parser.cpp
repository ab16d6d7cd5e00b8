#include "net/resp_parser.h"

#include "util/numbers.h"
#include "util/split_args.h"

#include <climits>
#include <cstring>
#include <vector>

namespace rd {

void RespParser::reset()
{
    m_multibulkLeft = 0;
    m_bulkLen = -1;
    m_error.clear();
}

RespParser::Status RespParser::fail(const char *text, size_t &consumed)
{
    m_error = text;
    consumed = 0;
    return Status::Error;
}

RespParser::Status RespParser::feed(const char *data, size_t len, size_t &consumed, Argv &argv,
                                    const Limits &limits)
{
    consumed = 0;
    if (m_multibulkLeft == 0) {
        // Empty inline lines and empty multibulk requests ("*0", "*-1") are skipped, as in Redis.
        while (consumed < len) {
            size_t used = 0;
            Status st = data[consumed] == '*'
                            ? feedMultibulk(data + consumed, len - consumed, used, argv, limits)
                            : feedInline(data + consumed, len - consumed, used, argv);
            if (st == Status::Error)
                return fail(m_error.c_str(), consumed);
            consumed += used;
            if (st == Status::Command) {
                if (!argv.empty())
                    return Status::Command;
                continue; // an empty request: look at what follows
            }
            return Status::NeedMore;
        }
        return Status::NeedMore;
    }
    size_t used = 0;
    Status st = feedMultibulk(data, len, used, argv, limits);
    if (st == Status::Error)
        return fail(m_error.c_str(), consumed);
    consumed = used;
    return st;
}

RespParser::Status RespParser::feedInline(const char *data, size_t len, size_t &consumed,
                                          Argv &argv)
{
    const char *nl = static_cast<const char *>(std::memchr(data, '\n', len));
    if (!nl) {
        if (len > kInlineMaxSize) {
            m_error = "Protocol error: too big inline request";
            return Status::Error;
        }
        return Status::NeedMore;
    }
    size_t lineLen = size_t(nl - data);
    if (lineLen > 0 && data[lineLen - 1] == '\r')
        --lineLen;
    thread_local std::vector<std::string> parts;
    if (!splitArgs(std::string_view(data, lineLen), parts)) {
        m_error = "Protocol error: unbalanced quotes in request";
        return Status::Error;
    }
    argv.clear();
    for (std::string &p : parts)
        argv.append().swap(p);
    consumed = size_t(nl - data) + 1;
    return Status::Command; // possibly empty: the caller skips it
}

RespParser::Status RespParser::feedMultibulk(const char *data, size_t len, size_t &consumed,
                                             Argv &argv, const Limits &limits)
{
    size_t pos = 0;
    if (m_multibulkLeft == 0) {
        const char *cr = static_cast<const char *>(std::memchr(data, '\r', len));
        if (!cr) {
            if (len > kInlineMaxSize) {
                m_error = "Protocol error: too big mbulk count string";
                return Status::Error;
            }
            return Status::NeedMore;
        }
        const size_t lineEnd = size_t(cr - data);
        if (lineEnd + 1 >= len)
            return Status::NeedMore; // the '\n' is not here yet
        int64_t count = 0;
        if (!parseInt64(std::string_view(data + 1, lineEnd - 1), count) || count > INT_MAX) {
            m_error = "Protocol error: invalid multibulk length";
            return Status::Error;
        }
        if (count > 10 && !limits.authenticated) {
            m_error = "Protocol error: unauthenticated multibulk length";
            return Status::Error;
        }
        pos = lineEnd + 2;
        argv.clear();
        if (count <= 0) {
            consumed = pos;
            return Status::Command; // empty request
        }
        m_multibulkLeft = count;
        m_bulkLen = -1;
    }
    while (m_multibulkLeft > 0) {
        if (m_bulkLen == -1) {
            const char *cr = static_cast<const char *>(std::memchr(data + pos, '\r', len - pos));
            if (!cr) {
                if (len - pos > kInlineMaxSize) {
                    m_error = "Protocol error: too big bulk count string";
                    return Status::Error;
                }
                break;
            }
            const size_t lineEnd = size_t(cr - data);
            if (lineEnd + 1 >= len)
                break;
            if (data[pos] != '$') {
                m_error = "Protocol error: expected '$', got '";
                m_error.push_back(data[pos]);
                m_error += "'";
                return Status::Error;
            }
            int64_t bulk = 0;
            if (!parseInt64(std::string_view(data + pos + 1, lineEnd - pos - 1), bulk) ||
                bulk < 0 || (!limits.fromMaster && bulk > limits.maxBulkLen)) {
                m_error = "Protocol error: invalid bulk length";
                return Status::Error;
            }
            if (bulk > 16384 && !limits.authenticated) {
                m_error = "Protocol error: unauthenticated bulk length";
                return Status::Error;
            }
            pos = lineEnd + 2;
            m_bulkLen = bulk;
        }
        // The payload and its two trailing bytes (not checked, as in Redis) must all be here.
        if (len - pos < size_t(m_bulkLen) + 2)
            break;
        argv.append().assign(data + pos, size_t(m_bulkLen));
        pos += size_t(m_bulkLen) + 2;
        m_bulkLen = -1;
        --m_multibulkLeft;
    }
    consumed = pos;
    return m_multibulkLeft == 0 ? Status::Command : Status::NeedMore;
}

} // namespace rd
