// INFO: sections produced by providers, in Redis's order and with Redis's field names. The
// persistence and replication sections here describe a master without replicas and without
// snapshots; server/persistence and server/replication replace them with addInfoSection.
#include "core/info_fields.h"
#include "core/persistence_info.h"
#include "core/server.h"
#include "store/memory.h"

#include "rd_version.h"

#include <cinttypes>
#include <cstdio>
#include <fstream>
#include <sys/resource.h>
#include <sys/utsname.h>
#include <unistd.h>

namespace rd {

namespace {

using info::field;

std::string fixed(double v, int decimals = 2)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}

// Redis's bytesToHuman: "894.90K", "11.60M", "0B".
std::string human(uint64_t n)
{
    char buf[64];
    const double d = double(n);
    if (n < 1024)
        std::snprintf(buf, sizeof buf, "%" PRIu64 "B", n);
    else if (n < 1024ULL * 1024)
        std::snprintf(buf, sizeof buf, "%.2fK", d / 1024);
    else if (n < 1024ULL * 1024 * 1024)
        std::snprintf(buf, sizeof buf, "%.2fM", d / (1024.0 * 1024));
    else if (n < 1024ULL * 1024 * 1024 * 1024)
        std::snprintf(buf, sizeof buf, "%.2fG", d / (1024.0 * 1024 * 1024));
    else
        std::snprintf(buf, sizeof buf, "%.2fT", d / (1024.0 * 1024 * 1024 * 1024));
    return buf;
}

uint64_t residentSetBytes()
{
    std::ifstream f("/proc/self/statm");
    uint64_t size = 0, rss = 0;
    f >> size >> rss;
    return rss * uint64_t(sysconf(_SC_PAGESIZE));
}

uint64_t totalSystemMemory()
{
    return uint64_t(sysconf(_SC_PHYS_PAGES)) * uint64_t(sysconf(_SC_PAGESIZE));
}

const char *policyName(MaxmemoryPolicy p)
{
    switch (p) {
    case MaxmemoryPolicy::VolatileLru:
        return "volatile-lru";
    case MaxmemoryPolicy::VolatileLfu:
        return "volatile-lfu";
    case MaxmemoryPolicy::VolatileRandom:
        return "volatile-random";
    case MaxmemoryPolicy::VolatileTtl:
        return "volatile-ttl";
    case MaxmemoryPolicy::AllkeysLru:
        return "allkeys-lru";
    case MaxmemoryPolicy::AllkeysLfu:
        return "allkeys-lfu";
    case MaxmemoryPolicy::AllkeysRandom:
        return "allkeys-random";
    case MaxmemoryPolicy::NoEviction:
        return "noeviction";
    }
    return "noeviction";
}

std::string executablePath()
{
    char buf[4096];
    const ssize_t n = ::readlink("/proc/self/exe", buf, sizeof buf - 1);
    return n > 0 ? std::string(buf, size_t(n)) : std::string();
}

} // namespace

