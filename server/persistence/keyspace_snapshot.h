#pragma once
// The node's keyspace in and out of RDB form: every database of a Keyspace written through an
// RdbWriter, and an RdbLoadTarget that fills any Keyspace (the live one at start-up, or a fresh
// one beside it while a full resync loads).
#include "config/config.h"
#include "persistence/rdb_loader.h"
#include "persistence/rdb_writer.h"

#include <system_error>

namespace rd {
class Keyspace;
}

namespace rd::rdb {

// rdbcompression, rdbchecksum and the compact-encoding thresholds from the configuration.
RdbWriterOptions writerOptionsFrom(const Config &config);

// A whole RDB: header with `aux`, every non-empty database, EOF and checksum. Expired keys
// that are still in the keyspace are written (Redis does the same; a loading master drops
// them). Returns the first sink error.
std::error_code writeKeyspace(Keyspace &keyspace, const RdbAuxInfo &aux, const RdbSink &sink,
                              const RdbWriterOptions &options);

class KeyspaceLoadTarget : public RdbLoadTarget
{
public:
    explicit KeyspaceLoadTarget(Keyspace &keyspace)
        : m_keyspace(keyspace)
    {
    }
    int databaseCount() const override;
    bool addKey(int db, std::string key, LoadedValue value,
                std::optional<std::int64_t> expireAtMs) override;
    bool addString(int db, std::string_view key, std::string_view value,
                   std::optional<std::int64_t> expireAtMs) override;

private:
    Keyspace &m_keyspace;
};

} // namespace rd::rdb
