#pragma once
// ReplyBuffer: RESP2 replies appended to one growing byte string that the connection sends.
// It is reused for the life of the client (clear() keeps the capacity), so replying does not
// allocate once the buffer has grown to the size of a typical batch of replies.
#include <cstdint>
#include <string>
#include <string_view>

namespace rd {

class ReplyBuffer
{
public:
    void status(std::string_view s); // +OK
    void ok() { m_buf.append("+OK\r\n", 5); }
    // As Redis's addReplyError: "-ERR " + text; a text that starts with '-' carries its own
    // code and is written as is ("-WRONGTYPE Operation against ...").
    void error(std::string_view text);
    void integer(int64_t v);
    void bulk(std::string_view s);
    void nullBulk() { m_buf.append("$-1\r\n", 5); }
    void nullArray() { m_buf.append("*-1\r\n", 5); }
    void arrayHeader(size_t n);
    void emptyArray() { m_buf.append("*0\r\n", 4); }
    void bulkDouble(double d);   // RESP2 doubles are bulk strings
    void bulkInteger(int64_t v); // an integer sent as a bulk string
    void raw(std::string_view bytes) { m_buf.append(bytes.data(), bytes.size()); }

    std::string &bytes() { return m_buf; }
    const std::string &bytes() const { return m_buf; }
    size_t size() const { return m_buf.size(); }
    bool empty() const { return m_buf.empty(); }
    void clear() { m_buf.clear(); }

private:
    std::string m_buf;
};

} // namespace rd
