#include "net/reply_buffer.h"

#include "util/numbers.h"

#include <charconv>

namespace rd {

namespace {

inline void appendHeader(std::string &b, char type, int64_t v)
{
    char buf[24];
    buf[0] = type;
    auto r = std::to_chars(buf + 1, buf + sizeof buf - 2, v);
    r.ptr[0] = '\r';
    r.ptr[1] = '\n';
    b.append(buf, size_t(r.ptr + 2 - buf));
}

} // namespace

void ReplyBuffer::status(std::string_view s)
{
    m_buf.push_back('+');
    m_buf.append(s.data(), s.size());
    m_buf.append("\r\n", 2);
}

void ReplyBuffer::error(std::string_view text)
{
    m_buf.push_back('-');
    if (!text.empty() && text[0] == '-')
        text.remove_prefix(1);
    else
        m_buf.append("ERR ", 4);
    // Newlines would break the protocol; Redis replaces them with spaces.
    const size_t start = m_buf.size();
    m_buf.append(text.data(), text.size());
    for (size_t i = start; i < m_buf.size(); ++i)
        if (m_buf[i] == '\r' || m_buf[i] == '\n')
            m_buf[i] = ' ';
    m_buf.append("\r\n", 2);
}

void ReplyBuffer::integer(int64_t v)
{
    appendHeader(m_buf, ':', v);
}

void ReplyBuffer::bulk(std::string_view s)
{
    appendHeader(m_buf, '$', int64_t(s.size()));
    m_buf.append(s.data(), s.size());
    m_buf.append("\r\n", 2);
}

void ReplyBuffer::arrayHeader(size_t n)
{
    appendHeader(m_buf, '*', int64_t(n));
}

void ReplyBuffer::bulkDouble(double d)
{
    bulk(formatDouble(d));
}

void ReplyBuffer::bulkInteger(int64_t v)
{
    char buf[24];
    auto r = std::to_chars(buf, buf + sizeof buf, v);
    bulk(std::string_view(buf, size_t(r.ptr - buf)));
}

} // namespace rd
