// Sorted set commands (Redis 7.0 t_zset.c semantics): ZADD with NX XX GT LT CH INCR, ZINCRBY,
// score/rank reads, ZRANGE in all its forms (by rank, BYSCORE, BYLEX, REV, LIMIT, WITHSCORES)
// and the legacy ZRANGEBYSCORE/ZREVRANGE* spellings, removals by member/score/rank/lex, pops,
// ZUNIONSTORE/ZINTERSTORE (WEIGHTS, AGGREGATE; sets count as score 1), ZSCAN.
//
// Layout: helpers, then handlers in the order of the table, then registerZSetCommands().
#include "commands/type_helpers.h"
#include "util/glob.h"
#include "util/numbers.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace rd {

using store::SetValue;
using store::ZSetValue;
using Node = store::ZSetValue::Node;
using types::failed;

namespace {

void replyNodes(CommandContext &ctx, const std::vector<const Node *> &nodes, bool withScores)
{
    ctx.reply.arrayHeader(nodes.size() * (withScores ? 2 : 1));
    for (const Node *x : nodes) {
        ctx.reply.bulk(x->member());
        if (withScores)
            ctx.reply.bulkDouble(x->score());
    }
}

// --- ZADD / ZINCRBY
// ----------------------------------------------------------------------------------

struct AddFlags
{
    bool nx = false, xx = false, gt = false, lt = false, ch = false, incr = false;
};

// What zsetAdd did with one pair: Unchanged is an existing member whose score stayed the same
// (it counts as processed for INCR's reply, not as updated).
enum class AddOutcome { Added, Updated, Unchanged, Nop, NaN };

// zsetAdd: one score/member pair under the flags; newScore receives the resulting score.
AddOutcome addMember(ZSetValue &zset, double score, const std::string &member, const AddFlags &f,
                     double &newScore)
{
    if (std::isnan(score))
        return AddOutcome::NaN;
    if (score == 0)
        score = 0; // Redis never shows a score of -0
    if (const std::optional<double> current = zset.score(member)) {
        if (f.nx)
            return AddOutcome::Nop;
        if (f.incr) {
            score += *current;
            if (std::isnan(score))
                return AddOutcome::NaN;
            if (score == 0)
                score = 0;
        }
        if ((f.lt && score >= *current) || (f.gt && score <= *current))
            return AddOutcome::Nop;
        newScore = score;
        if (score == *current)
            return AddOutcome::Unchanged;
        zset.add(member, score);
        return AddOutcome::Updated;
    }
    if (f.xx)
        return AddOutcome::Nop;
    zset.add(member, score);
    newScore = score;
    return AddOutcome::Added;
}

void zaddGeneric(CommandContext &ctx, AddFlags f, size_t scoreIndex, bool parseOptions)
{
    const std::string &key = ctx.argv[1];
    // ZADD options come before the first score (ZINCRBY has none).
    for (; parseOptions && scoreIndex < ctx.argv.size(); ++scoreIndex) {
        const std::string &opt = ctx.argv[scoreIndex];
        if (types::equalsIgnoreCase(opt, "nx"))
            f.nx = true;
        else if (types::equalsIgnoreCase(opt, "xx"))
            f.xx = true;
        else if (types::equalsIgnoreCase(opt, "ch"))
            f.ch = true;
        else if (types::equalsIgnoreCase(opt, "incr"))
            f.incr = true;
        else if (types::equalsIgnoreCase(opt, "gt"))
            f.gt = true;
        else if (types::equalsIgnoreCase(opt, "lt"))
            f.lt = true;
        else
            break;
    }
    const size_t rest = ctx.argv.size() - scoreIndex;
    if (rest == 0 || rest % 2 != 0)
        return ctx.replySyntaxError();
    const size_t pairs = rest / 2;
    if (f.nx && f.xx)
        return ctx.replyError("XX and NX options at the same time are not compatible");
    if ((f.gt && f.nx) || (f.lt && f.nx) || (f.gt && f.lt))
        return ctx.replyError("GT, LT, and/or NX options at the same time are not compatible");
    if (f.incr && pairs > 1)
        return ctx.replyError("INCR option supports a single increment-element pair");
    // Every score is checked before anything changes: the command runs fully or not at all.
    std::vector<double> scores(pairs);
    for (size_t j = 0; j < pairs; ++j)
        if (!types::doubleArg(ctx, scoreIndex + j * 2, scores[j]))
            return;

    ZSetValue *zset = nullptr;
    if (failed(ctx, types::lookupWrite(ctx, key, zset)))
        return;
    int64_t added = 0, updated = 0, processed = 0;
    double score = 0;
    if (zset || !f.xx) {
        if (!zset)
            types::lookupOrCreate(ctx, key, zset);
        for (size_t j = 0; j < pairs; ++j) {
            double newScore = scores[j];
            const AddOutcome out =
                addMember(*zset, scores[j], ctx.argv[scoreIndex + j * 2 + 1], f, newScore);
            if (out == AddOutcome::NaN) {
                types::removeIfEmpty(ctx, key, *zset);
                if (added || updated)
                    ctx.keyModified(key, added + updated);
                return ctx.replyError("resulting score is not a number (NaN)");
            }
            added += out == AddOutcome::Added;
            updated += out == AddOutcome::Updated;
            processed += out != AddOutcome::Nop;
            score = newScore;
        }
        types::removeIfEmpty(ctx, key, *zset);
    }
    if (added || updated)
        ctx.keyModified(key, added + updated);
    if (f.incr) {
        if (processed)
            ctx.reply.bulkDouble(score);
        else
            ctx.reply.nullBulk();
    } else {
        ctx.reply.integer(f.ch ? added + updated : added);
    }
}

void zaddCommand(CommandContext &ctx)
{
    zaddGeneric(ctx, AddFlags{}, 2, true);
}

void zincrbyCommand(CommandContext &ctx)
{
    AddFlags f;
    f.incr = true;
    zaddGeneric(ctx, f, 2, false); // ZINCRBY key increment member
}

// --- single reads
// ----------------------------------------------------------------------------------------

void zscoreCommand(CommandContext &ctx)
{
    ZSetValue *zset = nullptr;
    if (failed(ctx, types::lookupRead(ctx, ctx.argv[1], zset)))
        return;
    const std::optional<double> score = zset ? zset->score(ctx.argv[2]) : std::nullopt;
    if (!score)
        return ctx.reply.nullBulk();
    ctx.reply.bulkDouble(*score);
}

void zmscoreCommand(CommandContext &ctx)
{
    ZSetValue *zset = nullptr;
    if (failed(ctx, types::lookupRead(ctx, ctx.argv[1], zset)))
        return;
    ctx.reply.arrayHeader(ctx.argv.size() - 2);
    for (size_t i = 2; i < ctx.argv.size(); ++i) {
        const std::optional<double> score = zset ? zset->score(ctx.argv[i]) : std::nullopt;
        if (score)
            ctx.reply.bulkDouble(*score);
        else
            ctx.reply.nullBulk();
    }
}

void zcardCommand(CommandContext &ctx)
{
    ZSetValue *zset = nullptr;
    if (failed(ctx, types::lookupRead(ctx, ctx.argv[1], zset)))
        return;
    ctx.reply.integer(zset ? int64_t(zset->size()) : 0);
}

template <class Range>
void countGeneric(CommandContext &ctx, StoreStatus parsed, const Range &range)
{
    if (failed(ctx, parsed))
        return;
    ZSetValue *zset = nullptr;
    if (failed(ctx, types::lookupRead(ctx, ctx.argv[1], zset)))
        return;
    ctx.reply.integer(zset ? int64_t(zset->countInRange(range)) : 0);
}

void zcountCommand(CommandContext &ctx)
{
    store::ZScoreRange range;
    countGeneric(ctx, types::parseScoreRange(ctx.argv[2], ctx.argv[3], range), range);
}

void zlexcountCommand(CommandContext &ctx)
{
    store::ZLexRange range;
    countGeneric(ctx, types::parseLexRange(ctx.argv[2], ctx.argv[3], range), range);
}

void rankGeneric(CommandContext &ctx, bool reverse)
{
    ZSetValue *zset = nullptr;
    if (failed(ctx, types::lookupRead(ctx, ctx.argv[1], zset)))
        return;
    const std::optional<size_t> rank = zset ? zset->rank(ctx.argv[2]) : std::nullopt;
    if (!rank)
        return ctx.reply.nullBulk();
    ctx.reply.integer(int64_t(reverse ? zset->size() - 1 - *rank : *rank));
}

void zrankCommand(CommandContext &ctx)
{
    rankGeneric(ctx, false);
}
void zrevrankCommand(CommandContext &ctx)
{
    rankGeneric(ctx, true);
}

// --- ranges
// -------------------------------------------------------------------------------------------------

enum class RangeType { Auto, Rank, Score, Lex };

bool pastMax(const store::ZScoreRange &r, const Node *x)
{
    return !r.belowMax(x->score());
}
bool pastMin(const store::ZScoreRange &r, const Node *x)
{
    return !r.aboveMin(x->score());
}
bool pastMax(const store::ZLexRange &r, const Node *x)
{
    return !r.belowMax(x->member());
}
bool pastMin(const store::ZLexRange &r, const Node *x)
{
    return !r.aboveMin(x->member());
}

// Elements in a score or lex range, honouring LIMIT offset count and the direction, as
// genericZrangebyscoreCommand walks them.
template <class Range>
std::vector<const Node *> collectRange(const ZSetValue &zset, const Range &range, int64_t offset,
                                       int64_t limit, bool reverse)
{
    std::vector<const Node *> out;
    // A negative offset makes Redis skip to the end of the list: nothing is returned.
    if (offset < 0 || (offset > 0 && uint64_t(offset) >= zset.size()))
        return out;
    const Node *x = reverse ? zset.lastInRange(range) : zset.firstInRange(range);
    for (; x && offset > 0; --offset)
        x = reverse ? x->prev() : x->next();
    // A negative limit means no limit.
    for (; x && limit != 0; --limit) {
        if (reverse ? pastMin(range, x) : pastMax(range, x))
            break;
        out.push_back(x);
        x = reverse ? x->prev() : x->next();
    }
    return out;
}

std::vector<const Node *> collectRanks(const ZSetValue &zset, int64_t start, int64_t end,
                                       bool reverse)
{
    std::vector<const Node *> out;
    size_t from, to;
    if (!types::normalizeRange(start, end, zset.size(), from, to))
        return out;
    out.reserve(to - from + 1);
    const size_t n = zset.size();
    const Node *x = zset.byRank(reverse ? n - 1 - from : from);
    for (size_t i = from; i <= to && x; ++i) {
        out.push_back(x);
        x = reverse ? x->prev() : x->next();
    }
    return out;
}

// zrangeGenericCommand: ZRANGE and the legacy spellings. keyIndex is argv[1]; the preset type and
// direction come from the command name (Auto lets the options choose).
void zrangeGeneric(CommandContext &ctx, RangeType type, bool presetReverse)
{
    bool reverse = presetReverse;
    // Only ZRANGE itself takes REV, once (Redis's ZRANGE_DIRECTION_AUTO).
    bool directionOpen = type == RangeType::Auto;
    bool withScores = false;
    int64_t offset = 0, limit = -1;
    for (size_t j = 4; j < ctx.argv.size(); ++j) {
        const std::string &opt = ctx.argv[j];
        const size_t left = ctx.argv.size() - j - 1;
        if (types::equalsIgnoreCase(opt, "withscores")) {
            withScores = true;
        } else if (types::equalsIgnoreCase(opt, "limit") && left >= 2) {
            if (!types::intArg(ctx, j + 1, offset) || !types::intArg(ctx, j + 2, limit))
                return;
            j += 2;
        } else if (directionOpen && types::equalsIgnoreCase(opt, "rev")) {
            reverse = true;
            directionOpen = false;
        } else if (type == RangeType::Auto && types::equalsIgnoreCase(opt, "bylex")) {
            type = RangeType::Lex;
        } else if (type == RangeType::Auto && types::equalsIgnoreCase(opt, "byscore")) {
            type = RangeType::Score;
        } else {
            return ctx.replySyntaxError();
        }
    }
    if (type == RangeType::Auto)
        type = RangeType::Rank;
    if (limit != -1 && type == RangeType::Rank)
        return ctx.replyError(
            "syntax error, LIMIT is only supported in combination with either BYSCORE or BYLEX");
    if (withScores && type == RangeType::Lex)
        return ctx.replyError("syntax error, WITHSCORES not supported in combination with BYLEX");
    // Reverse score and lex ranges are given as max, min.
    size_t minIndex = 2, maxIndex = 3;
    if (reverse && type != RangeType::Rank)
        std::swap(minIndex, maxIndex);

    int64_t start = 0, end = 0;
    store::ZScoreRange scoreRange;
    store::ZLexRange lexRange;
    if (type == RangeType::Rank) {
        if (!types::intArg(ctx, minIndex, start) || !types::intArg(ctx, maxIndex, end))
            return;
    } else if (type == RangeType::Score) {
        if (failed(ctx, types::parseScoreRange(ctx.argv[minIndex], ctx.argv[maxIndex], scoreRange)))
            return;
    } else if (failed(ctx,
                      types::parseLexRange(ctx.argv[minIndex], ctx.argv[maxIndex], lexRange))) {
        return;
    }

    ZSetValue *zset = nullptr;
    if (failed(ctx, types::lookupRead(ctx, ctx.argv[1], zset)))
        return;
    if (!zset)
        return ctx.reply.emptyArray();
    std::vector<const Node *> nodes;
    if (type == RangeType::Rank)
        nodes = collectRanks(*zset, start, end, reverse);
    else if (type == RangeType::Score)
        nodes = collectRange(*zset, scoreRange, offset, limit, reverse);
    else
        nodes = collectRange(*zset, lexRange, offset, limit, reverse);
    replyNodes(ctx, nodes, withScores);
}

void zrangeCommand(CommandContext &ctx)
{
    zrangeGeneric(ctx, RangeType::Auto, false);
}
void zrangebyscoreCommand(CommandContext &ctx)
{
    zrangeGeneric(ctx, RangeType::Score, false);
}
void zrevrangebyscoreCommand(CommandContext &ctx)
{
    zrangeGeneric(ctx, RangeType::Score, true);
}
void zrevrangeCommand(CommandContext &ctx)
{
    zrangeGeneric(ctx, RangeType::Rank, true);
}
void zrangebylexCommand(CommandContext &ctx)
{
    zrangeGeneric(ctx, RangeType::Lex, false);
}
void zrevrangebylexCommand(CommandContext &ctx)
{
    zrangeGeneric(ctx, RangeType::Lex, true);
}

// --- removals
// -------------------------------------------------------------------------------------------------

void zremCommand(CommandContext &ctx)
{
    types::removeMembers<ZSetValue>(
        ctx, [](ZSetValue &zset, const std::string &member) { return zset.erase(member); });
}

void zremrangeGeneric(CommandContext &ctx, RangeType type)
{
    const std::string &key = ctx.argv[1];
    int64_t start = 0, end = 0;
    store::ZScoreRange scoreRange;
    store::ZLexRange lexRange;
    if (type == RangeType::Rank) {
        if (!types::intArg(ctx, 2, start) || !types::intArg(ctx, 3, end))
            return;
    } else if (type == RangeType::Score) {
        if (failed(ctx, types::parseScoreRange(ctx.argv[2], ctx.argv[3], scoreRange)))
            return;
    } else if (failed(ctx, types::parseLexRange(ctx.argv[2], ctx.argv[3], lexRange))) {
        return;
    }
    ZSetValue *zset = nullptr;
    if (failed(ctx, types::lookupWrite(ctx, key, zset)))
        return;
    if (!zset)
        return ctx.reply.integer(0);
    size_t deleted = 0;
    if (type == RangeType::Rank) {
        size_t from, to;
        if (!types::normalizeRange(start, end, zset->size(), from, to))
            return ctx.reply.integer(0);
        deleted = zset->eraseRankRange(from, to);
    } else if (type == RangeType::Score) {
        deleted = zset->eraseRange(scoreRange);
    } else {
        deleted = zset->eraseRange(lexRange);
    }
    if (deleted) {
        types::removeIfEmpty(ctx, key, *zset);
        ctx.keyModified(key, int64_t(deleted));
    }
    ctx.reply.integer(int64_t(deleted));
}

void zremrangebyscoreCommand(CommandContext &ctx)
{
    zremrangeGeneric(ctx, RangeType::Score);
}
void zremrangebyrankCommand(CommandContext &ctx)
{
    zremrangeGeneric(ctx, RangeType::Rank);
}
void zremrangebylexCommand(CommandContext &ctx)
{
    zremrangeGeneric(ctx, RangeType::Lex);
}

// ZPOPMIN/ZPOPMAX key [count]: a flat [member, score, ...] array in RESP2.
void zpopGeneric(CommandContext &ctx, bool max)
{
    if (ctx.argv.size() > 3)
        return ctx.replySyntaxError();
    int64_t count = 1;
    if (ctx.argv.size() == 3 && !types::positiveCountArg(ctx, 2, count))
        return;
    const std::string &key = ctx.argv[1];
    ZSetValue *zset = nullptr;
    if (failed(ctx, types::lookupWrite(ctx, key, zset)))
        return;
    if (!zset || count == 0)
        return ctx.reply.emptyArray();
    const size_t n = std::min<size_t>(size_t(count), zset->size());
    ctx.reply.arrayHeader(n * 2);
    for (size_t i = 0; i < n; ++i) {
        const Node *x = max ? zset->last() : zset->first();
        ctx.reply.bulk(x->member());
        ctx.reply.bulkDouble(x->score());
        const std::string member = x->member();
        zset->erase(member);
    }
    types::removeIfEmpty(ctx, key, *zset);
    ctx.keyModified(key, int64_t(n));
}

void zpopminCommand(CommandContext &ctx)
{
    zpopGeneric(ctx, false);
}
void zpopmaxCommand(CommandContext &ctx)
{
    zpopGeneric(ctx, true);
}

// --- ZUNIONSTORE / ZINTERSTORE / ZUNION / ZINTER
// -------------------------------------------------------------

enum class Aggregate { Sum, Min, Max };

void aggregateInto(double &target, double value, Aggregate how)
{
    switch (how) {
    case Aggregate::Sum:
        target += value;
        if (std::isnan(target)) // inf + -inf
            target = 0;
        break;
    case Aggregate::Min:
        target = std::min(target, value);
        break;
    case Aggregate::Max:
        target = std::max(target, value);
        break;
    }
}

// One input of a union or intersection: a sorted set, a plain set (scores 1), or missing.
struct Source
{
    const ZSetValue *zset = nullptr;
    const SetValue *set = nullptr;
    double weight = 1;

