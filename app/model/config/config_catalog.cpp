#include "model/config/config_catalog.h"

#include <QCoreApplication>
#include <QHash>

namespace {

// Redis 7.0's directives as CONFIG GET * lists them, with the defaults it prints when started
// without a config file (save's default is the built-in "3600 1 300 100 60 10000"). Runtime
// mutability was read from the server: CONFIG SET of each directive to its own value.
const QList<ConfigDirective> kDirectives = {
    {"acl-pubsub-default", ConfigTopic::Security, "resetchannels", ConfigMutability::Runtime,
     QT_TRANSLATE_NOOP("ConfigCatalog",
                       "Pub/Sub channels new ACL users may use by default (resetchannels = none)."),
     nullptr},
    {"aclfile", ConfigTopic::Security, "", ConfigMutability::Restart,
     QT_TRANSLATE_NOOP("ConfigCatalog",
                       "File holding ACL users (instead of user lines in redis.conf)."),
     nullptr},
    {"acllog-max-len", ConfigTopic::Security, "128", ConfigMutability::Runtime,
     QT_TRANSLATE_NOOP("ConfigCatalog",
                       "Entries kept in the ACL LOG of refused commands and logins."),
     nullptr},
    {"active-defrag-cycle-max", ConfigTopic::Other, "25", ConfigMutability::Runtime, nullptr,
     nullptr},
    {"active-defrag-cycle-min", ConfigTopic::Other, "1", ConfigMutability::Runtime, nullptr,
     nullptr},
    {"active-defrag-ignore-bytes", ConfigTopic::Other, "104857600", ConfigMutability::Runtime,
     nullptr, nullptr},
    {"active-defrag-max-scan-fields", ConfigTopic::Other, "1000", ConfigMutability::Runtime,
     nullptr, nullptr},
    {"active-defrag-threshold-lower", ConfigTopic::Other, "10", ConfigMutability::Runtime, nullptr,
     nullptr},
    {"active-defrag-threshold-upper", ConfigTopic::Other, "100", ConfigMutability::Runtime, nullptr,
     nullptr},
    {"active-expire-effort", ConfigTopic::Other, "1", ConfigMutability::Runtime, nullptr, nullptr},
    {"activedefrag", ConfigTopic::Other, "no", ConfigMutability::Runtime, nullptr, nullptr},
    {"activerehashing", ConfigTopic::Other, "yes", ConfigMutability::Runtime,
     QT_TRANSLATE_NOOP("ConfigCatalog",
                       "Spend some CPU to rehash the main dictionaries incrementally."),
     nullptr},
    {"always-show-logo", ConfigTopic::Other, "no", ConfigMutability::Restart, nullptr, nullptr},
    {"aof-disable-auto-gc", ConfigTopic::Persistence, "no", ConfigMutability::Runtime, nullptr,
     nullptr},
    {"aof-load-truncated", ConfigTopic::Persistence, "yes", ConfigMutability::Runtime,
     QT_TRANSLATE_NOOP("ConfigCatalog",
                       "Load a truncated AOF (after a crash) instead of refusing to start."),
     nullptr},
    {"aof-rewrite-incremental-fsync", ConfigTopic::Persistence, "yes", ConfigMutability::Runtime,
     nullptr, nullptr},
    {"aof-timestamp-enabled", ConfigTopic::Persistence, "no", ConfigMutability::Runtime, nullptr,
     nullptr},
    {"aof-use-rdb-preamble", ConfigTopic::Persistence, "yes", ConfigMutability::Runtime,
     QT_TRANSLATE_NOOP("ConfigCatalog",
                       "Start rewritten AOF files with an RDB snapshot (faster to load)."),
     nullptr},
    {"aof_rewrite_cpulist", ConfigTopic::Persistence, "", ConfigMutability::Restart, nullptr,
     nullptr},
    {"appenddirname", ConfigTopic::Persistence, "appendonlydir", ConfigMutability::Restart,
     QT_TRANSLATE_NOOP("ConfigCatalog", "Folder (inside dir) that holds the AOF files."), nullptr},
    {"appendfilename", ConfigTopic::Persistence, "appendonly.aof", ConfigMutability::Restart,
     QT_TRANSLATE_NOOP("ConfigCatalog", "Base name of the AOF files."), nullptr},
    {"appendfsync", ConfigTopic::Persistence, "everysec", ConfigMutability::Runtime,
     QT_TRANSLATE_NOOP("ConfigCatalog",
                       "How often the AOF is flushed to disk: always, everysec (default) or no."),
     nullptr},
    {"appendonly", ConfigTopic::Persistence, "no", ConfigMutability::Runtime,
     QT_TRANSLATE_NOOP("ConfigCatalog", "Enable the append-only file (AOF): every write is logged "
                                        "so that little is lost on a crash."),
     nullptr},
    {"auto-aof-rewrite-min-size", ConfigTopic::Persistence, "67108864", ConfigMutability::Runtime,
     QT_TRANSLATE_NOOP("ConfigCatalog", "Minimum AOF size before an automatic rewrite."), nullptr},
    {"auto-aof-rewrite-percentage", ConfigTopic::Persistence, "100", ConfigMutability::Runtime,
     QT_TRANSLATE_NOOP("ConfigCatalog", "Rewrite the AOF when it has grown by this percentage "
                                        "since the last rewrite (0 = never)."),
     nullptr},
    {"bgsave_cpulist", ConfigTopic::Other, "", ConfigMutability::Restart, nullptr, nullptr},
    {"bind", ConfigTopic::Network, "* -::*", ConfigMutability::Runtime,
     QT_TRANSLATE_NOOP(
         "ConfigCatalog",
         "Addresses this server accepts connections on. Without bind it listens on every "
         "interface; \"bind 127.0.0.1\" accepts local clients only, so a replica on another "
         "machine gets \"Connection refused\" (the seed's second failure: the master had to bind "
         "0.0.0.0). \"-\" before an address makes it optional."),
     nullptr},
    {"bind-source-addr", ConfigTopic::Network, "", ConfigMutability::Runtime,
     QT_TRANSLATE_NOOP(
         "ConfigCatalog",
         "Local address used for outgoing connections, such as a replica's link to its master."),
     nullptr},
    {"bio_cpulist", ConfigTopic::Other, "", ConfigMutability::Restart, nullptr, nullptr},
    {"busy-reply-threshold", ConfigTopic::Limits, "5000", ConfigMutability::Runtime,
     QT_TRANSLATE_NOOP("ConfigCatalog", "Milliseconds a script or module command may run before "
                                        "the server answers BUSY to others."),
     nullptr},
    {"client-output-buffer-limit", ConfigTopic::Limits,
     "normal 0 0 0 slave 268435456 67108864 60 pubsub 33554432 8388608 60",
     ConfigMutability::Runtime,
     QT_TRANSLATE_NOOP("ConfigCatalog",
                       "Output buffer limits per client class (normal, replica, pubsub): hard "
                       "limit, soft limit, soft seconds. A replica whose buffer overflows during a "
                       "sync is disconnected and the sync starts over."),
     nullptr},
    {"client-query-buffer-limit", ConfigTopic::Limits, "1073741824", ConfigMutability::Runtime,
     QT_TRANSLATE_NOOP("ConfigCatalog", "Largest query buffer of one client."), nullptr},
    {"cluster-allow-pubsubshard-when-down", ConfigTopic::Other, "yes", ConfigMutability::Runtime,
     nullptr, nullptr},
    {"cluster-allow-reads-when-down", ConfigTopic::Other, "no", ConfigMutability::Runtime, nullptr,
     nullptr},
    {"cluster-allow-replica-migration", ConfigTopic::Other, "yes", ConfigMutability::Runtime,
     nullptr, nullptr},
    {"cluster-announce-bus-port", ConfigTopic::Other, "0", ConfigMutability::Runtime, nullptr,
     nullptr},
    {"cluster-announce-hostname", ConfigTopic::Other, "", ConfigMutability::Runtime, nullptr,
     nullptr},
    {"cluster-announce-ip", ConfigTopic::Other, "", ConfigMutability::Runtime, nullptr, nullptr},
    {"cluster-announce-port", ConfigTopic::Other, "0", ConfigMutability::Runtime, nullptr, nullptr},
    {"cluster-announce-tls-port", ConfigTopic::Other, "0", ConfigMutability::Runtime, nullptr,
     nullptr},
    {"cluster-config-file", ConfigTopic::Other, "nodes.conf", ConfigMutability::Restart, nullptr,
     nullptr},
    {"cluster-enabled", ConfigTopic::Other, "no", ConfigMutability::Restart, nullptr, nullptr},
    {"cluster-link-sendbuf-limit", ConfigTopic::Other, "0", ConfigMutability::Runtime, nullptr,
     nullptr},
    {"cluster-migration-barrier", ConfigTopic::Other, "1", ConfigMutability::Runtime, nullptr,
     nullptr},
    {"cluster-node-timeout", ConfigTopic::Other, "15000", ConfigMutability::Runtime, nullptr,
     nullptr},
    {"cluster-port", ConfigTopic::Other, "0", ConfigMutability::Restart, nullptr, nullptr},
    {"cluster-preferred-endpoint-type", ConfigTopic::Other, "ip", ConfigMutability::Runtime,
     nullptr, nullptr},
    {"cluster-replica-no-failover", ConfigTopic::Other, "no", ConfigMutability::Runtime, nullptr,
     nullptr},
    {"cluster-replica-validity-factor", ConfigTopic::Other, "10", ConfigMutability::Runtime,
     nullptr, nullptr},
    {"cluster-require-full-coverage", ConfigTopic::Other, "yes", ConfigMutability::Runtime, nullptr,
     nullptr},
    {"cluster-slave-no-failover", ConfigTopic::Other, "no", ConfigMutability::Runtime, nullptr,
     "cluster-replica-no-failover"},
    {"cluster-slave-validity-factor", ConfigTopic::Other, "10", ConfigMutability::Runtime, nullptr,
     "cluster-replica-validity-factor"},
    {"crash-log-enabled", ConfigTopic::Other, "yes", ConfigMutability::Runtime, nullptr, nullptr},
    {"crash-memcheck-enabled", ConfigTopic::Other, "yes", ConfigMutability::Runtime, nullptr,
     nullptr},
    {"daemonize", ConfigTopic::Other, "no", ConfigMutability::Restart,
     QT_TRANSLATE_NOOP(
         "ConfigCatalog",
         "Run in the background as a daemon (writes a pid file). The seed runs its servers with "
         "daemonize yes; lab nodes run in the foreground as child processes."),
     nullptr},
    {"databases", ConfigTopic::Other, "16", ConfigMutability::Restart,
     QT_TRANSLATE_NOOP(
         "ConfigCatalog",
         "Number of databases (default 16); clients start in database 0 and change with SELECT."),
     nullptr},
    {"dbfilename", ConfigTopic::Persistence, "dump.rdb", ConfigMutability::Protected,
     QT_TRANSLATE_NOOP("ConfigCatalog", "Name of the RDB snapshot file inside dir."), nullptr},
    {"dir", ConfigTopic::Persistence, nullptr, ConfigMutability::Protected,
     QT_TRANSLATE_NOOP("ConfigCatalog",
                       "Working directory: where the RDB and AOF files are written."),
     nullptr},
    {"disable-thp", ConfigTopic::Other, "yes", ConfigMutability::Restart, nullptr, nullptr},
    {"dynamic-hz", ConfigTopic::Other, "yes", ConfigMutability::Runtime,
     QT_TRANSLATE_NOOP("ConfigCatalog", "Raise hz temporarily when many clients are connected."),
     nullptr},
    {"enable-debug-command", ConfigTopic::Security, "no", ConfigMutability::Restart,
     QT_TRANSLATE_NOOP("ConfigCatalog",
                       "Whether the DEBUG command may be used: no, yes, or local (loopback clients "
                       "only). The key comparison uses DEBUG DIGEST-VALUE when it is allowed."),
     nullptr},
    {"enable-module-command", ConfigTopic::Security, "no", ConfigMutability::Restart,
     QT_TRANSLATE_NOOP("ConfigCatalog",
                       "Whether MODULE LOAD/UNLOAD may be used: no, yes, or local."),
     nullptr},
    {"enable-protected-configs", ConfigTopic::Security, "no", ConfigMutability::Restart,
     QT_TRANSLATE_NOOP("ConfigCatalog", "Whether CONFIG SET may change protected directives such "
                                        "as dir and dbfilename: no, yes, or local."),
     nullptr},
    {"hash-max-listpack-entries", ConfigTopic::Limits, "512", ConfigMutability::Runtime,
     QT_TRANSLATE_NOOP("ConfigCatalog",
                       "Hashes with at most this many fields are stored compactly (listpack)."),
     nullptr},
    {"hash-max-listpack-value", ConfigTopic::Limits, "64", ConfigMutability::Runtime,
     QT_TRANSLATE_NOOP("ConfigCatalog",
                       "Hashes whose fields and values are all at most this long stay compact."),
     nullptr},
    {"hash-max-ziplist-entries", ConfigTopic::Limits, "512", ConfigMutability::Runtime, nullptr,
     "hash-max-listpack-entries"},
    {"hash-max-ziplist-value", ConfigTopic::Limits, "64", ConfigMutability::Runtime, nullptr,
     "hash-max-listpack-value"},
    {"hll-sparse-max-bytes", ConfigTopic::Limits, "3000", ConfigMutability::Runtime, nullptr,
     nullptr},
    {"hz", ConfigTopic::Other, "10", ConfigMutability::Runtime,
     QT_TRANSLATE_NOOP(
         "ConfigCatalog",
         "How many times per second background tasks run (expiry, timeouts, replication cron)."),
     nullptr},
    {"ignore-warnings", ConfigTopic::Other, "", ConfigMutability::Runtime, nullptr, nullptr},
    {"io-threads", ConfigTopic::Other, "1", ConfigMutability::Restart,
     QT_TRANSLATE_NOOP("ConfigCatalog", "Threads used for socket I/O (1 = the main thread only)."),
     nullptr},
    {"io-threads-do-reads", ConfigTopic::Other, "no", ConfigMutability::Restart, nullptr, nullptr},
    {"jemalloc-bg-thread", ConfigTopic::Other, "yes", ConfigMutability::Runtime, nullptr, nullptr},
    {"latency-monitor-threshold", ConfigTopic::Other, "0", ConfigMutability::Runtime,
     QT_TRANSLATE_NOOP(
         "ConfigCatalog",
         "Operations slower than this many milliseconds are recorded by LATENCY (0 = off)."),
     nullptr},
    {"latency-tracking", ConfigTopic::Other, "yes", ConfigMutability::Runtime, nullptr, nullptr},
    {"latency-tracking-info-percentiles", ConfigTopic::Other, "50 99 99.9",
     ConfigMutability::Runtime, nullptr, nullptr},
    {"lazyfree-lazy-eviction", ConfigTopic::Other, "no", ConfigMutability::Runtime,
     QT_TRANSLATE_NOOP("ConfigCatalog", "Free evicted keys in a background thread."), nullptr},
    {"lazyfree-lazy-expire", ConfigTopic::Other, "no", ConfigMutability::Runtime,
     QT_TRANSLATE_NOOP("ConfigCatalog", "Free expired keys in a background thread."), nullptr},
    {"lazyfree-lazy-server-del", ConfigTopic::Other, "no", ConfigMutability::Runtime,
     QT_TRANSLATE_NOOP(
         "ConfigCatalog",
         "Free keys deleted by the server (RENAME over a key, ...) in a background thread."),
     nullptr},
    {"lazyfree-lazy-user-del", ConfigTopic::Other, "no", ConfigMutability::Runtime,
     QT_TRANSLATE_NOOP("ConfigCatalog", "Make DEL behave like UNLINK."), nullptr},
    {"lazyfree-lazy-user-flush", ConfigTopic::Other, "no", ConfigMutability::Runtime,
     QT_TRANSLATE_NOOP("ConfigCatalog", "Make FLUSHDB/FLUSHALL asynchronous by default."), nullptr},
    {"lfu-decay-time", ConfigTopic::Other, "1", ConfigMutability::Runtime, nullptr, nullptr},
    {"lfu-log-factor", ConfigTopic::Other, "10", ConfigMutability::Runtime, nullptr, nullptr},
    {"list-compress-depth", ConfigTopic::Limits, "0", ConfigMutability::Runtime,
     QT_TRANSLATE_NOOP("ConfigCatalog",
                       "List nodes left uncompressed at each end (0 = no compression)."),
     nullptr},
    {"list-max-listpack-size", ConfigTopic::Limits, "-2", ConfigMutability::Runtime,
     QT_TRANSLATE_NOOP("ConfigCatalog",
                       "Size of each node of a list (negative = bytes: -2 is 8 KB)."),
     nullptr},
    {"list-max-ziplist-size", ConfigTopic::Limits, "-2", ConfigMutability::Runtime, nullptr,
     "list-max-listpack-size"},
    {"logfile", ConfigTopic::Other, "", ConfigMutability::Restart,
     QT_TRANSLATE_NOOP(
         "ConfigCatalog",
         "File the log goes to. Empty = standard output; a daemon's standard output is /dev/null."),
     nullptr},
    {"loglevel", ConfigTopic::Other, "notice", ConfigMutability::Runtime,
     QT_TRANSLATE_NOOP(
         "ConfigCatalog",
         "How much the server logs: debug, verbose, notice (the seed's choice) or warning."),
     nullptr},
    {"lua-time-limit", ConfigTopic::Limits, "5000", ConfigMutability::Runtime, nullptr,
     "busy-reply-threshold"},
    {"masterauth", ConfigTopic::Replication, "", ConfigMutability::Runtime,
     QT_TRANSLATE_NOOP("ConfigCatalog",
                       "Password this replica sends to its master (the master's requirepass). "
                       "Without it the master answers NOAUTH and replication never starts."),
     nullptr},
    {"masteruser", ConfigTopic::Replication, "", ConfigMutability::Runtime,
     QT_TRANSLATE_NOOP(
         "ConfigCatalog",
         "ACL user this replica authenticates as on its master (with masterauth as its password)."),
     nullptr},
    {"maxclients", ConfigTopic::Limits, "10000", ConfigMutability::Runtime,
     QT_TRANSLATE_NOOP("ConfigCatalog", "Largest number of connected clients."), nullptr},
    {"maxmemory", ConfigTopic::Limits, "0", ConfigMutability::Runtime,
     QT_TRANSLATE_NOOP("ConfigCatalog", "Memory limit for the dataset (0 = no limit). When "
                                        "reached, maxmemory-policy decides what happens."),
     nullptr},
    {"maxmemory-clients", ConfigTopic::Limits, "0", ConfigMutability::Runtime,
     QT_TRANSLATE_NOOP("ConfigCatalog", "Memory limit for all client buffers together (0 = none)."),
     nullptr},
    {"maxmemory-eviction-tenacity", ConfigTopic::Limits, "10", ConfigMutability::Runtime, nullptr,
     nullptr},
    {"maxmemory-policy", ConfigTopic::Limits, "noeviction", ConfigMutability::Runtime,
     QT_TRANSLATE_NOOP("ConfigCatalog",
                       "What to do at maxmemory: noeviction (refuse writes) or evict keys "
                       "(allkeys-lru, volatile-lru, allkeys-lfu, ...)."),
     nullptr},
    {"maxmemory-samples", ConfigTopic::Limits, "5", ConfigMutability::Runtime,
     QT_TRANSLATE_NOOP("ConfigCatalog",
                       "Keys sampled per eviction (more = closer to true LRU/LFU, more CPU)."),
     nullptr},
    {"min-replicas-max-lag", ConfigTopic::Replication, "10", ConfigMutability::Runtime,
     QT_TRANSLATE_NOOP("ConfigCatalog", "Largest lag (seconds since the last ACK) for a replica to "
                                        "count towards min-replicas-to-write."),
     nullptr},
    {"min-replicas-to-write", ConfigTopic::Replication, "0", ConfigMutability::Runtime,
     QT_TRANSLATE_NOOP("ConfigCatalog",
                       "The master refuses writes unless at least this many replicas are connected "
                       "with a lag under min-replicas-max-lag (0 = off)."),
     nullptr},
    {"min-slaves-max-lag", ConfigTopic::Replication, "10", ConfigMutability::Runtime, nullptr,
     "min-replicas-max-lag"},
    {"min-slaves-to-write", ConfigTopic::Replication, "0", ConfigMutability::Runtime, nullptr,
     "min-replicas-to-write"},
    {"no-appendfsync-on-rewrite", ConfigTopic::Persistence, "no", ConfigMutability::Runtime,
     QT_TRANSLATE_NOOP(
         "ConfigCatalog",
         "Skip fsync of the AOF while a rewrite or BGSAVE runs (less latency, more risk)."),
     nullptr},
    {"notify-keyspace-events", ConfigTopic::Other, "", ConfigMutability::Runtime,
     QT_TRANSLATE_NOOP("ConfigCatalog",
                       "Which keyspace events are published over Pub/Sub (empty = none)."),
     nullptr},
    {"oom-score-adj", ConfigTopic::Other, "no", ConfigMutability::Runtime, nullptr, nullptr},
    {"oom-score-adj-values", ConfigTopic::Other, "0 200 800", ConfigMutability::Runtime, nullptr,
     nullptr},
    {"pidfile", ConfigTopic::Other, "", ConfigMutability::Restart,
     QT_TRANSLATE_NOOP("ConfigCatalog", "File the server writes its process id to. A daemonized "
                                        "server uses /var/run/redis.pid if none is given."),
     nullptr},
    {"port", ConfigTopic::Network, "6379", ConfigMutability::Runtime,
     QT_TRANSLATE_NOOP("ConfigCatalog",
                       "TCP port the server listens on (default 6379). 0 disables TCP."),
     nullptr},
    {"proc-title-template", ConfigTopic::Other, "{title} {listen-addr} {server-mode}",
     ConfigMutability::Runtime, nullptr, nullptr},
    {"propagation-error-behavior", ConfigTopic::Replication, "ignore", ConfigMutability::Runtime,
     QT_TRANSLATE_NOOP("ConfigCatalog", "What a replica does when a command from its master fails: "
                                        "ignore, panic, or panic-on-replicas."),
     nullptr},
    {"protected-mode", ConfigTopic::Security, "yes", ConfigMutability::Runtime,
     QT_TRANSLATE_NOOP("ConfigCatalog",
                       "A safety layer against instances left open on the Internet: with no bind "
                       "and no password, only loopback clients are accepted. The seed sets it to "
                       "no on the master so that replicas on other machines can connect."),
     nullptr},
    {"proto-max-bulk-len", ConfigTopic::Limits, "536870912", ConfigMutability::Runtime,
     QT_TRANSLATE_NOOP("ConfigCatalog", "Largest bulk string a client may send."), nullptr},
    {"rdb-del-sync-files", ConfigTopic::Persistence, "no", ConfigMutability::Runtime,
     QT_TRANSLATE_NOOP("ConfigCatalog",
                       "Delete the RDB files used for replication when persistence is off."),
     nullptr},
    {"rdb-save-incremental-fsync", ConfigTopic::Persistence, "yes", ConfigMutability::Runtime,
     QT_TRANSLATE_NOOP("ConfigCatalog", "fsync the RDB file every 32 MB while it is written."),
     nullptr},
    {"rdbchecksum", ConfigTopic::Persistence, "yes", ConfigMutability::Restart,
     QT_TRANSLATE_NOOP("ConfigCatalog",
                       "Append a CRC64 checksum to RDB files and check it when loading."),
     nullptr},
    {"rdbcompression", ConfigTopic::Persistence, "yes", ConfigMutability::Runtime,
     QT_TRANSLATE_NOOP("ConfigCatalog", "Compress strings in the RDB file with LZF."), nullptr},
    {"repl-backlog-size", ConfigTopic::Replication, "1048576", ConfigMutability::Runtime,
     QT_TRANSLATE_NOOP(
         "ConfigCatalog",
         "Size of the master's backlog of recent writes. A replica that reconnects while its "
         "offset is still in the backlog gets a partial resync instead of a full one."),
     nullptr},
    {"repl-backlog-ttl", ConfigTopic::Replication, "3600", ConfigMutability::Runtime,
     QT_TRANSLATE_NOOP(
         "ConfigCatalog",
         "Seconds the backlog is kept after the last replica disconnected (0 = forever)."),
     nullptr},
    {"repl-disable-tcp-nodelay", ConfigTopic::Replication, "no", ConfigMutability::Runtime,
     QT_TRANSLATE_NOOP(
         "ConfigCatalog",
         "Send the replication stream in fewer, bigger packets (less bandwidth, more lag)."),
     nullptr},
    {"repl-diskless-load", ConfigTopic::Replication, "disabled", ConfigMutability::Runtime,
     QT_TRANSLATE_NOOP("ConfigCatalog", "How a replica loads the master's snapshot: disabled (via "
                                        "a file on disk), on-empty-db, or swapdb (in memory)."),
     nullptr},
    {"repl-diskless-sync", ConfigTopic::Replication, "yes", ConfigMutability::Runtime,
     QT_TRANSLATE_NOOP("ConfigCatalog", "The master streams the snapshot straight to the replica's "
                                        "socket instead of writing an RDB file first."),
     nullptr},
    {"repl-diskless-sync-delay", ConfigTopic::Replication, "5", ConfigMutability::Runtime,
     QT_TRANSLATE_NOOP(
         "ConfigCatalog",
         "Seconds the master waits before a diskless transfer, so that more replicas can join it."),
     nullptr},
    {"repl-diskless-sync-max-replicas", ConfigTopic::Replication, "0", ConfigMutability::Runtime,
     QT_TRANSLATE_NOOP("ConfigCatalog", "Start a diskless transfer at once when this many replicas "
                                        "wait (0 = always wait the delay)."),
     nullptr},
    {"repl-ping-replica-period", ConfigTopic::Replication, "10", ConfigMutability::Runtime,
     QT_TRANSLATE_NOOP("ConfigCatalog", "Seconds between the master's PINGs to its replicas."),
     nullptr},
    {"repl-ping-slave-period", ConfigTopic::Replication, "10", ConfigMutability::Runtime, nullptr,
     "repl-ping-replica-period"},
    {"repl-timeout", ConfigTopic::Replication, "60", ConfigMutability::Runtime,
     QT_TRANSLATE_NOOP("ConfigCatalog", "Seconds without data after which the replication link is "
                                        "considered dead (on both sides)."),
     nullptr},
    {"replica-announce-ip", ConfigTopic::Replication, "", ConfigMutability::Runtime,
     QT_TRANSLATE_NOOP(
         "ConfigCatalog",
         "Address the replica reports to its master (behind NAT or port forwarding)."),
     nullptr},
    {"replica-announce-port", ConfigTopic::Replication, "0", ConfigMutability::Runtime,
     QT_TRANSLATE_NOOP("ConfigCatalog", "Port the replica reports to its master."), nullptr},
    {"replica-announced", ConfigTopic::Replication, "yes", ConfigMutability::Runtime,
     QT_TRANSLATE_NOOP("ConfigCatalog", "Whether Sentinel may announce this replica to clients."),
     nullptr},
    {"replica-ignore-disk-write-errors", ConfigTopic::Replication, "no", ConfigMutability::Runtime,
     QT_TRANSLATE_NOOP("ConfigCatalog",
                       "Keep applying the master's stream even if saving to disk fails."),
     nullptr},
    {"replica-ignore-maxmemory", ConfigTopic::Replication, "yes", ConfigMutability::Runtime,
     QT_TRANSLATE_NOOP(
         "ConfigCatalog",
         "A replica does not evict keys on its own; it follows its master's deletions."),
     nullptr},
    {"replica-lazy-flush", ConfigTopic::Replication, "no", ConfigMutability::Runtime,
     QT_TRANSLATE_NOOP("ConfigCatalog",
                       "Free the old dataset in the background when a full sync starts."),
     nullptr},
    {"replica-priority", ConfigTopic::Replication, "100", ConfigMutability::Runtime,
     QT_TRANSLATE_NOOP("ConfigCatalog",
                       "Sentinel's preference for promoting this replica (lower wins; 0 = never)."),
     nullptr},
    {"replica-read-only", ConfigTopic::Replication, "yes", ConfigMutability::Runtime,
     QT_TRANSLATE_NOOP("ConfigCatalog",
                       "Refuse writes from clients on this replica (the seed sets yes). Writes "
                       "must go to the master; a write here gets a READONLY error."),
     nullptr},
    {"replica-serve-stale-data", ConfigTopic::Replication, "yes", ConfigMutability::Runtime,
     QT_TRANSLATE_NOOP("ConfigCatalog",
                       "When the link to the master is down or the first sync is still running: "
                       "yes = keep answering with the (possibly old) data, as the seed does; no = "
                       "answer MASTERDOWN to most commands."),
     nullptr},
    {"replicaof", ConfigTopic::Replication, "", ConfigMutability::Restart,
     QT_TRANSLATE_NOOP(
         "ConfigCatalog",
         "Makes this server a replica: \"replicaof <master-ip> <master-port>\". It connects, asks "
         "for a sync (PSYNC), receives the master's snapshot, then follows its stream of writes. "
         "Change it at runtime with the REPLICAOF command."),
     nullptr},
    {"requirepass", ConfigTopic::Security, "", ConfigMutability::Runtime,
     QT_TRANSLATE_NOOP("ConfigCatalog",
                       "Password clients must give with AUTH before any other command. Replicas "
                       "need it as their masterauth. Shown hidden; note that a seed password such "
                       "as redis:123:456 is sent in clear text without TLS."),
     nullptr},
    {"sanitize-dump-payload", ConfigTopic::Security, "no", ConfigMutability::Runtime, nullptr,
     nullptr},
    {"save", ConfigTopic::Persistence, "3600 1 300 100 60 10000", ConfigMutability::Runtime,
     QT_TRANSLATE_NOOP("ConfigCatalog",
                       "Snapshot rules: \"save <seconds> <changes>\" writes an RDB file when at "
                       "least that many changes happened within that many seconds. save \"\" "
                       "disables snapshots; the seed does this on the master and on replica 2 to "
                       "spare their disks, and lets replica 1 save (900 1, 300 10, 60 10000)."),
     nullptr},
    {"server_cpulist", ConfigTopic::Other, "", ConfigMutability::Restart, nullptr, nullptr},
    {"set-max-intset-entries", ConfigTopic::Limits, "512", ConfigMutability::Runtime,
     QT_TRANSLATE_NOOP("ConfigCatalog",
                       "Sets of integers with at most this many members are stored as an intset."),
     nullptr},
    {"set-proc-title", ConfigTopic::Other, "yes", ConfigMutability::Restart, nullptr, nullptr},
    {"shutdown-on-sigint", ConfigTopic::Other, "default", ConfigMutability::Runtime, nullptr,
     nullptr},
    {"shutdown-on-sigterm", ConfigTopic::Other, "default", ConfigMutability::Runtime, nullptr,
     nullptr},
    {"shutdown-timeout", ConfigTopic::Other, "10", ConfigMutability::Runtime, nullptr, nullptr},
    {"slave-announce-ip", ConfigTopic::Replication, "", ConfigMutability::Runtime, nullptr,
     "replica-announce-ip"},
    {"slave-announce-port", ConfigTopic::Replication, "0", ConfigMutability::Runtime, nullptr,
     "replica-announce-port"},
    {"slave-ignore-maxmemory", ConfigTopic::Replication, "yes", ConfigMutability::Runtime, nullptr,
     "replica-ignore-maxmemory"},
    {"slave-lazy-flush", ConfigTopic::Replication, "no", ConfigMutability::Runtime, nullptr,
     "replica-lazy-flush"},
    {"slave-priority", ConfigTopic::Replication, "100", ConfigMutability::Runtime, nullptr,
     "replica-priority"},
    {"slave-read-only", ConfigTopic::Replication, "yes", ConfigMutability::Runtime, nullptr,
     "replica-read-only"},
    {"slave-serve-stale-data", ConfigTopic::Replication, "yes", ConfigMutability::Runtime, nullptr,
     "replica-serve-stale-data"},
    {"slaveof", ConfigTopic::Replication, "", ConfigMutability::Restart, nullptr, "replicaof"},
    {"slowlog-log-slower-than", ConfigTopic::Limits, "10000", ConfigMutability::Runtime,
     QT_TRANSLATE_NOOP(
         "ConfigCatalog",
         "Commands slower than this many microseconds are kept in the SLOWLOG (-1 = off)."),
     nullptr},
    {"slowlog-max-len", ConfigTopic::Limits, "128", ConfigMutability::Runtime,
     QT_TRANSLATE_NOOP("ConfigCatalog", "Entries kept in the SLOWLOG."), nullptr},
    {"socket-mark-id", ConfigTopic::Network, "0", ConfigMutability::Restart,
     QT_TRANSLATE_NOOP("ConfigCatalog",
                       "Mark set on listening sockets for routing and firewall rules."),
     nullptr},
    {"stop-writes-on-bgsave-error", ConfigTopic::Persistence, "yes", ConfigMutability::Runtime,
     QT_TRANSLATE_NOOP(
         "ConfigCatalog",
         "Refuse writes when the last background save failed, so the failure is noticed."),
     nullptr},
    {"stream-node-max-bytes", ConfigTopic::Limits, "4096", ConfigMutability::Runtime, nullptr,
     nullptr},
    {"stream-node-max-entries", ConfigTopic::Limits, "100", ConfigMutability::Runtime, nullptr,
     nullptr},
    {"supervised", ConfigTopic::Other, "no", ConfigMutability::Restart,
     QT_TRANSLATE_NOOP(
         "ConfigCatalog",
         "Tell upstart or systemd when the server is ready: no, upstart, systemd, auto."),
     nullptr},
    {"syslog-enabled", ConfigTopic::Other, "no", ConfigMutability::Restart, nullptr, nullptr},
    {"syslog-facility", ConfigTopic::Other, "local0", ConfigMutability::Restart, nullptr, nullptr},
    {"syslog-ident", ConfigTopic::Other, "redis", ConfigMutability::Restart, nullptr, nullptr},
    {"tcp-backlog", ConfigTopic::Network, "511", ConfigMutability::Restart,
     QT_TRANSLATE_NOOP("ConfigCatalog", "Length of the queue of connections waiting to be accepted "
                                        "(also capped by the kernel's somaxconn)."),
     nullptr},
    {"tcp-keepalive", ConfigTopic::Network, "300", ConfigMutability::Runtime,
     QT_TRANSLATE_NOOP("ConfigCatalog", "Seconds between TCP keepalive probes to idle clients, to "
                                        "detect dead peers (0 disables)."),
     nullptr},
    {"timeout", ConfigTopic::Network, "0", ConfigMutability::Runtime,
     QT_TRANSLATE_NOOP(
         "ConfigCatalog",
         "Close a client connection after it has been idle this many seconds (0 = never close)."),
     nullptr},
    {"tls-auth-clients", ConfigTopic::Security, "yes", ConfigMutability::Runtime,
     QT_TRANSLATE_NOOP("ConfigCatalog",
                       "Whether TLS clients must present a certificate: yes, no, or optional."),
     nullptr},
    {"tls-ca-cert-dir", ConfigTopic::Security, "", ConfigMutability::Runtime, nullptr, nullptr},
    {"tls-ca-cert-file", ConfigTopic::Security, "", ConfigMutability::Runtime,
     QT_TRANSLATE_NOOP("ConfigCatalog", "CA bundle used to verify TLS clients and the master."),
     nullptr},
    {"tls-cert-file", ConfigTopic::Security, "", ConfigMutability::Runtime,
     QT_TRANSLATE_NOOP("ConfigCatalog", "Server certificate for TLS (PEM)."), nullptr},
    {"tls-ciphers", ConfigTopic::Security, "", ConfigMutability::Runtime, nullptr, nullptr},
    {"tls-ciphersuites", ConfigTopic::Security, "", ConfigMutability::Runtime, nullptr, nullptr},
    {"tls-client-cert-file", ConfigTopic::Security, "", ConfigMutability::Runtime, nullptr,
     nullptr},
    {"tls-client-key-file", ConfigTopic::Security, "", ConfigMutability::Runtime, nullptr, nullptr},
    {"tls-client-key-file-pass", ConfigTopic::Security, "", ConfigMutability::Runtime, nullptr,
     nullptr},
    {"tls-cluster", ConfigTopic::Security, "no", ConfigMutability::Runtime, nullptr, nullptr},
    {"tls-dh-params-file", ConfigTopic::Security, "", ConfigMutability::Runtime, nullptr, nullptr},
    {"tls-key-file", ConfigTopic::Security, "", ConfigMutability::Runtime,
     QT_TRANSLATE_NOOP("ConfigCatalog", "Private key of the TLS certificate (PEM)."), nullptr},
    {"tls-key-file-pass", ConfigTopic::Security, "", ConfigMutability::Runtime, nullptr, nullptr},
    {"tls-port", ConfigTopic::Security, "0", ConfigMutability::Runtime,
     QT_TRANSLATE_NOOP("ConfigCatalog", "Port for TLS connections (0 = no TLS listener)."),
     nullptr},
    {"tls-prefer-server-ciphers", ConfigTopic::Security, "no", ConfigMutability::Runtime, nullptr,
     nullptr},
    {"tls-protocols", ConfigTopic::Security, "", ConfigMutability::Runtime, nullptr, nullptr},
    {"tls-replication", ConfigTopic::Security, "no", ConfigMutability::Runtime,
     QT_TRANSLATE_NOOP("ConfigCatalog", "Use TLS for the replication link to the master."),
     nullptr},
    {"tls-session-cache-size", ConfigTopic::Security, "20480", ConfigMutability::Runtime, nullptr,
     nullptr},
    {"tls-session-cache-timeout", ConfigTopic::Security, "300", ConfigMutability::Runtime, nullptr,
     nullptr},
    {"tls-session-caching", ConfigTopic::Security, "yes", ConfigMutability::Runtime, nullptr,
     nullptr},
    {"tracking-table-max-keys", ConfigTopic::Limits, "1000000", ConfigMutability::Runtime, nullptr,
     nullptr},
    {"unixsocket", ConfigTopic::Network, "", ConfigMutability::Restart,
     QT_TRANSLATE_NOOP("ConfigCatalog", "Path of a Unix socket to listen on (empty = none)."),
     nullptr},
    {"unixsocketperm", ConfigTopic::Network, "0", ConfigMutability::Restart,
     QT_TRANSLATE_NOOP("ConfigCatalog", "Permissions of the Unix socket file."), nullptr},
    {"zset-max-listpack-entries", ConfigTopic::Limits, "128", ConfigMutability::Runtime,
     QT_TRANSLATE_NOOP("ConfigCatalog",
                       "Sorted sets with at most this many members are stored compactly."),
     nullptr},
    {"zset-max-listpack-value", ConfigTopic::Limits, "64", ConfigMutability::Runtime,
     QT_TRANSLATE_NOOP("ConfigCatalog",
                       "Sorted sets whose members are all at most this long stay compact."),
     nullptr},
    {"zset-max-ziplist-entries", ConfigTopic::Limits, "128", ConfigMutability::Runtime, nullptr,
     "zset-max-listpack-entries"},
    {"zset-max-ziplist-value", ConfigTopic::Limits, "64", ConfigMutability::Runtime, nullptr,
     "zset-max-listpack-value"},
};

const QHash<QByteArray, const ConfigDirective *> &index()
{
    static const QHash<QByteArray, const ConfigDirective *> byName = [] {
        QHash<QByteArray, const ConfigDirective *> out;
        for (const ConfigDirective &d : kDirectives)
            out.insert(QByteArray(d.name), &d);
        return out;
    }();
    return byName;
}

ConfigTopic guessTopic(QByteArrayView name)
{
    auto starts = [&](const char *prefix) {
        return name.startsWith(prefix);
    };
    if (starts("repl") || starts("replica") || starts("slave") || starts("master") ||
        starts("min-replicas") || starts("min-slaves"))
        return ConfigTopic::Replication;
    if (starts("tls-") || starts("acl") || name.contains("pass"))
        return ConfigTopic::Security;
    if (starts("rdb") || starts("aof") || starts("append") || starts("save"))
        return ConfigTopic::Persistence;
    if (starts("max") || name.contains("-max-") || name.contains("limit"))
        return ConfigTopic::Limits;
    if (starts("bind") || starts("port") || starts("tcp-") || starts("unixsocket"))
        return ConfigTopic::Network;
    return ConfigTopic::Other;
}

} // namespace

