#pragma once
// Server: one replicadesk-node. It owns the Asio event loop (one thread: the loop thread owns the
// keyspace, as Redis's main thread), the config, the keyspace, the command table, the clients,
// and the hooks through which the other subsystems plug in. Usable in-process (tests) or from
// main.cpp.
//
// Interfaces for the other subsystems (all called on the loop thread):
//
//   Propagation (replication implements it):
//     setPropagationHook([](int db, std::span<const std::string> argv) {...})
//       called for every write to propagate, in execution order: after each top-level command
//       that changed the dataset (with the argv the command chose, see CommandContext), for keys
//       deleted by expiry/eviction (DEL), and MULTI ... EXEC around a transaction's writes.
//       Without a hook nothing is recorded. dirty() counts changes (save rules read it).
//   Replication state: setReplicaMode(true) (role S in logs, expired keys hidden not deleted,
//     replica-read-only enforced), setMasterLinkUp(bool) (MASTERDOWN when stale data is not
//     served). executeFromMaster(client, argv) runs a command read from the master stream.
//   Loading: setLoading(true/false) around an RDB load (-LOADING for other commands).
//   Fork: forkChild(onExit) forks for a snapshot; returns 0 in the child, the pid in the parent,
//     -1 on error. onExit(exitCode, bySignal) runs on the loop after the child is reaped.
//   Cron: addCronJob(name, fn) runs fn on every cron tick (hz per second).
//   INFO: addInfoSection(name, fn, inDefault) adds or replaces a section ("persistence",
//     "replication" are placeholders until their owners replace them). fn appends the
//     section's "field:value\r\n" lines; the server writes the "# Title" line.
//   Lifecycle: addClientCloseHook(fn), addShutdownHook(fn(bool save) -> bool ok),
//     post(fn) to run fn on the loop thread from anywhere.
//   Clients: scheduleWrite(client) after appending to a client's reply from outside its own
//     command (pub/sub delivery, replica stream).
#include "commands/command_table.h"
#include "config/config.h"
#include "core/client.h"
#include "core/command_clock.h"
#include "core/server_stats.h"
#include "core/slowlog.h"
#include "store/keyspace.h"
#include "util/string_hash.h"

#include <asio/io_context.hpp>
#include <asio/signal_set.hpp>
#include <asio/steady_timer.hpp>

#include <functional>
#include <list>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <sys/types.h>
#include <unordered_map>
#include <vector>

namespace rd {

class Listener;
class Connection;
class CommandContext;
struct BlockingRegistry;

class Server
{
public:
    using PropagationHook = std::function<void(int db, std::span<const std::string> argv)>;
    using InfoProvider = std::function<void(std::string &out)>;

    explicit Server(Config config);
    ~Server();
    Server(const Server &) = delete;
    Server &operator=(const Server &) = delete;

    // --- lifecycle --------------------------------------------------------------------------
    // Logs the start-up lines, opens the listeners (logs "Failed listening on port" and returns
    // false on error), installs signal handlers when handleSignals.
    bool start(bool handleSignals = true);
    // Runs the loop until shutdown. Returns the process exit code.
    int run();
    // Stops the loop from the loop thread (SHUTDOWN, SIGTERM). Runs the shutdown hooks.
    // Returns false if a hook failed and the shutdown was cancelled (unless force).
    bool shutdown(bool save, bool nosave, bool force = false);
    asio::io_context &io() { return m_io; }
    CommandClock &commandClock() { return m_clock; }
    void post(std::function<void()> fn);
    bool isShuttingDown() const { return m_shuttingDown; }
    // The TCP ports actually bound (port 0 in the config picks one).
    uint16_t boundPort() const { return m_boundPort; }
    // CONFIG SET port/bind: listens on the configured addresses; on failure keeps the old ones.
    bool rebindListeners();

