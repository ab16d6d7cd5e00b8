#pragma once
// The node's keyspace in and out of RDB form: every database of a Keyspace written through an
// RdbWriter, and an RdbLoadTarget that fills any Keyspace (the live one at start-up, or a fresh
// one beside it while a full resync loads). Persistence (SAVE, BGSAVE, start-up load) and
// replication (the full-sync snapshot a master sends, the one a replica loads) both go through
// these functions, so the two always write and read the same files.
#include "config/config.h"
#include "persistence/rdb_loader.h"
#include "persistence/rdb_writer.h"

#include <optional>
#include <string>
#include <system_error>

namespace rd {
class Keyspace;
}

namespace rd::rdb {

// rdbcompression, rdbchecksum and the compact-encoding thresholds from the configuration.
RdbWriterOptions writerOptionsFrom(const Config &config);
// rdbchecksum from the configuration. dropExpired: only a master's own start-up load drops keys
// whose time passed; a replica keeps them and waits for its master's DEL.
RdbLoadOptions loadOptionsFrom(const Config &config, bool dropExpired);

// The AUX fields of a snapshot taken now (ctime, used-mem), with the replication position
// (repl-stream-db, repl-id, repl-offset) when there is one.
RdbAuxInfo snapshotAuxInfo(std::optional<RdbAuxInfo::Replication> replication);

// A whole RDB: header with `aux`, every non-empty database, EOF and checksum. Expired keys
// that are still in the keyspace are written (Redis does the same; a loading master drops
// them). Returns the first sink error.
std::error_code writeKeyspace(Keyspace &keyspace, const RdbAuxInfo &aux, const RdbSink &sink,
                              const RdbWriterOptions &options);

// Loads the RDB file at `path` into `keyspace` (empty or not; keys already there are refused
// as duplicates). The caller marks the server as loading if the keyspace is the live one.
RdbLoadResult loadKeyspaceFile(const std::string &path, Keyspace &keyspace,
                               const RdbLoadOptions &options);

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
