#pragma once
// Saving the keyspace to the RDB file so that a crash mid-save never damages the previous
// snapshot: the data goes to temp-<pid>.rdb in the same directory, is fsync'ed, then renamed
// over the final name (atomic on POSIX), and the directory is fsync'ed so the rename sticks.
#include "persistence/rdb_writer.h"

#include <optional>
#include <string>
#include <sys/types.h>

namespace rd {
class Keyspace;
}

namespace rd::rdb {

// "<dir>/<name>", or name alone when dir is empty (the working directory).
std::string joinPath(const std::string &dir, const std::string &name);
// Where a process with this pid writes its snapshot before renaming it: "<dir>/temp-<pid>.rdb".
std::string tempRdbPath(const std::string &dir, pid_t pid);

// Writes the whole keyspace to <dir>/<filename> atomically, logging Redis's lines ("DB saved on
// disk", or why it failed). Returns the failure reason, nullopt on success. Safe in a fork child.
std::optional<std::string> saveRdbFile(Keyspace &keyspace, const std::string &dir,
                                       const std::string &filename, const RdbAuxInfo &aux,
                                       const RdbWriterOptions &options);

} // namespace rd::rdb
