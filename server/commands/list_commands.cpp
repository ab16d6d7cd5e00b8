// List commands (Redis 7.0 t_list.c semantics): pushes and pops at both ends, index access,
// LRANGE/LTRIM/LREM/LINSERT/LPOS, LMOVE and the blocking pops (BLPOP BRPOP BLMOVE BRPOPLPUSH),
// which are propagated as their non-blocking forms.
//
// Layout: helpers, then handlers in the order of the table, then registerListCommands().
#include "commands/type_helpers.h"
#include "util/numbers.h"

#include <limits>

namespace rd {

using store::ListValue;
using types::failed;

namespace {

enum class End { Head, Tail };

void push(ListValue &list, End end, std::string_view v)
{
    if (end == End::Head)
        list.pushFront(v);
    else
        list.pushBack(v);
}

std::string pop(ListValue &list, End end)
{
    return end == End::Head ? list.popFront() : list.popBack();
}

// "LEFT" / "RIGHT" (getListPositionFromObjectOrReply).
bool endArg(CommandContext &ctx, size_t index, End &out)
{
    if (types::equalsIgnoreCase(ctx.argv[index], "left"))
        out = End::Head;
    else if (types::equalsIgnoreCase(ctx.argv[index], "right"))
        out = End::Tail;
    else {
        ctx.replySyntaxError();
        return false;
    }
    return true;
}

const char *endName(End end)
{
    return end == End::Head ? "LEFT" : "RIGHT";
}

// --- pushes
// ---------------------------------------------------------------------------------------

void pushGeneric(CommandContext &ctx, End end, bool onlyIfExists)
{
    const std::string &key = ctx.argv[1];
    ListValue *list = nullptr;
    const StoreStatus st =
        onlyIfExists ? types::lookupWrite(ctx, key, list) : types::lookupOrCreate(ctx, key, list);
    if (failed(ctx, st))
        return;
    if (!list)
        return ctx.reply.integer(0);
    for (size_t i = 2; i < ctx.argv.size(); ++i)
        push(*list, end, ctx.argv[i]);
    ctx.keyModified(key, int64_t(ctx.argv.size() - 2));
    ctx.reply.integer(int64_t(list->size()));
}

void lpushCommand(CommandContext &ctx)
{
    pushGeneric(ctx, End::Head, false);
}
void rpushCommand(CommandContext &ctx)
{
    pushGeneric(ctx, End::Tail, false);
}
void lpushxCommand(CommandContext &ctx)
{
    pushGeneric(ctx, End::Head, true);
}
void rpushxCommand(CommandContext &ctx)
{
    pushGeneric(ctx, End::Tail, true);
}

void linsertCommand(CommandContext &ctx)
{
    bool after;
    if (types::equalsIgnoreCase(ctx.argv[2], "after"))
        after = true;
    else if (types::equalsIgnoreCase(ctx.argv[2], "before"))
        after = false;
    else
        return ctx.replySyntaxError();
    ListValue *list = nullptr;
    if (failed(ctx, types::lookupWrite(ctx, ctx.argv[1], list)))
        return;
    if (!list)
        return ctx.reply.integer(0);
    const std::string &pivot = ctx.argv[3];
    for (size_t i = 0; i < list->size(); ++i) {
        if (list->at(i) == pivot) {
            list->insertAt(after ? i + 1 : i, ctx.argv[4]);
            ctx.keyModified(ctx.argv[1]);
            return ctx.reply.integer(int64_t(list->size()));
        }
    }
    ctx.reply.integer(-1);
}

// --- pops
// -------------------------------------------------------------------------------------------

void popGeneric(CommandContext &ctx, End end)
{
    if (ctx.argv.size() > 3)
        return ctx.replyWrongArity();
    int64_t count = 0;
    const bool hasCount = ctx.argv.size() == 3;
    if (hasCount && !types::positiveCountArg(ctx, 2, count))
        return;
    const std::string &key = ctx.argv[1];
    ListValue *list = nullptr;
    if (failed(ctx, types::lookupWrite(ctx, key, list)))
        return;
    if (!list)
        return hasCount ? ctx.reply.nullArray() : ctx.reply.nullBulk();
    if (hasCount && count == 0)
        return ctx.reply.emptyArray();
    if (!hasCount) {
        ctx.reply.bulk(pop(*list, end));
    } else {
        const size_t n = std::min<size_t>(size_t(count), list->size());
        ctx.reply.arrayHeader(n);
        for (size_t i = 0; i < n; ++i)
            ctx.reply.bulk(pop(*list, end));
    }
    types::removeIfEmpty(ctx, key, *list);
    ctx.keyModified(key);
}

void lpopCommand(CommandContext &ctx)
{
    popGeneric(ctx, End::Head);
}
void rpopCommand(CommandContext &ctx)
{
    popGeneric(ctx, End::Tail);
}

// --- reads
// --------------------------------------------------------------------------------------------

void llenCommand(CommandContext &ctx)
{
    ListValue *list = nullptr;
    if (failed(ctx, types::lookupRead(ctx, ctx.argv[1], list)))
        return;
    ctx.reply.integer(list ? int64_t(list->size()) : 0);
}

// A list index (negative from the tail) to a position, or false when outside the list.
bool resolveIndex(int64_t index, size_t size, size_t &out)
{
    const int64_t len = int64_t(size);
    if (index < 0)
        index += len;
    if (index < 0 || index >= len)
        return false;
    out = size_t(index);
    return true;
}

void lindexCommand(CommandContext &ctx)
{
    ListValue *list = nullptr;
    if (failed(ctx, types::lookupRead(ctx, ctx.argv[1], list)))
        return;
    if (!list)
        return ctx.reply.nullBulk();
    int64_t index;
    if (!types::intArg(ctx, 2, index))
        return;
    size_t pos;
    if (!resolveIndex(index, list->size(), pos))
        return ctx.reply.nullBulk();
    ctx.reply.bulk(list->at(pos));
}

void lsetCommand(CommandContext &ctx)
{
    ListValue *list = nullptr;
    if (failed(ctx, types::lookupWrite(ctx, ctx.argv[1], list)))
        return;
    if (!list)
        return ctx.replyError(StoreStatus::NoSuchKey);
    int64_t index;
    if (!types::intArg(ctx, 2, index))
        return;
    size_t pos;
    if (!resolveIndex(index, list->size(), pos))
        return ctx.replyError(StoreStatus::IndexOutOfRange);
    list->set(pos, ctx.argv[3]);
    ctx.keyModified(ctx.argv[1]);
    ctx.reply.ok();
}

void lrangeCommand(CommandContext &ctx)
{
    int64_t start, end;
    if (!types::intArg(ctx, 2, start) || !types::intArg(ctx, 3, end))
        return;
    ListValue *list = nullptr;
    if (failed(ctx, types::lookupRead(ctx, ctx.argv[1], list)))
        return;
    size_t from, to;
    if (!list || !types::normalizeRange(start, end, list->size(), from, to))
        return ctx.reply.emptyArray();
    ctx.reply.arrayHeader(to - from + 1);
    auto it = list->begin() + std::ptrdiff_t(from);
    for (size_t i = from; i <= to; ++i, ++it)
        ctx.reply.bulk(*it);
}

void ltrimCommand(CommandContext &ctx)
{
    int64_t start, end;
    if (!types::intArg(ctx, 2, start) || !types::intArg(ctx, 3, end))
        return;
    const std::string &key = ctx.argv[1];
    ListValue *list = nullptr;
    if (failed(ctx, types::lookupWrite(ctx, key, list)))
        return;
    if (!list)
        return ctx.reply.ok();
    const size_t before = list->size();
    size_t from, to;
    if (!types::normalizeRange(start, end, before, from, to))
        list->clear();
    else
        list->trim(from, to);
    const size_t removed = before - list->size();
    types::removeIfEmpty(ctx, key, *list);
    // Redis signals the key even when nothing was trimmed; dirty counts the removed elements.
    ctx.keyModified(key, int64_t(removed));
    ctx.reply.ok();
}

void lremCommand(CommandContext &ctx)
{
    int64_t count;
    if (!types::intArg(ctx, 2, count))
        return;
    const std::string &key = ctx.argv[1];
    ListValue *list = nullptr;
    if (failed(ctx, types::lookupWrite(ctx, key, list)))
        return;
    if (!list)
        return ctx.reply.integer(0);
    const size_t removed = list->removeMatching(ctx.argv[3], count);
    if (removed) {
        types::removeIfEmpty(ctx, key, *list);
        ctx.keyModified(key, int64_t(removed));
    }
    ctx.reply.integer(int64_t(removed));
}

// LPOS key element [RANK rank] [COUNT num-matches] [MAXLEN len]
void lposCommand(CommandContext &ctx)
{
    int64_t rank = 1, count = -1, maxlen = 0;
    for (size_t j = 3; j < ctx.argv.size(); ++j) {
        const bool more = j + 1 < ctx.argv.size();
        if (types::equalsIgnoreCase(ctx.argv[j], "rank") && more) {
            if (!types::intArg(ctx, ++j, rank))
                return;
            if (rank == 0)
                return ctx.replyError(
                    "RANK can't be zero: use 1 to start from the first match, 2 from the second "
                    "... or use negative to start from the end of the list");
        } else if (types::equalsIgnoreCase(ctx.argv[j], "count") && more) {
            if (!parseInt64(ctx.argv[++j], count) || count < 0)
                return ctx.replyError("COUNT can't be negative");
        } else if (types::equalsIgnoreCase(ctx.argv[j], "maxlen") && more) {
            if (!parseInt64(ctx.argv[++j], maxlen) || maxlen < 0)
                return ctx.replyError("MAXLEN can't be negative");
        } else {
            return ctx.replySyntaxError();
        }
    }
    const bool fromTail = rank < 0;
    // Redis negates a negative rank; LLONG_MIN stays negative there and matches at once.
    const uint64_t wantedRank =
        rank == std::numeric_limits<int64_t>::min() ? 1 : uint64_t(rank < 0 ? -rank : rank);

    ListValue *list = nullptr;
    Entry *e = ctx.db().lookupRead(ctx.argv[1]);
    if (!e)
        return count != -1 ? ctx.reply.emptyArray() : ctx.reply.nullBulk();
    if (e->type() != ObjectType::List)
        return ctx.replyError(StoreStatus::WrongType);
    list = &e->as<ListValue>();

    const std::string &element = ctx.argv[2];
    const size_t size = list->size();
    std::vector<int64_t> found;
    uint64_t matches = 0;
    for (size_t i = 0; i < size && (maxlen == 0 || int64_t(i) < maxlen); ++i) {
        const size_t pos = fromTail ? size - 1 - i : i;
        if (list->at(pos) != element)
            continue;
        if (++matches < wantedRank)
            continue;
        found.push_back(int64_t(pos));
        if (count == -1 || (count != 0 && int64_t(found.size()) >= count))
            break;
    }
    if (count == -1)
        return found.empty() ? ctx.reply.nullBulk() : ctx.reply.integer(found.front());
    ctx.reply.arrayHeader(found.size());
    for (int64_t pos : found)
        ctx.reply.integer(pos);
}

// --- moves
// ---------------------------------------------------------------------------------------------

// Pops from src at `from` and pushes to dst at `to`, replying the moved element. The source must
// exist and be non-empty; WRONGTYPE on the destination is checked first.
void moveElement(CommandContext &ctx, ListValue &src, End from, End to)
{
    const std::string srcKey = ctx.argv[1];
    const std::string dstKey = ctx.argv[2];
    ListValue *dst = nullptr;
    if (failed(ctx, types::lookupWrite(ctx, dstKey, dst)))
        return;
    std::string value = pop(src, from);
    if (!dst)
        types::lookupOrCreate(ctx, dstKey, dst);
    push(*dst, to, value);
    ctx.keyModified(dstKey, 0);
    types::removeIfEmpty(ctx, srcKey, src);
    ctx.keyModified(srcKey);
    ctx.reply.bulk(value);
}

void lmoveGeneric(CommandContext &ctx, End from, End to)
{
    ListValue *src = nullptr;
    if (failed(ctx, types::lookupWrite(ctx, ctx.argv[1], src)))
        return;
    if (!src || src->empty())
        return ctx.reply.nullBulk();
    moveElement(ctx, *src, from, to);
}

void lmoveCommand(CommandContext &ctx)
{
    End from, to;
    if (!endArg(ctx, 3, from) || !endArg(ctx, 4, to))
        return;
    lmoveGeneric(ctx, from, to);
}

void rpoplpushCommand(CommandContext &ctx)
{
    lmoveGeneric(ctx, End::Tail, End::Head);
}

// --- blocking
// ----------------------------------------------------------------------------------------

// BLPOP/BRPOP key [key ...] timeout
void blockingPopGeneric(CommandContext &ctx, End end)
{
    int64_t timeoutMs;
    if (!types::timeoutArg(ctx, ctx.argv.size() - 1, timeoutMs))
        return;
    const bool rerun = ctx.reprocessingBlocked();
    for (size_t i = 1; i + 1 < ctx.argv.size(); ++i) {
        const std::string key = ctx.argv[i];
        Entry *e = ctx.db().lookupWrite(key);
        if (!e)
            continue;
        if (e->type() != ObjectType::List) {
            // A blocked client is only served by lists; it keeps waiting on other types.
            if (rerun)
                continue;
            return ctx.replyError(StoreStatus::WrongType);
        }
        ListValue &list = e->as<ListValue>();
        std::string value = pop(list, end);
        types::removeIfEmpty(ctx, key, list);
        ctx.keyModified(key);
        ctx.propagateAs({end == End::Head ? "LPOP" : "RPOP", key});
        ctx.reply.arrayHeader(2);
        ctx.reply.bulk(key);
        ctx.reply.bulk(value);
        return;
    }
    if (!ctx.canBlock())
        return ctx.reply.nullArray();
    std::vector<std::string> keys(ctx.argv.begin() + 1, ctx.argv.end() - 1);
    ctx.blockOnKeys(keys, timeoutMs, BlockTimeoutReply::NullArray);
}

void blpopCommand(CommandContext &ctx)
{
    blockingPopGeneric(ctx, End::Head);
}
void brpopCommand(CommandContext &ctx)
{
    blockingPopGeneric(ctx, End::Tail);
}

void blmoveGeneric(CommandContext &ctx, End from, End to, size_t timeoutIndex)
{
    int64_t timeoutMs;
    if (!types::timeoutArg(ctx, timeoutIndex, timeoutMs))
        return;
    const std::string srcKey = ctx.argv[1];
    Entry *e = ctx.db().lookupWrite(srcKey);
    if (e && e->type() != ObjectType::List && !ctx.reprocessingBlocked())
        return ctx.replyError(StoreStatus::WrongType);
    if (e && e->type() == ObjectType::List) {
        const std::string dstKey = ctx.argv[2];
        moveElement(ctx, e->as<ListValue>(), from, to);
        ctx.propagateAs({"LMOVE", srcKey, dstKey, endName(from), endName(to)});
        return;
    }
    if (!ctx.canBlock())
        return ctx.reply.nullBulk();
    ctx.blockOnKeys(std::span<const std::string>(&ctx.argv[1], 1), timeoutMs,
                    BlockTimeoutReply::NullArray);
}

// BLMOVE source destination LEFT|RIGHT LEFT|RIGHT timeout
void blmoveCommand(CommandContext &ctx)
{
    End from, to;
    if (!endArg(ctx, 3, from) || !endArg(ctx, 4, to))
        return;
    blmoveGeneric(ctx, from, to, 5);
}

// BRPOPLPUSH source destination timeout
void brpoplpushCommand(CommandContext &ctx)
{
    blmoveGeneric(ctx, End::Tail, End::Head, 3);
}

} // namespace

void registerListCommands(CommandTable &t)
{
    t.add({"lpush", lpushCommand, -3, "write denyoom fast", 1, 1, 1, "list",
           "Prepend one or multiple elements to a list"});
    t.add({"rpush", rpushCommand, -3, "write denyoom fast", 1, 1, 1, "list",
           "Append one or multiple elements to a list"});
    t.add({"lpushx", lpushxCommand, -3, "write denyoom fast", 1, 1, 1, "list",
           "Prepend an element to a list, only if the list exists", "2.2.0"});
    t.add({"rpushx", rpushxCommand, -3, "write denyoom fast", 1, 1, 1, "list",
           "Append an element to a list, only if the list exists", "2.2.0"});
    t.add({"linsert", linsertCommand, 5, "write denyoom", 1, 1, 1, "list",
           "Insert an element before or after another element in a list", "2.2.0"});
    t.add({"lpop", lpopCommand, -2, "write fast", 1, 1, 1, "list",
           "Remove and get the first elements in a list"});
    t.add({"rpop", rpopCommand, -2, "write fast", 1, 1, 1, "list",
           "Remove and get the last elements in a list"});
    t.add({"llen", llenCommand, 2, "readonly fast", 1, 1, 1, "list", "Get the length of a list"});
    t.add({"lindex", lindexCommand, 3, "readonly", 1, 1, 1, "list",
           "Get an element from a list by its index"});
    t.add({"lset", lsetCommand, 4, "write denyoom", 1, 1, 1, "list",
           "Set the value of an element in a list by its index"});
    t.add({"lrange", lrangeCommand, 4, "readonly", 1, 1, 1, "list",
           "Get a range of elements from a list"});
    t.add(
        {"ltrim", ltrimCommand, 4, "write", 1, 1, 1, "list", "Trim a list to the specified range"});
    t.add({"lrem", lremCommand, 4, "write", 1, 1, 1, "list", "Remove elements from a list"});
    t.add({"lpos", lposCommand, -3, "readonly", 1, 1, 1, "list",
           "Return the index of matching elements on a list", "6.0.6"});
    t.add({"lmove", lmoveCommand, 5, "write denyoom", 1, 2, 1, "list",
           "Pop an element from a list, push it to another list and return it", "6.2.0"});
    t.add({"rpoplpush", rpoplpushCommand, 3, "write denyoom", 1, 2, 1, "list",
           "Remove the last element in a list, prepend it to another list and return it", "1.2.0"});
    t.add({"blpop", blpopCommand, -3, "write noscript blocking", 1, -2, 1, "list",
           "Remove and get the first element in a list, or block until one is available", "2.0.0"});
    t.add({"brpop", brpopCommand, -3, "write noscript blocking", 1, -2, 1, "list",
           "Remove and get the last element in a list, or block until one is available", "2.0.0"});
    t.add({"blmove", blmoveCommand, 6, "write denyoom noscript blocking", 1, 2, 1, "list",
           "Pop an element from a list, push it to another list and return it; or block until "
           "one is available",
           "6.2.0"});
    t.add({"brpoplpush", brpoplpushCommand, 4, "write denyoom noscript blocking", 1, 2, 1, "list",
           "Pop an element from a list, push it to another list and return it; or block until "
           "one is available",
           "2.2.0"});
}

} // namespace rd
