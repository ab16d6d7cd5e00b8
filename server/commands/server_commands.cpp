// Server commands: INFO DBSIZE FLUSHDB FLUSHALL TIME SHUTDOWN SLOWLOG MEMORY MONITOR SWAPDB.
#include "commands/command_context.h"
#include "commands/help_reply.h"
#include "core/server.h"
#include "store/keyspace.h"
#include "store/memory.h"
#include "util/numbers.h"

#include <strings.h>
#include <sys/time.h>

namespace rd {

namespace {

bool equalsNoCase(std::string_view a, const char *b)
{
    return a.size() == std::char_traits<char>::length(b) && strncasecmp(a.data(), b, a.size()) == 0;
}

void infoCommand(CommandContext &ctx)
{
    std::span<const std::string> sections(ctx.argv.begin() + 1, ctx.argv.end());
    ctx.reply.bulk(ctx.server.info(sections));
}

void dbsizeCommand(CommandContext &ctx)
{
    ctx.reply.integer(int64_t(ctx.db().size()));
}

// FLUSHDB / FLUSHALL [ASYNC|SYNC]: freeing is synchronous either way.
bool parseFlushFlags(CommandContext &ctx)
{
    if (ctx.argv.size() > 2)
        return ctx.replySyntaxError(), false;
    if (ctx.argv.size() == 2 && !equalsNoCase(ctx.argv[1], "sync") &&
        !equalsNoCase(ctx.argv[1], "async"))
        return ctx.replySyntaxError(), false;
    return true;
}

void flushdbCommand(CommandContext &ctx)
{
    if (!parseFlushFlags(ctx))
        return;
    ctx.server.signalFlushedDb(ctx.client.dbIndex);
    const size_t removed = ctx.db().clear();
    ctx.addDirty(int64_t(removed) + 1);
    ctx.reply.ok();
}

void flushallCommand(CommandContext &ctx)
{
    if (!parseFlushFlags(ctx))
        return;
    ctx.server.signalFlushedDb(-1);
    const size_t removed = ctx.keyspace().clearAll();
    ctx.addDirty(int64_t(removed) + 1);
    ctx.reply.ok();
}

void swapdbCommand(CommandContext &ctx)
{
    int64_t a, b;
    if (!parseInt64(ctx.argv[1], a) || !parseInt64(ctx.argv[2], b))
        return ctx.replyError("invalid first DB index");
    const int64_t n = ctx.keyspace().count();
    if (a < 0 || a >= n || b < 0 || b >= n)
        return ctx.replyError(StoreStatus::DbIndexOutOfRange);
    ctx.server.signalFlushedDb(int(a));
    ctx.server.signalFlushedDb(int(b));
    ctx.keyspace().db(int(a)).swapContents(ctx.keyspace().db(int(b)));
    ctx.addDirty(1);
    ctx.reply.ok();
}

void timeCommand(CommandContext &ctx)
{
    struct timeval tv;
    gettimeofday(&tv, nullptr);
    ctx.reply.arrayHeader(2);
    ctx.reply.bulkInteger(tv.tv_sec);
    ctx.reply.bulkInteger(tv.tv_usec);
}

void shutdownCommand(CommandContext &ctx)
{
    bool save = false, nosave = false, force = false;
    for (size_t i = 1; i < ctx.argv.size(); ++i) {
        const std::string &a = ctx.argv[i];
        if (equalsNoCase(a, "nosave"))
            nosave = true;
        else if (equalsNoCase(a, "save"))
            save = true;
        else if (equalsNoCase(a, "now") || equalsNoCase(a, "abort"))
            ; // no shutdown-timeout wait here: replicas are not waited for
        else if (equalsNoCase(a, "force"))
            force = true;
        else
            return ctx.replySyntaxError();
    }
    if (save && nosave)
        return ctx.replySyntaxError();
    if (!ctx.server.shutdown(save, nosave, force))
        return ctx.replyError("Errors trying to SHUTDOWN. Check logs.");
    // On success the loop stops; the connection closes without a reply, as in Redis.
}

void monitorCommand(CommandContext &ctx)
{
    if (ctx.client.hasFlag(Client::Replica) || ctx.client.hasFlag(Client::Monitor))
        return;
    ctx.server.addMonitor(ctx.client);
    ctx.reply.ok();
}

// --- SLOWLOG
// ---------------------------------------------------------------------------------------

void slowlogGetCommand(CommandContext &ctx)
{
    int64_t count = 10;
    if (ctx.argv.size() == 3) {
        if (!parseInt64(ctx.argv[2], count) || count < -1)
            return ctx.replyError("count should be greater than or equal to -1");
        if (count == -1)
            count = INT64_MAX;
    }
    const auto &entries = ctx.server.slowlog().entries();
    const size_t n = std::min<size_t>(entries.size(), size_t(count));
    ctx.reply.arrayHeader(n);
    for (size_t i = 0; i < n; ++i) {
        const SlowlogEntry &e = entries[i];
        ctx.reply.arrayHeader(6);
        ctx.reply.integer(e.id);
        ctx.reply.integer(e.time);
        ctx.reply.integer(e.durationUs);
        ctx.reply.arrayHeader(e.argv.size());
        for (const std::string &a : e.argv)
            ctx.reply.bulk(a);
        ctx.reply.bulk(e.peer);
        ctx.reply.bulk(e.name);
    }
}

void slowlogLenCommand(CommandContext &ctx)
{
    ctx.reply.integer(int64_t(ctx.server.slowlog().entries().size()));
}

void slowlogResetCommand(CommandContext &ctx)
{
    ctx.server.slowlog().reset();
    ctx.reply.ok();
}

void slowlogHelpCommand(CommandContext &ctx)
{
    replyHelp(ctx,
              {"SLOWLOG <subcommand> [<arg> [value] [opt] ...]. Subcommands are:", "GET [<count>]",
               "    Return top <count> entries from the slowlog (default: 10, -1 mean all).",
               "    Entries are made of:",
               "    id, timestamp, time in microseconds, arguments array, client IP and port,",
               "    client name", "LEN", "    Return the length of the slowlog.", "RESET",
               "    Reset the slowlog.", "HELP", "    Prints this help."});
}

// --- MEMORY
// ----------------------------------------------------------------------------------------

void memoryUsageCommand(CommandContext &ctx)
{
    for (size_t i = 3; i < ctx.argv.size(); i += 2) {
        if (!equalsNoCase(ctx.argv[i], "samples") || i + 1 >= ctx.argv.size())
            return ctx.replySyntaxError();
        int64_t samples;
        if (!parseInt64(ctx.argv[i + 1], samples) || samples < 0)
            return ctx.replyError(StoreStatus::NotInteger);
    }
    Database &db = ctx.db();
    Entry *e = db.lookupWrite(ctx.argv[2]);
    if (!e)
        return ctx.reply.nullBulk();
    // The entry block (key and string inline), the value, the bucket slot, and the expiry
    // record when there is one: the real bytes this key costs.
    size_t bytes = e->memoryUsage() + sizeof(void *);
    if (e->hasExpire())
        bytes += 32 + e->key().size() + sizeof(void *);
    ctx.reply.integer(int64_t(bytes));
}

void memoryStatsCommand(CommandContext &ctx)
{
    const uint64_t used = mem::usedMemory();
    ctx.reply.arrayHeader(8);
    ctx.reply.bulk("peak.allocated");
    ctx.reply.integer(int64_t(std::max<uint64_t>(ctx.server.stats().peakMemory, used)));
    ctx.reply.bulk("total.allocated");
    ctx.reply.integer(int64_t(used));
    ctx.reply.bulk("keys.count");
    ctx.reply.integer(int64_t(ctx.keyspace().totalKeys()));
    ctx.reply.bulk("keys.bytes-per-key");
    const size_t keys = ctx.keyspace().totalKeys();
    ctx.reply.integer(keys ? int64_t(used / keys) : 0);
}

void memoryDoctorCommand(CommandContext &ctx)
{
    ctx.reply.bulk("Hi Sam, I can't find any memory issue in your instance. I can only account for "
                   "what occurs on this base.");
}

void memoryHelpCommand(CommandContext &ctx)
{
    replyHelp(ctx, {"MEMORY <subcommand> [<arg> [value] [opt] ...]. Subcommands are:", "DOCTOR",
                    "    Return memory problems reports.", "STATS",
                    "    Return information about the memory usage of the server.",
                    "USAGE <key> [SAMPLES <count>]",
                    "    Return memory in bytes used by <key> and its value. Nested values are",
                    "    sampled up to <count> times (default: 5, 0 means sample all).", "HELP",
                    "    Prints this help."});
}

} // namespace

void registerServerCommands(CommandTable &t)
{
    t.add({"info", infoCommand, -1, "loading stale", 0, 0, 0, "server",
           "Returns information and statistics about the server."});
    t.add({"dbsize", dbsizeCommand, 1, "readonly fast", 0, 0, 0, "server",
           "Returns the number of keys in the database."});
    t.add({"flushdb", flushdbCommand, -1, "write", 0, 0, 0, "server",
           "Remove all keys from the current database."});
    t.add({"flushall", flushallCommand, -1, "write", 0, 0, 0, "server",
           "Removes all keys from all databases."});
    t.add({"swapdb", swapdbCommand, 3, "write fast", 0, 0, 0, "server",
           "Swaps two Redis databases.", "4.0.0"});
    t.add({"time", timeCommand, 1, "loading stale fast", 0, 0, 0, "server",
           "Returns the server time.", "2.6.0"});
    t.add({"shutdown", shutdownCommand, -1, "admin noscript loading stale no-multi allow-busy", 0,
           0, 0, "server",
           "Synchronously saves the database(s) to disk and shuts down the Redis server."});
    t.add({"monitor", monitorCommand, 1, "admin noscript loading stale", 0, 0, 0, "server",
           "Listens for all requests received by the server in real-time."});
    t.add({"slowlog", nullptr, -2, "", 0, 0, 0, "server", "A container for slow log commands.",
           "2.2.12"});
    t.addSubcommand("slowlog", {"get", slowlogGetCommand, -2, "admin loading stale", 0, 0, 0,
                                "server", "Returns the slow log's entries.", "2.2.12"});
    t.addSubcommand("slowlog",
                    {"len", slowlogLenCommand, 2, "admin loading stale", 0, 0, 0, "server",
                     "Returns the number of entries in the slow log.", "2.2.12"});
    t.addSubcommand("slowlog", {"reset", slowlogResetCommand, 2, "admin loading stale", 0, 0, 0,
                                "server", "Clears all entries from the slow log.", "2.2.12"});
    t.addSubcommand("slowlog", {"help", slowlogHelpCommand, 2, "loading stale", 0, 0, 0, "server",
                                "Show helpful text about the different subcommands", "6.2.0"});
    t.add({"memory", nullptr, -2, "", 0, 0, 0, "server",
           "A container for memory diagnostics commands.", "4.0.0"});
    t.addSubcommand("memory", {"usage", memoryUsageCommand, -3, "readonly", 2, 2, 1, "server",
                               "Estimates the memory usage of a key.", "4.0.0"});
    t.addSubcommand("memory", {"stats", memoryStatsCommand, 2, "", 0, 0, 0, "server",
                               "Returns details about memory usage.", "4.0.0"});
    t.addSubcommand("memory", {"doctor", memoryDoctorCommand, 2, "", 0, 0, 0, "server",
                               "Outputs a memory problems report.", "4.0.0"});
    t.addSubcommand("memory", {"help", memoryHelpCommand, 2, "loading stale", 0, 0, 0, "server",
                               "Returns helpful text about the different subcommands.", "4.0.0"});
}

} // namespace rd
