#include "config/config_table.h"

#include "util/numbers.h"
#include "util/split_args.h"

#include <cerrno>
#include <climits>
#include <cstring>
#include <strings.h>
#include <unistd.h>

namespace rd {

namespace {

using Args = std::vector<std::string>;
using Reason = std::optional<std::string>;

bool equalsNoCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && strncasecmp(a.data(), b.data(), a.size()) == 0;
}

std::string yesNo(bool v)
{
    return v ? "yes" : "no";
}

Reason needOneArg(const Args &args)
{
    if (args.size() != 1)
        return std::string("wrong number of arguments");
    return std::nullopt;
}

Reason rangeError(int64_t lo, int64_t hi)
{
    return "argument must be between " + std::to_string(lo) + " and " + std::to_string(hi) +
           " inclusive";
}

// A quoted string line, the way Redis rewrites string options.
std::vector<std::string> quotedLine(const std::string &name, const std::string &value)
{
    return {name + " " + quoteArg(value)};
}

struct EnumName
{
    const char *name;
    int value;
};

std::string enumChoices(const std::vector<EnumName> &names)
{
    std::string s = "argument(s) must be one of the following: ";
    for (size_t i = 0; i < names.size(); ++i) {
        if (i)
            s += ", ";
        s += names[i].name;
    }
    return s;
}

const std::vector<EnumName> &policyNames()
{
    static const std::vector<EnumName> n = {
        {"volatile-lru", int(MaxmemoryPolicy::VolatileLru)},
        {"volatile-lfu", int(MaxmemoryPolicy::VolatileLfu)},
        {"volatile-random", int(MaxmemoryPolicy::VolatileRandom)},
        {"volatile-ttl", int(MaxmemoryPolicy::VolatileTtl)},
        {"allkeys-lru", int(MaxmemoryPolicy::AllkeysLru)},
        {"allkeys-lfu", int(MaxmemoryPolicy::AllkeysLfu)},
        {"allkeys-random", int(MaxmemoryPolicy::AllkeysRandom)},
        {"noeviction", int(MaxmemoryPolicy::NoEviction)},
    };
    return n;
}

const std::vector<EnumName> &logLevelNames()
{
    static const std::vector<EnumName> n = {{"debug", int(LogLevel::Debug)},
                                            {"verbose", int(LogLevel::Verbose)},
                                            {"notice", int(LogLevel::Notice)},
                                            {"warning", int(LogLevel::Warning)}};
    return n;
}

const std::vector<EnumName> &enableModeNames()
{
    static const std::vector<EnumName> n = {{"no", int(EnableMode::No)},
                                            {"yes", int(EnableMode::Yes)},
                                            {"local", int(EnableMode::Local)}};
    return n;
}

class Builder
{
public:
    explicit Builder(std::vector<ConfigTable::Directive> &out)
        : m_out(out)
    {
    }

    ConfigTable::Directive &add(std::string name, std::string alias, unsigned flags,
                                ConfigTable::Setter set, ConfigTable::Getter get,
                                ConfigTable::Rewriter rewrite = {})
    {
        if (!rewrite) {
            const std::string n = name;
            ConfigTable::Getter g = get;
            rewrite = [n, g](const Config &c) {
                return std::vector<std::string>{n + " " + g(c)};
            };
        }
        m_out.push_back({std::move(name), std::move(alias), flags, std::move(set), std::move(get),
                         std::move(rewrite)});
        return m_out.back();
    }

    void boolean(std::string name, bool Config::*member, unsigned flags = 0, std::string alias = {})
    {
        add(
            std::move(name), std::move(alias), flags,
            [member](Config &c, const Args &a, bool) -> Reason {
                if (auto r = needOneArg(a))
                    return r;
                if (equalsNoCase(a[0], "yes"))
                    c.*member = true;
                else if (equalsNoCase(a[0], "no"))
                    c.*member = false;
                else
                    return std::string("argument must be 'yes' or 'no'");
                return std::nullopt;
            },
            [member](const Config &c) { return yesNo(c.*member); });
    }

