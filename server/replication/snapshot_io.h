#pragma once
// The two places replication meets the RDB code and the keyspace: writing the point-in-time
// snapshot (in a forked child) and loading a received one into a fresh keyspace beside the
// served one, then swapping it in.
#include "persistence/rdb_writer.h"
#include "replication/master_link.h"

#include <string>
#include <system_error>

namespace rd {
class Server;
class Keyspace;
} // namespace rd

namespace rd::repl {

// Child side of a full sync: the whole keyspace as an RDB with the replication aux fields
// (repl-stream-db, repl-id, repl-offset). Returns the first sink error.
std::error_code writeSnapshot(Server &server, const rdb::RdbSink &sink,
                              const rdb::RdbAuxInfo::Replication &replication);

// Worker-thread side: loads `path` into a new keyspace with `databases` databases, keeping
// expired keys (a replica waits for its master's DEL).
SnapshotLoad loadSnapshotFile(const std::string &path, int databases);

// Loop-thread side: exchanges every database's contents with the loaded snapshot; the old
// data ends up in the snapshot object, which the caller frees off the loop.
void swapInSnapshot(Server &server, LoadedSnapshot &snapshot);

} // namespace rd::repl
