#include "persistence/rdb_writer.h"

#include "persistence/crc64.h"
#include "persistence/rdb_encoding.h"
#include "persistence/rdb_format.h"

#include <cerrno>
#include <cstdio>
#include <unistd.h>

namespace rd::rdb {

namespace {

// Chunks handed to the sink; big enough to keep system calls rare.
constexpr std::size_t kFlushThreshold = 256 * 1024;

} // namespace

RdbSink fdSink(int fd)
{
    return [fd](std::string_view bytes) -> std::error_code {
        while (!bytes.empty()) {
            const ssize_t n = ::write(fd, bytes.data(), bytes.size());
            if (n < 0) {
                if (errno == EINTR)
                    continue;
                return {errno, std::generic_category()};
            }
            bytes.remove_prefix(static_cast<std::size_t>(n));
        }
        return {};
    };
}

RdbSink stringSink(std::string *out)
{
    return [out](std::string_view bytes) -> std::error_code {
        out->append(bytes);
        return {};
    };
}

RdbWriter::RdbWriter(RdbSink sink, RdbWriterOptions options)
    : m_sink(std::move(sink))
    , m_options(options)
{
    m_buffer.reserve(kFlushThreshold + 4096);
}

void RdbWriter::writeHeader(const RdbAuxInfo &aux)
{
    char magic[16];
    std::snprintf(magic, sizeof magic, "REDIS%04d", kVersion);
    m_buffer.append(magic);
    writeAux("redis-ver", aux.redisVersion);
    writeAux("redis-bits", aux.redisBits);
    writeAux("ctime", aux.ctime);
    writeAux("used-mem", aux.usedMem);
    if (aux.replication) {
        writeAux("repl-stream-db", aux.replication->streamDb);
        writeAux("repl-id", aux.replication->replId);
        writeAux("repl-offset", aux.replication->replOffset);
    }
    writeAux("aof-base", aux.aofBase);
}

void RdbWriter::writeAux(std::string_view name, std::string_view value)
{
    m_buffer.push_back(static_cast<char>(kOpAux));
    appendString(m_buffer, name, false);
    appendString(m_buffer, value, false);
}

void RdbWriter::writeAux(std::string_view name, std::int64_t value)
{
    m_buffer.push_back(static_cast<char>(kOpAux));
    appendString(m_buffer, name, false);
    appendIntegerString(m_buffer, value);
}

void RdbWriter::selectDb(int db, std::uint64_t keys, std::uint64_t expires)
{
    m_buffer.push_back(static_cast<char>(kOpSelectDb));
    appendLength(m_buffer, static_cast<std::uint64_t>(db));
    m_buffer.push_back(static_cast<char>(kOpResizeDb));
    appendLength(m_buffer, keys);
    appendLength(m_buffer, expires);
}

void RdbWriter::beginKey(std::string_view key, std::uint8_t type,
                         std::optional<std::int64_t> expireAtMs)
{
    if (expireAtMs) {
        m_buffer.push_back(static_cast<char>(kOpExpireTimeMs));
        appendInt64LE(m_buffer, *expireAtMs);
    }
    m_buffer.push_back(static_cast<char>(type));
    appendString(m_buffer, key, m_options.values.compress);
}

void RdbWriter::writeKey(std::string_view key, std::string_view stringValue,
                         std::optional<std::int64_t> expireAtMs)
{
    beginKey(key, kTypeString, expireAtMs);
    appendStringBody(m_buffer, stringValue, m_options.values);
    maybeFlush();
}

void RdbWriter::writeKey(std::string_view key, const store::ListValue &value,
                         std::optional<std::int64_t> expireAtMs)
{
    const std::uint8_t type = rdbTypeOf(value, m_options.values);
    beginKey(key, type, expireAtMs);
    appendBody(m_buffer, value, type, m_options.values);
    maybeFlush();
}

void RdbWriter::writeKey(std::string_view key, const store::SetValue &value,
                         std::optional<std::int64_t> expireAtMs)
{
    const std::uint8_t type = rdbTypeOf(value, m_options.values);
    beginKey(key, type, expireAtMs);
    appendBody(m_buffer, value, type, m_options.values);
    maybeFlush();
}

void RdbWriter::writeKey(std::string_view key, const store::HashValue &value,
                         std::optional<std::int64_t> expireAtMs)
{
    const std::uint8_t type = rdbTypeOf(value, m_options.values);
    beginKey(key, type, expireAtMs);
    appendBody(m_buffer, value, type, m_options.values);
    maybeFlush();
}

void RdbWriter::writeKey(std::string_view key, const store::ZSetValue &value,
                         std::optional<std::int64_t> expireAtMs)
{
    const std::uint8_t type = rdbTypeOf(value, m_options.values);
    beginKey(key, type, expireAtMs);
    appendBody(m_buffer, value, type, m_options.values);
    maybeFlush();
}

std::error_code RdbWriter::finish()
{
    m_buffer.push_back(static_cast<char>(kOpEof));
    foldChecksum();
    // The checksum covers everything up to and including the EOF opcode.
    appendUint64LE(m_buffer, m_options.checksum ? m_crc : 0);
    send();
    return m_error;
}

void RdbWriter::maybeFlush()
{
    if (m_buffer.size() >= kFlushThreshold) {
        foldChecksum();
        send();
    }
}

void RdbWriter::foldChecksum()
{
    if (m_options.checksum)
        m_crc = crc64(m_crc, m_buffer.data(), m_buffer.size());
}

void RdbWriter::send()
{
    if (!m_error && !m_buffer.empty())
        m_error = m_sink(m_buffer);
    m_flushed += m_buffer.size();
    m_buffer.clear();
}

} // namespace rd::rdb
