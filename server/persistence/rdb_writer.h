#pragma once
// RdbWriter: produces an RDB file (version 10, as Redis 7.0 writes it) through a byte sink, so
// the same code writes to disk, to a pipe from a fork child, or into a socket stream (h-repl's
// `$EOF:` transfer), or into memory.
//
//   RdbWriter w(fdSink(fd), options);
//   w.writeHeader(aux);                         // "REDIS0010" + AUX fields
//   w.selectDb(0, keys, expires);               // SELECTDB + RESIZEDB, once per non-empty db
//   w.writeKey("k", std::string_view("v"), expireAtMs);   // one call per key
//   std::error_code ec = w.finish();            // EOF opcode + CRC64 (0 without rdbchecksum)
//
// Bytes are buffered and handed to the sink in chunks; the first sink error stops all further
// output and is returned by finish().
#include "persistence/rdb_value_codec.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>

namespace rd::rdb {

// Receives consecutive chunks of the file; returns an error to abort the save.
using RdbSink = std::function<std::error_code(std::string_view bytes)>;

// Writes every chunk to fd (a file, pipe or blocking socket), retrying short writes and EINTR.
RdbSink fdSink(int fd);
// Appends every chunk to *out.
RdbSink stringSink(std::string *out);

// The AUX fields Redis 7.0 writes, in its order.
struct RdbAuxInfo
{
    std::string redisVersion = "7.0.15";
    int redisBits = 64;
    std::int64_t ctime = 0;   // Unix seconds
    std::int64_t usedMem = 0; // bytes
    // Replication info (repl-stream-db, repl-id, repl-offset): written when a replica syncs or
    // a master with a backlog saves, so a restarted replica can PSYNC.
    struct Replication
    {
        int streamDb = 0;
        std::string replId;
        std::int64_t replOffset = 0;
    };
    std::optional<Replication> replication;
    int aofBase = 0;
};

struct RdbWriterOptions
{
    WriteOptions values;
    bool checksum = true; // rdbchecksum
};

class RdbWriter
{
public:
    RdbWriter(RdbSink sink, RdbWriterOptions options);
    RdbWriter(const RdbWriter &) = delete;
    RdbWriter &operator=(const RdbWriter &) = delete;

    void writeHeader(const RdbAuxInfo &aux);
    void selectDb(int db, std::uint64_t keys, std::uint64_t expires);

    // One key; expireAtMs is an absolute Unix time in ms.
    void writeKey(std::string_view key, std::string_view stringValue,
                  std::optional<std::int64_t> expireAtMs);
    void writeKey(std::string_view key, const store::ListValue &value,
                  std::optional<std::int64_t> expireAtMs);
    void writeKey(std::string_view key, const store::SetValue &value,
                  std::optional<std::int64_t> expireAtMs);
    void writeKey(std::string_view key, const store::HashValue &value,
                  std::optional<std::int64_t> expireAtMs);
    void writeKey(std::string_view key, const store::ZSetValue &value,
                  std::optional<std::int64_t> expireAtMs);

    // EOF opcode and checksum, then a final flush. Returns the first sink error, if any.
    std::error_code finish();

    std::uint64_t bytesWritten() const { return m_flushed + m_buffer.size(); }
    std::error_code error() const { return m_error; }

private:
    void beginKey(std::string_view key, std::uint8_t type, std::optional<std::int64_t> expireAtMs);
    void writeAux(std::string_view name, std::string_view value);
    void writeAux(std::string_view name, std::int64_t value);
    void maybeFlush();
    void foldChecksum(); // adds the buffered bytes to the running CRC64
    void send();         // hands the buffer to the sink and empties it

    RdbSink m_sink;
    RdbWriterOptions m_options;
    std::string m_buffer;
    std::uint64_t m_crc = 0;
    std::uint64_t m_flushed = 0;
    std::error_code m_error;
};

} // namespace rd::rdb
