#include "persistence/persistence.h"

#include "core/persistence_info.h"
#include "core/server.h"
#include "log/logger.h"
#include "persistence/keyspace_snapshot.h"
#include "persistence/rdb_file.h"

#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <mutex>
#include <unistd.h>

namespace rd::persistence {

namespace {

// A failed background save is retried by the save rules only after this many seconds.
constexpr std::int64_t kBgsaveRetryDelay = 5;

const char *const kMisconf =
    "-MISCONF Redis is configured to save RDB snapshots, but it's currently unable to persist "
    "to disk. Commands that may modify the data set are disabled, because this instance is "
    "configured to report errors during writes if RDB snapshotting fails "
    "(stop-writes-on-bgsave-error option). Please check the Redis logs for details about the "
    "RDB error.";

std::mutex g_registryMutex;
std::map<Server *, std::unique_ptr<Persistence>> g_registry;

} // namespace

Persistence::Persistence(Server &server)
    : m_server(server)
    , m_lastSave(unixTime())
{
}

std::int64_t Persistence::unixTime() const
{
    return Keyspace::wallClockMs() / 1000;
}

// ---------------------------------------------------------------------------------------------
// Start-up load
// ---------------------------------------------------------------------------------------------

rdb::RdbLoadResult Persistence::loadFile()
{
    const Config &cfg = m_server.config();
    // A master drops keys that expired while it was down; a replica keeps them for its
    // master's DEL.
    const rdb::RdbLoadOptions options =
        rdb::loadOptionsFrom(cfg, cfg.replicaofHost.empty() && !m_server.replicaMode());
    m_server.setLoading(true);
    rdb::RdbLoadResult result =
        rdb::loadKeyspaceFile(rdb::joinPath(cfg.dir, cfg.dbfilename), m_server.keyspace(), options);
    m_server.setLoading(false);
    if (result.ok())
        m_loadInfo = result.info;
    return result;
}

bool Persistence::loadAtStartup()
{
    const auto start = std::chrono::steady_clock::now();
    const rdb::RdbLoadResult result = loadFile();
    if (result.fileMissing)
        return true;
    if (!result.ok()) {
        const Config &cfg = m_server.config();
        serverLogf(LogLevel::Warning, "Fatal error loading the DB (%s): %s",
                   rdb::joinPath(cfg.dir, cfg.dbfilename).c_str(), result.error->message().c_str());
        serverLog(LogLevel::Warning, "Terminating server after rdb file reading failure.");
        return false;
    }
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    serverLogf(LogLevel::Notice, "DB loaded from disk: %.3f seconds", seconds);
    return true;
}

std::optional<std::string> Persistence::debugReload()
{
    if (!saveInForeground())
        return std::string("-ERR");
    m_server.keyspace().clearAll();
    m_server.signalFlushedDb(-1);
    const rdb::RdbLoadResult result = loadFile();
    if (!result.ok()) {
        serverLogf(LogLevel::Warning, "Error loading the RDB back: %s",
                   result.error->message().c_str());
        return std::string("Error trying to load the RDB dump, check server logs.");
    }
    serverLog(LogLevel::Warning, "DB reloaded by DEBUG RELOAD");
    return std::nullopt;
}

// ---------------------------------------------------------------------------------------------
// Saving
// ---------------------------------------------------------------------------------------------

rdb::RdbAuxInfo Persistence::auxInfo() const
{
    return rdb::snapshotAuxInfo(m_replicationInfo ? m_replicationInfo() : std::nullopt);
}

bool Persistence::saveInForeground()
{
    const Config &cfg = m_server.config();
    const auto failure = rdb::saveRdbFile(m_server.keyspace(), cfg.dir, cfg.dbfilename, auxInfo(),
                                          rdb::writerOptionsFrom(cfg));
    if (failure)
        return false; // as in Redis, only a failed background save sets the error status
    m_server.setDirty(0);
    m_lastSave = unixTime();
    m_lastBgsaveOk = true;
    ++m_saves;
    return true;
}

bool Persistence::bgsaveInProgress() const
{
    // The server may have killed and reaped our child itself (shutdown), so ask it too.
    return m_childPid > 0 && m_server.hasActiveChild() && m_server.childPid() == m_childPid;
}

Persistence::BgsaveResult Persistence::startBackgroundSave()
{
    if (bgsaveInProgress())
        return BgsaveResult::AlreadyRunning;
    if (m_server.hasActiveChild())
        return BgsaveResult::OtherChildActive;
    m_dirtyBeforeBgsave = m_server.dirty();
    m_lastBgsaveTry = unixTime();
    const Config &cfg = m_server.config();
    const rdb::RdbAuxInfo aux = auxInfo();
    const rdb::RdbWriterOptions options = rdb::writerOptionsFrom(cfg);
    // The pid is known only after the fork; the exit callback reads it from here.
    auto childPid = std::make_shared<pid_t>(-1);
    const pid_t pid = m_server.forkChild([this, childPid](int exitCode, bool bySignal) {
        backgroundSaveDone(exitCode, bySignal, *childPid);
    });
    if (pid == 0) {
        // Child: the fork is the point-in-time copy; write it and leave without running any
        // of the parent's destructors or handlers.
        const auto failure =
            rdb::saveRdbFile(m_server.keyspace(), cfg.dir, cfg.dbfilename, aux, options);
        std::fflush(nullptr);
        ::_exit(failure ? 1 : 0);
    }
    if (pid < 0) {
        m_lastBgsaveOk = false;
        return BgsaveResult::ForkFailed;
    }
    *childPid = pid;
    m_childPid = pid;
    m_bgsaveStartMs = Keyspace::wallClockMs();
    m_bgsaveScheduled = false;
    serverLogf(LogLevel::Notice, "Background saving started by pid %ld", long(pid));
    return BgsaveResult::Started;
}

void Persistence::backgroundSaveDone(int exitCode, bool bySignal, pid_t child)
{
    m_childPid = -1;
    m_lastBgsaveTimeSec = (Keyspace::wallClockMs() - m_bgsaveStartMs) / 1000;
    if (!bySignal && exitCode == 0) {
        serverLog(LogLevel::Notice, "Background saving terminated with success");
        m_server.setDirty(m_server.dirty() - m_dirtyBeforeBgsave);
        m_lastSave = unixTime();
        m_lastBgsaveOk = true;
        ++m_saves;
    } else if (!bySignal) {
        serverLog(LogLevel::Warning, "Background saving error");
        m_lastBgsaveOk = false;
    } else {
        serverLog(LogLevel::Warning, "Background saving terminated by signal");
        ::unlink(rdb::tempRdbPath(m_server.config().dir, child).c_str());
        m_lastBgsaveOk = false;
    }
}

std::optional<std::string> Persistence::writeRefusal() const
{
    const Config &cfg = m_server.config();
    if (cfg.stopWritesOnBgsaveError && !cfg.save.empty() && !m_lastBgsaveOk)
        return std::string(kMisconf);
    return std::nullopt;
}

// ---------------------------------------------------------------------------------------------
// Cron, INFO, shutdown
// ---------------------------------------------------------------------------------------------

void Persistence::cron()
{
    if (m_server.hasActiveChild())
        return;
    const std::int64_t now = unixTime();
    const bool mayRetry = m_lastBgsaveOk || now - m_lastBgsaveTry > kBgsaveRetryDelay;
    if (m_bgsaveScheduled && mayRetry) {
        startBackgroundSave();
        return;
    }
    for (const SavePoint &sp : m_server.config().save) {
        if (m_server.dirty() >= sp.changes && now - m_lastSave > sp.seconds && mayRetry) {
            serverLogf(LogLevel::Notice, "%lld changes in %lld seconds. Saving...",
                       static_cast<long long>(sp.changes), static_cast<long long>(sp.seconds));
            startBackgroundSave();
            break;
        }
    }
}

void Persistence::info(std::string &out) const
{
    PersistenceInfo p;
    p.loading = m_server.loading();
    p.changesSinceLastSave = m_server.dirty();
    p.bgsaveInProgress = bgsaveInProgress();
    p.lastSaveTime = m_lastSave;
    p.lastBgsaveOk = m_lastBgsaveOk;
    p.lastBgsaveTimeSec = m_lastBgsaveTimeSec;
    if (p.bgsaveInProgress)
        p.currentBgsaveTimeSec = (Keyspace::wallClockMs() - m_bgsaveStartMs) / 1000;
    p.saves = m_saves;
    if (m_loadInfo) {
        p.lastLoadKeysExpired = std::int64_t(m_loadInfo->keysExpired);
        p.lastLoadKeysLoaded = std::int64_t(m_loadInfo->keysLoaded);
    }
    appendPersistenceInfo(out, p);
}

bool Persistence::onShutdown(bool save)
{
    // The server kills a saving child before the hooks run; its temp file goes too.
    if (m_childPid > 0 && !bgsaveInProgress()) {
        ::unlink(rdb::tempRdbPath(m_server.config().dir, m_childPid).c_str());
        m_childPid = -1;
    }
    if (!save)
        return true;
    serverLog(LogLevel::Notice, "Saving the final RDB snapshot before exiting.");
    if (!saveInForeground()) {
        serverLog(LogLevel::Warning, "Error trying to save the DB, can't exit.");
        return false;
    }
    return true;
}

// ---------------------------------------------------------------------------------------------
// Installation
// ---------------------------------------------------------------------------------------------

Persistence *persistenceOf(Server &server)
{
    std::lock_guard lock(g_registryMutex);
    const auto it = g_registry.find(&server);
    return it == g_registry.end() ? nullptr : it->second.get();
}

void installPersistence(Server &server)
{
    Persistence *p = nullptr;
    {
        std::lock_guard lock(g_registryMutex);
        auto &slot = g_registry[&server];
        slot = std::make_unique<Persistence>(server);
        p = slot.get();
    }
    if (!p->loadAtStartup()) {
        // Never serve a half-loaded dataset; Redis exits the same way.
        std::fflush(nullptr);
        std::exit(1);
    }
    server.addInfoSection("persistence", [p](std::string &out) { p->info(out); });
    server.addCronJob("persistence", [p] { p->cron(); });
    server.addWriteGuard([p] { return p->writeRefusal(); });
    server.addShutdownHook([p](bool save) { return p->onShutdown(save); });
    server.setDebugReloadHandler([p] { return p->debugReload(); });
}

} // namespace rd::persistence