    size_t size() const { return zset ? zset->size() : set ? set->size() : 0; }
    std::optional<double> score(const std::string &member) const
    {
        if (zset)
            return zset->score(member);
        if (set && set->contains(member))
            return 1.0;
        return std::nullopt;
    }
    template <class F> void forEach(F &&fn) const
    {
        if (zset)
            zset->forEach([&](const std::string &m, double s) { fn(m, s); });
        else if (set)
            set->forEach([&](const std::string &m) { fn(m, 1.0); });
    }
};

double weighted(double score, double weight)
{
    const double v = score * weight;
    return std::isnan(v) ? 0 : v; // 0 * inf
}

// zunionInterDiffGenericCommand for union and intersection; store = write argv[1], else reply.
void combineGeneric(CommandContext &ctx, size_t numkeysIndex, bool store, bool inter)
{
    int64_t numkeys;
    if (!types::intArg(ctx, numkeysIndex, numkeys))
        return;
    if (numkeys < 1)
        return ctx.replyError("at least 1 input key is needed for '" + ctx.cmd.fullName +
                              "' command");
    if (numkeys > int64_t(ctx.argv.size() - numkeysIndex - 1))
        return ctx.replySyntaxError();
    std::vector<Source> sources(static_cast<size_t>(numkeys));
    size_t j = numkeysIndex + 1;
    for (Source &src : sources) {
        Entry *e = store ? ctx.db().lookupWrite(ctx.argv[j]) : ctx.db().lookupRead(ctx.argv[j]);
        ++j;
        if (!e)
            continue;
        if (e->type() == ObjectType::ZSet)
            src.zset = &e->as<ZSetValue>();
        else if (e->type() == ObjectType::Set)
            src.set = &e->as<SetValue>();
        else
            return ctx.replyError(StoreStatus::WrongType);
    }
    Aggregate how = Aggregate::Sum;
    bool withScores = false;
    while (j < ctx.argv.size()) {
        const size_t remaining = ctx.argv.size() - j;
        if (remaining >= sources.size() + 1 && types::equalsIgnoreCase(ctx.argv[j], "weights")) {
            ++j;
            for (Source &src : sources) {
                if (!parseDouble(ctx.argv[j], src.weight))
                    return ctx.replyError("weight value is not a float");
                ++j;
            }
        } else if (remaining >= 2 && types::equalsIgnoreCase(ctx.argv[j], "aggregate")) {
            const std::string &name = ctx.argv[j + 1];
            if (types::equalsIgnoreCase(name, "sum"))
                how = Aggregate::Sum;
            else if (types::equalsIgnoreCase(name, "min"))
                how = Aggregate::Min;
            else if (types::equalsIgnoreCase(name, "max"))
                how = Aggregate::Max;
            else
                return ctx.replySyntaxError();
            j += 2;
        } else if (!store && types::equalsIgnoreCase(ctx.argv[j], "withscores")) {
            withScores = true;
            ++j;
        } else {
            return ctx.replySyntaxError();
        }
    }
    // Smallest first, as Redis (it also fixes the order scores are summed in).
    std::stable_sort(sources.begin(), sources.end(),
                     [](const Source &a, const Source &b) { return a.size() < b.size(); });

    auto result = std::make_unique<ZSetValue>();
    if (inter) {
        if (sources.front().size() > 0) {
            sources.front().forEach([&](const std::string &m, double s) {
                double score = weighted(s, sources.front().weight);
                for (size_t i = 1; i < sources.size(); ++i) {
                    const std::optional<double> other = sources[i].score(m);
                    if (!other)
                        return;
                    aggregateInto(score, weighted(*other, sources[i].weight), how);
                }
                result->add(m, score);
            });
        }
    } else {
        std::unordered_map<std::string, double> accumulator;
        for (const Source &src : sources) {
            src.forEach([&](const std::string &m, double s) {
                const double score = weighted(s, src.weight);
                auto [it, inserted] = accumulator.try_emplace(m, score);
                if (!inserted)
                    aggregateInto(it->second, score, how);
            });
        }
        for (const auto &[m, s] : accumulator)
            result->add(m, s);
    }

    if (!store) {
        std::vector<const Node *> nodes;
        for (const Node *x = result->first(); x; x = x->next())
            nodes.push_back(x);
        return replyNodes(ctx, nodes, withScores);
    }
    types::storeResult(ctx, ctx.argv[1], std::move(result));
}

void zunionstoreCommand(CommandContext &ctx)
{
    combineGeneric(ctx, 2, true, false);
}
void zinterstoreCommand(CommandContext &ctx)
{
    combineGeneric(ctx, 2, true, true);
}
void zunionCommand(CommandContext &ctx)
{
    combineGeneric(ctx, 1, false, false);
}
void zinterCommand(CommandContext &ctx)
{
    combineGeneric(ctx, 1, false, true);
}

// ZSCAN key cursor [MATCH pattern] [COUNT count]
void zscanCommand(CommandContext &ctx)
{
    types::ScanArgs args;
    if (!types::parseScanCursor(ctx, args))
        return;
    ZSetValue *zset = nullptr;
    if (failed(ctx, types::lookupRead(ctx, ctx.argv[1], zset)))
        return;
    if (!zset)
        return types::replyEmptyScan(ctx);
    if (!types::parseScanOptions(ctx, args))
        return;
    std::vector<std::string> items;
    auto collect = [&](const std::string &member, double score) {
        if (args.pattern && !globMatch(*args.pattern, member))
            return;
        items.push_back(member);
        items.push_back(formatDouble(score));
    };
    uint64_t cursor = 0;
    if (std::string_view(zset->encoding()) == "listpack") {
        // A compact sorted set is returned whole, in order, in one call (as Redis does).
        zset->forEach(collect);
    } else {
        cursor = types::scanTable(*zset, args, collect);
    }
    types::replyScan(ctx, cursor, items);
}

} // namespace

