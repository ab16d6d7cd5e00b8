// Generic key commands: DEL UNLINK EXISTS TYPE KEYS SCAN RENAME RENAMENX EXPIRE PEXPIRE
// EXPIREAT PEXPIREAT TTL PTTL PERSIST EXPIRETIME PEXPIRETIME RANDOMKEY MOVE COPY TOUCH OBJECT.
#include "commands/command_context.h"
#include "commands/help_reply.h"
#include "core/server.h"
#include "store/keyspace.h"
#include "util/glob.h"
#include "util/numbers.h"

#include <strings.h>

namespace rd {

namespace {

bool equalsNoCase(std::string_view a, const char *b)
{
    return a.size() == std::char_traits<char>::length(b) && strncasecmp(a.data(), b, a.size()) == 0;
}

// The propagated form of a deletion (UNLINK when lazyfree-lazy-server-del, as Redis).
const char *deleteVerb(const Config &c)
{
    return c.lazyfreeLazyServerDel ? "UNLINK" : "DEL";
}

// --- helpers
// --------------------------------------------------------------------------------------

// OBJECT ENCODING of a string value, from its content (Redis: int, embstr up to 44 bytes, raw).
const char *stringEncoding(std::string_view v)
{
    int64_t ignored;
    if (v.size() <= 20 && parseInt64(v, ignored))
        return "int";
    return v.size() <= 44 ? "embstr" : "raw";
}

std::unique_ptr<CollectionValue> cloneValue(const Entry *e)
{
    return e->collection()->clone();
}

// --- DEL UNLINK EXISTS TYPE TOUCH ---------------------------------------------------------------

void delGeneric(CommandContext &ctx)
{
    int64_t removed = 0;
    Database &db = ctx.db();
    for (size_t i = 1; i < ctx.argv.size(); ++i) {
        if (db.lookupWrite(ctx.argv[i]) && db.remove(ctx.argv[i])) {
            ctx.keyModified(ctx.argv[i]);
            ++removed;
        }
    }
    ctx.reply.integer(removed);
}

void delCommand(CommandContext &ctx)
{
    delGeneric(ctx);
}

void unlinkCommand(CommandContext &ctx)
{
    delGeneric(ctx);
}

void existsCommand(CommandContext &ctx)
{
    int64_t n = 0;
    for (size_t i = 1; i < ctx.argv.size(); ++i)
        n += ctx.db().lookupRead(ctx.argv[i]) != nullptr;
    ctx.reply.integer(n);
}

void touchCommand(CommandContext &ctx)
{
    int64_t n = 0;
    for (size_t i = 1; i < ctx.argv.size(); ++i)
        n += ctx.db().lookupRead(ctx.argv[i]) != nullptr;
    ctx.reply.integer(n);
}

void typeCommand(CommandContext &ctx)
{
    const Entry *e = ctx.db().lookupRead(ctx.argv[1]);
    ctx.reply.status(e ? objectTypeName(e->type()) : "none");
}

// --- KEYS SCAN RANDOMKEY
// --------------------------------------------------------------------------

void keysCommand(CommandContext &ctx)
{
    Database &db = ctx.db();
    const std::string &pattern = ctx.argv[1];
    const bool all = pattern == "*";
    std::vector<std::string_view> keys;
    db.forEach([&](Entry *e) {
        if (db.isExpired(e))
            return;
        if (all || globMatch(pattern, e->key()))
            keys.push_back(e->key());
    });
    ctx.reply.arrayHeader(keys.size());
    for (std::string_view k : keys)
        ctx.reply.bulk(k);
}

void scanCommand(CommandContext &ctx)
{
    uint64_t cursor;
    {
        // Redis parses the cursor with strtoul: any unsigned 64-bit decimal.
        const std::string &s = ctx.argv[1];
        char *end = nullptr;
        errno = 0;
        cursor = std::strtoull(s.c_str(), &end, 10);
        if (s.empty() || *end != '\0' || errno == ERANGE || s[0] == '-' || s[0] == ' ')
            return ctx.replyError("invalid cursor");
    }
    std::string_view pattern;
    bool hasPattern = false, hasType = false;
    int64_t count = 10;
    std::string typeName;
    for (size_t i = 2; i < ctx.argv.size(); i += 2) {
        if (i + 1 >= ctx.argv.size())
            return ctx.replySyntaxError();
        if (equalsNoCase(ctx.argv[i], "count")) {
            if (!ctx.intArg(i + 1, count))
                return;
            if (count < 1)
                return ctx.replySyntaxError();
        } else if (equalsNoCase(ctx.argv[i], "match")) {
            pattern = ctx.argv[i + 1];
            hasPattern = !(pattern.size() == 1 && pattern[0] == '*');
        } else if (equalsNoCase(ctx.argv[i], "type")) {
            typeName = ctx.argv[i + 1];
            for (char &c : typeName)
                c = char(std::tolower(static_cast<unsigned char>(c)));
            hasType = true;
        } else {
            return ctx.replySyntaxError();
        }
    }
    Database &db = ctx.db();
    std::vector<std::string> keys;
    int64_t budget = count * 10; // bucket visits: stop early on sparse tables
    do {
        cursor = db.scan(cursor, [&](Entry *e) { keys.emplace_back(e->key()); });
    } while (cursor != 0 && --budget > 0 && int64_t(keys.size()) < count);
    // Filter after collecting: expired keys are removed lazily here, as Redis does.
    std::vector<std::string> out;
    out.reserve(keys.size());
    for (std::string &k : keys) {
        if (hasPattern && !globMatch(pattern, k))
            continue;
        Entry *e = db.lookupWrite(k);
        if (!e)
            continue;
        if (hasType && typeName != objectTypeName(e->type()))
            continue;
        out.push_back(std::move(k));
    }
    ctx.reply.arrayHeader(2);
    ctx.reply.bulk(std::to_string(cursor));
    ctx.reply.arrayHeader(out.size());
    for (const std::string &k : out)
        ctx.reply.bulk(k);
}

void randomkeyCommand(CommandContext &ctx)
{
    Database &db = ctx.db();
    // Expired keys found on the way are deleted; give up after many tries when every key is
    // volatile and expired (Redis does the same on replicas).
    for (int tries = 0; tries < 100 && db.size() > 0; ++tries) {
        Entry *e = db.randomEntry();
        if (!e)
            break;
        const std::string key(e->key());
        if (db.lookupWrite(key)) {
            ctx.reply.bulk(key);
            return;
        }
    }
    ctx.reply.nullBulk();
}

// --- RENAME RENAMENX MOVE COPY -------------------------------------------------------------------

void renameGeneric(CommandContext &ctx, bool nx)
{
    Database &db = ctx.db();
    const std::string &src = ctx.argv[1];
    const std::string &dst = ctx.argv[2];
    if (!db.lookupWrite(src))
        return ctx.replyError(StoreStatus::NoSuchKey);
    if (src == dst) {
        if (nx)
            ctx.reply.integer(0);
        else
            ctx.reply.ok();
        return;
    }
    if (db.lookupWrite(dst)) {
        if (nx) {
            ctx.reply.integer(0);
            return;
        }
        db.remove(dst);
    }
    int64_t expireAt;
    Entry *e = db.detach(src, expireAt);
    db.attach(e, dst, expireAt);
    ctx.keyModified(src);
    ctx.keyModified(dst);
    if (nx)
        ctx.reply.integer(1);
    else
        ctx.reply.ok();
}

void renameCommand(CommandContext &ctx)
{
    renameGeneric(ctx, false);
}

void renamenxCommand(CommandContext &ctx)
{
    renameGeneric(ctx, true);
}

bool parseDbIndex(CommandContext &ctx, std::string_view s, int &out)
{
    int64_t v;
    if (!parseInt64(s, v)) {
        ctx.replyError(StoreStatus::NotInteger);
        return false;
    }
    if (v < 0 || v >= ctx.server.keyspace().count()) {
        ctx.replyError(StoreStatus::DbIndexOutOfRange);
        return false;
    }
    out = int(v);
    return true;
}

void moveCommand(CommandContext &ctx)
{
    int dstIndex;
    if (!parseDbIndex(ctx, ctx.argv[2], dstIndex))
        return;
    if (dstIndex == ctx.client.dbIndex)
        return ctx.replyError(StoreStatus::SameObject);
    Database &src = ctx.db();
    Database &dst = ctx.server.keyspace().db(dstIndex);
    const std::string &key = ctx.argv[1];
    if (!src.lookupWrite(key) || dst.lookupWrite(key)) {
        ctx.reply.integer(0);
        return;
    }
    int64_t expireAt;
    Entry *e = src.detach(key, expireAt);
    dst.attach(e, key, expireAt);
    ctx.keyModified(key);
    ctx.keyModified(dstIndex, key);
    ctx.reply.integer(1);
}

void copyCommand(CommandContext &ctx)
{
    int dstIndex = ctx.client.dbIndex;
    bool replace = false;
    for (size_t i = 3; i < ctx.argv.size(); ++i) {
        if (equalsNoCase(ctx.argv[i], "replace")) {
            replace = true;
        } else if (equalsNoCase(ctx.argv[i], "db") && i + 1 < ctx.argv.size()) {
            if (!parseDbIndex(ctx, ctx.argv[++i], dstIndex))
                return;
        } else {
            return ctx.replySyntaxError();
        }
    }
    const std::string &srcKey = ctx.argv[1];
    const std::string &dstKey = ctx.argv[2];
    if (srcKey == dstKey && dstIndex == ctx.client.dbIndex)
        return ctx.replyError(StoreStatus::SameObject);
    Database &src = ctx.db();
    Database &dst = ctx.server.keyspace().db(dstIndex);
    Entry *e = src.lookupWrite(srcKey);
    if (!e) {
        ctx.reply.integer(0);
        return;
    }
    const int64_t expireAt = src.getExpire(e);
    if (dst.lookupWrite(dstKey)) {
        if (!replace) {
            ctx.reply.integer(0);
            return;
        }
        dst.remove(dstKey);
    }
    Entry *copy = e->isString() ? dst.addString(dstKey, std::string(e->stringValue()))
                                : dst.addCollection(dstKey, cloneValue(e));
    if (expireAt >= 0)
        dst.setExpire(copy, expireAt);
    ctx.keyModified(dstIndex, dstKey);
    ctx.reply.integer(1);
}

// --- expiry
// ----------------------------------------------------------------------------------------

enum class ExpireUnit { Seconds, Milliseconds };

// EXPIRE PEXPIRE EXPIREAT PEXPIREAT with Redis 7.0's NX XX GT LT options.
void expireGeneric(CommandContext &ctx, int64_t base, ExpireUnit unit)
{
    const std::string &key = ctx.argv[1];
    int64_t when;
    if (!parseInt64(ctx.argv[2], when))
        return ctx.replyError(StoreStatus::NotInteger);
    bool nx = false, xx = false, gt = false, lt = false;
    for (size_t i = 3; i < ctx.argv.size(); ++i) {
        const std::string &o = ctx.argv[i];
        if (equalsNoCase(o, "nx"))
            nx = true;
        else if (equalsNoCase(o, "xx"))
            xx = true;
        else if (equalsNoCase(o, "gt"))
            gt = true;
        else if (equalsNoCase(o, "lt"))
            lt = true;
        else
            return ctx.replyError("Unsupported option " + o);
    }
    if (nx && (xx || gt || lt))
        return ctx.replyError("NX and XX, GT or LT options at the same time are not compatible");
    if (gt && lt)
        return ctx.replyError("GT and LT options at the same time are not compatible");
    const std::string invalid = "invalid expire time in '" + ctx.cmd.fullName + "' command";
    if (unit == ExpireUnit::Seconds) {
        if (when > INT64_MAX / 1000 || when < INT64_MIN / 1000)
            return ctx.replyError(invalid);
        when *= 1000;
    }
    if (__builtin_add_overflow(when, base, &when))
        return ctx.replyError(invalid);
    Database &db = ctx.db();
    Entry *e = db.lookupWrite(key);
    if (!e) {
        ctx.reply.integer(0);
        return;
    }
    const int64_t current = db.getExpire(e);
    if (nx && current != -1)
        return ctx.reply.integer(0);
    if (xx && current == -1)
        return ctx.reply.integer(0);
    // No TTL counts as an infinite TTL for GT and LT.
    if (gt && (current == -1 || when <= current))
        return ctx.reply.integer(0);
    if (lt && current != -1 && when >= current)
        return ctx.reply.integer(0);
    if (when <= ctx.now() && !ctx.server.loading() && !ctx.server.replicaMode() &&
        !ctx.client.hasFlag(Client::Master)) {
        // A time in the past deletes the key, propagated as a deletion.
        db.remove(key);
        ctx.keyModified(key);
        ctx.propagateAs({deleteVerb(ctx.config()), key});
        ctx.reply.integer(1);
        return;
    }
    db.setExpire(e, when);
    ctx.keyModified(key);
    const std::string ms = int64ToString(when);
    ctx.propagateAs({"PEXPIREAT", key, ms});
    ctx.reply.integer(1);
}

void expireCommand(CommandContext &ctx)
{
    expireGeneric(ctx, ctx.now(), ExpireUnit::Seconds);
}

void pexpireCommand(CommandContext &ctx)
{
    expireGeneric(ctx, ctx.now(), ExpireUnit::Milliseconds);
}

void expireatCommand(CommandContext &ctx)
{
    expireGeneric(ctx, 0, ExpireUnit::Seconds);
}

void pexpireatCommand(CommandContext &ctx)
{
    expireGeneric(ctx, 0, ExpireUnit::Milliseconds);
}

void ttlGeneric(CommandContext &ctx, bool ms, bool absolute)
{
    Database &db = ctx.db();
    Entry *e = db.lookupRead(ctx.argv[1]);
    if (!e)
        return ctx.reply.integer(-2);
    const int64_t when = db.getExpire(e);
    if (when == -1)
        return ctx.reply.integer(-1);
    if (absolute)
        return ctx.reply.integer(ms ? when : when / 1000);
    int64_t left = when - ctx.now();
    if (left < 0)
        left = 0;
    ctx.reply.integer(ms ? left : (left + 500) / 1000);
}

void ttlCommand(CommandContext &ctx)
{
    ttlGeneric(ctx, false, false);
}

void pttlCommand(CommandContext &ctx)
{
    ttlGeneric(ctx, true, false);
}

void expiretimeCommand(CommandContext &ctx)
{
    ttlGeneric(ctx, false, true);
}

void pexpiretimeCommand(CommandContext &ctx)
{
    ttlGeneric(ctx, true, true);
}

void persistCommand(CommandContext &ctx)
{
    Database &db = ctx.db();
    Entry *e = db.lookupWrite(ctx.argv[1]);
    if (!e || !db.removeExpire(e))
        return ctx.reply.integer(0);
    ctx.keyModified(ctx.argv[1]);
    ctx.reply.integer(1);
}

// --- OBJECT
// -----------------------------------------------------------------------------------------

void objectEncodingCommand(CommandContext &ctx)
{
    Entry *e = ctx.db().lookupWrite(ctx.argv[2]);
    if (!e)
        return ctx.reply.nullBulk();
    ctx.reply.bulk(e->isString() ? stringEncoding(e->stringValue()) : e->collection()->encoding());
}

void objectRefcountCommand(CommandContext &ctx)
{
    Entry *e = ctx.db().lookupWrite(ctx.argv[2]);
    if (!e)
        return ctx.reply.nullBulk();
    ctx.reply.integer(1);
}

void objectIdletimeCommand(CommandContext &ctx)
{
    Entry *e = ctx.db().findRaw(ctx.argv[2]);
    if (!e || ctx.db().isExpired(e))
        return ctx.reply.nullBulk();
    const MaxmemoryPolicy p = ctx.config().maxmemoryPolicy;
    if (p == MaxmemoryPolicy::AllkeysLfu || p == MaxmemoryPolicy::VolatileLfu)
        return ctx.replyError("An LFU maxmemory policy is selected, idle time not tracked. Please "
                              "note that when switching between policies at runtime LRU and LFU "
                              "data will take some time to adjust.");
    ctx.reply.integer(int64_t(ctx.keyspace().idleSeconds(e)));
}

void objectFreqCommand(CommandContext &ctx)
{
    Entry *e = ctx.db().findRaw(ctx.argv[2]);
    if (!e || ctx.db().isExpired(e))
        return ctx.reply.nullBulk();
    ctx.replyError("An LFU maxmemory policy is not selected, access frequency not tracked. Please "
                   "note that when switching between policies at runtime LRU and LFU data will "
                   "take some time to adjust.");
}

void objectHelpCommand(CommandContext &ctx)
{
    static const char *lines[] = {
        "OBJECT <subcommand> [<arg> [value] [opt] ...]. Subcommands are:",
        "ENCODING <key>",
        "    Return the kind of internal representation used in order to store the value",
        "    associated with a <key>.",
        "FREQ <key>",
        "    Return the access frequency index of the <key>. The returned integer is",
        "    proportional to the logarithm of the recent access frequency of the key.",
        "IDLETIME <key>",
        "    Return the idle time of the <key>, that is the approximated number of",
        "    seconds elapsed since the last access to the key.",
        "REFCOUNT <key>",
        "    Return the number of references of the value associated with the specified",
        "    <key>.",
        "HELP",
        "    Prints this help."};
    replyHelp(ctx, lines);
}

} // namespace

void registerKeyCommands(CommandTable &t)
{
    t.add({"del", delCommand, -2, "write", 1, -1, 1, "generic", "Deletes one or more keys."});
    t.add({"unlink", unlinkCommand, -2, "write fast", 1, -1, 1, "generic",
           "Asynchronously deletes one or more keys.", "4.0.0"});
    t.add({"exists", existsCommand, -2, "readonly fast", 1, -1, 1, "generic",
           "Determines whether one or more keys exist."});
    t.add({"type", typeCommand, 2, "readonly fast", 1, 1, 1, "generic",
           "Determines the type of value stored at a key."});
    t.add({"keys", keysCommand, 2, "readonly", 0, 0, 0, "generic",
           "Returns all key names that match a pattern."});
    t.add({"scan", scanCommand, -2, "readonly", 0, 0, 0, "generic",
           "Iterates over the key names in the database.", "2.8.0"});
    t.add({"randomkey", randomkeyCommand, 1, "readonly", 0, 0, 0, "generic",
           "Returns a random key name from the database."});
    t.add({"rename", renameCommand, 3, "write", 1, 2, 1, "generic",
           "Renames a key and overwrites the destination."});
    t.add({"renamenx", renamenxCommand, 3, "write fast", 1, 2, 1, "generic",
           "Renames a key only when the target key name doesn't exist."});
    t.add({"move", moveCommand, 3, "write fast", 1, 1, 1, "generic",
           "Moves a key to another database."});
    t.add({"copy", copyCommand, -3, "write denyoom", 1, 2, 1, "generic",
           "Copies the value of a key to a new key.", "6.2.0"});
    t.add({"expire", expireCommand, -3, "write fast", 1, 1, 1, "generic",
           "Sets the expiration time of a key in seconds."});
    t.add({"pexpire", pexpireCommand, -3, "write fast", 1, 1, 1, "generic",
           "Sets the expiration time of a key in milliseconds.", "2.6.0"});
    t.add({"expireat", expireatCommand, -3, "write fast", 1, 1, 1, "generic",
           "Sets the expiration time of a key to a Unix timestamp.", "1.2.0"});
    t.add({"pexpireat", pexpireatCommand, -3, "write fast", 1, 1, 1, "generic",
           "Sets the expiration time of a key to a Unix milliseconds timestamp.", "2.6.0"});
    t.add({"ttl", ttlCommand, 2, "readonly fast", 1, 1, 1, "generic",
           "Returns the expiration time in seconds of a key."});
    t.add({"pttl", pttlCommand, 2, "readonly fast", 1, 1, 1, "generic",
           "Returns the expiration time in milliseconds of a key.", "2.6.0"});
    t.add({"expiretime", expiretimeCommand, 2, "readonly fast", 1, 1, 1, "generic",
           "Returns the expiration time of a key as a Unix timestamp.", "7.0.0"});
    t.add({"pexpiretime", pexpiretimeCommand, 2, "readonly fast", 1, 1, 1, "generic",
           "Returns the expiration time of a key as a Unix milliseconds timestamp.", "7.0.0"});
    t.add({"persist", persistCommand, 2, "write fast", 1, 1, 1, "generic",
           "Removes the expiration time of a key.", "2.2.0"});
    t.add({"touch", touchCommand, -2, "readonly fast", 1, -1, 1, "generic",
           "Returns the number of existing keys out of those specified after updating the time "
           "they were last accessed.",
           "3.2.1"});
    t.add({"object", nullptr, -2, "", 0, 0, 0, "generic",
           "A container for object introspection commands.", "2.2.3"});
    t.addSubcommand("object", {"encoding", objectEncodingCommand, 3, "readonly", 2, 2, 1, "generic",
                               "Returns the internal encoding of a Redis object.", "2.2.3"});
    t.addSubcommand("object", {"refcount", objectRefcountCommand, 3, "readonly", 2, 2, 1, "generic",
                               "Returns the reference count of a value of a key.", "2.2.3"});
    t.addSubcommand("object",
                    {"idletime", objectIdletimeCommand, 3, "readonly", 2, 2, 1, "generic",
                     "Returns the time since the last access to a Redis object.", "2.2.3"});
    t.addSubcommand(
        "object", {"freq", objectFreqCommand, 3, "readonly", 2, 2, 1, "generic",
                   "Returns the logarithmic access frequency counter of a Redis object.", "4.0.0"});
    t.addSubcommand("object", {"help", objectHelpCommand, 2, "loading stale", 0, 0, 0, "generic",
                               "Returns helpful text about the different subcommands.", "6.2.0"});
}

} // namespace rd
