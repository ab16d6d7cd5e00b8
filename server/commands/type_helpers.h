#pragma once
// Helpers shared by the data-type command families (list, hash, set, zset): typed key lookup
// with WRONGTYPE, argument parsing with Redis 7.0's acceptance rules and error replies, index
// normalisation, the *SCAN argument grammar, and the encoding limits hand-off.
//
// Lookups return a StoreStatus (WrongType when the key holds another type) and fill `out`
// with nullptr when the key does not exist; handlers turn a status into a reply with
// ctx.replyError(status), the one mapping to Redis's exact text.
#include "commands/command_context.h"
#include "store/collection_value.h"
#include "store/database.h"
#include "store/hash_value.h"
#include "store/list_value.h"
#include "store/set_value.h"
#include "store/zset_value.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace rd {

class Server;

namespace types {

template <class T> constexpr ObjectType objectTypeOf();
template <> constexpr ObjectType objectTypeOf<store::ListValue>()
{
    return ObjectType::List;
}
template <> constexpr ObjectType objectTypeOf<store::HashValue>()
{
    return ObjectType::Hash;
}
template <> constexpr ObjectType objectTypeOf<store::SetValue>()
{
    return ObjectType::Set;
}
template <> constexpr ObjectType objectTypeOf<store::ZSetValue>()
{
    return ObjectType::ZSet;
}

// Read lookup (counts hits/misses). out = nullptr when the key does not exist.
template <class T> StoreStatus lookupRead(CommandContext &ctx, std::string_view key, T *&out)
{
    out = nullptr;
    Entry *e = ctx.db().lookupRead(key);
    if (!e)
        return StoreStatus::Ok;
    if (e->type() != objectTypeOf<T>())
        return StoreStatus::WrongType;
    out = &e->as<T>();
    return StoreStatus::Ok;
}

// Write lookup (lazy expiry, no stats). out = nullptr when the key does not exist.
template <class T> StoreStatus lookupWrite(CommandContext &ctx, std::string_view key, T *&out)
{
    out = nullptr;
    Entry *e = ctx.db().lookupWrite(key);
    if (!e)
        return StoreStatus::Ok;
    if (e->type() != objectTypeOf<T>())
        return StoreStatus::WrongType;
    out = &e->as<T>();
    return StoreStatus::Ok;
}

// Write lookup that creates an empty value when the key does not exist.
template <class T> StoreStatus lookupOrCreate(CommandContext &ctx, std::string_view key, T *&out)
{
    StoreStatus st = lookupWrite(ctx, key, out);
    if (st != StoreStatus::Ok || out)
        return st;
    Entry *e = ctx.db().addCollection(key, std::make_unique<T>());
    out = &e->as<T>();
    return StoreStatus::Ok;
}

// Redis deletes a collection key when its last element goes. Returns true if it deleted.
bool removeIfEmpty(CommandContext &ctx, std::string_view key, const CollectionValue &value);

// SREM, ZREM, HDEL: removes the members argv[2...] with remove(value, member) -> bool, stops
// once the value is empty, deletes the key when it emptied, and replies how many went.
template <class T, class Remove> void removeMembers(CommandContext &ctx, Remove remove)
{
    const std::string &key = ctx.argv[1];
    T *value = nullptr;
    if (StoreStatus st = lookupWrite(ctx, key, value); st != StoreStatus::Ok)
        return ctx.replyError(st);
    if (!value)
        return ctx.reply.integer(0);
    int64_t removed = 0;
    for (size_t i = 2; i < ctx.argv.size() && !value->empty(); ++i)
        removed += remove(*value, ctx.argv[i]) ? 1 : 0;
    if (removed) {
        removeIfEmpty(ctx, key, *value);
        ctx.keyModified(key, removed);
    }
    ctx.reply.integer(removed);
}

// The *STORE commands (SINTERSTORE, ZUNIONSTORE...): stores result under dst, replacing any
// value and dropping its TTL, or deletes dst when the result is empty; replies its size.
template <class T>
void storeResult(CommandContext &ctx, std::string_view dst, std::unique_ptr<T> result)
{
    const int64_t size = int64_t(result->size());
    if (size > 0) {
        ctx.db().setCollection(dst, std::move(result));
        ctx.keyModified(dst);
    } else if (ctx.db().remove(dst)) {
        ctx.keyModified(dst);
    }
    ctx.reply.integer(size);
}

// Replies WRONGTYPE (or another status) and returns true when st is an error.
inline bool failed(CommandContext &ctx, StoreStatus st)
{
    if (st == StoreStatus::Ok)
        return false;
    ctx.replyError(st);
    return true;
}

// --- argument parsing -------------------------------------------------------------------------

// getPositiveLongFromObjectOrReply: an integer >= 0, else "value is out of range, must be
// positive" (also for text that is not a number, as Redis).
bool positiveCountArg(CommandContext &ctx, size_t index, int64_t &out);
// getRangeLongFromObjectOrReply-like: an integer, else "value is not an integer or out of range".
bool intArg(CommandContext &ctx, size_t index, int64_t &out);
// A double as getDoubleFromObjectOrReply accepts it, else "value is not a valid float".
bool doubleArg(CommandContext &ctx, size_t index, double &out);
// A blocking timeout in seconds (float) to milliseconds; 0 = forever. Replies the error itself.
bool timeoutArg(CommandContext &ctx, size_t index, int64_t &outMs);

// zslParseRange: "(1.5", "-inf", "+inf"...; MinMaxNotFloat on error.
StoreStatus parseScoreRange(std::string_view min, std::string_view max, store::ZScoreRange &out);
// zslParseLexRange: "-", "+", "[a", "(a"; MinMaxNotString on error.
StoreStatus parseLexRange(std::string_view min, std::string_view max, store::ZLexRange &out);

// Case-insensitive ASCII compare for option names.
bool equalsIgnoreCase(std::string_view a, std::string_view b);

// --- index ranges -------------------------------------------------------------------------------

// LRANGE/ZRANGE index normalisation: negative counts from the end; returns false when the
// range is empty, else [start, end] clamped to the container.
bool normalizeRange(int64_t start, int64_t end, size_t length, size_t &outStart, size_t &outEnd);

// --- *SCAN
// ----------------------------------------------------------------------------------------

struct ScanArgs
{
    uint64_t cursor = 0;
    std::optional<std::string> pattern;
    int64_t count = 10;
};
// "KEY cursor [MATCH pattern] [COUNT count]", in Redis's order: the cursor (argv[2]) before the
// key lookup, the options (argv[3...]) after it. Both reply on error.
bool parseScanCursor(CommandContext &ctx, ScanArgs &out);
bool parseScanOptions(CommandContext &ctx, ScanArgs &out);
// The table walk of HSCAN/SSCAN/ZSCAN (Redis's scanGenericCommand): scan steps from args.cursor
// until COUNT elements were visited, the table is done or 10*COUNT steps were made; every
// element visited goes to collect. Returns the cursor to reply.
template <class T, class Collect>
uint64_t scanTable(const T &value, const ScanArgs &args, Collect &&collect)
{
    uint64_t cursor = args.cursor;
    int64_t budget = args.count * 10;
    size_t visited = 0;
    do {
        cursor = value.scan(cursor, [&](const auto &...element) {
            ++visited;
            collect(element...);
        });
    } while (cursor && budget-- && visited < size_t(args.count));
    return cursor;
}
// The reply for a missing key: ["0", []].
void replyEmptyScan(CommandContext &ctx);
// Replies [cursor, [items...]].
void replyScan(CommandContext &ctx, uint64_t cursor, const std::vector<std::string> &items);

// The generator SPOP/SRANDMEMBER/HRANDFIELD share.
std::mt19937_64 &randomGenerator();

// Copies the encoding directives of the config into store::encodingLimits().
void syncEncodingLimits(const Config &config);

} // namespace types

// The data-type subsystem's start-up hook (encoding limits follow CONFIG SET; pub/sub cleans up
// closing clients). One line in core/subsystem_registry.cpp.
void installTypeSubsystems(Server &server);

} // namespace rd
