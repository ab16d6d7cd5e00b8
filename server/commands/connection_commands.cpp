// Connection commands: PING ECHO QUIT SELECT AUTH HELLO RESET.
#include "commands/command_context.h"
#include "core/blocking.h"
#include "core/server.h"
#include "util/constant_time.h"
#include "util/numbers.h"

#include "rd_version.h"

#include <strings.h>

namespace rd {

namespace {

bool equalsNoCase(std::string_view a, const char *b)
{
    return a.size() == std::char_traits<char>::length(b) && strncasecmp(a.data(), b, a.size()) == 0;
}

// Checks a username/password pair against the only user, "default".
bool checkCredentials(Server &server, std::string_view user, std::string_view pass)
{
    const std::string &required = server.config().requirepass;
    if (!equalsNoCase(user, "default") && user != "default")
        return false;
    if (required.empty())
        return true; // "nopass": any password is accepted for the default user
    return constantTimeEquals(pass, required);
}

void pingCommand(CommandContext &ctx)
{
    if (ctx.argv.size() > 2)
        return ctx.replyWrongArity();
    if (ctx.client.subscriptionCount() > 0 && ctx.client.resp == 2) {
        ctx.reply.arrayHeader(2);
        ctx.reply.bulk("pong");
        ctx.reply.bulk(ctx.argv.size() == 2 ? std::string_view(ctx.argv[1]) : "");
        return;
    }
    if (ctx.argv.size() == 2)
        ctx.reply.bulk(ctx.argv[1]);
    else
        ctx.reply.status("PONG");
}

void echoCommand(CommandContext &ctx)
{
    ctx.reply.bulk(ctx.argv[1]);
}

void quitCommand(CommandContext &ctx)
{
    ctx.reply.ok();
    ctx.client.setFlag(Client::CloseAfterReply);
}

void selectCommand(CommandContext &ctx)
{
    int64_t id;
    if (!parseInt64(ctx.argv[1], id))
        return ctx.replyError(StoreStatus::NotInteger);
    if (id < 0 || id >= ctx.server.keyspace().count())
        return ctx.replyError(StoreStatus::DbIndexOutOfRange);
    ctx.client.dbIndex = int(id);
    ctx.reply.ok();
}

void authCommand(CommandContext &ctx)
{
    if (ctx.argv.size() > 3)
        return ctx.replySyntaxError();
    const bool withUser = ctx.argv.size() == 3;
    if (!withUser && ctx.server.config().requirepass.empty())
        return ctx.replyError("AUTH <password> called without any password configured for the "
                              "default user. Are you sure your configuration is correct?");
    const std::string_view user = withUser ? std::string_view(ctx.argv[1]) : "default";
    const std::string_view pass = ctx.argv[withUser ? 2 : 1];
    if (!checkCredentials(ctx.server, user, pass)) {
        ctx.client.authenticated = false;
        return ctx.replyError("-WRONGPASS invalid username-password pair or user is disabled.");
    }
    ctx.client.authenticated = true;
    ctx.reply.ok();
}

void helloCommand(CommandContext &ctx)
{
    Argv &argv = ctx.argv;
    int64_t ver = 0;
    size_t next = 1;
    if (argv.size() >= 2) {
        if (!parseInt64(argv[1], ver))
            return ctx.replyError("Protocol version is not an integer or out of range");
        next = 2;
        // Only RESP2 is spoken; RESP3 is refused as an unsupported version.
        if (ver < 2 || ver > 2)
            return ctx.replyError("-NOPROTO unsupported protocol version");
    }
    std::string_view setName;
    bool hasName = false;
    for (size_t j = next; j < argv.size(); ++j) {
        const size_t left = argv.size() - j - 1;
        if (equalsNoCase(argv[j], "AUTH") && left >= 2) {
            if (!checkCredentials(ctx.server, argv[j + 1], argv[j + 2]))
                return ctx.replyError(
                    "-WRONGPASS invalid username-password pair or user is disabled.");
            ctx.client.authenticated = true;
            j += 2;
        } else if (equalsNoCase(argv[j], "SETNAME") && left >= 1) {
            setName = argv[j + 1];
            hasName = true;
            ++j;
        } else {
            return ctx.replyError("Syntax error in HELLO option '" + argv[j] + "'");
        }
    }
    if (!ctx.client.authenticated)
        return ctx.replyError(
            "-NOAUTH HELLO must be called with the client already authenticated, otherwise the "
            "HELLO <proto> AUTH <user> <pass> option can be used to authenticate the client and "
            "select the RESP protocol version at the same time");
    if (hasName) {
        for (char c : setName)
            if (c < '!' || c > '~')
                return ctx.replyError("Client names cannot contain spaces, newlines or special "
                                      "characters.");
        ctx.client.name = std::string(setName);
    }
    if (ver)
        ctx.client.resp = int(ver);
    ReplyBuffer &r = ctx.reply;
    r.arrayHeader(14);
    r.bulk("server");
    r.bulk("redis");
    r.bulk("version");
    r.bulk(RD_REDIS_COMPAT_VERSION);
    r.bulk("proto");
    r.integer(ctx.client.resp);
    r.bulk("id");
    r.integer(int64_t(ctx.client.id()));
    r.bulk("mode");
    r.bulk("standalone");
    r.bulk("role");
    r.bulk(ctx.server.replicaMode() ? "replica" : "master");
    r.bulk("modules");
    r.emptyArray();
}

// Leaves every channel and pattern through the pub/sub commands themselves (they own the
// subscription index); their confirmations are not part of RESET's reply.
void unsubscribeAll(CommandContext &ctx)
{
    Client &c = ctx.client;
    if (c.subscriptionCount() == 0)
        return;
    Argv saved;
    saved.assign(c.argv.span());
    const size_t replySize = c.reply().size();
    for (const char *name : {"unsubscribe", "punsubscribe"}) {
        c.argv.clear();
        c.argv.push(name);
        if (const CommandSpec *cmd = ctx.server.resolveCommand(c.argv)) {
            CommandContext sub(ctx.server, c, *cmd);
            cmd->handler(sub);
        }
    }
    c.reply().bytes().resize(replySize);
    c.argv.assign(saved.span());
}

void resetCommand(CommandContext &ctx)
{
    Client &c = ctx.client;
    unsubscribeAll(ctx);
    c.multiQueue.clear();
    c.setFlag(Client::Multi, false);
    c.setFlag(Client::DirtyExec, false);
    ctx.server.unwatchAll(c);
    unblockClient(ctx.server, c);
    c.dbIndex = 0;
    c.resp = 2;
    c.name.clear();
    c.authenticated = ctx.server.config().requirepass.empty();
    ctx.reply.status("RESET");
}

} // namespace

void registerConnectionCommands(CommandTable &t)
{
    t.add({"ping", pingCommand, -1, "fast", 0, 0, 0, "connection",
           "Returns the server's liveliness response."});
    t.add({"echo", echoCommand, 2, "fast", 0, 0, 0, "connection", "Returns the given string."});
    t.add({"quit", quitCommand, -1, "allow-busy noscript loading stale fast no-auth", 0, 0, 0,
           "connection", "Closes the connection."});
    t.add({"select", selectCommand, 2, "loading stale fast", 0, 0, 0, "connection",
           "Changes the selected database.", "2.0.0"});
    t.add({"auth", authCommand, -2, "noscript loading stale fast no-auth allow-busy", 0, 0, 0,
           "connection", "Authenticates the connection."});
    t.add({"hello", helloCommand, -1, "noscript loading stale fast no-auth allow-busy", 0, 0, 0,
           "connection", "Handshakes with the Redis server.", "6.0.0"});
    t.add({"reset", resetCommand, 1, "noscript loading stale fast no-auth allow-busy", 0, 0, 0,
           "connection", "Resets the connection.", "6.2.0"});
}

} // namespace rd
