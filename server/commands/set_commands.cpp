// Set commands (Redis 7.0 t_set.c semantics). SPOP is propagated as SREM (or DEL when it
// empties the set), so replicas remove the same members.
//
// Layout: helpers, then handlers in the order of the table, then registerSetCommands().
#include "commands/type_helpers.h"
#include "store/value_memory.h"
#include "util/glob.h"
#include "util/numbers.h"

#include <algorithm>
#include <limits>

namespace rd {

using store::SetValue;
using types::failed;

namespace {

// The members in the order Redis would list them: an intset is sorted by value, a hashtable
// comes in table order.
std::vector<const std::string *> membersInRedisOrder(const SetValue &set)
{
    std::vector<const std::string *> out;
    out.reserve(set.size());
    set.forEach([&](const std::string &m) { out.push_back(&m); });
    if (std::string_view(set.encoding()) == "intset") {
        std::sort(out.begin(), out.end(), [](const std::string *a, const std::string *b) {
            long long x = 0, y = 0;
            store::isCanonicalInteger(*a, &x);
            store::isCanonicalInteger(*b, &y);
            return x < y;
        });
    }
    return out;
}

void replyMembers(CommandContext &ctx, const std::vector<const std::string *> &members)
{
    ctx.reply.arrayHeader(members.size());
    for (const std::string *m : members)
        ctx.reply.bulk(*m);
}

// The result of SINTER/SUNION/SDIFF: a new set (possibly empty).
std::unique_ptr<SetValue> combine(const std::vector<SetValue *> &sets, char op)
{
    auto result = std::make_unique<SetValue>();
    if (op == 'i') {
        // Walk the smallest set and probe the others.
        const SetValue *smallest = sets.front();
        for (const SetValue *s : sets)
            if (s->size() < smallest->size())
                smallest = s;
        smallest->forEach([&](const std::string &m) {
            for (const SetValue *s : sets)
                if (s != smallest && !s->contains(m))
                    return;
            result->add(m);
        });
    } else if (op == 'u') {
        for (const SetValue *s : sets)
            if (s)
                s->forEach([&](const std::string &m) { result->add(m); });
    } else if (sets.front()) {
        sets.front()->forEach([&](const std::string &m) {
            for (size_t i = 1; i < sets.size(); ++i)
                if (sets[i] && sets[i]->contains(m))
                    return;
            result->add(m);
        });
    }
    return result;
}

// Looks up the sets of argv[first, first + count); missing keys give nullptr. False after
// replying WRONGTYPE.
bool lookupSets(CommandContext &ctx, size_t first, size_t count, std::vector<SetValue *> &out)
{
    out.assign(count, nullptr);
    for (size_t i = 0; i < count; ++i)
        if (failed(ctx, types::lookupRead(ctx, ctx.argv[first + i], out[i])))
            return false;
    return true;
}

// --- writes
// ----------------------------------------------------------------------------------------

void saddCommand(CommandContext &ctx)
{
    SetValue *set = nullptr;
    if (failed(ctx, types::lookupOrCreate(ctx, ctx.argv[1], set)))
        return;
    int64_t added = 0;
    for (size_t i = 2; i < ctx.argv.size(); ++i)
        added += set->add(ctx.argv[i]) ? 1 : 0;
    if (added)
        ctx.keyModified(ctx.argv[1], added);
    ctx.reply.integer(added);
}

void sremCommand(CommandContext &ctx)
{
    types::removeMembers<SetValue>(
        ctx, [](SetValue &set, const std::string &member) { return set.remove(member); });
}

void smoveCommand(CommandContext &ctx)
{
    const std::string &srcKey = ctx.argv[1];
    const std::string &dstKey = ctx.argv[2];
    const std::string &member = ctx.argv[3];
    Entry *srcEntry = ctx.db().lookupWrite(srcKey);
    Entry *dstEntry = ctx.db().lookupWrite(dstKey);
    if (!srcEntry)
        return ctx.reply.integer(0);
    if (srcEntry->type() != ObjectType::Set || (dstEntry && dstEntry->type() != ObjectType::Set))
        return ctx.replyError(StoreStatus::WrongType);
    SetValue &src = srcEntry->as<SetValue>();
    if (srcEntry == dstEntry)
        return ctx.reply.integer(src.contains(member) ? 1 : 0);
    if (!src.remove(member))
        return ctx.reply.integer(0);
    SetValue *dst = dstEntry ? &dstEntry->as<SetValue>() : nullptr;
    types::removeIfEmpty(ctx, srcKey, src);
    if (!dst)
        types::lookupOrCreate(ctx, dstKey, dst);
    ctx.keyModified(srcKey);
    if (dst->add(member))
        ctx.keyModified(dstKey);
    ctx.reply.integer(1);
}

// SPOP key [count]
void spopCommand(CommandContext &ctx)
{
    if (ctx.argv.size() > 3)
        return ctx.replySyntaxError();
    const std::string &key = ctx.argv[1];
    auto &rng = types::randomGenerator();
    if (ctx.argv.size() == 2) {
        SetValue *set = nullptr;
        if (failed(ctx, types::lookupWrite(ctx, key, set)))
            return;
        if (!set)
            return ctx.reply.nullBulk();
        const std::string member = set->popRandom(rng);
        ctx.propagateAs({"SREM", key, member});
        types::removeIfEmpty(ctx, key, *set);
        ctx.keyModified(key);
        return ctx.reply.bulk(member);
    }
    int64_t count;
    if (!types::positiveCountArg(ctx, 2, count))
        return;
    SetValue *set = nullptr;
    if (failed(ctx, types::lookupWrite(ctx, key, set)))
        return;
    if (!set || count == 0)
        return ctx.reply.emptyArray();
    if (uint64_t(count) >= set->size()) {
        // The whole set goes: reply it and propagate a DEL.
        replyMembers(ctx, membersInRedisOrder(*set));
        const int64_t size = int64_t(set->size());
        ctx.db().remove(key);
        ctx.propagateAs({"DEL", key});
        ctx.keyModified(key, size);
        return;
    }
    // Propagate SREMs in batches (as Redis), instead of the SPOP itself.
    constexpr size_t kBatch = 1024;
    std::vector<std::string> batch{"SREM", key};
    ctx.reply.arrayHeader(size_t(count));
    for (int64_t i = 0; i < count; ++i) {
        std::string member = set->popRandom(rng);
        ctx.reply.bulk(member);
        batch.push_back(std::move(member));
        if (batch.size() == kBatch + 2 || i + 1 == count) {
            ctx.alsoPropagate(ctx.client.dbIndex, batch);
            batch.resize(2);
        }
    }
    ctx.preventPropagation();
    ctx.keyModified(key, count);
}

// --- reads
// -------------------------------------------------------------------------------------------

void smembersCommand(CommandContext &ctx)
{
    SetValue *set = nullptr;
    if (failed(ctx, types::lookupRead(ctx, ctx.argv[1], set)))
        return;
    if (!set)
        return ctx.reply.emptyArray();
    replyMembers(ctx, membersInRedisOrder(*set));
}

void sismemberCommand(CommandContext &ctx)
{
    SetValue *set = nullptr;
    if (failed(ctx, types::lookupRead(ctx, ctx.argv[1], set)))
        return;
    ctx.reply.integer(set && set->contains(ctx.argv[2]) ? 1 : 0);
}

void smismemberCommand(CommandContext &ctx)
{
    SetValue *set = nullptr;
    if (failed(ctx, types::lookupRead(ctx, ctx.argv[1], set)))
        return;
    ctx.reply.arrayHeader(ctx.argv.size() - 2);
    for (size_t i = 2; i < ctx.argv.size(); ++i)
        ctx.reply.integer(set && set->contains(ctx.argv[i]) ? 1 : 0);
}

void scardCommand(CommandContext &ctx)
{
    SetValue *set = nullptr;
    if (failed(ctx, types::lookupRead(ctx, ctx.argv[1], set)))
        return;
    ctx.reply.integer(set ? int64_t(set->size()) : 0);
}

// SRANDMEMBER key [count]
void srandmemberCommand(CommandContext &ctx)
{
    if (ctx.argv.size() > 3)
        return ctx.replySyntaxError();
    auto &rng = types::randomGenerator();
    if (ctx.argv.size() == 2) {
        SetValue *set = nullptr;
        if (failed(ctx, types::lookupRead(ctx, ctx.argv[1], set)))
            return;
        if (!set)
            return ctx.reply.nullBulk();
        return ctx.reply.bulk(*set->randomMember(rng));
    }
    int64_t count;
    if (!types::intArg(ctx, 2, count))
        return;
    if (count == std::numeric_limits<int64_t>::min())
        return ctx.replyError("value is out of range, value must between -9223372036854775807 and "
                              "9223372036854775807");
    SetValue *set = nullptr;
    if (failed(ctx, types::lookupRead(ctx, ctx.argv[1], set)))
        return;
    if (!set || count == 0)
        return ctx.reply.emptyArray();
    if (count < 0) {
        const uint64_t n = uint64_t(-count);
        ctx.reply.arrayHeader(size_t(n));
        for (uint64_t i = 0; i < n; ++i)
            ctx.reply.bulk(*set->randomMember(rng));
        return;
    }
    std::vector<const std::string *> all = membersInRedisOrder(*set);
    if (uint64_t(count) >= all.size())
        return replyMembers(ctx, all);
    for (size_t i = 0; i < size_t(count); ++i) {
        std::uniform_int_distribution<size_t> pick(i, all.size() - 1);
        std::swap(all[i], all[pick(rng)]);
    }
    all.resize(size_t(count));
    replyMembers(ctx, all);
}

void sinterCommand(CommandContext &ctx)
{
    std::vector<SetValue *> sets;
    if (!lookupSets(ctx, 1, ctx.argv.size() - 1, sets))
        return;
    if (std::find(sets.begin(), sets.end(), nullptr) != sets.end())
        return ctx.reply.emptyArray();
    replyMembers(ctx, membersInRedisOrder(*combine(sets, 'i')));
}

void sinterstoreCommand(CommandContext &ctx)
{
    std::vector<SetValue *> sets;
    if (!lookupSets(ctx, 2, ctx.argv.size() - 2, sets))
        return;
    if (std::find(sets.begin(), sets.end(), nullptr) != sets.end())
        return types::storeResult(ctx, ctx.argv[1], std::make_unique<SetValue>());
    types::storeResult(ctx, ctx.argv[1], combine(sets, 'i'));
}

// SINTERCARD numkeys key [key ...] [LIMIT limit]
void sintercardCommand(CommandContext &ctx)
{
    int64_t numkeys;
    if (!parseInt64(ctx.argv[1], numkeys) || numkeys < 1)
        return ctx.replyError("numkeys should be greater than 0");
    if (numkeys > int64_t(ctx.argv.size()) - 2)
        return ctx.replyError("Number of keys can't be greater than number of args");
    int64_t limit = 0;
    for (size_t j = size_t(2 + numkeys); j < ctx.argv.size(); ++j) {
        if (types::equalsIgnoreCase(ctx.argv[j], "limit") && j + 1 < ctx.argv.size()) {
            if (!parseInt64(ctx.argv[++j], limit) || limit < 0)
                return ctx.replyError("LIMIT can't be negative");
        } else {
            return ctx.replySyntaxError();
        }
    }
    std::vector<SetValue *> sets;
    if (!lookupSets(ctx, 2, size_t(numkeys), sets))
        return;
    if (std::find(sets.begin(), sets.end(), nullptr) != sets.end())
        return ctx.reply.integer(0);
    const SetValue *smallest = sets.front();
    for (const SetValue *s : sets)
        if (s->size() < smallest->size())
            smallest = s;
    int64_t cardinality = 0;
    smallest->forEach([&](const std::string &m) {
        if (limit && cardinality >= limit)
            return;
        for (const SetValue *s : sets)
            if (s != smallest && !s->contains(m))
                return;
        ++cardinality;
    });
    ctx.reply.integer(cardinality);
}

void sunionCommand(CommandContext &ctx)
{
    std::vector<SetValue *> sets;
    if (!lookupSets(ctx, 1, ctx.argv.size() - 1, sets))
        return;
    replyMembers(ctx, membersInRedisOrder(*combine(sets, 'u')));
}

void sunionstoreCommand(CommandContext &ctx)
{
    std::vector<SetValue *> sets;
    if (!lookupSets(ctx, 2, ctx.argv.size() - 2, sets))
        return;
    types::storeResult(ctx, ctx.argv[1], combine(sets, 'u'));
}

void sdiffCommand(CommandContext &ctx)
{
    std::vector<SetValue *> sets;
    if (!lookupSets(ctx, 1, ctx.argv.size() - 1, sets))
        return;
    replyMembers(ctx, membersInRedisOrder(*combine(sets, 'd')));
}

void sdiffstoreCommand(CommandContext &ctx)
{
    std::vector<SetValue *> sets;
    if (!lookupSets(ctx, 2, ctx.argv.size() - 2, sets))
        return;
    types::storeResult(ctx, ctx.argv[1], combine(sets, 'd'));
}

// SSCAN key cursor [MATCH pattern] [COUNT count]
void sscanCommand(CommandContext &ctx)
{
    types::ScanArgs args;
    if (!types::parseScanCursor(ctx, args))
        return;
    SetValue *set = nullptr;
    if (failed(ctx, types::lookupRead(ctx, ctx.argv[1], set)))
        return;
    if (!set)
        return types::replyEmptyScan(ctx);
    if (!types::parseScanOptions(ctx, args))
        return;
    std::vector<std::string> items;
    auto collect = [&](const std::string &m) {
        if (!args.pattern || globMatch(*args.pattern, m))
            items.push_back(m);
    };
    uint64_t cursor = 0;
    if (std::string_view(set->encoding()) == "intset") {
        // An intset is returned whole, in order, in one call (as Redis does).
        for (const std::string *m : membersInRedisOrder(*set))
            collect(*m);
    } else {
        cursor = types::scanTable(*set, args, collect);
    }
    types::replyScan(ctx, cursor, items);
}

} // namespace

void registerSetCommands(CommandTable &t)
{
    t.add({"sadd", saddCommand, -3, "write denyoom fast", 1, 1, 1, "set",
           "Add one or more members to a set"});
    t.add({"srem", sremCommand, -3, "write fast", 1, 1, 1, "set",
           "Remove one or more members from a set"});
    t.add({"smove", smoveCommand, 4, "write fast", 1, 2, 1, "set",
           "Move a member from one set to another"});
    t.add({"spop", spopCommand, -2, "write fast", 1, 1, 1, "set",
           "Remove and return one or multiple random members from a set"});
    t.add({"smembers", smembersCommand, 2, "readonly", 1, 1, 1, "set",
           "Get all the members in a set"});
    t.add({"sismember", sismemberCommand, 3, "readonly fast", 1, 1, 1, "set",
           "Determine if a given value is a member of a set"});
    t.add({"smismember", smismemberCommand, -3, "readonly fast", 1, 1, 1, "set",
           "Returns the membership associated with the given elements for a set", "6.2.0"});
    t.add({"scard", scardCommand, 2, "readonly fast", 1, 1, 1, "set",
           "Get the number of members in a set"});
    t.add({"srandmember", srandmemberCommand, -2, "readonly", 1, 1, 1, "set",
           "Get one or multiple random members from a set"});
    t.add({"sinter", sinterCommand, -2, "readonly", 1, -1, 1, "set", "Intersect multiple sets"});
    t.add({"sinterstore", sinterstoreCommand, -3, "write denyoom", 1, -1, 1, "set",
           "Intersect multiple sets and store the resulting set in a key"});
    t.add({"sintercard", sintercardCommand, -3, "readonly", 0, 0, 0, "set",
           "Intersect multiple sets and return the cardinality of the result", "7.0.0"});
    t.add({"sunion", sunionCommand, -2, "readonly", 1, -1, 1, "set", "Add multiple sets"});
    t.add({"sunionstore", sunionstoreCommand, -3, "write denyoom", 1, -1, 1, "set",
           "Add multiple sets and store the resulting set in a key"});
    t.add({"sdiff", sdiffCommand, -2, "readonly", 1, -1, 1, "set", "Subtract multiple sets"});
    t.add({"sdiffstore", sdiffstoreCommand, -3, "write denyoom", 1, -1, 1, "set",
           "Subtract multiple sets and store the resulting set in a key"});
    t.add({"sscan", sscanCommand, -3, "readonly", 1, 1, 1, "set",
           "Incrementally iterate Set elements", "2.8.0"});
}

} // namespace rd
