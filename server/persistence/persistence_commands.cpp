// SAVE, BGSAVE [SCHEDULE], LASTSAVE, DUMP, RESTORE: the persistence commands, with Redis 7.0's
// replies and error texts. Listed in commands/command_registry.cpp.
#include "commands/command_context.h"
#include "commands/command_table.h"
#include "core/server.h"
#include "persistence/dump_payload.h"
#include "persistence/keyspace_snapshot.h"
#include "persistence/persistence.h"
#include "store/keyspace.h"
#include "util/numbers.h"

#include <cctype>
#include <variant>

namespace rd {

namespace {

using persistence::Persistence;

bool equalsNoCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(a[i])) !=
            std::tolower(static_cast<unsigned char>(b[i])))
            return false;
    return true;
}

// The commands exist only once persistence is installed (a started server).
Persistence *persistenceFor(CommandContext &ctx)
{
    Persistence *p = persistence::persistenceOf(ctx.server);
    if (!p)
        ctx.replyError("persistence is not available on this server");
    return p;
}

// ---------------------------------------------------------------------------------------------
// SAVE, BGSAVE, LASTSAVE
// ---------------------------------------------------------------------------------------------

void saveCommand(CommandContext &ctx)
{
    Persistence *p = persistenceFor(ctx);
    if (!p)
        return;
    if (p->bgsaveInProgress())
        return ctx.replyError("Background save already in progress");
    if (p->saveInForeground())
        ctx.reply.ok();
    else
        ctx.replyError("-ERR");
}

void bgsaveCommand(CommandContext &ctx)
{
    bool schedule = false;
    if (ctx.argv.size() > 1) {
        if (ctx.argv.size() == 2 && equalsNoCase(ctx.argv[1], "schedule"))
            schedule = true;
        else
            return ctx.replySyntaxError();
    }
    Persistence *p = persistenceFor(ctx);
    if (!p)
        return;
    // Inside EXEC the fork waits for the end of the transaction, so the snapshot never holds
    // half of it.
    const bool inExec = ctx.client.hasFlag(Client::ExecutingQueued);
    if (p->bgsaveInProgress())
        return ctx.replyError("Background save already in progress");
    if (ctx.server.hasActiveChild() || inExec) {
        if (schedule || inExec) {
            p->scheduleBackgroundSave();
            return ctx.reply.status("Background saving scheduled");
        }
        return ctx.replyError("Another child process is active (AOF?): can't BGSAVE right now. "
                              "Use BGSAVE SCHEDULE in order to schedule a BGSAVE whenever "
                              "possible.");
    }
    if (p->startBackgroundSave() == Persistence::BgsaveResult::Started)
        ctx.reply.status("Background saving started");
    else
        ctx.replyError("-ERR");
}

void lastsaveCommand(CommandContext &ctx)
{
    if (Persistence *p = persistenceFor(ctx))
        ctx.reply.integer(p->lastSaveTime());
}

// ---------------------------------------------------------------------------------------------
// DUMP, RESTORE
// ---------------------------------------------------------------------------------------------

void dumpCommand(CommandContext &ctx)
{
    Entry *e = ctx.db().lookupRead(ctx.argv[1]);
    if (!e)
        return ctx.reply.nullBulk();
    const rdb::WriteOptions options = rdb::writerOptionsFrom(ctx.config()).values;
    switch (e->type()) {
    case ObjectType::String:
        return ctx.reply.bulk(rdb::dumpPayload(e->stringValue(), options));
    case ObjectType::List:
        return ctx.reply.bulk(rdb::dumpPayload(e->as<store::ListValue>(), options));
    case ObjectType::Set:
        return ctx.reply.bulk(rdb::dumpPayload(e->as<store::SetValue>(), options));
    case ObjectType::Hash:
        return ctx.reply.bulk(rdb::dumpPayload(e->as<store::HashValue>(), options));
    case ObjectType::ZSet:
        return ctx.reply.bulk(rdb::dumpPayload(e->as<store::ZSetValue>(), options));
    }
}

