#include "replication/replication_stream.h"

#include <algorithm>

namespace rd::repl {

void appendMultibulk(std::string &out, std::span<const std::string> argv)
{
    out.push_back('*');
    out.append(std::to_string(argv.size())).append("\r\n");
    for (const std::string &a : argv) {
        out.push_back('$');
        out.append(std::to_string(a.size())).append("\r\n");
        out.append(a).append("\r\n");
    }
}

std::string encodeMultibulk(std::span<const std::string> argv)
{
    std::string out;
    appendMultibulk(out, argv);
    return out;
}

void ReplicationStream::setMasterReplOffset(std::int64_t offset)
{
    m_offset = offset;
}

void ReplicationStream::createBacklog(std::size_t size)
{
    m_backlog.emplace(size, m_offset);
}

void ReplicationStream::resizeBacklog(std::size_t size)
{
    if (m_backlog)
        m_backlog->resize(size);
}

void ReplicationStream::append(std::string_view bytes)
{
    if (!m_backlog && m_replicas.empty())
        return;
    m_offset += std::int64_t(bytes.size());
    if (m_backlog)
        m_backlog->append(bytes);
    if (!m_replicas.empty())
        m_unflushed.append(bytes);
}

void ReplicationStream::propagate(int db, std::span<const std::string> argv)
{
    if (!m_backlog && m_replicas.empty())
        return;
    m_scratch.clear();
    if (db != m_lastDb) {
        const std::string select[] = {"SELECT", std::to_string(db)};
        appendMultibulk(m_scratch, select);
        m_lastDb = db;
    }
    appendMultibulk(m_scratch, argv);
    append(m_scratch);
}

void ReplicationStream::feedPing()
{
    append("*1\r\n$4\r\nping\r\n");
}

void ReplicationStream::feedGetAck()
{
    append("*3\r\n$8\r\nREPLCONF\r\n$6\r\nGETACK\r\n$1\r\n*\r\n");
}

void ReplicationStream::feedVerbatim(std::string_view bytes)
{
    append(bytes);
}

void ReplicationStream::attach(ReplicaOutput *replica)
{
    if (std::find(m_replicas.begin(), m_replicas.end(), replica) == m_replicas.end())
        m_replicas.push_back(replica);
}

void ReplicationStream::detach(ReplicaOutput *replica)
{
    std::erase(m_replicas, replica);
}

void ReplicationStream::flush()
{
    if (m_unflushed.empty())
        return;
    auto chunk = std::make_shared<const std::string>(std::move(m_unflushed));
    m_unflushed.clear();
    for (ReplicaOutput *r : m_replicas) {
        if (r->state != ReplicaSyncState::WaitBgsaveStart)
            r->feed(chunk);
    }
}

} // namespace rd::repl
