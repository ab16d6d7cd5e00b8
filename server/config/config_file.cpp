#include "config/config_file.h"

#include "config/config_table.h"
#include "util/split_args.h"

#include "rd_version.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <map>
#include <set>
#include <sstream>
#include <unistd.h>

namespace rd {

namespace {

std::string trim(const std::string &s)
{
    const char *ws = " \t\r\n";
    const size_t b = s.find_first_not_of(ws);
    if (b == std::string::npos)
        return {};
    const size_t e = s.find_last_not_of(ws);
    return s.substr(b, e - b + 1);
}

std::string lower(std::string s)
{
    for (char &c : s)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

// Redis directives that this node deliberately does not implement: refused with a reason that
// says so, rather than Redis's generic "Bad directive".
const std::set<std::string> &knownUnsupported()
{
    static const std::set<std::string> names = {"include",
                                                "rename-command",
                                                "loadmodule",
                                                "user",
                                                "aclfile",
                                                "unixsocket",
                                                "unixsocketperm",
                                                "tls-port",
                                                "tls-cert-file",
                                                "tls-key-file",
                                                "tls-ca-cert-file",
                                                "tls-replication",
                                                "tls-cluster",
                                                "cluster-enabled",
                                                "cluster-config-file",
                                                "cluster-node-timeout",
                                                "appendfilename",
                                                "appenddirname",
                                                "appendfsync",
                                                "auto-aof-rewrite-percentage",
                                                "auto-aof-rewrite-min-size",
                                                "aof-use-rdb-preamble",
                                                "io-threads",
                                                "io-threads-do-reads",
                                                "syslog-enabled",
                                                "syslog-ident",
                                                "syslog-facility",
                                                "lua-time-limit",
                                                "busy-reply-threshold",
                                                "activedefrag",
                                                "jemalloc-bg-thread",
                                                "oom-score-adj",
                                                "oom-score-adj-values",
                                                "sentinel",
                                                "tracking-table-max-keys",
                                                "stream-node-max-bytes",
                                                "stream-node-max-entries",
                                                "hll-sparse-max-bytes",
                                                "lfu-log-factor",
                                                "lfu-decay-time",
                                                "acllog-max-len",
                                                "maxmemory-clients",
                                                "shutdown-on-sigterm",
                                                "shutdown-on-sigint",
                                                "shutdown-timeout"};
    return names;
}

} // namespace

std::optional<ConfigError> applyConfigText(Config &config, const std::string &text)
{
    const ConfigTable &table = ConfigTable::instance();
    std::map<const ConfigTable::Directive *, int> seen;
    std::istringstream in(text);
    std::string raw;
    int lineNo = 0;
    std::vector<std::string> args;
    while (std::getline(in, raw)) {
        ++lineNo;
        const std::string line = trim(raw);
        if (line.empty() || line[0] == '#')
            continue;
        if (!splitArgs(line, args))
            return ConfigError{lineNo, line, "Unbalanced quotes in configuration line"};
        if (args.empty())
            continue;
        const std::string name = lower(args[0]);
        args.erase(args.begin());
        const ConfigTable::Directive *d = table.find(name);
        if (!d) {
            if (knownUnsupported().count(name))
                return ConfigError{lineNo, line,
                                   "'" + name + "' is not supported by replicadesk-node"};
            return ConfigError{lineNo, line, "Bad directive or wrong number of arguments"};
        }
        if (!(d->flags & ConfigTable::MultiArg) && args.size() != 1)
            return ConfigError{lineNo, line, "wrong number of arguments"};
        const bool append = seen[d]++ > 0;
        if (auto reason = d->set(config, args, append))
            return ConfigError{lineNo, line, *reason};
    }
    return std::nullopt;
}

std::string formatConfigError(const ConfigError &error)
{
    return "\n*** FATAL CONFIG FILE ERROR (Redis " RD_REDIS_COMPAT_VERSION ") ***\n"
           "Reading the configuration file, at line " +
           std::to_string(error.line) + "\n>>> '" + error.text + "'\n" + error.reason + "\n";
}

std::string commandLineToConfigText(const std::vector<std::string> &args)
{
    std::string text;
    std::string lastOption;
    bool optionHasArg = true;
    for (const std::string &a : args) {
        if (a.size() > 2 && a[0] == '-' && a[1] == '-') {
            // "--save" with no argument means save "" (as Redis 7 reads it).
            if (!optionHasArg && lastOption == "save")
                text += "\"\" ";
            if (!text.empty())
                text += "\n";
            lastOption = lower(a.substr(2));
            text += a.substr(2) + " ";
            optionHasArg = false;
        } else {
            text += quoteArg(a) + " ";
            optionHasArg = true;
        }
    }
    if (!optionHasArg && lastOption == "save")
        text += "\"\" ";
    return text;
}

std::optional<std::string> applyDirective(Config &config, const std::string &name,
                                          const std::vector<std::string> &args)
{
    const ConfigTable::Directive *d = ConfigTable::instance().find(name);
    if (!d)
        return std::string("Bad directive or wrong number of arguments");
    return d->set(config, args, false);
}

std::optional<std::string> rewriteConfigFile(const Config &config, const std::string &path)
{
    if (path.empty())
        return std::string("The server is running without a config file");
    std::vector<std::string> oldLines;
    {
        FILE *f = std::fopen(path.c_str(), "r");
        if (!f && errno != ENOENT)
            return std::string(std::strerror(errno));
        if (f) {
            char buf[65536];
            while (std::fgets(buf, sizeof buf, f)) {
                std::string l(buf);
                while (!l.empty() && (l.back() == '\n' || l.back() == '\r'))
                    l.pop_back();
                oldLines.push_back(l);
            }
            std::fclose(f);
        }
    }
    const ConfigTable &table = ConfigTable::instance();
    const Config defaults;
    // Each directive's current lines; written in place of its first line in the old file.
    std::map<const ConfigTable::Directive *, std::vector<std::string>> pending;
    std::set<const ConfigTable::Directive *> presentInFile;
    std::vector<std::string> args;
    for (const std::string &l : oldLines) {
        const std::string t = trim(l);
        if (t.empty() || t[0] == '#' || !splitArgs(t, args) || args.empty())
            continue;
        if (const ConfigTable::Directive *d = table.find(lower(args[0])))
            presentInFile.insert(d);
    }
    const char *kGeneratedMarker = "# Generated by CONFIG REWRITE";
    std::vector<std::string> out;
    std::set<const ConfigTable::Directive *> written;
    for (const std::string &l : oldLines) {
        const std::string t = trim(l);
        if (t == kGeneratedMarker)
            continue;
        if (t.empty() || t[0] == '#' || !splitArgs(t, args) || args.empty()) {
            out.push_back(l);
            continue;
        }
        const ConfigTable::Directive *d = table.find(lower(args[0]));
        if (!d) {
            out.push_back(l); // not ours to judge: keep it
            continue;
        }
        if (written.insert(d).second) {
            for (const std::string &nl : d->rewrite(config))
                out.push_back(nl);
        }
    }
    bool markerWritten = false;
    for (const ConfigTable::Directive &d : table.directives()) {
        if (written.count(&d) || presentInFile.count(&d))
            continue;
        if (d.get(config) == d.get(defaults))
            continue; // at its default and not in the file: nothing to write
        if (d.name == "dir")
            continue;
        if (!markerWritten) {
            out.push_back(kGeneratedMarker);
            markerWritten = true;
        }
        for (const std::string &nl : d.rewrite(config))
            out.push_back(nl);
    }
    std::string content;
    for (const std::string &l : out)
        content += l + "\n";
    const std::string tmp = path + ".tmp-" + std::to_string(::getpid());
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0)
        return std::string(std::strerror(errno));
    const ssize_t n = ::write(fd, content.data(), content.size());
    const bool ok = n == ssize_t(content.size()) && ::fsync(fd) == 0;
    ::close(fd);
    if (!ok || ::rename(tmp.c_str(), path.c_str()) != 0) {
        const std::string err = std::strerror(errno);
        ::unlink(tmp.c_str());
        return err;
    }
    return std::nullopt;
}

} // namespace rd
