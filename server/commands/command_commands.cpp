// COMMAND [COUNT | INFO name... | DOCS name... | LIST | GETKEYS ...]: the command table described
// in Redis 7.0's reply formats, which redis-cli reads for its hints and key positions.
#include "commands/command_context.h"
#include "commands/help_reply.h"
#include "core/server.h"
#include "util/glob.h"

#include <strings.h>

namespace rd {

namespace {

bool equalsNoCase(std::string_view a, const char *b)
{
    return a.size() == std::char_traits<char>::length(b) && strncasecmp(a.data(), b, a.size()) == 0;
}

std::vector<std::string> aclCategories(const CommandSpec &c)
{
    std::vector<std::string> cats;
    if (c.has(cmdflag::Write))
        cats.push_back("@write");
    if (c.has(cmdflag::ReadOnly))
        cats.push_back("@read");
    if (!c.group.empty() && c.group != "server" && c.group != "generic")
        cats.push_back("@" + c.group);
    if (c.group == "generic")
        cats.push_back("@keyspace");
    if (c.has(cmdflag::Admin))
        cats.push_back("@admin");
    if (c.has(cmdflag::Admin))
        cats.push_back("@dangerous");
    if (c.has(cmdflag::PubSub))
        cats.push_back("@pubsub");
    if (c.has(cmdflag::Blocking))
        cats.push_back("@blocking");
    cats.push_back(c.has(cmdflag::Fast) ? "@fast" : "@slow");
    return cats;
}

void replyCommandInfo(ReplyBuffer &r, const CommandSpec &c)
{
    r.arrayHeader(10);
    r.bulk(c.fullName);
    r.integer(c.arity);
    const std::vector<std::string> flags = c.flagNames();
    r.arrayHeader(flags.size());
    for (const std::string &f : flags)
        r.status(f);
    r.integer(c.firstKey);
    r.integer(c.lastKey);
    r.integer(c.keyStep);
    const std::vector<std::string> cats = aclCategories(c);
    r.arrayHeader(cats.size());
    for (const std::string &cat : cats)
        r.status(cat);
    r.emptyArray(); // tips
    if (c.firstKey > 0) {
        // One key specification: keys from firstKey to lastKey (relative), every keyStep.
        r.arrayHeader(1);
        r.arrayHeader(6);
        r.bulk("flags");
        r.arrayHeader(1);
        r.status(c.has(cmdflag::Write) ? "RW" : "RO");
        r.bulk("begin_search");
        r.arrayHeader(4);
        r.bulk("type");
        r.bulk("index");
        r.bulk("spec");
        r.arrayHeader(2);
        r.bulk("index");
        r.integer(c.firstKey);
        r.bulk("find_keys");
        r.arrayHeader(4);
        r.bulk("type");
        r.bulk("range");
        r.bulk("spec");
        r.arrayHeader(6);
        r.bulk("lastkey");
        r.integer(c.lastKey < 0 ? c.lastKey : c.lastKey - c.firstKey);
        r.bulk("keystep");
        r.integer(c.keyStep);
        r.bulk("limit");
        r.integer(0);
    } else {
        r.emptyArray();
    }
    r.arrayHeader(c.subcommands.size());
    for (const auto &s : c.subcommands)
        replyCommandInfo(r, *s);
}

void replyCommandDocs(ReplyBuffer &r, const CommandSpec &c)
{
    r.bulk(c.fullName);
    r.arrayHeader(c.subcommands.empty() ? 6 : 8);
    r.bulk("summary");
    r.bulk(c.summary);
    r.bulk("since");
    r.bulk(c.since);
    r.bulk("group");
    r.bulk(c.group);
    if (!c.subcommands.empty()) {
        r.bulk("subcommands");
        r.arrayHeader(c.subcommands.size() * 2);
        for (const auto &s : c.subcommands)
            replyCommandDocs(r, *s);
    }
}

const CommandSpec *findByFullName(Server &server, std::string_view name)
{
    const size_t bar = name.find('|');
    if (bar == std::string_view::npos)
        return server.commands().find(name);
    const CommandSpec *parent = server.commands().find(name.substr(0, bar));
    return parent ? parent->findSubcommand(name.substr(bar + 1)) : nullptr;
}

void commandCommand(CommandContext &ctx)
{
    const auto &all = ctx.server.commands().all();
    ctx.reply.arrayHeader(all.size());
    for (const auto &c : all)
        replyCommandInfo(ctx.reply, *c);
}

void commandCountCommand(CommandContext &ctx)
{
    ctx.reply.integer(int64_t(ctx.server.commands().size()));
}

void commandInfoCommand(CommandContext &ctx)
{
    if (ctx.argv.size() == 2)
        return commandCommand(ctx);
    ctx.reply.arrayHeader(ctx.argv.size() - 2);
    for (size_t i = 2; i < ctx.argv.size(); ++i) {
        if (const CommandSpec *c = findByFullName(ctx.server, ctx.argv[i]))
            replyCommandInfo(ctx.reply, *c);
        else
            ctx.reply.nullBulk();
    }
}

void commandDocsCommand(CommandContext &ctx)
{
    std::vector<const CommandSpec *> specs;
    if (ctx.argv.size() == 2) {
        for (const auto &c : ctx.server.commands().all())
            specs.push_back(c.get());
    } else {
        for (size_t i = 2; i < ctx.argv.size(); ++i)
            if (const CommandSpec *c = findByFullName(ctx.server, ctx.argv[i]))
                specs.push_back(c);
    }
    ctx.reply.arrayHeader(specs.size() * 2);
    for (const CommandSpec *c : specs)
        replyCommandDocs(ctx.reply, *c);
}

void commandListCommand(CommandContext &ctx)
{
    std::string pattern;
    if (ctx.argv.size() == 5 && equalsNoCase(ctx.argv[2], "filterby") &&
        equalsNoCase(ctx.argv[3], "pattern"))
        pattern = ctx.argv[4];
    else if (ctx.argv.size() != 2)
        return ctx.replySyntaxError();
    std::vector<std::string> names;
    for (const auto &c : ctx.server.commands().all()) {
        if (pattern.empty() || globMatch(pattern, c->fullName, true))
            names.push_back(c->fullName);
        for (const auto &s : c->subcommands)
            if (pattern.empty() || globMatch(pattern, s->fullName, true))
                names.push_back(s->fullName);
    }
    ctx.reply.arrayHeader(names.size());
    for (const std::string &n : names)
        ctx.reply.bulk(n);
}

void commandGetkeysCommand(CommandContext &ctx)
{
    Argv target;
    target.assign(std::span<const std::string>(ctx.argv.begin() + 2, ctx.argv.end()));
    const CommandSpec *c = ctx.server.resolveCommand(target);
    if (!c)
        return ctx.replyError("Invalid command specified");
    if ((c->arity > 0 && int(target.size()) != c->arity) || int(target.size()) < -c->arity)
        return ctx.replyError("Invalid number of arguments specified for command");
    if (c->firstKey <= 0)
        return ctx.replyError("The command has no key arguments");
    std::vector<std::string> keys;
    const int last = c->lastKey < 0 ? int(target.size()) + c->lastKey : c->lastKey;
    for (int i = c->firstKey; i <= last && i < int(target.size()); i += std::max(1, c->keyStep))
        keys.push_back(target[size_t(i)]);
    ctx.reply.arrayHeader(keys.size());
    for (const std::string &k : keys)
        ctx.reply.bulk(k);
}

void commandHelpCommand(CommandContext &ctx)
{
    static const char *lines[] = {
        "COMMAND <subcommand> [<arg> [value] [opt] ...]. Subcommands are:",
        "(no subcommand)",
        "    Return details about all Redis commands.",
        "COUNT",
        "    Return the total number of commands in this Redis server.",
        "LIST",
        "    Return a list of all commands in this Redis server.",
        "INFO [<command-name> ...]",
        "    Return details about multiple Redis commands.",
        "    If no command names are given, documentation details for all",
        "    commands are returned.",
        "DOCS [<command-name> ...]",
        "    Return documentation details about multiple Redis commands.",
        "    If no command names are given, documentation details for all",
        "    commands are returned.",
        "GETKEYS <full-command>",
        "    Return the keys from a full Redis command.",
        "HELP",
        "    Prints this help."};
    replyHelp(ctx, lines);
}

} // namespace

void registerCommandCommands(CommandTable &t)
{
    // COMMAND alone lists everything, so it is a plain command that also has subcommands:
    // the dispatcher resolves "COMMAND <sub>" and runs the handler for bare "COMMAND".
    t.add({"command", commandCommand, -1, "loading stale", 0, 0, 0, "server",
           "Returns detailed information about all commands.", "2.8.13"});
    t.addSubcommand("command", {"count", commandCountCommand, 2, "loading stale", 0, 0, 0, "server",
                                "Returns a count of commands.", "2.8.13"});
    t.addSubcommand("command",
                    {"info", commandInfoCommand, -2, "loading stale", 0, 0, 0, "server",
                     "Returns information about one, multiple or all commands.", "2.8.13"});
    t.addSubcommand("command",
                    {"docs", commandDocsCommand, -2, "loading stale", 0, 0, 0, "server",
                     "Returns documentary information about one, multiple or all commands.",
                     "7.0.0"});
    t.addSubcommand("command", {"list", commandListCommand, -2, "loading stale", 0, 0, 0, "server",
                                "Returns a list of command names.", "7.0.0"});
    t.addSubcommand("command",
                    {"getkeys", commandGetkeysCommand, -3, "loading stale", 0, 0, 0, "server",
                     "Extracts the key names from an arbitrary command.", "2.8.13"});
    t.addSubcommand("command", {"help", commandHelpCommand, 2, "loading stale", 0, 0, 0, "server",
                                "Returns helpful text about the different subcommands.", "5.0.0"});
}

} // namespace rd