void registerZSetCommands(CommandTable &t)
{
    t.add({"zadd", zaddCommand, -4, "write denyoom fast", 1, 1, 1, "sorted-set",
           "Add one or more members to a sorted set, or update its score if it already exists",
           "1.2.0"});
    t.add({"zincrby", zincrbyCommand, 4, "write denyoom fast", 1, 1, 1, "sorted-set",
           "Increment the score of a member in a sorted set", "1.2.0"});
    t.add({"zscore", zscoreCommand, 3, "readonly fast", 1, 1, 1, "sorted-set",
           "Get the score associated with the given member in a sorted set", "1.2.0"});
    t.add({"zmscore", zmscoreCommand, -3, "readonly fast", 1, 1, 1, "sorted-set",
           "Get the score associated with the given members in a sorted set", "6.2.0"});
    t.add({"zcard", zcardCommand, 2, "readonly fast", 1, 1, 1, "sorted-set",
           "Get the number of members in a sorted set", "1.2.0"});
    t.add({"zcount", zcountCommand, 4, "readonly fast", 1, 1, 1, "sorted-set",
           "Count the members in a sorted set with scores within the given values", "2.0.0"});
    t.add({"zlexcount", zlexcountCommand, 4, "readonly fast", 1, 1, 1, "sorted-set",
           "Count the number of members in a sorted set between a given lexicographical range",
           "2.8.9"});
    t.add({"zrank", zrankCommand, 3, "readonly fast", 1, 1, 1, "sorted-set",
           "Determine the index of a member in a sorted set", "2.0.0"});
    t.add({"zrevrank", zrevrankCommand, 3, "readonly fast", 1, 1, 1, "sorted-set",
           "Determine the index of a member in a sorted set, with scores ordered from high to low",
           "2.0.0"});
    t.add({"zrange", zrangeCommand, -4, "readonly", 1, 1, 1, "sorted-set",
           "Return a range of members in a sorted set", "1.2.0"});
    t.add({"zrangebyscore", zrangebyscoreCommand, -4, "readonly", 1, 1, 1, "sorted-set",
           "Return a range of members in a sorted set, by score", "1.0.5"});
    t.add({"zrevrangebyscore", zrevrangebyscoreCommand, -4, "readonly", 1, 1, 1, "sorted-set",
           "Return a range of members in a sorted set, by score, with scores ordered from high "
           "to low",
           "2.2.0"});
    t.add({"zrevrange", zrevrangeCommand, -4, "readonly", 1, 1, 1, "sorted-set",
           "Return a range of members in a sorted set, by index, with scores ordered from high to "
           "low",
           "1.2.0"});
    t.add({"zrangebylex", zrangebylexCommand, -4, "readonly", 1, 1, 1, "sorted-set",
           "Return a range of members in a sorted set, by lexicographical range", "2.8.9"});
    t.add({"zrevrangebylex", zrevrangebylexCommand, -4, "readonly", 1, 1, 1, "sorted-set",
           "Return a range of members in a sorted set, by lexicographical range, ordered from "
           "higher to lower strings",
           "2.8.9"});
    t.add({"zrem", zremCommand, -3, "write fast", 1, 1, 1, "sorted-set",
           "Remove one or more members from a sorted set", "1.2.0"});
    t.add({"zremrangebyscore", zremrangebyscoreCommand, 4, "write", 1, 1, 1, "sorted-set",
           "Remove all members in a sorted set within the given scores", "1.2.0"});
    t.add({"zremrangebyrank", zremrangebyrankCommand, 4, "write", 1, 1, 1, "sorted-set",
           "Remove all members in a sorted set within the given indexes", "2.0.0"});
    t.add({"zremrangebylex", zremrangebylexCommand, 4, "write", 1, 1, 1, "sorted-set",
           "Remove all members in a sorted set between the given lexicographical range", "2.8.9"});
    t.add({"zpopmin", zpopminCommand, -2, "write fast", 1, 1, 1, "sorted-set",
           "Remove and return members with the lowest scores in a sorted set", "5.0.0"});
    t.add({"zpopmax", zpopmaxCommand, -2, "write fast", 1, 1, 1, "sorted-set",
           "Remove and return members with the highest scores in a sorted set", "5.0.0"});
    t.add({"zunionstore", zunionstoreCommand, -4, "write denyoom", 0, 0, 0, "sorted-set",
           "Add multiple sorted sets and store the resulting sorted set in a new key", "2.0.0"});
    t.add({"zinterstore", zinterstoreCommand, -4, "write denyoom", 0, 0, 0, "sorted-set",
           "Intersect multiple sorted sets and store the resulting sorted set in a new key",
           "2.0.0"});
    t.add({"zunion", zunionCommand, -3, "readonly", 0, 0, 0, "sorted-set",
           "Add multiple sorted sets", "6.2.0"});
    t.add({"zinter", zinterCommand, -3, "readonly", 0, 0, 0, "sorted-set",
           "Intersect multiple sorted sets", "6.2.0"});
    t.add({"zscan", zscanCommand, -3, "readonly", 1, 1, 1, "sorted-set",
           "Incrementally iterate sorted sets elements and associated scores", "2.8.0"});
}

} // namespace rd