// RESTORE key ttl serialized-value [REPLACE] [ABSTTL] [IDLETIME seconds] [FREQ frequency]
void restoreCommand(CommandContext &ctx)
{
    bool replace = false;
    bool absttl = false;
    int64_t idleSeconds = -1;
    int64_t freq = -1;
    for (std::size_t j = 4; j < ctx.argv.size(); ++j) {
        const bool additional = j + 1 < ctx.argv.size();
        const std::string &opt = ctx.argv[j];
        if (equalsNoCase(opt, "replace")) {
            replace = true;
        } else if (equalsNoCase(opt, "absttl")) {
            absttl = true;
        } else if (equalsNoCase(opt, "idletime") && additional && freq == -1) {
            if (!ctx.intArg(j + 1, idleSeconds))
                return;
            if (idleSeconds < 0)
                return ctx.replyError("Invalid IDLETIME value, must be >= 0");
            ++j;
        } else if (equalsNoCase(opt, "freq") && additional && idleSeconds == -1) {
            if (!ctx.intArg(j + 1, freq))
                return;
            if (freq < 0 || freq > 255)
                return ctx.replyError("Invalid FREQ value, must be >= 0 and <= 255");
            ++j;
        } else {
            return ctx.replySyntaxError();
        }
    }
    const std::string key = ctx.argv[1];
    Database &db = ctx.db();
    if (!replace && db.lookupWrite(key))
        return ctx.replyError(StoreStatus::BusyKey);
    int64_t ttl = 0;
    if (!ctx.intArg(2, ttl))
        return;
    if (ttl < 0)
        return ctx.replyError("Invalid TTL value, must be >= 0");
    const std::string &payload = ctx.argv[3];
    if (!rdb::verifyDumpPayload(payload))
        return ctx.replyError("DUMP payload version or checksum are wrong");
    auto parsed = rdb::parseDumpPayload(payload, key);
    if (std::holds_alternative<RdbError>(parsed))
        return ctx.replyError("Bad data format");
    rdb::LoadedValue value = std::move(std::get<rdb::LoadedValue>(parsed));

    const bool deleted = replace && db.remove(key);
    if (ttl && !absttl)
        ttl += ctx.now();
    if (ttl && ttl <= ctx.now()) {
        // Already expired: nothing is created; a replaced key is simply gone.
        if (deleted) {
            ctx.keyModified(key);
            ctx.propagateAs({"DEL", key});
        } else {
            ctx.preventPropagation();
        }
        return ctx.reply.ok();
    }
    Entry *e = std::visit(
        [&](auto &v) -> Entry * {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, std::string>)
                return db.addString(key, v);
            else
                return db.addCollection(key, std::move(v));
        },
        value);
    if (ttl) {
        db.setExpire(e, ttl);
        if (!absttl) {
            // Replicas get the absolute time, as Redis propagates it.
            Argv rewritten(ctx.argv.span());
            rewritten[2] = std::to_string(ttl);
            rewritten.push("ABSTTL");
            ctx.propagateAs(rewritten.span());
        }
    }
    if (idleSeconds >= 0) {
        const uint32_t clock = ctx.keyspace().lruClock();
        e->setLru(clock - static_cast<uint32_t>(idleSeconds & 0xFFFFFF));
    }
    ctx.keyModified(key);
    ctx.reply.ok();
}

} // namespace

void registerPersistenceCommands(CommandTable &t)
{
    t.add({"save", saveCommand, 1, "admin noscript no-multi", 0, 0, 0, "server",
           "Synchronously save the dataset to disk"});
    t.add({"bgsave", bgsaveCommand, -1, "admin noscript", 0, 0, 0, "server",
           "Asynchronously save the dataset to disk"});
    t.add({"lastsave", lastsaveCommand, 1, "loading stale fast", 0, 0, 0, "server",
           "Get the UNIX time stamp of the last successful save to disk"});
    t.add({"dump", dumpCommand, 2, "readonly", 1, 1, 1, "generic",
           "Return a serialized version of the value stored at the specified key.", "2.6.0"});
    t.add({"restore", restoreCommand, -4, "write denyoom", 1, 1, 1, "generic",
           "Create a key using the provided serialized value, previously obtained using DUMP.",
           "2.6.0"});
}

} // namespace rd