    // --- state ----------------------------------------------------------------------------------
    Config &config() { return m_config; }
    const Config &config() const { return m_config; }
    Keyspace &keyspace() { return m_keyspace; }
    CommandTable &commands() { return m_commands; }
    ServerStats &stats() { return m_stats; }
    Slowlog &slowlog() { return m_slowlog; }
    const std::string &runId() const { return m_runId; }
    int64_t startTimeMs() const { return m_startTimeMs; }
    int64_t cronLoops() const { return m_cronLoops; }
    int64_t dirty() const { return m_dirty; }
    void addDirty(int64_t n) { m_dirty += n; }
    void setDirty(int64_t v) { m_dirty = v; }
    int64_t mstime() const { return m_keyspace.now(); }

    // --- replication and loading state ----------------------------------------------------------
    void setReplicaMode(bool replica);
    bool replicaMode() const { return m_replicaMode; }
    void setMasterLinkUp(bool up) { m_masterLinkUp = up; }
    bool masterLinkUp() const { return m_masterLinkUp; }
    void setLoading(bool loading);
    bool loading() const { return m_loading; }
    // Runs a command read from the master stream on client (flag Master, no replies sent).
    void executeFromMaster(Client &client);

    // --- hooks ----------------------------------------------------------------------------------
    void setPropagationHook(PropagationHook hook) { m_propagationHook = std::move(hook); }
    bool hasPropagationHook() const { return bool(m_propagationHook); }
    void addCronJob(std::string name, std::function<void()> job);
    void addInfoSection(const std::string &name, InfoProvider provider, bool inDefault = true);
    void addClientCloseHook(std::function<void(Client &)> hook);
    void addShutdownHook(std::function<bool(bool save)> hook);
    // Called after CONFIG SET changed a directive; returning a reason rolls the change back.
    void onConfigChange(const std::string &directive,
                        std::function<std::optional<std::string>()> listener);
    std::optional<std::string> notifyConfigChanged(const std::string &directive);

    // DEBUG RELOAD: persistence installs a handler that saves and reloads the dataset; it
    // returns an error text on failure.
    void setDebugReloadHandler(std::function<std::optional<std::string>()> handler)
    {
        m_debugReload = std::move(handler);
    }
    std::optional<std::string> debugReload()
    {
        if (!m_debugReload)
            return std::string("DEBUG RELOAD needs RDB persistence, which is not installed");
        return m_debugReload();
    }

    // --- fork
    // -------------------------------------------------------------------------------------
    pid_t forkChild(std::function<void(int exitCode, bool bySignal)> onExit);
    bool hasActiveChild() const { return m_childPid > 0; }
    pid_t childPid() const { return m_childPid; }

    // --- clients
    // ----------------------------------------------------------------------------------
    Client *createClient(Connection *connection);
    // A client with no connection (replication's master link). Owned by the caller.
    std::unique_ptr<Client> createFakeClient();
    void freeClient(Client &client);
    Client *findClient(uint64_t id);
    template <class F> void forEachClient(F &&fn)
    {
        for (auto &[id, c] : m_clients)
            fn(*c);
    }
    size_t clientCount() const { return m_clients.size(); }
    size_t blockedClientCount() const;
    void scheduleWrite(Client &client);
    // Sends the replies of every client that has some (end of an event).
    void flushPendingWrites();
    // Sends them once the loop has run every event that is ready now, as Redis's beforeSleep:
    // a batch of readable clients is read and run first, then all replies are written back to
    // back (fewer wake-ups of the clients while the batch is still being served).
    void flushPendingWritesSoon();

    // --- command execution
    // -------------------------------------------------------------------------- Runs client.argv:
    // lookup, checks (auth, arity, MULTI, OOM, replica...), call, propagate.
    void processCommand(Client &client);
    // Runs a command without the checks (EXEC's queue, blocked clients being served).
    void call(Client &client, const CommandSpec &cmd);
    // The command (or subcommand) argv names; nullptr if unknown.
    const CommandSpec *resolveCommand(const Argv &argv) const;

    // --- keyspace signals (WATCH, blocking)
    // ------------------------------------------------------------
    void signalModifiedKey(int db, std::string_view key);
    void signalFlushedDb(int db); // -1: all
    void watchKey(Client &client, int db, std::string_view key);
    void unwatchAll(Client &client);
    // Blocking on keys (BLPOP & co.): see CommandContext::blockOnKeys.
    BlockingRegistry &blocking() { return *m_blocking; }

