#include "replication/sync_payload_reader.h"

#include <charconv>

namespace rd::repl {

SyncPayloadReader::Step SyncPayloadReader::feed(std::string_view data, const PayloadSink &sink)
{
    if (m_done)
        return {Status::Done, 0};
    std::size_t used = 0;
    if (!m_headerSeen) {
        Step h = feedHeader(data);
        if (h.status == Status::Error || !m_headerSeen)
            return h;
        used = h.consumed;
        data.remove_prefix(used);
    }
    Step s = m_eofForm ? feedEof(data, sink) : feedLength(data, sink);
    s.consumed += used;
    return s;
}

SyncPayloadReader::Step SyncPayloadReader::feedHeader(std::string_view data)
{
    std::size_t used = 0;
    while (used < data.size()) {
        const char c = data[used++];
        if (c != '\n') {
            m_line.push_back(c);
            if (m_line.size() > kMaxHeaderLine) {
                m_message = "Bad protocol from MASTER, the first byte is not '$' (we received '" +
                            m_line.substr(0, 64) + "'), are you sure the host and port are right?";
                return {Status::Error, used};
            }
            continue;
        }
        if (!m_line.empty() && m_line.back() == '\r')
            m_line.pop_back();
        const std::string line = m_line; // a short header line: a copy keeps m_line reusable
        m_line.clear();
        if (line.empty()) {
            ++m_keepalives;
            continue;
        }
        if (line[0] == '-') {
            m_masterAborted = true;
            m_message = "MASTER aborted replication with an error: " + line.substr(1);
            return {Status::Error, used};
        }
        if (line[0] != '$') {
            m_message = "Bad protocol from MASTER, the first byte is not '$' (we received '" +
                        line + "'), are you sure the host and port are right?";
            return {Status::Error, used};
        }
        if (line.compare(1, 4, "EOF:") == 0 && line.size() >= 5 + kMarkLength) {
            m_eofForm = true;
            m_mark = line.substr(5, kMarkLength);
            m_total = 0;
            m_message =
                "MASTER <-> REPLICA sync: receiving streamed RDB from master with EOF to disk";
        } else {
            std::int64_t len = 0;
            auto [p, ec] = std::from_chars(line.data() + 1, line.data() + line.size(), len);
            if (ec != std::errc() || p != line.data() + line.size() || len < 0) {
                m_message = "Bad protocol from MASTER, the first byte is not '$' (we received '" +
                            line + "'), are you sure the host and port are right?";
                return {Status::Error, used};
            }
            m_total = len;
            m_message = "MASTER <-> REPLICA sync: receiving " + std::to_string(len) +
                        " bytes from master to disk";
        }
        m_headerSeen = true;
        return {Status::NeedMore, used};
    }
    return {Status::NeedMore, used};
}

SyncPayloadReader::Step SyncPayloadReader::feedLength(std::string_view data,
                                                      const PayloadSink &sink)
{
    const std::size_t want = std::size_t(m_total - m_read);
    const std::size_t take = std::min(want, data.size());
    if (take)
        sink(data.substr(0, take));
    m_read += std::int64_t(take);
    if (m_read == m_total) {
        m_done = true;
        return {Status::Done, take};
    }
    return {Status::NeedMore, take};
}

SyncPayloadReader::Step SyncPayloadReader::feedEof(std::string_view data, const PayloadSink &sink)
{
    // Look for the mark in (held-back tail + new data). The tail holds at most 39 bytes, so the
    // search only rescans those; everything certainly before any mark goes to the sink.
    const std::size_t tailLen = m_tail.size();
    std::string window;
    window.reserve(tailLen + data.size());
    window.append(m_tail).append(data);
    m_read += std::int64_t(data.size());
    const std::size_t pos = window.find(m_mark);
    if (pos != std::string::npos) {
        if (pos)
            sink(std::string_view(window).substr(0, pos));
        m_tail.clear();
        m_done = true;
        const std::size_t end = pos + kMarkLength; // in window coordinates
        const std::size_t consumed = end - tailLen;
        m_read -= std::int64_t(data.size() - consumed) + std::int64_t(kMarkLength);
        return {Status::Done, consumed};
    }
    const std::size_t keep = std::min(window.size(), kMarkLength - 1);
    if (window.size() > keep)
        sink(std::string_view(window).substr(0, window.size() - keep));
    m_tail = window.substr(window.size() - keep);
    return {Status::NeedMore, data.size()};
}

} // namespace rd::repl
