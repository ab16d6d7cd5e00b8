// CONFIG GET (patterns) / SET (several pairs, all or nothing) / RESETSTAT / REWRITE / HELP.
#include "commands/command_context.h"
#include "commands/help_reply.h"
#include "config/config_file.h"
#include "config/config_table.h"
#include "core/server.h"
#include "log/logger.h"
#include "util/glob.h"
#include "util/split_args.h"

#include <set>

namespace rd {

namespace {

void configGetCommand(CommandContext &ctx)
{
    const ConfigTable &table = ConfigTable::instance();
    const Config &config = ctx.config();
    std::vector<std::pair<std::string, std::string>> out;
    std::set<std::string> seen;
    auto emit = [&](const std::string &name, const ConfigTable::Directive &d) {
        if (seen.insert(name).second)
            out.emplace_back(name, d.get(config));
    };
    for (size_t i = 2; i < ctx.argv.size(); ++i) {
        std::string pattern = ctx.argv[i];
        for (char &c : pattern)
            c = char(std::tolower(static_cast<unsigned char>(c)));
        for (const ConfigTable::Directive &d : table.directives()) {
            if (globMatch(pattern, d.name, true))
                emit(d.name, d);
            if (!d.alias.empty() && globMatch(pattern, d.alias, true))
                emit(d.alias, d);
        }
    }
    ctx.reply.arrayHeader(out.size() * 2);
    for (const auto &[name, value] : out) {
        ctx.reply.bulk(name);
        ctx.reply.bulk(value);
    }
}

void configSetCommand(CommandContext &ctx)
{
    if (ctx.argv.size() % 2 != 0)
        return ctx.replyWrongArity();
    const ConfigTable &table = ConfigTable::instance();
    Config updated = ctx.config();
    std::vector<const ConfigTable::Directive *> changed;
    auto fail = [&](const std::string &name, const std::string &reason) {
        ctx.replyError("CONFIG SET failed (possibly related to argument '" + name + "') - " +
                       reason);
    };
    for (size_t i = 2; i < ctx.argv.size(); i += 2) {
        const std::string &name = ctx.argv[i];
        const ConfigTable::Directive *d = table.find(name);
        if (!d)
            return ctx.replyError("Unknown option or number of arguments for CONFIG SET - '" +
                                  name + "'");
        for (const ConfigTable::Directive *c : changed)
            if (c == d)
                return fail(name, "duplicate parameter");
        if (d->flags & ConfigTable::Immutable)
            return fail(name, "can't set immutable config");
        if ((d->flags & ConfigTable::Protected) &&
            ctx.config().enableProtectedConfigs == EnableMode::No)
            return fail(name, "can't set protected config");
        std::vector<std::string> args;
        if (d->flags & ConfigTable::MultiArg) {
            if (!splitArgs(ctx.argv[i + 1], args))
                return fail(name, "Invalid argument");
        } else {
            args.push_back(ctx.argv[i + 1]);
        }
        if (auto reason = d->set(updated, args, false))
            return fail(name, *reason);
        changed.push_back(d);
    }
    // All values parsed: apply them together, then let subsystems react; one refusal rolls
    // everything back.
    const Config previous = ctx.config();
    ctx.server.config() = updated;
    for (const ConfigTable::Directive *d : changed) {
        if (auto reason = ctx.server.notifyConfigChanged(d->name)) {
            ctx.server.config() = previous;
            for (const ConfigTable::Directive *r : changed)
                ctx.server.notifyConfigChanged(r->name);
            return fail(d->name, *reason);
        }
    }
    ctx.reply.ok();
}

void configResetstatCommand(CommandContext &ctx)
{
    ctx.server.resetStats();
    ctx.server.slowlog().reset();
    ctx.reply.ok();
}

void configRewriteCommand(CommandContext &ctx)
{
    const std::string &path = ctx.config().configFile;
    if (path.empty())
        return ctx.replyError("The server is running without a config file");
    if (auto err = rewriteConfigFile(ctx.config(), path)) {
        serverLogf(LogLevel::Warning, "CONFIG REWRITE failed: %s", err->c_str());
        return ctx.replyError("Rewriting config file: " + *err);
    }
    serverLog(LogLevel::Notice, "CONFIG REWRITE executed with success.");
    ctx.reply.ok();
}

void configHelpCommand(CommandContext &ctx)
{
    static const char *lines[] = {
        "CONFIG <subcommand> [<arg> [value] [opt] ...]. Subcommands are:",
        "GET <pattern>",
        "    Return parameters matching the glob-like <pattern> and their values.",
        "SET <directive> <value>",
        "    Set the configuration <directive> to <value>.",
        "RESETSTAT",
        "    Reset statistics reported by the INFO command.",
        "REWRITE",
        "    Rewrite the configuration file.",
        "HELP",
        "    Prints this help."};
    replyHelp(ctx, lines);
}

} // namespace

// Directives whose change must reach running parts of the server.
void installConfigListeners(Server &server)
{
    server.onConfigChange("loglevel", [&server]() -> std::optional<std::string> {
        Logger::setLevel(server.config().loglevel);
        return std::nullopt;
    });
    server.onConfigChange("maxmemory", [&server]() -> std::optional<std::string> {
        // Lowering the limit evicts at once, as Redis does (or warns if it cannot).
        if (!server.performEvictions())
            serverLog(LogLevel::Warning, "WARNING: the new maxmemory value set via CONFIG SET is "
                                         "smaller than the current memory usage. This will result "
                                         "in key eviction and/or the inability to accept new "
                                         "write commands depending on the maxmemory-policy.");
        return std::nullopt;
    });
    for (const char *name : {"port", "bind"}) {
        server.onConfigChange(name, [&server]() -> std::optional<std::string> {
            if (!server.rebindListeners())
                return std::string("Unable to listen on this port. Check server logs.");
            return std::nullopt;
        });
    }
    server.onConfigChange("slowlog-max-len", [&server]() -> std::optional<std::string> {
        server.slowlog().trim(size_t(server.config().slowlogMaxLen));
        return std::nullopt;
    });
}

void registerConfigCommands(CommandTable &t)
{
    t.add({"config", nullptr, -2, "", 0, 0, 0, "server",
           "A container for server configuration commands.", "2.0.0"});
    t.addSubcommand("config",
                    {"get", configGetCommand, -3, "admin noscript loading stale", 0, 0, 0, "server",
                     "Returns the effective values of configuration parameters.", "2.0.0"});
    t.addSubcommand("config", {"set", configSetCommand, -4, "admin noscript loading stale", 0, 0, 0,
                               "server", "Sets configuration parameters in-flight.", "2.0.0"});
    t.addSubcommand("config",
                    {"resetstat", configResetstatCommand, 2, "admin noscript loading stale", 0, 0,
                     0, "server", "Resets the server's statistics.", "2.0.0"});
    t.addSubcommand("config",
                    {"rewrite", configRewriteCommand, 2, "admin noscript loading stale", 0, 0, 0,
                     "server", "Persists the effective configuration to file.", "2.8.0"});
    t.addSubcommand("config", {"help", configHelpCommand, 2, "loading stale", 0, 0, 0, "server",
                               "Returns helpful text about the different subcommands.", "5.0.0"});
}

} // namespace rd
