// String commands: GET SET SETNX SETEX PSETEX GETSET GETDEL GETEX MGET MSET MSETNX APPEND STRLEN
// INCR DECR INCRBY DECRBY INCRBYFLOAT GETRANGE SUBSTR SETRANGE.
//
// Writes with a relative expiry are propagated with an absolute one (SET ... PXAT, PEXPIREAT)
// so a replica that applies them later expires the key at the same moment as the master.
#include "commands/command_context.h"
#include "core/server.h"
#include "store/keyspace.h"
#include "util/numbers.h"

#include <charconv>
#include <cmath>
#include <cstring>
#include <strings.h>

namespace rd {

namespace {

constexpr uint64_t kMaxStringLen = 512ULL * 1024 * 1024;

bool equalsNoCase(std::string_view a, const char *b)
{
    return a.size() == std::char_traits<char>::length(b) && strncasecmp(a.data(), b, a.size()) == 0;
}

// Looks up a string key for reading; replies WRONGTYPE and returns false on another type.
bool readString(CommandContext &ctx, std::string_view key, Entry *&out)
{
    out = ctx.db().lookupRead(key);
    if (out && !out->isString()) {
        ctx.replyError(StoreStatus::WrongType);
        return false;
    }
    return true;
}

bool writeString(CommandContext &ctx, std::string_view key, Entry *&out)
{
    out = ctx.db().lookupWrite(key);
    if (out && !out->isString()) {
        ctx.replyError(StoreStatus::WrongType);
        return false;
    }
    return true;
}

bool checkStringLength(CommandContext &ctx, uint64_t size)
{
    const uint64_t limit = std::max<uint64_t>(uint64_t(ctx.config().protoMaxBulkLen), 0);
    if (size > (limit ? limit : kMaxStringLen)) {
        ctx.replyError(StoreStatus::StringTooLong);
        return false;
    }
    return true;
}

// --- GET SET and friends ------------------------------------------------------------------------

void getCommand(CommandContext &ctx)
{
    Entry *e;
    if (!readString(ctx, ctx.argv[1], e))
        return;
    if (!e)
        return ctx.reply.nullBulk();
    ctx.reply.bulk(e->stringValue());
}

enum SetFlags : unsigned {
    SetNx = 1,
    SetXx = 2,
    SetKeepTtl = 4,
    SetGet = 8,
    SetEx = 16,
    SetPx = 32,
    SetExat = 64,
    SetPxat = 128,
};

// The shared core of SET, SETNX, SETEX, PSETEX (Redis's setGenericCommand). expireArg is the
// index of the expiry argument or 0; the unit comes from flags.
void setGeneric(CommandContext &ctx, unsigned flags, const std::string &key,
                const std::string &value, size_t expireArg, bool replyInteger)
{
    int64_t when = -1;
    if (expireArg) {
        int64_t v;
        if (!parseInt64(ctx.argv[expireArg], v))
            return ctx.replyError(StoreStatus::NotInteger);
        const std::string invalid = "invalid expire time in '" + ctx.cmd.fullName + "' command";
        if (v <= 0)
            return ctx.replyError(invalid);
        if (flags & (SetEx | SetExat)) {
            if (v > INT64_MAX / 1000)
                return ctx.replyError(invalid);
            v *= 1000;
        }
        if (flags & (SetEx | SetPx)) {
            if (__builtin_add_overflow(v, ctx.now(), &v))
                return ctx.replyError(invalid);
        }
        when = v;
    }
    Database &db = ctx.db();
    Entry *old = db.lookupWrite(key);
    if (flags & SetGet) {
        if (old && !old->isString())
            return ctx.replyError(StoreStatus::WrongType);
    }
    if ((flags & SetNx && old) || (flags & SetXx && !old)) {
        if (flags & SetGet) {
            if (old)
                ctx.reply.bulk(old->stringValue());
            else
                ctx.reply.nullBulk();
        } else if (replyInteger) {
            ctx.reply.integer(0);
        } else {
            ctx.reply.nullBulk();
        }
        return;
    }
    if (flags & SetGet) {
        if (old)
            ctx.reply.bulk(old->stringValue()); // before the value is overwritten
        else
            ctx.reply.nullBulk();
    }
    Entry *e = db.setString(key, value, flags & SetKeepTtl);
    if (when >= 0)
        db.setExpire(e, when);
    ctx.keyModified(key);
    if (when >= 0 && !(flags & SetPxat)) {
        const std::string ms = int64ToString(when);
        ctx.propagateAs({"SET", key, value, "PXAT", ms});
    }
    if (!(flags & SetGet)) {
        if (replyInteger)
            ctx.reply.integer(1);
        else
            ctx.reply.ok();
    }
}

void setCommand(CommandContext &ctx)
{
    unsigned flags = 0;
    size_t expireArg = 0;
    for (size_t j = 3; j < ctx.argv.size(); ++j) {
        const std::string &a = ctx.argv[j];
        const bool hasNext = j + 1 < ctx.argv.size();
        const unsigned anyExpire = SetEx | SetPx | SetExat | SetPxat | SetKeepTtl;
        if (equalsNoCase(a, "nx") && !(flags & SetXx)) {
            flags |= SetNx;
        } else if (equalsNoCase(a, "xx") && !(flags & SetNx)) {
            flags |= SetXx;
        } else if (equalsNoCase(a, "get")) {
            flags |= SetGet;
        } else if (equalsNoCase(a, "keepttl") && !(flags & anyExpire)) {
            flags |= SetKeepTtl;
        } else if (hasNext && !(flags & anyExpire) &&
                   (equalsNoCase(a, "ex") || equalsNoCase(a, "px") || equalsNoCase(a, "exat") ||
                    equalsNoCase(a, "pxat"))) {
            flags |= equalsNoCase(a, "ex")     ? SetEx
                     : equalsNoCase(a, "px")   ? SetPx
                     : equalsNoCase(a, "exat") ? SetExat
                                               : SetPxat;
            expireArg = ++j;
        } else {
            return ctx.replySyntaxError();
        }
    }
    setGeneric(ctx, flags, ctx.argv[1], ctx.argv[2], expireArg, false);
}

void setnxCommand(CommandContext &ctx)
{
    setGeneric(ctx, SetNx, ctx.argv[1], ctx.argv[2], 0, true);
}

void setexCommand(CommandContext &ctx)
{
    setGeneric(ctx, SetEx, ctx.argv[1], ctx.argv[3], 2, false);
}

void psetexCommand(CommandContext &ctx)
{
    setGeneric(ctx, SetPx, ctx.argv[1], ctx.argv[3], 2, false);
}

void getsetCommand(CommandContext &ctx)
{
    Entry *e;
    if (!writeString(ctx, ctx.argv[1], e))
        return;
    if (e)
        ctx.reply.bulk(e->stringValue());
    else
        ctx.reply.nullBulk();
    ctx.db().setString(ctx.argv[1], ctx.argv[2]);
    ctx.keyModified(ctx.argv[1]);
    // Propagated as SET: GETSET's reply matters only here.
    ctx.propagateAs({"SET", ctx.argv[1], ctx.argv[2]});
}

void getdelCommand(CommandContext &ctx)
{
    Entry *e;
    if (!readString(ctx, ctx.argv[1], e))
        return;
    if (!e)
        return ctx.reply.nullBulk();
    ctx.reply.bulk(e->stringValue());
    ctx.db().remove(ctx.argv[1]);
    ctx.keyModified(ctx.argv[1]);
    ctx.propagateAs({ctx.config().lazyfreeLazyUserDel ? "UNLINK" : "DEL", ctx.argv[1]});
}

void getexCommand(CommandContext &ctx)
{
    unsigned flags = 0;
    size_t expireArg = 0;
    bool persist = false;
    for (size_t j = 2; j < ctx.argv.size(); ++j) {
        const std::string &a = ctx.argv[j];
        const bool hasNext = j + 1 < ctx.argv.size();
        if (equalsNoCase(a, "persist") && !flags && !persist) {
            persist = true;
        } else if (hasNext && !flags && !persist &&
                   (equalsNoCase(a, "ex") || equalsNoCase(a, "px") || equalsNoCase(a, "exat") ||
                    equalsNoCase(a, "pxat"))) {
            flags = equalsNoCase(a, "ex")     ? SetEx
                    : equalsNoCase(a, "px")   ? SetPx
                    : equalsNoCase(a, "exat") ? SetExat
                                              : SetPxat;
            expireArg = ++j;
        } else {
            return ctx.replySyntaxError();
        }
    }
    int64_t when = -1;
    if (expireArg) {
        int64_t v;
        if (!parseInt64(ctx.argv[expireArg], v))
            return ctx.replyError(StoreStatus::NotInteger);
        const std::string invalid = "invalid expire time in 'getex' command";
        if (v <= 0)
            return ctx.replyError(invalid);
        if (flags & (SetEx | SetExat)) {
            if (v > INT64_MAX / 1000)
                return ctx.replyError(invalid);
            v *= 1000;
        }
        if ((flags & (SetEx | SetPx)) && __builtin_add_overflow(v, ctx.now(), &v))
            return ctx.replyError(invalid);
        when = v;
    }
    Entry *e;
    if (!readString(ctx, ctx.argv[1], e))
        return;
    if (!e)
        return ctx.reply.nullBulk();
    ctx.reply.bulk(e->stringValue());
    Database &db = ctx.db();
    const std::string &key = ctx.argv[1];
    if (when >= 0 && when <= ctx.now() && !ctx.server.replicaMode()) {
        db.remove(key);
        ctx.keyModified(key);
        ctx.propagateAs({"DEL", key});
    } else if (when >= 0) {
        db.setExpire(e, when);
        ctx.keyModified(key);
        const std::string ms = int64ToString(when);
        ctx.propagateAs({"PEXPIREAT", key, ms});
    } else if (persist) {
        if (db.removeExpire(e)) {
            ctx.keyModified(key);
            ctx.propagateAs({"PERSIST", key});
        }
    }
}

void mgetCommand(CommandContext &ctx)
{
    ctx.reply.arrayHeader(ctx.argv.size() - 1);
    for (size_t i = 1; i < ctx.argv.size(); ++i) {
        Entry *e = ctx.db().lookupRead(ctx.argv[i]);
        if (e && e->isString())
            ctx.reply.bulk(e->stringValue());
        else
            ctx.reply.nullBulk();
    }
}

void msetGeneric(CommandContext &ctx, bool nx)
{
    if (ctx.argv.size() % 2 == 0)
        return ctx.replyWrongArity();
    Database &db = ctx.db();
    if (nx) {
        for (size_t i = 1; i < ctx.argv.size(); i += 2) {
            if (db.lookupWrite(ctx.argv[i])) {
                ctx.reply.integer(0);
                return;
            }
        }
    }
    for (size_t i = 1; i < ctx.argv.size(); i += 2) {
        db.setString(ctx.argv[i], ctx.argv[i + 1]);
        ctx.keyModified(ctx.argv[i]);
    }
    if (nx)
        ctx.reply.integer(1);
    else
        ctx.reply.ok();
}

void msetCommand(CommandContext &ctx)
{
    msetGeneric(ctx, false);
}

void msetnxCommand(CommandContext &ctx)
{
    msetGeneric(ctx, true);
}

// --- APPEND STRLEN GETRANGE SETRANGE -------------------------------------------------------------

void appendCommand(CommandContext &ctx)
{
    Entry *e;
    if (!writeString(ctx, ctx.argv[1], e))
        return;
    const std::string &key = ctx.argv[1];
    const std::string &add = ctx.argv[2];
    Database &db = ctx.db();
    size_t len;
    if (!e) {
        db.addString(key, add);
        len = add.size();
    } else {
        const size_t oldLen = e->stringLength();
        if (!checkStringLength(ctx, uint64_t(oldLen) + add.size()))
            return;
        e = db.resizeString(key, oldLen + add.size());
        std::memcpy(e->mutableStringData() + oldLen, add.data(), add.size());
        len = oldLen + add.size();
    }
    ctx.keyModified(key);
    ctx.reply.integer(int64_t(len));
}

void strlenCommand(CommandContext &ctx)
{
    Entry *e;
    if (!readString(ctx, ctx.argv[1], e))
        return;
    ctx.reply.integer(e ? int64_t(e->stringLength()) : 0);
}

void getrangeCommand(CommandContext &ctx)
{
    int64_t start, end;
    if (!parseInt64(ctx.argv[2], start) || !parseInt64(ctx.argv[3], end))
        return ctx.replyError(StoreStatus::NotInteger);
    Entry *e;
    if (!readString(ctx, ctx.argv[1], e))
        return;
    if (!e)
        return ctx.reply.bulk("");
    const std::string_view s = e->stringValue();
    const int64_t len = int64_t(s.size());
    // Redis 7.0: a negative start above a negative end is empty.
    if (start < 0 && end < 0 && start > end)
        return ctx.reply.bulk("");
    if (start < 0)
        start += len;
    if (end < 0)
        end += len;
    if (start < 0)
        start = 0;
    if (end < 0)
        end = 0;
    if (end >= len)
        end = len - 1;
    if (len == 0 || start > end)
        return ctx.reply.bulk("");
    ctx.reply.bulk(s.substr(size_t(start), size_t(end - start + 1)));
}

void setrangeCommand(CommandContext &ctx)
{
    int64_t offset;
    if (!parseInt64(ctx.argv[2], offset))
        return ctx.replyError(StoreStatus::NotInteger);
    if (offset < 0)
        return ctx.replyError("offset is out of range");
    const std::string &key = ctx.argv[1];
    const std::string &value = ctx.argv[3];
    Entry *e;
    if (!writeString(ctx, key, e))
        return;
    Database &db = ctx.db();
    if (!e) {
        if (value.empty())
            return ctx.reply.integer(0);
        if (!checkStringLength(ctx, uint64_t(offset) + value.size()))
            return;
        e = db.addString(key, "");
    } else if (value.empty()) {
        return ctx.reply.integer(e->stringLength());
    } else if (!checkStringLength(ctx, uint64_t(offset) + value.size())) {
        return;
    }
    const size_t oldLen = e->stringLength();
    const size_t need = std::max<size_t>(oldLen, size_t(offset) + value.size());
    if (need != oldLen) {
        e = db.resizeString(key, need);
        std::memset(e->mutableStringData() + oldLen, 0, need - oldLen);
    }
    std::memcpy(e->mutableStringData() + offset, value.data(), value.size());
    ctx.keyModified(key);
    ctx.reply.integer(int64_t(need));
}

// --- INCR DECR INCRBY DECRBY INCRBYFLOAT
// -----------------------------------------------------------

void incrDecr(CommandContext &ctx, int64_t by)
{
    Entry *e;
    if (!writeString(ctx, ctx.argv[1], e))
        return;
    int64_t value = 0;
    if (e && !parseInt64(e->stringValue(), value))
        return ctx.replyError(StoreStatus::NotInteger);
    if (__builtin_add_overflow(value, by, &value))
        return ctx.replyError(StoreStatus::Overflow);
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, value);
    const std::string_view text(buf, size_t(r.ptr - buf));
    if (e)
        ctx.db().replaceString(e, text);
    else
        ctx.db().setString(ctx.argv[1], text, true);
    ctx.keyModified(ctx.argv[1]);
    ctx.reply.integer(value);
}

void incrCommand(CommandContext &ctx)
{
    incrDecr(ctx, 1);
}

void decrCommand(CommandContext &ctx)
{
    incrDecr(ctx, -1);
}

void incrbyCommand(CommandContext &ctx)
{
    int64_t by;
    if (!ctx.intArg(2, by))
        return;
    incrDecr(ctx, by);
}

void decrbyCommand(CommandContext &ctx)
{
    int64_t by;
    if (!ctx.intArg(2, by))
        return;
    if (by == INT64_MIN)
        return ctx.replyError("decrement would overflow");
    incrDecr(ctx, -by);
}

void incrbyfloatCommand(CommandContext &ctx)
{
    Entry *e;
    if (!writeString(ctx, ctx.argv[1], e))
        return;
    long double value = 0, by;
    if (e && !parseLongDouble(e->stringValue(), value))
        return ctx.replyError(StoreStatus::NotFloat);
    if (!parseLongDouble(ctx.argv[2], by))
        return ctx.replyError(StoreStatus::NotFloat);
    value += by;
    if (std::isnan(value) || std::isinf(value))
        return ctx.replyError(StoreStatus::NaNOrInfinity);
    const std::string text = formatLongDouble(value);
    ctx.db().setString(ctx.argv[1], text, true);
    ctx.keyModified(ctx.argv[1]);
    ctx.reply.bulk(text);
    // The float's text is what replicas must store, whatever their float arithmetic.
    ctx.propagateAs({"SET", ctx.argv[1], text, "KEEPTTL"});
}

} // namespace