void Server::installDefaultInfoSections()
{
    addInfoSection("server", [this](std::string &out) {
        struct utsname u;
        uname(&u);
        const int64_t nowMs = Keyspace::wallClockMs();
        const int64_t uptime = (nowMs - m_startTimeMs) / 1000;
        field(out, "redis_version", RD_REDIS_COMPAT_VERSION);
        field(out, "redis_git_sha1", "00000000");
        field(out, "redis_git_dirty", 0);
        field(out, "redis_build_id", "0");
        field(out, "redis_mode", "standalone");
        field(out, "replicadesk_node_version", RD_VERSION);
        field(out, "os", std::string(u.sysname) + " " + u.release + " " + u.machine);
        field(out, "arch_bits", int64_t(sizeof(void *) * 8));
        field(out, "monotonic_clock", "POSIX clock_gettime");
        field(out, "multiplexing_api", "epoll");
        field(out, "atomicvar_api", "c11-builtin");
        field(out, "gcc_version",
              std::to_string(__GNUC__) + "." + std::to_string(__GNUC_MINOR__) + "." +
                  std::to_string(__GNUC_PATCHLEVEL__));
        field(out, "process_id", int64_t(getpid()));
        field(out, "process_supervised", "no");
        field(out, "run_id", m_runId);
        field(out, "tcp_port", int64_t(m_boundPort ? m_boundPort : m_config.port));
        field(out, "server_time_usec", nowMs * 1000);
        field(out, "uptime_in_seconds", uptime);
        field(out, "uptime_in_days", uptime / 86400);
        field(out, "hz", m_config.hz);
        field(out, "configured_hz", m_config.hz);
        field(out, "lru_clock", int64_t(m_keyspace.lruClock()));
        field(out, "executable", executablePath());
        field(out, "config_file", m_config.configFile);
        field(out, "io_threads_active", 0);
    });
    addInfoSection("clients", [this](std::string &out) {
        size_t pubsubClients = 0;
        for (auto &[id, c] : m_clients)
            pubsubClients += c->subscriptionCount() > 0;
        (void)pubsubClients;
        field(out, "connected_clients", int64_t(m_clients.size()));
        field(out, "cluster_connections", 0);
        field(out, "maxclients", m_config.maxclients);
        field(out, "client_recent_max_input_buffer", int64_t(m_stats.clientRecentMaxInputBuffer));
        field(out, "client_recent_max_output_buffer", int64_t(m_stats.clientRecentMaxOutputBuffer));
        field(out, "blocked_clients", int64_t(blockedClientCount()));
        field(out, "tracking_clients", 0);
        field(out, "clients_in_timeout_table", int64_t(blockedClientCount()));
    });
    addInfoSection("memory", [this](std::string &out) {
        const uint64_t used = mem::usedMemory();
        m_stats.peakMemory = std::max<uint64_t>(m_stats.peakMemory, used);
        const uint64_t rss = residentSetBytes();
        const uint64_t peak = m_stats.peakMemory;
        size_t overhead = 0;
        for (int i = 0; i < m_keyspace.count(); ++i)
            overhead += m_keyspace.db(i).overheadBytes();
        size_t clientsMem = 0;
        for (auto &[id, c] : m_clients)
            clientsMem += c->pendingOutputBytes() + c->queryBufferBytes;
        overhead += clientsMem + m_startupMemory;
        const uint64_t dataset = used > overhead ? used - overhead : 0;
        const uint64_t total = totalSystemMemory();
        field(out, "used_memory", int64_t(used));
        field(out, "used_memory_human", human(used));
        field(out, "used_memory_rss", int64_t(rss));
        field(out, "used_memory_rss_human", human(rss));
        field(out, "used_memory_peak", int64_t(peak));
        field(out, "used_memory_peak_human", human(peak));
        field(out, "used_memory_peak_perc",
              fixed(peak ? 100.0 * double(used) / double(peak) : 0) + "%");
        field(out, "used_memory_overhead", int64_t(overhead));
        field(out, "used_memory_startup", int64_t(m_startupMemory));
        field(out, "used_memory_dataset", int64_t(dataset));
        field(out, "used_memory_dataset_perc",
              fixed(used ? 100.0 * double(dataset) / double(used) : 0) + "%");
        field(out, "allocator_allocated", int64_t(used));
        field(out, "allocator_active", int64_t(used));
        field(out, "allocator_resident", int64_t(rss));
        field(out, "total_system_memory", int64_t(total));
        field(out, "total_system_memory_human", human(total));
        field(out, "used_memory_lua", 0);
        field(out, "used_memory_vm_eval", 0);
        field(out, "used_memory_lua_human", "0B");
        field(out, "used_memory_scripts_eval", 0);
        field(out, "number_of_cached_scripts", 0);
        field(out, "number_of_functions", 0);
        field(out, "number_of_libraries", 0);
        field(out, "used_memory_vm_functions", 0);
        field(out, "used_memory_vm_total", 0);
        field(out, "used_memory_vm_total_human", "0B");
        field(out, "used_memory_functions", 0);
        field(out, "used_memory_scripts", 0);
        field(out, "used_memory_scripts_human", "0B");
        field(out, "maxmemory", int64_t(m_config.maxmemory));
        field(out, "maxmemory_human", human(m_config.maxmemory));
        field(out, "maxmemory_policy", policyName(m_config.maxmemoryPolicy));
        field(out, "allocator_frag_ratio", "1.00");
        field(out, "allocator_frag_bytes", 0);
        field(out, "allocator_rss_ratio", fixed(used ? double(rss) / double(used) : 0));
        field(out, "allocator_rss_bytes", int64_t(rss) - int64_t(used));
        field(out, "rss_overhead_ratio", "1.00");
        field(out, "rss_overhead_bytes", 0);
        field(out, "mem_fragmentation_ratio", fixed(used ? double(rss) / double(used) : 0));
        field(out, "mem_fragmentation_bytes", int64_t(rss) - int64_t(used));
        field(out, "mem_not_counted_for_evict", 0);
        field(out, "mem_replication_backlog", 0);
        field(out, "mem_total_replication_buffers", 0);
        field(out, "mem_clients_slaves", 0);
        field(out, "mem_clients_normal", int64_t(clientsMem));
        field(out, "mem_cluster_links", 0);
        field(out, "mem_aof_buffer", 0);
        field(out, "mem_allocator", mem::allocatorName());
        field(out, "active_defrag_running", 0);
        field(out, "lazyfree_pending_objects", 0);
        field(out, "lazyfreed_objects", 0);
    });
    addInfoSection("persistence", [this](std::string &out) {
        // Placeholder until persistence installs its own section.
        PersistenceInfo p;
        p.loading = m_loading;
        p.changesSinceLastSave = m_dirty;
        p.bgsaveInProgress = m_childPid > 0;
        p.lastSaveTime = m_startTimeMs / 1000;
        appendPersistenceInfo(out, p);
    });
    addInfoSection("stats", [this](std::string &out) {
        const KeyspaceStats &ks = m_keyspace.stats();
        size_t channels = 0, patterns = 0;
        for (auto &[id, c] : m_clients) {
            channels += c->channels.size();
            patterns += c->patterns.size();
        }
        field(out, "total_connections_received", m_stats.totalConnectionsReceived);
        field(out, "total_commands_processed", m_stats.totalCommandsProcessed);
        field(out, "instantaneous_ops_per_sec", int64_t(m_stats.opsPerSec.value()));
        field(out, "total_net_input_bytes", m_stats.netInputBytes);
        field(out, "total_net_output_bytes", m_stats.netOutputBytes);
        field(out, "total_net_repl_input_bytes", m_stats.netReplInputBytes);
        field(out, "total_net_repl_output_bytes", m_stats.netReplOutputBytes);
        field(out, "instantaneous_input_kbps", fixed(m_stats.inputBytesPerSec.value() / 1024));
        field(out, "instantaneous_output_kbps", fixed(m_stats.outputBytesPerSec.value() / 1024));
        field(out, "instantaneous_input_repl_kbps",
              fixed(m_stats.replInputBytesPerSec.value() / 1024));
        field(out, "instantaneous_output_repl_kbps",
              fixed(m_stats.replOutputBytesPerSec.value() / 1024));
        field(out, "rejected_connections", m_stats.rejectedConnections);
        field(out, "sync_full", m_stats.syncFull);
        field(out, "sync_partial_ok", m_stats.syncPartialOk);
        field(out, "sync_partial_err", m_stats.syncPartialErr);
        field(out, "expired_keys", int64_t(ks.expiredKeys));
        field(out, "expired_stale_perc",
              fixed(ks.expiredSamples
                        ? 100.0 * double(ks.expiredStaleSamples) / double(ks.expiredSamples)
                        : 0));
        field(out, "expired_time_cap_reached_count", int64_t(ks.expiredTimeCapReached));
        field(out, "expire_cycle_cpu_milliseconds", int64_t(ks.expireCycleCpuUs / 1000));
        field(out, "evicted_keys", int64_t(ks.evictedKeys));
        field(out, "evicted_clients", m_stats.evictedClients);
        field(out, "total_eviction_exceeded_time", 0);
        field(out, "current_eviction_exceeded_time", 0);
        field(out, "keyspace_hits", int64_t(ks.keyspaceHits));
        field(out, "keyspace_misses", int64_t(ks.keyspaceMisses));
        field(out, "pubsub_channels", int64_t(channels));
        field(out, "pubsub_patterns", int64_t(patterns));
        field(out, "pubsubshard_channels", 0);
        field(out, "latest_fork_usec", m_stats.latestForkUsec);
        field(out, "total_forks", m_stats.totalForks);
        field(out, "migrate_cached_sockets", 0);
        field(out, "slave_expires_tracked_keys", 0);
        field(out, "active_defrag_hits", 0);
        field(out, "active_defrag_misses", 0);
        field(out, "active_defrag_key_hits", 0);
        field(out, "active_defrag_key_misses", 0);
        field(out, "total_active_defrag_time", 0);
        field(out, "current_active_defrag_time", 0);
        field(out, "tracking_total_keys", 0);
        field(out, "tracking_total_items", 0);
        field(out, "tracking_total_prefixes", 0);
        field(out, "unexpected_error_replies", m_stats.unexpectedErrorReplies);
        field(out, "total_error_replies", m_stats.totalErrorReplies);
        field(out, "dump_payload_sanitizations", 0);
        field(out, "total_reads_processed", m_stats.totalReadsProcessed);
        field(out, "total_writes_processed", m_stats.totalWritesProcessed);
        field(out, "io_threaded_reads_processed", 0);
        field(out, "io_threaded_writes_processed", 0);
        field(out, "reply_buffer_shrinks", 0);
        field(out, "reply_buffer_expands", 0);
    });
    addInfoSection("replication", [this](std::string &out) {
        // A master with no replicas and no backlog, until server/replication replaces this.
        field(out, "role", "master");
        field(out, "connected_slaves", 0);
        field(out, "master_failover_state", "no-failover");
        field(out, "master_replid", m_runId);
        field(out, "master_replid2", std::string(40, '0'));
        field(out, "master_repl_offset", 0);
        field(out, "second_repl_offset", -1);
        field(out, "repl_backlog_active", 0);
        field(out, "repl_backlog_size", m_config.replBacklogSize);
        field(out, "repl_backlog_first_byte_offset", 0);
        field(out, "repl_backlog_histlen", 0);
    });
    addInfoSection("cpu", [](std::string &out) {
        struct rusage self, children;
        getrusage(RUSAGE_SELF, &self);
        getrusage(RUSAGE_CHILDREN, &children);
        auto secs = [](const timeval &tv) {
            return fixed(double(tv.tv_sec) + double(tv.tv_usec) / 1e6, 6);
        };
        field(out, "used_cpu_sys", secs(self.ru_stime));
        field(out, "used_cpu_user", secs(self.ru_utime));
        field(out, "used_cpu_sys_children", secs(children.ru_stime));
        field(out, "used_cpu_user_children", secs(children.ru_utime));
        struct rusage thread;
        getrusage(RUSAGE_THREAD, &thread);
        field(out, "used_cpu_sys_main_thread", secs(thread.ru_stime));
        field(out, "used_cpu_user_main_thread", secs(thread.ru_utime));
    });
    addInfoSection("modules", [](std::string &) {});
    addInfoSection(
        "commandstats",
        [this](std::string &out) {
            auto one = [&](const CommandSpec &c) {
                if (c.calls == 0 && c.rejectedCalls == 0 && c.failedCalls == 0)
                    return;
                char buf[256];
                std::snprintf(buf, sizeof buf,
                              "cmdstat_%s:calls=%" PRIu64 ",usec=%" PRIu64
                              ",usec_per_call=%.2f,rejected_calls=%" PRIu64 ",failed_calls=%" PRIu64
                              "\r\n",
                              c.fullName.c_str(), c.calls, c.microseconds,
                              c.calls ? double(c.microseconds) / double(c.calls) : 0.0,
                              c.rejectedCalls, c.failedCalls);
                out += buf;
            };
            for (const auto &c : m_commands.all()) {
                one(*c);
                for (const auto &s : c->subcommands)
                    one(*s);
            }
        },
        false);
    addInfoSection("errorstats", [this](std::string &out) {
        for (const auto &[code, count] : m_errorStats)
            out += "errorstat_" + code + ":count=" + std::to_string(count) + "\r\n";
    });
    addInfoSection("cluster", [](std::string &out) { field(out, "cluster_enabled", 0); });
    addInfoSection("keyspace", [this](std::string &out) {
        for (int i = 0; i < m_keyspace.count(); ++i) {
            const Database &db = m_keyspace.db(i);
            if (db.size() == 0)
                continue;
            out += "db" + std::to_string(i) + ":keys=" + std::to_string(db.size()) +
                   ",expires=" + std::to_string(db.expiresCount()) +
                   ",avg_ttl=" + std::to_string(db.avgTtl()) + "\r\n";
        }
    });
}

