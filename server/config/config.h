#pragma once
// Config: every redis.conf directive the node accepts, as typed members with Redis's defaults
// beside them. Other subsystems read the members directly (server.config().replBacklogSize).
//
// The directive table (config_table.cpp) maps each directive name to its member, its parser
// and its printer; it is the only place that knows directive names. The config file reader
// (config_file.h), CONFIG GET/SET/REWRITE and the command line all go through it, so a
// directive behaves the same everywhere and an unknown one is refused everywhere.
//
// Directives owned by other subsystems are here too (persistence: save, dbfilename, dir,
// rdbcompression, rdbchecksum, stop-writes-on-bgsave-error; replication: replicaof, masterauth,
// masteruser, replica-*, repl-*, min-replicas-*), so that parsing and CONFIG work in one place.
// A subsystem that must react to a change registers a listener with ConfigTable::onChange.
#include "log/logger.h"

#include <cstdint>
#include <string>
#include <vector>

namespace rd {

enum class MaxmemoryPolicy {
    VolatileLru,
    VolatileLfu,
    VolatileRandom,
    VolatileTtl,
    AllkeysLru,
    AllkeysLfu,
    AllkeysRandom,
    NoEviction,
};

// enable-debug-command and friends (Redis's "protected configs"): no, yes, or local (loopback).
enum class EnableMode { No, Yes, Local };

struct SavePoint
{
    int64_t seconds = 0;
    int64_t changes = 0;
};

// client-output-buffer-limit <class> <hard> <soft> <soft seconds>
struct OutputBufferLimit
{
    uint64_t hardBytes = 0;
    uint64_t softBytes = 0;
    int64_t softSeconds = 0;
};
enum class ClientClass { Normal = 0, Replica = 1, Pubsub = 2 };

struct Config
{
    // --- network -----------------------------------------------------------------------
    std::vector<std::string> bind{"*", "-::*"}; // "-" prefix: optional address (may fail)
    int64_t port = 6379;
    bool protectedMode = true;
    int64_t tcpBacklog = 511;
    int64_t timeout = 0;        // seconds an idle client may stay; 0 = forever
    int64_t tcpKeepalive = 300; // seconds; 0 = off
    int64_t maxclients = 10000;
    std::string requirepass;

    // --- process and logging -----------------------------------------------------------
    bool daemonize = false;
    std::string pidfile;
    LogLevel loglevel = LogLevel::Notice;
    std::string logfile; // "" = stdout
    int64_t databases = 16;
    int64_t hz = 10;
    bool dynamicHz = true;
    std::string dir; // the working directory (chdir'ed when set); filled at start-up
    std::string supervised = "no";
    bool alwaysShowLogo = false;
    bool setProcTitle = true;

    // --- memory ------------------------------------------------------------------------
    uint64_t maxmemory = 0;
    MaxmemoryPolicy maxmemoryPolicy = MaxmemoryPolicy::NoEviction;
    int64_t maxmemorySamples = 5;
    int64_t maxmemoryEvictionTenacity = 10;
    bool activerehashing = true;
    bool lazyfreeLazyEviction = false;
    bool lazyfreeLazyExpire = false;
    bool lazyfreeLazyServerDel = false;
    bool lazyfreeLazyUserDel = false;
    bool lazyfreeLazyUserFlush = false;
    int64_t activeExpireEffort = 1;

    // --- limits ------------------------------------------------------------------------
    int64_t protoMaxBulkLen = 512LL * 1024 * 1024;
    uint64_t clientQueryBufferLimit = 1024ULL * 1024 * 1024;
    OutputBufferLimit outputBufferLimits[3] = {
        {0, 0, 0},                       // normal
        {256ULL << 20, 64ULL << 20, 60}, // replica
        {32ULL << 20, 8ULL << 20, 60},   // pubsub
    };

    // --- diagnostics -------------------------------------------------------------------
    int64_t slowlogLogSlowerThan = 10000; // microseconds; <0 disables
    uint64_t slowlogMaxLen = 128;
    int64_t latencyMonitorThreshold = 0;
    EnableMode enableDebugCommand = EnableMode::No;
    EnableMode enableProtectedConfigs = EnableMode::No;
    std::string notifyKeyspaceEvents; // only "" is accepted

    // --- data type encodings (OBJECT ENCODING thresholds, read by the data types) ----------
    int64_t hashMaxListpackEntries = 512;
    int64_t hashMaxListpackValue = 64;
    int64_t listMaxListpackSize = -2;
    int64_t listCompressDepth = 0;
    int64_t setMaxIntsetEntries = 512;
    int64_t zsetMaxListpackEntries = 128;
    int64_t zsetMaxListpackValue = 64;

    // --- persistence (read by server/persistence) ---------------------------------------
    std::vector<SavePoint> save{{3600, 1}, {300, 100}, {60, 10000}};
    std::string dbfilename = "dump.rdb";
    bool rdbcompression = true;
    bool rdbchecksum = true;
    bool stopWritesOnBgsaveError = true;
    bool rdbDelSyncFiles = false;
    bool appendonly = false; // only "no" is accepted: there is no AOF

    // --- replication (read by server/replication) ----------------------------------------
    std::string replicaofHost; // empty: this node is a master
    int64_t replicaofPort = 0;
    std::string masterauth;
    std::string masteruser;
    bool replicaServeStaleData = true;
    bool replicaReadOnly = true;
    int64_t replTimeout = 60;
    int64_t replPingReplicaPeriod = 10;
    int64_t replBacklogSize = 1024 * 1024;
    int64_t replBacklogTtl = 3600;
    bool replDisklessSync = true;
    int64_t replDisklessSyncDelay = 5;
    int64_t replDisklessSyncMaxReplicas = 0;
    std::string replDisklessLoad = "disabled"; // disabled | on-empty-db | swapdb
    bool replDisableTcpNodelay = false;
    int64_t minReplicasToWrite = 0;
    int64_t minReplicasMaxLag = 10;
    int64_t replicaPriority = 100;
    std::string replicaAnnounceIp;
    int64_t replicaAnnouncePort = 0;
    bool replicaAnnounced = true;
    bool replicaLazyFlush = false;
    bool replicaIgnoreMaxmemory = true;

    // Where the configuration was read from (for CONFIG REWRITE and INFO config_file).
    std::string configFile;
};

} // namespace rd