    void integer(std::string name, int64_t Config::*member, int64_t lo, int64_t hi,
                 unsigned flags = 0, std::string alias = {})
    {
        add(
            std::move(name), std::move(alias), flags,
            [member, lo, hi](Config &c, const Args &a, bool) -> Reason {
                if (auto r = needOneArg(a))
                    return r;
                int64_t v;
                if (!parseInt64(a[0], v))
                    return std::string("argument couldn't be parsed into an integer");
                if (v < lo || v > hi)
                    return rangeError(lo, hi);
                c.*member = v;
                return std::nullopt;
            },
            [member](const Config &c) { return std::to_string(c.*member); });
    }

    template <class T>
    void memory(std::string name, T Config::*member, int64_t lo, int64_t hi, unsigned flags = 0)
    {
        add(
            std::move(name), {}, flags,
            [member, lo, hi](Config &c, const Args &a, bool) -> Reason {
                if (auto r = needOneArg(a))
                    return r;
                uint64_t v;
                if (!ConfigTable::parseMemory(a[0], v))
                    return std::string("argument must be a memory value");
                if (int64_t(v) < lo || (hi >= 0 && v > uint64_t(hi)) || v > uint64_t(INT64_MAX))
                    return rangeError(lo, hi);
                c.*member = T(v);
                return std::nullopt;
            },
            [member](const Config &c) { return std::to_string(c.*member); },
            [n = name, member](const Config &c) {
                return std::vector<std::string>{n + " " +
                                                ConfigTable::memoryToString(uint64_t(c.*member))};
            });
    }

    void string(std::string name, std::string Config::*member, unsigned flags = 0,
                std::string alias = {})
    {
        const std::string n = name;
        add(
            std::move(name), std::move(alias), flags,
            [member](Config &c, const Args &a, bool) -> Reason {
                if (auto r = needOneArg(a))
                    return r;
                c.*member = a[0];
                return std::nullopt;
            },
            [member](const Config &c) { return c.*member; },
            [n, member](const Config &c) { return quotedLine(n, c.*member); });
    }

    template <class E>
    void enumeration(std::string name, E Config::*member, const std::vector<EnumName> &names,
                     unsigned flags = 0)
    {
        add(
            std::move(name), {}, flags,
            [member, &names](Config &c, const Args &a, bool) -> Reason {
                if (auto r = needOneArg(a))
                    return r;
                for (const EnumName &n : names) {
                    if (equalsNoCase(a[0], n.name)) {
                        c.*member = E(n.value);
                        return std::nullopt;
                    }
                }
                return enumChoices(names);
            },
            [member, &names](const Config &c) {
                for (const EnumName &n : names)
                    if (n.value == int(c.*member))
                        return std::string(n.name);
                return std::string();
            });
    }