    // --- propagation
    // ---------------------------------------------------------------------------------- Propagates
    // a command now (expired/evicted keys). Inside a command, use CommandContext.
    void propagate(int db, std::span<const std::string> argv);
    void feedMonitors(const Client &client, std::span<const std::string> argv);
    void addMonitor(Client &client);

    // Refuses write commands while guard() returns an error text (persistence: -MISCONF after a
    // failed background save; replication: -NOREPLICAS with min-replicas-to-write).
    void addWriteGuard(std::function<std::optional<std::string>()> guard);

    // --- info
    // ------------------------------------------------------------------------------------------
    std::string info(std::span<const std::string> sections);
    void resetStats();
    const std::map<std::string, uint64_t> &errorStats() const { return m_errorStats; }

    // --- memory
    // -----------------------------------------------------------------------------------------
    // Frees memory by eviction when over maxmemory. False if still over the limit (OOM).
    bool performEvictions();

private:
    friend class CommandContext;
    friend class CommandDispatch;
    struct CronJob
    {
        std::string name;
        std::function<void()> job;
    };
    struct InfoSection
    {
        std::string name;
        std::string title;
        InfoProvider provider;
        bool inDefault;
    };
    struct PropagationBuffer
    {
        int db;
        Argv argv;
    };

    void installDefaultInfoSections();
    void scheduleCron();
    void cron();
    void clientsCron();
    void reapChild();
    void handleSignal(int sig);
    void writePidFile();
    void logStartup();
    bool openListeners();
    bool exceedsOutputLimit(Client &client);
    void queuePropagation(int db, std::span<const std::string> argv);
    void flushPropagation();

    Config m_config;
    asio::io_context m_io;
    Keyspace m_keyspace;
    CommandClock m_clock;
    CommandTable m_commands;
    ServerStats m_stats;
    Slowlog m_slowlog;
    std::string m_runId;
    int64_t m_startTimeMs = 0;
    int64_t m_cronLoops = 0;
    int64_t m_dirty = 0;
    uint16_t m_boundPort = 0;
    size_t m_startupMemory = 0; // used_memory when the server became ready

    bool m_replicaMode = false;
    bool m_masterLinkUp = false;
    bool m_loading = false;
    bool m_shuttingDown = false;
    int m_exitCode = 0;

    std::vector<std::unique_ptr<Listener>> m_listeners;
    std::vector<std::string> m_previousBind;
    std::unique_ptr<asio::signal_set> m_signals;
    asio::steady_timer m_cronTimer;

    uint64_t m_nextClientId = 1;
    std::map<uint64_t, std::unique_ptr<Client>> m_clients;
    std::vector<Client *> m_pendingWrites;
    std::vector<Client *> m_flushing;
    bool m_inFlush = false;
    bool m_flushPosted = false;
    std::vector<Client *> m_monitors;

    PropagationHook m_propagationHook;
    std::vector<PropagationBuffer> m_pendingPropagation;
    size_t m_pendingPropagationCount = 0;
    int m_callDepth = 0;

    std::vector<CronJob> m_cronJobs;
    std::vector<InfoSection> m_infoSections;
    std::vector<std::function<void(Client &)>> m_closeHooks;
    std::vector<std::function<bool(bool)>> m_shutdownHooks;
    std::vector<std::function<std::optional<std::string>()>> m_writeGuards;
    std::map<std::string, uint64_t> m_errorStats; // error code -> count (INFO errorstats)
    std::multimap<std::string, std::function<std::optional<std::string>()>> m_configListeners;

    std::function<std::optional<std::string>()> m_debugReload;
    pid_t m_childPid = -1;
    std::function<void(int, bool)> m_childExit;

    // WATCH: per database, key -> watching clients.
    std::vector<std::unordered_map<std::string, std::vector<Client *>, TransparentStringHash,
                                   std::equal_to<>>>
        m_watchedKeys;
    size_t m_watchedKeyCount = 0;
    std::unique_ptr<BlockingRegistry> m_blocking;
};

} // namespace rd
