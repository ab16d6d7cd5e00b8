#include "commands/type_helpers.h"

#include "config/config.h"
#include "core/server.h"
#include "store/encoding_limits.h"
#include "util/numbers.h"

#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <limits>

namespace rd {

void installPubSub(Server &server); // commands/pubsub_commands.cpp

namespace types {

bool removeIfEmpty(CommandContext &ctx, std::string_view key, const CollectionValue &value)
{
    if (value.length() != 0)
        return false;
    ctx.db().remove(key);
    return true;
}

bool positiveCountArg(CommandContext &ctx, size_t index, int64_t &out)
{
    if (parseInt64(ctx.argv[index], out) && out >= 0)
        return true;
    ctx.replyError(StoreStatus::NotPositive);
    return false;
}

bool intArg(CommandContext &ctx, size_t index, int64_t &out)
{
    if (parseInt64(ctx.argv[index], out))
        return true;
    ctx.replyError(StoreStatus::NotInteger);
    return false;
}

bool doubleArg(CommandContext &ctx, size_t index, double &out)
{
    if (parseDouble(ctx.argv[index], out))
        return true;
    ctx.replyError(StoreStatus::NotFloat);
    return false;
}

bool timeoutArg(CommandContext &ctx, size_t index, int64_t &outMs)
{
    long double seconds = 0;
    if (!parseLongDouble(ctx.argv[index], seconds)) {
        ctx.replyError(StoreStatus::TimeoutNotFloat);
        return false;
    }
    const long double rounded = std::ceil(seconds * 1000.0L);
    // Redis 7.0 casts to long long without a range check: on x86 anything past LLONG_MAX
    // becomes LLONG_MIN, so a huge timeout is reported as negative.
    if (rounded < 0 || rounded >= static_cast<long double>(std::numeric_limits<int64_t>::max())) {
        ctx.replyError(StoreStatus::TimeoutNegative);
        return false;
    }
    outMs = static_cast<int64_t>(rounded);
    return true;
}

namespace {

// One end of a score range: strtod over the bytes up to the first NUL, as Redis does.
bool parseScoreBound(std::string_view text, double &value, bool &exclusive)
{
    exclusive = !text.empty() && text[0] == '(';
    if (exclusive)
        text.remove_prefix(1);
    const std::string copy(text);
    char *end = nullptr;
    value = std::strtod(copy.c_str(), &end);
    return *end == '\0' && !std::isnan(value);
}

bool parseLexBound(std::string_view text, store::ZLexBound &bound)
{
    using Kind = store::ZLexBound::Kind;
    if (text.empty())
        return false;
    switch (text[0]) {
    case '+':
        bound = {Kind::PositiveInfinity, {}, false};
        return text.size() == 1;
    case '-':
        bound = {Kind::NegativeInfinity, {}, false};
        return text.size() == 1;
    case '(':
        bound = {Kind::Value, std::string(text.substr(1)), true};
        return true;
    case '[':
        bound = {Kind::Value, std::string(text.substr(1)), false};
        return true;
    default:
        return false;
    }
}

} // namespace

StoreStatus parseScoreRange(std::string_view min, std::string_view max, store::ZScoreRange &out)
{
    if (!parseScoreBound(min, out.min, out.minExclusive) ||
        !parseScoreBound(max, out.max, out.maxExclusive))
        return StoreStatus::MinMaxNotFloat;
    return StoreStatus::Ok;
}

StoreStatus parseLexRange(std::string_view min, std::string_view max, store::ZLexRange &out)
{
    if (!parseLexBound(min, out.min) || !parseLexBound(max, out.max))
        return StoreStatus::MinMaxNotString;
    return StoreStatus::Ok;
}

bool equalsIgnoreCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        char x = a[i], y = b[i];
        if (x >= 'A' && x <= 'Z')
            x = char(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z')
            y = char(y - 'A' + 'a');
        if (x != y)
            return false;
    }
    return true;
}

bool normalizeRange(int64_t start, int64_t end, size_t length, size_t &outStart, size_t &outEnd)
{
    const int64_t len = static_cast<int64_t>(length);
    if (start < 0)
        start = len + start;
    if (end < 0)
        end = len + end;
    if (start < 0)
        start = 0;
    if (start > end || start >= len)
        return false;
    if (end >= len)
        end = len - 1;
    outStart = static_cast<size_t>(start);
    outEnd = static_cast<size_t>(end);
    return true;
}

bool parseScanCursor(CommandContext &ctx, ScanArgs &out)
{
    // parseScanCursorOrReply: strtoul over the whole argument (it accepts "", "+1", "-1").
    const std::string &cursor = ctx.argv[2];
    errno = 0;
    char *end = nullptr;
    out.cursor = std::strtoul(cursor.c_str(), &end, 10);
    if ((!cursor.empty() && std::isspace(static_cast<unsigned char>(cursor[0]))) || *end != '\0' ||
        errno == ERANGE) {
        ctx.replyError("invalid cursor");
        return false;
    }
    return true;
}

bool parseScanOptions(CommandContext &ctx, ScanArgs &out)
{
    for (size_t i = 3; i < ctx.argv.size(); i += 2) {
        const bool hasValue = i + 1 < ctx.argv.size();
        if (equalsIgnoreCase(ctx.argv[i], "count") && hasValue) {
            if (!intArg(ctx, i + 1, out.count))
                return false;
            if (out.count < 1) {
                ctx.replySyntaxError();
                return false;
            }
        } else if (equalsIgnoreCase(ctx.argv[i], "match") && hasValue) {
            // "*" matches everything: Redis skips the filter then.
            if (ctx.argv[i + 1] == "*")
                out.pattern.reset();
            else
                out.pattern = ctx.argv[i + 1];
        } else {
            ctx.replySyntaxError();
            return false;
        }
    }
    return true;
}

void replyEmptyScan(CommandContext &ctx)
{
    ctx.reply.arrayHeader(2);
    ctx.reply.bulk("0");
    ctx.reply.emptyArray();
}

void replyScan(CommandContext &ctx, uint64_t cursor, const std::vector<std::string> &items)
{
    ctx.reply.arrayHeader(2);
    ctx.reply.bulk(std::to_string(cursor));
    ctx.reply.arrayHeader(items.size());
    for (const std::string &item : items)
        ctx.reply.bulk(item);
}

std::mt19937_64 &randomGenerator()
{
    static std::mt19937_64 rng{std::random_device{}()};
    return rng;
}

void syncEncodingLimits(const Config &config)
{
    store::EncodingLimits &limits = store::encodingLimits();
    limits.hashMaxListpackEntries = static_cast<size_t>(config.hashMaxListpackEntries);
    limits.hashMaxListpackValue = static_cast<size_t>(config.hashMaxListpackValue);
    limits.setMaxIntsetEntries = static_cast<size_t>(config.setMaxIntsetEntries);
    limits.zsetMaxListpackEntries = static_cast<size_t>(config.zsetMaxListpackEntries);
    limits.zsetMaxListpackValue = static_cast<size_t>(config.zsetMaxListpackValue);
}

} // namespace types

void installTypeSubsystems(Server &server)
{
    types::syncEncodingLimits(server.config());
    for (const char *directive :
         {"hash-max-listpack-entries", "hash-max-listpack-value", "set-max-intset-entries",
          "zset-max-listpack-entries", "zset-max-listpack-value"}) {
        server.onConfigChange(directive, [&server]() -> std::optional<std::string> {
            types::syncEncodingLimits(server.config());
            return std::nullopt;
        });
    }
    installPubSub(server);
}

} // namespace rd
