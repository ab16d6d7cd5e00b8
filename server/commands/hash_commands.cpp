// Hash commands (Redis 7.0 t_hash.c semantics). HINCRBYFLOAT is propagated as HSET with the
// resulting value so replicas never redo floating point arithmetic.
//
// Layout: helpers, then handlers in the order of the table, then registerHashCommands().
#include "commands/type_helpers.h"
#include "util/glob.h"
#include "util/numbers.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <unordered_set>

namespace rd {

using store::HashValue;
using types::failed;

namespace {

// --- writes
// -----------------------------------------------------------------------------------------

// HSET/HMSET key field value [field value ...]; returns the number of new fields or -1 after
// replying an error.
int64_t setFields(CommandContext &ctx)
{
    if (ctx.argv.size() % 2 == 1) {
        ctx.replyWrongArity();
        return -1;
    }
    HashValue *hash = nullptr;
    if (failed(ctx, types::lookupOrCreate(ctx, ctx.argv[1], hash)))
        return -1;
    int64_t created = 0;
    for (size_t i = 2; i < ctx.argv.size(); i += 2)
        created += hash->set(ctx.argv[i], ctx.argv[i + 1]) ? 1 : 0;
    ctx.keyModified(ctx.argv[1], int64_t(ctx.argv.size() - 2) / 2);
    return created;
}

void hsetCommand(CommandContext &ctx)
{
    const int64_t created = setFields(ctx);
    if (created >= 0)
        ctx.reply.integer(created);
}

void hmsetCommand(CommandContext &ctx)
{
    if (setFields(ctx) >= 0)
        ctx.reply.ok();
}

void hsetnxCommand(CommandContext &ctx)
{
    HashValue *hash = nullptr;
    if (failed(ctx, types::lookupOrCreate(ctx, ctx.argv[1], hash)))
        return;
    if (!hash->setIfAbsent(ctx.argv[2], ctx.argv[3])) {
        ctx.reply.integer(0);
        return;
    }
    ctx.keyModified(ctx.argv[1]);
    ctx.reply.integer(1);
}

void hdelCommand(CommandContext &ctx)
{
    types::removeMembers<HashValue>(
        ctx, [](HashValue &hash, const std::string &field) { return hash.erase(field); });
}

void hincrbyCommand(CommandContext &ctx)
{
    int64_t increment;
    if (!types::intArg(ctx, 3, increment))
        return;
    HashValue *hash = nullptr;
    if (failed(ctx, types::lookupOrCreate(ctx, ctx.argv[1], hash)))
        return;
    int64_t value = 0;
    if (const std::string *current = hash->get(ctx.argv[2])) {
        if (!parseInt64(*current, value)) {
            types::removeIfEmpty(ctx, ctx.argv[1], *hash);
            return ctx.replyError(StoreStatus::HashNotInteger);
        }
    }
    if ((increment < 0 && value < 0 && increment < std::numeric_limits<int64_t>::min() - value) ||
        (increment > 0 && value > 0 && increment > std::numeric_limits<int64_t>::max() - value)) {
        types::removeIfEmpty(ctx, ctx.argv[1], *hash);
        return ctx.replyError(StoreStatus::Overflow);
    }
    value += increment;
    hash->set(ctx.argv[2], int64ToString(value));
    ctx.keyModified(ctx.argv[1]);
    ctx.reply.integer(value);
}

void hincrbyfloatCommand(CommandContext &ctx)
{
    long double increment;
    if (!parseLongDouble(ctx.argv[3], increment))
        return ctx.replyError(StoreStatus::NotFloat);
    if (std::isinf(increment))
        return ctx.replyError("value is NaN or Infinity");
    HashValue *hash = nullptr;
    if (failed(ctx, types::lookupOrCreate(ctx, ctx.argv[1], hash)))
        return;
    long double value = 0;
    if (const std::string *current = hash->get(ctx.argv[2])) {
        if (!parseLongDouble(*current, value)) {
            types::removeIfEmpty(ctx, ctx.argv[1], *hash);
            return ctx.replyError(StoreStatus::HashNotFloat);
        }
    }
    value += increment;
    if (std::isnan(value) || std::isinf(value)) {
        types::removeIfEmpty(ctx, ctx.argv[1], *hash);
        return ctx.replyError(StoreStatus::NaNOrInfinity);
    }
    const std::string text = formatLongDouble(value);
    hash->set(ctx.argv[2], text);
    ctx.keyModified(ctx.argv[1]);
    ctx.propagateAs({"HSET", ctx.argv[1], ctx.argv[2], text});
    ctx.reply.bulk(text);
}

// --- reads
// -------------------------------------------------------------------------------------------

void hgetCommand(CommandContext &ctx)
{
    HashValue *hash = nullptr;
    if (failed(ctx, types::lookupRead(ctx, ctx.argv[1], hash)))
        return;
    const std::string *value = hash ? hash->get(ctx.argv[2]) : nullptr;
    if (!value)
        return ctx.reply.nullBulk();
    ctx.reply.bulk(*value);
}

void hmgetCommand(CommandContext &ctx)
{
    HashValue *hash = nullptr;
    if (failed(ctx, types::lookupRead(ctx, ctx.argv[1], hash)))
        return;
    ctx.reply.arrayHeader(ctx.argv.size() - 2);
    for (size_t i = 2; i < ctx.argv.size(); ++i) {
        const std::string *value = hash ? hash->get(ctx.argv[i]) : nullptr;
        if (value)
            ctx.reply.bulk(*value);
        else
            ctx.reply.nullBulk();
    }
}

enum Parts { Fields = 1, Values = 2 };

void getAllGeneric(CommandContext &ctx, int parts)
{
    HashValue *hash = nullptr;
    if (failed(ctx, types::lookupRead(ctx, ctx.argv[1], hash)))
        return;
    if (!hash)
        return ctx.reply.emptyArray();
    ctx.reply.arrayHeader(hash->size() * (parts == (Fields | Values) ? 2 : 1));
    hash->forEach([&](const std::string &field, const std::string &value) {
        if (parts & Fields)
            ctx.reply.bulk(field);
        if (parts & Values)
            ctx.reply.bulk(value);
    });
}

void hgetallCommand(CommandContext &ctx)
{
    getAllGeneric(ctx, Fields | Values);
}
void hkeysCommand(CommandContext &ctx)
{
    getAllGeneric(ctx, Fields);
}
void hvalsCommand(CommandContext &ctx)
{
    getAllGeneric(ctx, Values);
}

void hlenCommand(CommandContext &ctx)
{
    HashValue *hash = nullptr;
    if (failed(ctx, types::lookupRead(ctx, ctx.argv[1], hash)))
        return;
    ctx.reply.integer(hash ? int64_t(hash->size()) : 0);
}

void hexistsCommand(CommandContext &ctx)
{
    HashValue *hash = nullptr;
    if (failed(ctx, types::lookupRead(ctx, ctx.argv[1], hash)))
        return;
    ctx.reply.integer(hash && hash->contains(ctx.argv[2]) ? 1 : 0);
}

void hstrlenCommand(CommandContext &ctx)
{
    HashValue *hash = nullptr;
    if (failed(ctx, types::lookupRead(ctx, ctx.argv[1], hash)))
        return;
    const std::string *value = hash ? hash->get(ctx.argv[2]) : nullptr;
    ctx.reply.integer(value ? int64_t(value->size()) : 0);
}

// HSCAN key cursor [MATCH pattern] [COUNT count]
void hscanCommand(CommandContext &ctx)
{
    types::ScanArgs args;
    if (!types::parseScanCursor(ctx, args))
        return;
    HashValue *hash = nullptr;
    if (failed(ctx, types::lookupRead(ctx, ctx.argv[1], hash)))
        return;
    if (!hash)
        return types::replyEmptyScan(ctx);
    if (!types::parseScanOptions(ctx, args))
        return;
    std::vector<std::string> items;
    auto collect = [&](const std::string &field, const std::string &value) {
        if (args.pattern && !globMatch(*args.pattern, field))
            return;
        items.push_back(field);
        items.push_back(value);
    };
    uint64_t cursor = 0;
    if (std::string_view(hash->encoding()) == "listpack") {
        // A compact hash is returned whole in one call, as Redis does for listpacks.
        hash->forEach(collect);
    } else {
        cursor = types::scanTable(*hash, args, collect);
    }
    types::replyScan(ctx, cursor, items);
}

// HRANDFIELD key [count [WITHVALUES]]
void hrandfieldCommand(CommandContext &ctx)
{
    auto &rng = types::randomGenerator();
    if (ctx.argv.size() == 2) {
        HashValue *hash = nullptr;
        if (failed(ctx, types::lookupRead(ctx, ctx.argv[1], hash)))
            return;
        if (!hash)
            return ctx.reply.nullBulk();
        return ctx.reply.bulk(hash->randomField(rng)->name);
    }
    int64_t count;
    if (!types::intArg(ctx, 2, count))
        return;
    if (count == std::numeric_limits<int64_t>::min())
        return ctx.replyError("value is out of range, value must between -9223372036854775807 and "
                              "9223372036854775807");
    if (ctx.argv.size() > 4 ||
        (ctx.argv.size() == 4 && !types::equalsIgnoreCase(ctx.argv[3], "withvalues")))
        return ctx.replySyntaxError();
    const bool withValues = ctx.argv.size() == 4;
    if (withValues && (count < -std::numeric_limits<int64_t>::max() / 2 ||
                       count > std::numeric_limits<int64_t>::max() / 2))
        return ctx.replyError("value is out of range");
    HashValue *hash = nullptr;
    if (failed(ctx, types::lookupRead(ctx, ctx.argv[1], hash)))
        return;
    if (!hash || count == 0)
        return ctx.reply.emptyArray();
    auto emit = [&](const HashValue::Field &f) {
        ctx.reply.bulk(f.name);
        if (withValues)
            ctx.reply.bulk(f.value);
    };
    const size_t width = withValues ? 2 : 1;
    if (count < 0) {
        // Repetitions allowed: |count| independent draws.
        const uint64_t n = uint64_t(-count);
        ctx.reply.arrayHeader(size_t(n) * width);
        for (uint64_t i = 0; i < n; ++i)
            emit(*hash->randomField(rng));
        return;
    }
    const size_t size = hash->size();
    if (uint64_t(count) >= size) {
        ctx.reply.arrayHeader(size * width);
        hash->forEach([&](const std::string &f, const std::string &v) {
            ctx.reply.bulk(f);
            if (withValues)
                ctx.reply.bulk(v);
        });
        return;
    }
    // Distinct fields: sample without replacement from a copy of the fields (a packed hash has
    // no Field objects to point at).
    std::vector<HashValue::Field> all;
    all.reserve(size);
    hash->forEach([&](const std::string &f, const std::string &v) {
        all.push_back({f, withValues ? v : std::string()});
    });
    for (size_t i = 0; i < size_t(count); ++i) {
        std::uniform_int_distribution<size_t> pick(i, size - 1);
        std::swap(all[i], all[pick(rng)]);
    }
    ctx.reply.arrayHeader(size_t(count) * width);
    for (size_t i = 0; i < size_t(count); ++i)
        emit(all[i]);
}

} // namespace

void registerHashCommands(CommandTable &t)
{
    t.add({"hset", hsetCommand, -4, "write denyoom fast", 1, 1, 1, "hash",
           "Set the string value of a hash field", "2.0.0"});
    t.add({"hmset", hmsetCommand, -4, "write denyoom fast", 1, 1, 1, "hash",
           "Set multiple hash fields to multiple values", "2.0.0"});
    t.add({"hsetnx", hsetnxCommand, 4, "write denyoom fast", 1, 1, 1, "hash",
           "Set the value of a hash field, only if the field does not exist", "2.0.0"});
    t.add({"hdel", hdelCommand, -3, "write fast", 1, 1, 1, "hash", "Delete one or more hash fields",
           "2.0.0"});
    t.add({"hincrby", hincrbyCommand, 4, "write denyoom fast", 1, 1, 1, "hash",
           "Increment the integer value of a hash field by the given number", "2.0.0"});
    t.add({"hincrbyfloat", hincrbyfloatCommand, 4, "write denyoom fast", 1, 1, 1, "hash",
           "Increment the float value of a hash field by the given amount", "2.6.0"});
    t.add({"hget", hgetCommand, 3, "readonly fast", 1, 1, 1, "hash",
           "Get the value of a hash field", "2.0.0"});
    t.add({"hmget", hmgetCommand, -3, "readonly fast", 1, 1, 1, "hash",
           "Get the values of all the given hash fields", "2.0.0"});
    t.add({"hgetall", hgetallCommand, 2, "readonly", 1, 1, 1, "hash",
           "Get all the fields and values in a hash", "2.0.0"});
    t.add({"hkeys", hkeysCommand, 2, "readonly", 1, 1, 1, "hash", "Get all the fields in a hash",
           "2.0.0"});
    t.add({"hvals", hvalsCommand, 2, "readonly", 1, 1, 1, "hash", "Get all the values in a hash",
           "2.0.0"});
    t.add({"hlen", hlenCommand, 2, "readonly fast", 1, 1, 1, "hash",
           "Get the number of fields in a hash", "2.0.0"});
    t.add({"hexists", hexistsCommand, 3, "readonly fast", 1, 1, 1, "hash",
           "Determine if a hash field exists", "2.0.0"});
    t.add({"hstrlen", hstrlenCommand, 3, "readonly fast", 1, 1, 1, "hash",
           "Get the length of the value of a hash field", "3.2.0"});
    t.add({"hscan", hscanCommand, -3, "readonly", 1, 1, 1, "hash",
           "Incrementally iterate hash fields and associated values", "2.8.0"});
    t.add({"hrandfield", hrandfieldCommand, -2, "readonly", 1, 1, 1, "hash",
           "Get one or multiple random fields from a hash", "6.2.0"});
}

} // namespace rd
