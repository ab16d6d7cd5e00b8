#pragma once
// Reads the full-sync payload a master sends after +FULLRESYNC, in either form:
//   $<len>\r\n<len bytes>              (disk target; the stream follows the last byte directly)
//   $EOF:<40-byte mark>\r\n<rdb><mark> (diskless target)
// Empty lines before the header are keepalives. Pure: bytes in, payload bytes out through a
// callback, never reads past the payload so the caller keeps the stream that follows.
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace rd::repl {

class SyncPayloadReader
{
public:
    enum class Status { NeedMore, Done, Error };
    struct Step
    {
        Status status = Status::NeedMore;
        std::size_t consumed = 0; // bytes of the input used; the rest belongs to the stream
    };
    using PayloadSink = std::function<void(std::string_view)>;

    // Feeds bytes; payload bytes go to sink (the EOF mark never does).
    Step feed(std::string_view data, const PayloadSink &sink);

    bool headerSeen() const { return m_headerSeen; }
    bool eofForm() const { return m_eofForm; }
    // -1 before the header, 0 in the EOF form (Redis reports it that way), else the length.
    std::int64_t totalBytes() const { return m_total; }
    // Payload bytes delivered to the sink so far (plus held-back candidate mark bytes in EOF form).
    std::int64_t readBytes() const { return m_read; }
    // Keepalive newlines seen before the header.
    int keepalives() const { return m_keepalives; }
    // Redis's log line for the header once seen, or for the error.
    const std::string &message() const { return m_message; }
    // For an error: true when the master sent "-..." (it aborted), false for bad protocol.
    bool masterAborted() const { return m_masterAborted; }

private:
    Step feedHeader(std::string_view data);
    Step feedLength(std::string_view data, const PayloadSink &sink);
    Step feedEof(std::string_view data, const PayloadSink &sink);

    static constexpr std::size_t kMaxHeaderLine = 1024;
    static constexpr std::size_t kMarkLength = 40;

    bool m_headerSeen = false;
    bool m_eofForm = false;
    bool m_done = false;
    bool m_masterAborted = false;
    std::int64_t m_total = -1;
    std::int64_t m_read = 0;
    int m_keepalives = 0;
    std::string m_line;
    std::string m_mark;
    std::string m_tail; // EOF form: the newest bytes, which might be the start of the mark
    std::string m_message;
};

} // namespace rd::repl
