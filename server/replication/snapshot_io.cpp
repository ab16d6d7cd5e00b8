#include "replication/snapshot_io.h"

#include "core/server.h"
#include "persistence/keyspace_snapshot.h"
#include "persistence/rdb_loader.h"
#include "store/keyspace.h"

#include <ctime>

namespace rd::repl {

namespace {

// The received snapshot: a whole keyspace, loaded beside the served one.
class KeyspaceSnapshot final : public LoadedSnapshot
{
public:
    explicit KeyspaceSnapshot(int databases)
        : keyspace(databases)
    {
        // Loading keeps every key: a replica waits for its master's DEL.
        keyspace.setReplicaMode(true);
        keyspace.setLoading(true);
    }
    Keyspace keyspace;
};

} // namespace

std::error_code writeSnapshot(Server &server, const rdb::RdbSink &sink,
                              const rdb::RdbAuxInfo::Replication &replication)
{
    rdb::RdbAuxInfo aux;
    aux.ctime = std::int64_t(std::time(nullptr));
    aux.replication = replication;
    return rdb::writeKeyspace(server.keyspace(), aux, sink,
                              rdb::writerOptionsFrom(server.config()));
}

SnapshotLoad loadSnapshotFile(const std::string &path, int databases)
{
    SnapshotLoad out;
    auto snap = std::make_unique<KeyspaceSnapshot>(databases);
    rdb::RdbLoadOptions options;
    options.dropExpired = false;
    rdb::KeyspaceLoadTarget target(snap->keyspace);
    const rdb::RdbLoadResult r = rdb::loadRdbFile(path, target, options);
    if (!r.ok()) {
        out.error = r.error->message();
        return out;
    }
    snap->keyspace.setLoading(false);
    out.keysLoaded = r.info.keysLoaded;
    out.replStreamDb = r.info.replStreamDb;
    out.replId = r.info.replId;
    out.replOffset = r.info.replOffset;
    out.snapshot = std::move(snap);
    return out;
}

void swapInSnapshot(Server &server, LoadedSnapshot &snapshot)
{
    auto &loaded = static_cast<KeyspaceSnapshot &>(snapshot);
    Keyspace &live = server.keyspace();
    for (int i = 0; i < live.count() && i < loaded.keyspace.count(); ++i)
        live.db(i).swapContents(loaded.keyspace.db(i));
}

} // namespace rd::repl