    // A string restricted to a few words (replica's repl-diskless-load, supervised, ...).
    void choice(std::string name, std::string Config::*member, std::vector<std::string> words,
                unsigned flags = 0)
    {
        add(
            std::move(name), {}, flags,
            [member, words](Config &c, const Args &a, bool) -> Reason {
                if (auto r = needOneArg(a))
                    return r;
                for (const std::string &w : words) {
                    if (equalsNoCase(a[0], w)) {
                        c.*member = w;
                        return std::nullopt;
                    }
                }
                std::string s = "argument(s) must be one of the following: ";
                for (size_t i = 0; i < words.size(); ++i)
                    s += (i ? ", " : "") + words[i];
                return s;
            },
            [member](const Config &c) { return c.*member; });
    }

private:
    std::vector<ConfigTable::Directive> &m_out;
};

Reason setSave(Config &c, const Args &args, bool append)
{
    // `save ""` (or no argument) turns snapshots off; otherwise pairs of seconds and changes.
    std::vector<SavePoint> points;
    const bool off = args.empty() || (args.size() == 1 && args[0].empty());
    if (!off) {
        if (args.size() % 2 != 0)
            return std::string("Invalid save parameters");
        for (size_t i = 0; i < args.size(); i += 2) {
            int64_t s, ch;
            if (!parseInt64(args[i], s) || !parseInt64(args[i + 1], ch) || s < 1 || ch < 0)
                return std::string("Invalid save parameters");
            points.push_back({s, ch});
        }
    }
    // In a file the first save line replaces the defaults and later lines add to it.
    if (append && !off)
        c.save.insert(c.save.end(), points.begin(), points.end());
    else
        c.save = points;
    return std::nullopt;
}

std::string getSave(const Config &c)
{
    std::string s;
    for (const SavePoint &p : c.save) {
        if (!s.empty())
            s += ' ';
        s += std::to_string(p.seconds) + " " + std::to_string(p.changes);
    }
    return s;
}

std::vector<std::string> rewriteSave(const Config &c)
{
    if (c.save.empty())
        return {"save \"\""};
    std::vector<std::string> lines;
    for (const SavePoint &p : c.save)
        lines.push_back("save " + std::to_string(p.seconds) + " " + std::to_string(p.changes));
    return lines;
}

Reason setBind(Config &c, const Args &args, bool)
{
    if (args.empty() || args.size() > 16)
        return std::string("wrong number of arguments");
    c.bind = args;
    return std::nullopt;
}

Reason setReplicaof(Config &c, const Args &args, bool)
{
    if (args.size() != 2)
        return std::string("wrong number of arguments");
    if (equalsNoCase(args[0], "no") && equalsNoCase(args[1], "one")) {
        c.replicaofHost.clear();
        c.replicaofPort = 0;
        return std::nullopt;
    }
    int64_t port;
    if (!parseInt64(args[1], port) || port < 0 || port > 65535)
        return std::string("Invalid master port");
    c.replicaofHost = args[0];
    c.replicaofPort = port;
    return std::nullopt;
}

std::string getReplicaof(const Config &c)
{
    if (c.replicaofHost.empty())
        return {};
    return c.replicaofHost + " " + std::to_string(c.replicaofPort);
}

Reason setOutputBufferLimit(Config &c, const Args &args, bool)
{
    if (args.empty() || args.size() % 4 != 0)
        return std::string("Wrong number of arguments in buffer limit configuration.");
    OutputBufferLimit limits[3] = {c.outputBufferLimits[0], c.outputBufferLimits[1],
                                   c.outputBufferLimits[2]};
    for (size_t i = 0; i < args.size(); i += 4) {
        int cls;
        if (equalsNoCase(args[i], "normal"))
            cls = 0;
        else if (equalsNoCase(args[i], "replica") || equalsNoCase(args[i], "slave"))
            cls = 1;
        else if (equalsNoCase(args[i], "pubsub"))
            cls = 2;
        else
            return std::string("Invalid client class specified in buffer limit configuration.");
        uint64_t hard, soft;
        int64_t secs;
        if (!ConfigTable::parseMemory(args[i + 1], hard) ||
            !ConfigTable::parseMemory(args[i + 2], soft) || !parseInt64(args[i + 3], secs) ||
            secs < 0)
            return std::string("Error in hard, soft or soft_seconds setting in buffer limit "
                               "configuration.");
        limits[cls] = {hard, soft, secs};
    }
    for (int i = 0; i < 3; ++i)
        c.outputBufferLimits[i] = limits[i];
    return std::nullopt;
}

std::string getOutputBufferLimit(const Config &c)
{
    static const char *names[] = {"normal", "slave", "pubsub"};
    std::string s;
    for (int i = 0; i < 3; ++i) {
        const OutputBufferLimit &l = c.outputBufferLimits[i];
        if (i)
            s += ' ';
        s += std::string(names[i]) + " " + std::to_string(l.hardBytes) + " " +
             std::to_string(l.softBytes) + " " + std::to_string(l.softSeconds);
    }
    return s;
}

std::vector<std::string> rewriteOutputBufferLimit(const Config &c)
{
    static const char *names[] = {"normal", "replica", "pubsub"};
    std::vector<std::string> lines;
    for (int i = 0; i < 3; ++i) {
        const OutputBufferLimit &l = c.outputBufferLimits[i];
        lines.push_back("client-output-buffer-limit " + std::string(names[i]) + " " +
                        ConfigTable::memoryToString(l.hardBytes) + " " +
                        ConfigTable::memoryToString(l.softBytes) + " " +
                        std::to_string(l.softSeconds));
    }
    return lines;
}

Reason setDir(Config &c, const Args &args, bool)
{
    if (auto r = needOneArg(args))
        return r;
    if (::chdir(args[0].c_str()) == -1)
        return std::string(std::strerror(errno));
    char buf[4096];
    c.dir = ::getcwd(buf, sizeof buf) ? buf : args[0];
    return std::nullopt;
}

Reason setAppendonly(Config &c, const Args &args, bool)
{
    if (auto r = needOneArg(args))
        return r;
    if (equalsNoCase(args[0], "no")) {
        c.appendonly = false;
        return std::nullopt;
    }
    if (equalsNoCase(args[0], "yes"))
        return std::string("appendonly yes is not supported: replicadesk-node persists with RDB "
                           "snapshots only");
    return std::string("argument must be 'yes' or 'no'");
}

Reason setNotifyKeyspaceEvents(Config &c, const Args &args, bool)
{
    if (auto r = needOneArg(args))
        return r;
    if (!args[0].empty())
        return std::string("keyspace notifications are not supported by replicadesk-node");
    c.notifyKeyspaceEvents.clear();
    return std::nullopt;
}

} // namespace

