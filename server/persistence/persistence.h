#pragma once
// Persistence: the node's RDB snapshots, attached to a Server by installPersistence (one line in
// core/subsystem_registry.cpp). It
//   - loads <dir>/<dbfilename> at start-up, before clients are served; a damaged file stops the
//     node with the error and its byte offset (it never runs half-loaded);
//   - runs SAVE (foreground) and BGSAVE (fork: the child writes a point-in-time copy while the
//     node keeps serving), the `save` rules from the cron, a final save on shutdown;
//   - refuses writes with -MISCONF after a failed background save (stop-writes-on-bgsave-error);
//   - fills INFO persistence.
//
// For replication: setReplicationInfoProvider() makes every snapshot carry repl-stream-db,
// repl-id and repl-offset (so a restarted replica can PSYNC); startupLoadInfo() tells what the
// start-up load read from the file (the same AUX fields).
#include "persistence/rdb_loader.h"
#include "persistence/rdb_writer.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <sys/types.h>

namespace rd {
class Server;
}

namespace rd::persistence {

using ReplicationInfoProvider = std::function<std::optional<rdb::RdbAuxInfo::Replication>()>;

class Persistence
{
public:
    explicit Persistence(Server &server);

    // Loads the RDB file if there is one. False (after logging why) when it is damaged.
    bool loadAtStartup();
    // Loads the RDB file into the live keyspace (empty or not); the load result.
    rdb::RdbLoadResult loadFile();

    // SAVE and the shutdown save. True when the file was written.
    bool saveInForeground();

    enum class BgsaveResult { Started, AlreadyRunning, OtherChildActive, ForkFailed };
    BgsaveResult startBackgroundSave();
    // BGSAVE SCHEDULE: the cron starts it when no child is running.
    void scheduleBackgroundSave() { m_bgsaveScheduled = true; }
    bool bgsaveInProgress() const;

    std::int64_t lastSaveTime() const { return m_lastSave; }
    // "-MISCONF ..." while writes must be refused, else nullopt.
    std::optional<std::string> writeRefusal() const;

    // DEBUG RELOAD: save, empty the keyspace, load the file back. The error reply, if any.
    std::optional<std::string> debugReload();

    void cron();
    void info(std::string &out) const;
    // Shutdown hook: the final save when asked. False keeps the server running.
    bool onShutdown(bool save);

    void setReplicationInfoProvider(ReplicationInfoProvider provider)
    {
        m_replicationInfo = std::move(provider);
    }
    const std::optional<rdb::RdbLoadInfo> &startupLoadInfo() const { return m_loadInfo; }

private:
    rdb::RdbAuxInfo auxInfo() const;
    void backgroundSaveDone(int exitCode, bool bySignal, pid_t child);
    std::int64_t unixTime() const;

    Server &m_server;
    ReplicationInfoProvider m_replicationInfo;
    std::optional<rdb::RdbLoadInfo> m_loadInfo;

    std::int64_t m_lastSave = 0;      // unix seconds of the last successful save
    bool m_lastBgsaveOk = true;       // rdb_last_bgsave_status
    std::int64_t m_lastBgsaveTry = 0; // unix seconds; a failed BGSAVE is retried after 5 s
    std::int64_t m_lastBgsaveTimeSec = -1;
    std::int64_t m_bgsaveStartMs = 0;
    std::int64_t m_dirtyBeforeBgsave = 0;
    std::int64_t m_saves = 0; // rdb_saves
    bool m_bgsaveScheduled = false;
    pid_t m_childPid = -1;
};

// Installs persistence on a starting server (see core/subsystems.h); loads the RDB file and
// exits the process with status 1 when it is damaged, as Redis does.
void installPersistence(Server &server);

// The Persistence attached to server, nullptr before installPersistence.
Persistence *persistenceOf(Server &server);

} // namespace rd::persistence