std::string Server::info(std::span<const std::string> sections)
{
    auto lower = [](std::string s) {
        for (char &c : s)
            c = char(std::tolower(static_cast<unsigned char>(c)));
        return s;
    };
    bool all = false, everything = false, defaults = sections.empty();
    std::vector<std::string> wanted;
    for (const std::string &s : sections) {
        const std::string l = lower(s);
        if (l == "all")
            all = true;
        else if (l == "everything")
            everything = true;
        else if (l == "default")
            defaults = true;
        else
            wanted.push_back(l);
    }
    m_keyspace.setNow(Keyspace::wallClockMs());
    std::string out;
    for (const InfoSection &s : m_infoSections) {
        const bool include = everything || (all && s.name != "modules") ||
                             (defaults && s.inDefault) ||
                             std::find(wanted.begin(), wanted.end(), s.name) != wanted.end();
        if (!include)
            continue;
        if (!out.empty())
            out += "\r\n";
        // A provider writes the section's lines; one that writes its own "# Title" line keeps it.
        std::string body;
        s.provider(body);
        if (body.rfind("# ", 0) != 0)
            out += "# " + s.title + "\r\n";
        out += body;
    }
    return out;
}

void Server::resetStats()
{
    const ServerStats old = m_stats;
    m_stats = ServerStats{};
    m_stats.peakMemory = mem::usedMemory();
    m_keyspace.resetStats();
    m_commands.resetStats();
    m_errorStats.clear();
    (void)old;
}

} // namespace rd