bool ConfigTable::parseMemory(std::string_view s, uint64_t &out)
{
    // memtoull: digits then an optional unit, case-insensitive.
    size_t digits = 0;
    while (digits < s.size() &&
           ((s[digits] >= '0' && s[digits] <= '9') || (digits == 0 && s[digits] == '-')))
        ++digits;
    const std::string_view unit = s.substr(digits);
    uint64_t mul = 1;
    if (unit.empty() || equalsNoCase(unit, "b"))
        mul = 1;
    else if (equalsNoCase(unit, "k"))
        mul = 1000;
    else if (equalsNoCase(unit, "kb"))
        mul = 1024;
    else if (equalsNoCase(unit, "m"))
        mul = 1000 * 1000;
    else if (equalsNoCase(unit, "mb"))
        mul = 1024 * 1024;
    else if (equalsNoCase(unit, "g"))
        mul = 1000ULL * 1000 * 1000;
    else if (equalsNoCase(unit, "gb"))
        mul = 1024ULL * 1024 * 1024;
    else
        return false;
    int64_t v;
    if (!parseInt64(s.substr(0, digits), v) || v < 0)
        return false;
    if (mul != 1 && uint64_t(v) > UINT64_MAX / mul)
        return false;
    out = uint64_t(v) * mul;
    return true;
}

std::string ConfigTable::memoryToString(uint64_t bytes)
{
    static const struct
    {
        uint64_t size;
        const char *unit;
    } units[] = {{1ULL << 30, "gb"}, {1ULL << 20, "mb"}, {1ULL << 10, "kb"}};
    if (bytes == 0)
        return "0";
    for (const auto &u : units)
        if (bytes % u.size == 0)
            return std::to_string(bytes / u.size) + u.unit;
    return std::to_string(bytes);
}

const ConfigTable::Directive *ConfigTable::find(std::string_view name) const
{
    for (const Directive &d : m_directives)
        if (equalsNoCase(d.name, name) || (!d.alias.empty() && equalsNoCase(d.alias, name)))
            return &d;
    return nullptr;
}

const ConfigTable &ConfigTable::instance()
{
    static const ConfigTable table;
    return table;
}

