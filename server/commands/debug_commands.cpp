// DEBUG SLEEP | DIGEST | DIGEST-VALUE | SET-ACTIVE-EXPIRE | OBJECT | RELOAD | HELP, allowed only
// with enable-debug-command (yes, or local for loopback clients), as in Redis 7.0.
//
// DIGEST is Redis's order-independent dataset digest (the app compares nodes with it, including
// real redis-servers): per key SHA1-mixing of the key, its type, its value and an expiry mark,
// XORed together per database, each database mixed with its number.
#include "commands/command_context.h"
#include "commands/help_reply.h"
#include "core/debug_digest.h"
#include "core/server.h"
#include "net/connection.h"
#include "store/keyspace.h"
#include "util/numbers.h"

#include <cmath>
#include <cstdio>
#include <strings.h>
#include <thread>

namespace rd {

namespace {

bool equalsNoCase(std::string_view a, const char *b)
{
    return a.size() == std::char_traits<char>::length(b) && strncasecmp(a.data(), b, a.size()) == 0;
}

bool debugAllowed(CommandContext &ctx)
{
    const EnableMode mode = ctx.config().enableDebugCommand;
    if (mode == EnableMode::Yes)
        return true;
    if (mode == EnableMode::Local && ctx.client.connection() &&
        ctx.client.connection()->isLoopback())
        return true;
    return false;
}

void unknownSubcommand(CommandContext &ctx)
{
    ctx.replyError("unknown subcommand or wrong number of arguments for '" + ctx.argv[1] +
                   "'. Try DEBUG HELP.");
}

void debugCommand(CommandContext &ctx)
{
    if (!debugAllowed(ctx))
        return ctx.replyError(
            "DEBUG command not allowed. If the enable-debug-command option is set to \"local\", "
            "you can run it from a local connection, otherwise you need to set this option in "
            "the configuration file, and then restart the server.");
    const std::string &sub = ctx.argv[1];
    const size_t argc = ctx.argv.size();
    if (equalsNoCase(sub, "help")) {
        static const char *lines[] = {
            "DEBUG <subcommand> [<arg> [value] [opt] ...]. Subcommands are:",
            "DIGEST",
            "    Output a hex signature representing the current DB content.",
            "DIGEST-VALUE <key> [<key> ...]",
            "    Output a hex signature of the values of all the specified keys.",
            "OBJECT <key>",
            "    Show low level info about the key and associated value.",
            "RELOAD",
            "    Save the RDB on disk and reload it back to memory.",
            "SET-ACTIVE-EXPIRE <0|1>",
            "    Setting it to 0 disables expiring keys in background when they are not",
            "    accessed (otherwise the Redis behavior). Setting it to 1 reenables back the",
            "    default.",
            "SLEEP <seconds>",
            "    Stop the server for <seconds>. Decimals allowed.",
            "HELP",
            "    Prints this help."};
        replyHelp(ctx, lines);
    } else if (equalsNoCase(sub, "sleep") && argc == 3) {
        // Blocks the whole server on purpose (latency and timeout tests).
        const double secs = std::strtod(ctx.argv[2].c_str(), nullptr);
        if (secs > 0)
            std::this_thread::sleep_for(std::chrono::microseconds(int64_t(secs * 1e6)));
        ctx.reply.ok();
    } else if (equalsNoCase(sub, "digest") && argc == 2) {
        ctx.reply.status(datasetDigest(ctx.keyspace()).hex());
    } else if (equalsNoCase(sub, "digest-value") && argc >= 2) {
        ctx.reply.arrayHeader(argc - 2);
        for (size_t i = 2; i < argc; ++i) {
            // Logically expired keys are digested too: DEBUG sees the raw dataset.
            Database &db = ctx.db();
            const Entry *e = db.findRaw(ctx.argv[i]);
            ctx.reply.status(e ? valueDigest(db, *e).hex() : Digest().hex());
        }
    } else if (equalsNoCase(sub, "set-active-expire") && argc == 3) {
        ctx.keyspace().setActiveExpireEnabled(std::atoi(ctx.argv[2].c_str()) != 0);
        ctx.reply.ok();
    } else if (equalsNoCase(sub, "object") && argc == 3) {
        Database &db = ctx.db();
        const Entry *e = db.findRaw(ctx.argv[2]);
        if (!e)
            return ctx.replyError("no such key");
        const char *encoding;
        size_t serialized;
        if (e->isString()) {
            int64_t ignored;
            const std::string_view v = e->stringValue();
            encoding = v.size() <= 20 && parseInt64(v, ignored) ? "int"
                       : v.size() <= 44                         ? "embstr"
                                                                : "raw";
            serialized = v.size() + 1;
        } else {
            encoding = e->collection()->encoding();
            serialized = e->collection()->memoryUsage();
        }
        char buf[512];
        std::snprintf(buf, sizeof buf,
                      "Value at:%p refcount:1 encoding:%s serializedlength:%zu lru:%u "
                      "lru_seconds_idle:%llu",
                      static_cast<const void *>(e), encoding, serialized, e->lru(),
                      static_cast<unsigned long long>(ctx.keyspace().idleSeconds(e)));
        ctx.reply.status(buf);
    } else if (equalsNoCase(sub, "reload") && argc >= 2) {
        if (auto err = ctx.server.debugReload())
            return ctx.replyError(*err);
        ctx.reply.ok();
    } else {
        unknownSubcommand(ctx);
    }
}

} // namespace

void registerDebugCommands(CommandTable &t)
{
    t.add({"debug", debugCommand, -2, "admin noscript loading stale", 0, 0, 0, "server",
           "A container for debugging commands.", "1.0.0"});
}

} // namespace rd