void registerStringCommands(CommandTable &t)
{
    t.add({"get", getCommand, 2, "readonly fast", 1, 1, 1, "string",
           "Returns the string value of a key."});
    t.add({"set", setCommand, -3, "write denyoom", 1, 1, 1, "string",
           "Sets the string value of a key, ignoring its type. The key is created if it doesn't "
           "exist."});
    t.add({"setnx", setnxCommand, 3, "write denyoom fast", 1, 1, 1, "string",
           "Set the string value of a key only when the key doesn't exist."});
    t.add(
        {"setex", setexCommand, 4, "write denyoom", 1, 1, 1, "string",
         "Sets the string value and expiration time of a key. Creates the key if it doesn't exist.",
         "2.0.0"});
    t.add({"psetex", psetexCommand, 4, "write denyoom", 1, 1, 1, "string",
           "Sets both string value and expiration time in milliseconds of a key. The key is "
           "created if it doesn't exist.",
           "2.6.0"});
    t.add({"getset", getsetCommand, 3, "write denyoom fast", 1, 1, 1, "string",
           "Returns the previous string value of a key after setting it to a new value."});
    t.add({"getdel", getdelCommand, 2, "write fast", 1, 1, 1, "string",
           "Returns the string value of a key after deleting the key.", "6.2.0"});
    t.add({"getex", getexCommand, -2, "write fast", 1, 1, 1, "string",
           "Returns the string value of a key after setting its expiration time.", "6.2.0"});
    t.add({"mget", mgetCommand, -2, "readonly fast", 1, -1, 1, "string",
           "Atomically returns the string values of one or more keys."});
    t.add({"mset", msetCommand, -3, "write denyoom", 1, -1, 2, "string",
           "Atomically creates or modifies the string values of one or more keys.", "1.0.1"});
    t.add({"msetnx", msetnxCommand, -3, "write denyoom", 1, -1, 2, "string",
           "Atomically modifies the string values of one or more keys only when all keys don't "
           "exist.",
           "1.0.1"});
    t.add({"append", appendCommand, 3, "write denyoom fast", 1, 1, 1, "string",
           "Appends a string to the value of a key. Creates the key if it doesn't exist.",
           "2.0.0"});
    t.add({"strlen", strlenCommand, 2, "readonly fast", 1, 1, 1, "string",
           "Returns the length of a string value.", "2.2.0"});
    t.add({"getrange", getrangeCommand, 4, "readonly", 1, 1, 1, "string",
           "Returns a substring of the string stored at a key.", "2.4.0"});
    t.add({"substr", getrangeCommand, 4, "readonly", 1, 1, 1, "string",
           "Returns a substring from a string value.", "1.0.0"});
    t.add({"setrange", setrangeCommand, 4, "write denyoom", 1, 1, 1, "string",
           "Overwrites a part of a string value with another by an offset. Creates the key if it "
           "doesn't exist.",
           "2.2.0"});
    t.add({"incr", incrCommand, 2, "write denyoom fast", 1, 1, 1, "string",
           "Increments the integer value of a key by one. Uses 0 as initial value if the key "
           "doesn't exist."});
    t.add({"decr", decrCommand, 2, "write denyoom fast", 1, 1, 1, "string",
           "Decrements the integer value of a key by one. Uses 0 as initial value if the key "
           "doesn't exist."});
    t.add({"incrby", incrbyCommand, 3, "write denyoom fast", 1, 1, 1, "string",
           "Increments the integer value of a key by a number. Uses 0 as initial value if the key "
           "doesn't exist."});
    t.add({"decrby", decrbyCommand, 3, "write denyoom fast", 1, 1, 1, "string",
           "Decrements a number from the integer value of a key. Uses 0 as initial value if the "
           "key doesn't exist."});
    t.add({"incrbyfloat", incrbyfloatCommand, 3, "write denyoom fast", 1, 1, 1, "string",
           "Increment the floating point value of a key by a number. Uses 0 as initial value if "
           "the key doesn't exist.",
           "2.6.0"});
}

} // namespace rd