namespace ConfigCatalog {

const ConfigDirective *find(QByteArrayView name)
{
    return index().value(name.toByteArray().toLower(), nullptr);
}

const QList<ConfigDirective> &all()
{
    return kDirectives;
}

ConfigTopic topicOf(QByteArrayView name)
{
    const ConfigDirective *d = find(name);
    return d ? d->topic : guessTopic(name);
}

ConfigMutability mutabilityOf(QByteArrayView name)
{
    const ConfigDirective *d = find(name);
    return d ? d->mutability : ConfigMutability::Unknown;
}

QString topicLabel(ConfigTopic topic)
{
    switch (topic) {
    case ConfigTopic::Network:
        return QCoreApplication::translate("ConfigCatalog", "Network");
    case ConfigTopic::Security:
        return QCoreApplication::translate("ConfigCatalog", "Security");
    case ConfigTopic::Persistence:
        return QCoreApplication::translate("ConfigCatalog", "Persistence");
    case ConfigTopic::Replication:
        return QCoreApplication::translate("ConfigCatalog", "Replication");
    case ConfigTopic::Limits:
        return QCoreApplication::translate("ConfigCatalog", "Limits");
    case ConfigTopic::Other:
        break;
    }
    return QCoreApplication::translate("ConfigCatalog", "Other");
}

QString mutabilityLabel(ConfigMutability mutability)
{
    switch (mutability) {
    case ConfigMutability::Runtime:
        return QCoreApplication::translate("ConfigCatalog", "at runtime");
    case ConfigMutability::Protected:
        return QCoreApplication::translate("ConfigCatalog", "protected");
    case ConfigMutability::Restart:
        return QCoreApplication::translate("ConfigCatalog", "restart needed");
    case ConfigMutability::Unknown:
        break;
    }
    return QCoreApplication::translate("ConfigCatalog", "unknown");
}

QString helpText(QByteArrayView name)
{
    const ConfigDirective *d = find(name);
    if (d && d->aliasOf) {
        return QCoreApplication::translate("ConfigCatalog", "Old name of %1.")
            .arg(QString::fromLatin1(d->aliasOf));
    }
    if (d && d->help)
        return QCoreApplication::translate("ConfigCatalog", d->help);
    return QCoreApplication::translate("ConfigCatalog",
                                       "No description here; see the comments in redis.conf.");
}

bool isChangedFromDefault(QByteArrayView name, const QByteArray &value)
{
    const ConfigDirective *d = find(name);
    if (!d || !d->defaultValue)
        return false;
    return value.trimmed() != QByteArray(d->defaultValue);
}

bool isNodeSpecific(QByteArrayView name)
{
    static const QList<QByteArray> names{"port",
                                         "tls-port",
                                         "dir",
                                         "dbfilename",
                                         "logfile",
                                         "pidfile",
                                         "unixsocket",
                                         "replicaof",
                                         "slaveof",
                                         "bind",
                                         "cluster-announce-ip",
                                         "cluster-announce-port",
                                         "replica-announce-ip",
                                         "replica-announce-port",
                                         "slave-announce-ip",
                                         "slave-announce-port",
                                         "cluster-port",
                                         "appenddirname",
                                         "appendfilename",
                                         "syslog-ident",
                                         "cluster-config-file"};
    return names.contains(name.toByteArray().toLower());
}

bool isSecret(QByteArrayView name)
{
    const QByteArray n = name.toByteArray().toLower();
    return n == "requirepass" || n == "masterauth" || n.endsWith("-pass");
}

QByteArray canonicalName(QByteArrayView name)
{
    const ConfigDirective *d = find(name);
    return d && d->aliasOf ? QByteArray(d->aliasOf) : name.toByteArray();
}

} // namespace ConfigCatalog