ConfigTable::ConfigTable()
{
    constexpr int64_t kIntMax = INT_MAX;
    constexpr int64_t kLongMax = INT64_MAX;
    Builder b(m_directives);

    // network
    b.add("bind", {}, MultiArg, setBind, [](const Config &c) {
        std::string s;
        for (const std::string &a : c.bind)
            s += (s.empty() ? "" : " ") + a;
        return s;
    });
    b.integer("port", &Config::port, 0, 65535);
    b.boolean("protected-mode", &Config::protectedMode);
    b.integer("tcp-backlog", &Config::tcpBacklog, 0, kIntMax, Immutable);
    b.integer("timeout", &Config::timeout, 0, kIntMax);
    b.integer("tcp-keepalive", &Config::tcpKeepalive, 0, kIntMax);
    b.integer("maxclients", &Config::maxclients, 1, 4294967295LL);
    b.string("requirepass", &Config::requirepass);

    // process and logging
    b.boolean("daemonize", &Config::daemonize, Immutable);
    b.string("pidfile", &Config::pidfile, Immutable);
    b.enumeration("loglevel", &Config::loglevel, logLevelNames());
    b.string("logfile", &Config::logfile, Immutable);
    b.integer("databases", &Config::databases, 1, kIntMax, Immutable);
    b.integer("hz", &Config::hz, 0, kIntMax);
    b.boolean("dynamic-hz", &Config::dynamicHz);
    b.add(
        "dir", {}, Protected, setDir, [](const Config &c) { return c.dir; },
        [](const Config &c) { return quotedLine("dir", c.dir); });
    b.choice("supervised", &Config::supervised, {"upstart", "systemd", "auto", "no"}, Immutable);
    b.boolean("always-show-logo", &Config::alwaysShowLogo, Immutable);
    b.boolean("set-proc-title", &Config::setProcTitle, Immutable);

    // memory
    b.memory("maxmemory", &Config::maxmemory, 0, kLongMax);
    b.enumeration("maxmemory-policy", &Config::maxmemoryPolicy, policyNames());
    {
        // The LFU policies need per-key access counters the node does not keep: refused, not
        // silently treated as LRU.
        Directive &d = m_directives.back();
        ConfigTable::Setter parse = d.set;
        d.set = [parse](Config &c, const Args &a, bool append) -> Reason {
            const MaxmemoryPolicy before = c.maxmemoryPolicy;
            if (auto r = parse(c, a, append))
                return r;
            if (c.maxmemoryPolicy == MaxmemoryPolicy::AllkeysLfu ||
                c.maxmemoryPolicy == MaxmemoryPolicy::VolatileLfu) {
                c.maxmemoryPolicy = before;
                return "maxmemory-policy " + a[0] + " is not supported by replicadesk-node";
            }
            return std::nullopt;
        };
    }
    b.integer("maxmemory-samples", &Config::maxmemorySamples, 1, 64);
    b.integer("maxmemory-eviction-tenacity", &Config::maxmemoryEvictionTenacity, 0, 100);
    b.boolean("activerehashing", &Config::activerehashing);
    b.boolean("lazyfree-lazy-eviction", &Config::lazyfreeLazyEviction);
    b.boolean("lazyfree-lazy-expire", &Config::lazyfreeLazyExpire);
    b.boolean("lazyfree-lazy-server-del", &Config::lazyfreeLazyServerDel);
    b.boolean("lazyfree-lazy-user-del", &Config::lazyfreeLazyUserDel);
    b.boolean("lazyfree-lazy-user-flush", &Config::lazyfreeLazyUserFlush);
    b.integer("active-expire-effort", &Config::activeExpireEffort, 1, 10);

    // limits
    b.memory("proto-max-bulk-len", &Config::protoMaxBulkLen, 1024 * 1024, kLongMax);
    b.memory("client-query-buffer-limit", &Config::clientQueryBufferLimit, 1024 * 1024, kLongMax);
    b.add("client-output-buffer-limit", {}, MultiArg, setOutputBufferLimit, getOutputBufferLimit,
          rewriteOutputBufferLimit);

    // diagnostics
    b.integer("slowlog-log-slower-than", &Config::slowlogLogSlowerThan, -1, kLongMax);
    b.add(
        "slowlog-max-len", {}, 0,
        [](Config &c, const Args &a, bool) -> Reason {
            if (auto r = needOneArg(a))
                return r;
            int64_t v;
            if (!parseInt64(a[0], v))
                return std::string("argument couldn't be parsed into an integer");
            if (v < 0)
                return rangeError(0, kLongMax);
            c.slowlogMaxLen = uint64_t(v);
            return std::nullopt;
        },
        [](const Config &c) { return std::to_string(c.slowlogMaxLen); });
    b.integer("latency-monitor-threshold", &Config::latencyMonitorThreshold, 0, kLongMax);
    b.enumeration("enable-debug-command", &Config::enableDebugCommand, enableModeNames(),
                  Immutable);
    b.enumeration("enable-protected-configs", &Config::enableProtectedConfigs, enableModeNames(),
                  Immutable);
    b.add(
        "notify-keyspace-events", {}, 0, setNotifyKeyspaceEvents,
        [](const Config &c) { return c.notifyKeyspaceEvents; },
        [](const Config &c) {
            return quotedLine("notify-keyspace-events", c.notifyKeyspaceEvents);
        });

    // data type encodings
    b.integer("hash-max-listpack-entries", &Config::hashMaxListpackEntries, 0, kLongMax, 0,
              "hash-max-ziplist-entries");
    b.integer("hash-max-listpack-value", &Config::hashMaxListpackValue, 0, kLongMax, 0,
              "hash-max-ziplist-value");
    b.integer("list-max-listpack-size", &Config::listMaxListpackSize, INT_MIN, kIntMax, 0,
              "list-max-ziplist-size");
    b.integer("list-compress-depth", &Config::listCompressDepth, 0, kIntMax);
    b.integer("set-max-intset-entries", &Config::setMaxIntsetEntries, 0, kLongMax);
    b.integer("zset-max-listpack-entries", &Config::zsetMaxListpackEntries, 0, kLongMax, 0,
              "zset-max-ziplist-entries");
    b.integer("zset-max-listpack-value", &Config::zsetMaxListpackValue, 0, kLongMax, 0,
              "zset-max-ziplist-value");

    // persistence
    b.add("save", {}, MultiArg, setSave, getSave, rewriteSave);
    b.string("dbfilename", &Config::dbfilename, Protected);
    b.boolean("rdbcompression", &Config::rdbcompression);
    b.boolean("rdbchecksum", &Config::rdbchecksum);
    b.boolean("stop-writes-on-bgsave-error", &Config::stopWritesOnBgsaveError);
    b.boolean("rdb-del-sync-files", &Config::rdbDelSyncFiles);
    b.add("appendonly", {}, 0, setAppendonly, [](const Config &c) { return yesNo(c.appendonly); });

    // replication
    b.add("replicaof", "slaveof", Immutable | MultiArg, setReplicaof, getReplicaof,
          [](const Config &c) {
              if (c.replicaofHost.empty())
                  return std::vector<std::string>{};
              return std::vector<std::string>{"replicaof " + quoteArg(c.replicaofHost) + " " +
                                              std::to_string(c.replicaofPort)};
          });
    b.string("masterauth", &Config::masterauth);
    b.string("masteruser", &Config::masteruser);
    b.boolean("replica-serve-stale-data", &Config::replicaServeStaleData, 0,
              "slave-serve-stale-data");
    b.boolean("replica-read-only", &Config::replicaReadOnly, 0, "slave-read-only");
    b.integer("repl-timeout", &Config::replTimeout, 1, kIntMax);
    b.integer("repl-ping-replica-period", &Config::replPingReplicaPeriod, 1, kIntMax, 0,
              "repl-ping-slave-period");
    b.memory("repl-backlog-size", &Config::replBacklogSize, 1, kLongMax);
    b.integer("repl-backlog-ttl", &Config::replBacklogTtl, 0, kIntMax);
    b.boolean("repl-diskless-sync", &Config::replDisklessSync);
    b.integer("repl-diskless-sync-delay", &Config::replDisklessSyncDelay, 0, kIntMax);
    b.integer("repl-diskless-sync-max-replicas", &Config::replDisklessSyncMaxReplicas, 0, kIntMax);
    b.choice("repl-diskless-load", &Config::replDisklessLoad,
             {"disabled", "on-empty-db", "swapdb"});
    b.boolean("repl-disable-tcp-nodelay", &Config::replDisableTcpNodelay);
    b.integer("min-replicas-to-write", &Config::minReplicasToWrite, 0, kIntMax, 0,
              "min-slaves-to-write");
    b.integer("min-replicas-max-lag", &Config::minReplicasMaxLag, 0, kIntMax, 0,
              "min-slaves-max-lag");
    b.integer("replica-priority", &Config::replicaPriority, 0, kIntMax, 0, "slave-priority");
    b.string("replica-announce-ip", &Config::replicaAnnounceIp, 0, "slave-announce-ip");
    b.integer("replica-announce-port", &Config::replicaAnnouncePort, 0, 65535, 0,
              "slave-announce-port");
    b.boolean("replica-announced", &Config::replicaAnnounced);
    b.boolean("replica-lazy-flush", &Config::replicaLazyFlush, 0, "slave-lazy-flush");
    b.boolean("replica-ignore-maxmemory", &Config::replicaIgnoreMaxmemory, 0,
              "slave-ignore-maxmemory");
}

} // namespace rd
