#include "persistence/rdb_value_codec.h"

#include "persistence/intset.h"
#include "persistence/listpack.h"
#include "persistence/rdb_encoding.h"
#include "persistence/rdb_error.h"
#include "persistence/rdb_format.h"
#include "persistence/ziplist.h"
#include "persistence/zipmap.h"
#include "util/numbers.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace rd::rdb {

using store::HashValue;
using store::ListValue;
using store::SetValue;
using store::ZSetValue;

// ---------------------------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------------------------

std::uint8_t rdbTypeOf(const ListValue &, const WriteOptions &)
{
    return kTypeListQuicklist2; // 7.0 writes every list as quicklist2
}

std::uint8_t rdbTypeOf(const SetValue &value, const WriteOptions &options)
{
    return value.allIntegers() && value.size() <= options.setMaxIntsetEntries ? kTypeSetIntset
                                                                              : kTypeSet;
}

std::uint8_t rdbTypeOf(const HashValue &value, const WriteOptions &options)
{
    return value.isListpackEncoded(options.hashMaxListpackEntries, options.hashMaxListpackValue)
               ? kTypeHashListpack
               : kTypeHash;
}

std::uint8_t rdbTypeOf(const ZSetValue &value, const WriteOptions &options)
{
    return value.isListpackEncoded(options.zsetMaxListpackEntries, options.zsetMaxListpackValue)
               ? kTypeZsetListpack
               : kTypeZset2;
}

void appendStringBody(std::string &out, std::string_view value, const WriteOptions &options)
{
    appendString(out, value, options.compress);
}

void appendBody(std::string &out, const ListValue &value, std::uint8_t type,
                const WriteOptions &options)
{
    if (type == kTypeList) {
        appendLength(out, value.size());
        value.forEach([&](const std::string &item) { appendString(out, item, options.compress); });
        return;
    }
    // quicklist2: listpack nodes of at most listMaxListpackBytes (a bigger element gets a node
    // of its own, as in Redis).
    std::vector<std::string> nodes;
    ListpackBuilder node;
    value.forEach([&](const std::string &item) {
        if (node.count() > 0 && node.bytes() + item.size() + 11 > options.listMaxListpackBytes) {
            nodes.push_back(node.finish());
            node = ListpackBuilder();
        }
        node.append(item);
    });
    if (node.count() > 0)
        nodes.push_back(node.finish());
    appendLength(out, nodes.size());
    for (const std::string &blob : nodes) {
        appendLength(out, kQuicklistNodePacked);
        appendString(out, blob, options.compress);
    }
}

void appendBody(std::string &out, const SetValue &value, std::uint8_t type,
                const WriteOptions &options)
{
    if (type == kTypeSetIntset) {
        std::vector<std::int64_t> ints;
        ints.reserve(value.size());
        value.forEach([&](const std::string &m) { ints.push_back(*canonicalInteger(m)); });
        std::sort(ints.begin(), ints.end());
        appendString(out, encodeIntset(ints), options.compress);
        return;
    }
    appendLength(out, value.size());
    value.forEach([&](const std::string &m) { appendString(out, m, options.compress); });
}

void appendBody(std::string &out, const HashValue &value, std::uint8_t type,
                const WriteOptions &options)
{
    if (type == kTypeHashListpack) {
        ListpackBuilder lp;
        value.forEach([&](const std::string &f, const std::string &v) {
            lp.append(f);
            lp.append(v);
        });
        appendString(out, lp.finish(), options.compress);
        return;
    }
    appendLength(out, value.size());
    value.forEach([&](const std::string &f, const std::string &v) {
        appendString(out, f, options.compress);
        appendString(out, v, options.compress);
    });
}

void appendBody(std::string &out, const ZSetValue &value, std::uint8_t type,
                const WriteOptions &options)
{
    if (type == kTypeZsetListpack) {
        ListpackBuilder lp;
        value.forEach([&](const std::string &m, double score) {
            lp.append(m);
            lp.append(formatDouble(score));
        });
        appendString(out, lp.finish(), options.compress);
        return;
    }
    appendLength(out, value.size());
    if (type == kTypeZset) {
        value.forEach([&](const std::string &m, double score) {
            appendString(out, m, options.compress);
            appendAsciiDouble(out, score);
        });
        return;
    }
    // zset2 from the highest score down, as 7.0 does, so a loader inserts at the head cheaply.
    for (const ZSetValue::Node *x = value.last(); x; x = x->prev()) {
        appendString(out, x->member(), options.compress);
        appendBinaryDouble(out, x->score());
    }
}

// ---------------------------------------------------------------------------------------------
// Reading
// ---------------------------------------------------------------------------------------------

namespace {

// Caps a count taken from the input before using it to reserve memory.
std::size_t safeReserve(const RdbReader &in, std::uint64_t count, std::uint64_t minBytesEach)
{
    const auto left = in.remaining();
    const std::uint64_t cap = left ? *left / std::max<std::uint64_t>(minBytesEach, 1) : 1024;
    return static_cast<std::size_t>(std::min(count, cap));
}

[[noreturn]] void failValue(RdbErrc code, std::uint64_t at, const char *kind, std::string_view key,
                            const std::string &why)
{
    throwRdbError(code, at, std::string(kind) + " " + quoteKey(key) + ": " + why);
}

double parseScore(const std::string &text, std::uint64_t at, std::string_view key)
{
    double score = 0;
    if (!parseDouble(text, score))
        failValue(RdbErrc::BadEncoding, at, "zset", key, "unparsable score \"" + text + "\"");
    return score;
}

// Adds the elements of a decoded blob, erroring on a duplicate as Redis's integrity check does.
void addSetMember(SetValue &set, std::string_view member, std::uint64_t at, std::string_view key)
{
    if (!set.add(member))
        failValue(RdbErrc::BadEncoding, at, "set", key, "duplicate member");
}

void addHashField(HashValue &hash, std::string_view field, std::string_view value, std::uint64_t at,
                  std::string_view key)
{
    if (!hash.set(field, value))
        failValue(RdbErrc::BadEncoding, at, "hash", key, "duplicate field");
}

void addZsetMember(ZSetValue &zset, std::string_view member, double score, std::uint64_t at,
                   std::string_view key)
{
    if (std::isnan(score))
        failValue(RdbErrc::BadEncoding, at, "zset", key, "NaN score");
    if (!zset.add(member, score))
        failValue(RdbErrc::BadEncoding, at, "zset", key, "duplicate member");
}

std::optional<LoadedValue> readPlainList(RdbReader &in)
{
    const std::uint64_t count = in.readLength("list length");
    if (count == 0)
        return std::nullopt;
    auto list = std::make_unique<ListValue>();
    for (std::uint64_t i = 0; i < count; ++i)
        list->pushBack(in.readString("list element"));
    return LoadedValue(std::move(list));
}

std::optional<LoadedValue> readPlainSet(RdbReader &in, std::string_view key)
{
    const std::uint64_t count = in.readLength("set length");
    if (count == 0)
        return std::nullopt;
    auto set = std::make_unique<SetValue>();
    set->reserve(safeReserve(in, count, 1));
    for (std::uint64_t i = 0; i < count; ++i) {
        const std::uint64_t at = in.offset();
        addSetMember(*set, in.readString("set member"), at, key);
    }
    return LoadedValue(std::move(set));
}

std::optional<LoadedValue> readPlainHash(RdbReader &in, std::string_view key)
{
    const std::uint64_t count = in.readLength("hash length");
    if (count == 0)
        return std::nullopt;
    auto hash = std::make_unique<HashValue>();
    hash->reserve(safeReserve(in, count, 2));
    for (std::uint64_t i = 0; i < count; ++i) {
        const std::uint64_t at = in.offset();
        std::string field = in.readString("hash field");
        std::string value = in.readString("hash value");
        addHashField(*hash, field, value, at, key);
    }
    return LoadedValue(std::move(hash));
}

std::optional<LoadedValue> readPlainZset(RdbReader &in, std::string_view key, bool binaryScores)
{
    const std::uint64_t count = in.readLength("zset length");
    if (count == 0)
        return std::nullopt;
    auto zset = std::make_unique<ZSetValue>();
    for (std::uint64_t i = 0; i < count; ++i) {
        const std::uint64_t at = in.offset();
        std::string member = in.readString("zset member");
        const double score =
            binaryScores ? in.readBinaryDouble("zset score") : in.readAsciiDouble("zset score");
        addZsetMember(*zset, member, score, at, key);
    }
    return LoadedValue(std::move(zset));
}

// A blob holding a whole value (intset, listpack, ziplist, zipmap): decode, then convert.
std::optional<LoadedValue> readBlobValue(RdbReader &in, std::uint8_t type, std::string_view key)
{
    const std::uint64_t at = in.offset();
    const std::string blob = in.readString("encoded value");
    const std::string_view what = key;
    switch (type) {
    case kTypeSetIntset: {
        const auto ints = decodeIntset(blob, at, what);
        if (ints.empty())
            return std::nullopt;
        auto set = std::make_unique<SetValue>();
        set->reserve(ints.size());
        for (const std::int64_t v : ints)
            set->add(std::to_string(v));
        return LoadedValue(std::move(set));
    }
    case kTypeListZiplist: {
        const auto items = decodeZiplist(blob, at, what);
        if (items.empty())
            return std::nullopt;
        auto list = std::make_unique<ListValue>();
        for (const auto &item : items)
            list->pushBack(item);
        return LoadedValue(std::move(list));
    }
    case kTypeHashZipmap:
    case kTypeHashZiplist:
    case kTypeHashListpack: {
        const auto items = type == kTypeHashZipmap    ? decodeZipmap(blob, at, what)
                           : type == kTypeHashZiplist ? decodeZiplist(blob, at, what)
                                                      : decodeListpack(blob, at, what);
        if (items.size() % 2 != 0)
            failValue(RdbErrc::BadLength, at, "hash", key, "odd number of elements");
        if (items.empty())
            return std::nullopt;
        auto hash = std::make_unique<HashValue>();
        hash->reserve(items.size() / 2);
        for (std::size_t i = 0; i < items.size(); i += 2)
            addHashField(*hash, items[i], items[i + 1], at, key);
        return LoadedValue(std::move(hash));
    }
    case kTypeZsetZiplist:
    case kTypeZsetListpack: {
        const auto items = type == kTypeZsetZiplist ? decodeZiplist(blob, at, what)
                                                    : decodeListpack(blob, at, what);
        if (items.size() % 2 != 0)
            failValue(RdbErrc::BadLength, at, "zset", key, "odd number of elements");
        if (items.empty())
            return std::nullopt;
        auto zset = std::make_unique<ZSetValue>();
        for (std::size_t i = 0; i < items.size(); i += 2)
            addZsetMember(*zset, items[i], parseScore(items[i + 1], at, key), at, key);
        return LoadedValue(std::move(zset));
    }
    default:
        break;
    }
    throwRdbError(RdbErrc::UnknownType, at, "no blob decoder for type " + std::to_string(type));
}

// quicklist (14: ziplist nodes) and quicklist2 (18: listpack or plain nodes).
std::optional<LoadedValue> readQuicklist(RdbReader &in, std::uint8_t type, std::string_view key)
{
    const std::uint64_t nodes = in.readLength("quicklist node count");
    auto list = std::make_unique<ListValue>();
    const std::string_view what = key;
    for (std::uint64_t n = 0; n < nodes; ++n) {
        std::uint64_t container = kQuicklistNodePacked;
        const std::uint64_t containerAt = in.offset();
        if (type == kTypeListQuicklist2) {
            container = in.readLength("quicklist node container");
            if (container != kQuicklistNodePacked && container != kQuicklistNodePlain)
                failValue(RdbErrc::BadEncoding, containerAt, "list", key,
                          "unknown quicklist container " + std::to_string(container));
        }
        const std::uint64_t at = in.offset();
        std::string blob = in.readString("quicklist node");
        if (container == kQuicklistNodePlain) {
            list->pushBack(blob);
            continue;
        }
        // Empty nodes are skipped, as Redis does.
        const auto items = type == kTypeListQuicklist ? decodeZiplist(blob, at, what)
                                                      : decodeListpack(blob, at, what);
        for (const auto &item : items)
            list->pushBack(item);
    }
    if (list->empty())
        return std::nullopt;
    return LoadedValue(std::move(list));
}

} // namespace

std::optional<LoadedValue> readValue(RdbReader &in, std::uint8_t type, std::string_view key)
{
    const std::uint64_t at = in.offset();
    switch (type) {
    case kTypeString:
        return LoadedValue(in.readString("string value"));
    case kTypeList:
        return readPlainList(in);
    case kTypeSet:
        return readPlainSet(in, key);
    case kTypeZset:
        return readPlainZset(in, key, false);
    case kTypeZset2:
        return readPlainZset(in, key, true);
    case kTypeHash:
        return readPlainHash(in, key);
    case kTypeHashZipmap:
    case kTypeListZiplist:
    case kTypeSetIntset:
    case kTypeZsetZiplist:
    case kTypeHashZiplist:
    case kTypeHashListpack:
    case kTypeZsetListpack:
        return readBlobValue(in, type, key);
    case kTypeListQuicklist:
    case kTypeListQuicklist2:
        return readQuicklist(in, type, key);
    case kTypeStreamListpacks:
    case kTypeStreamListpacks2:
        throwRdbError(RdbErrc::Unsupported, at,
                      "key " + quoteKey(key) +
                          " holds a stream, and this node has no stream type; remove the key "
                          "from the source (or convert it) and save again");
    case kTypeModule:
    case kTypeModule2:
        throwRdbError(RdbErrc::Unsupported, at,
                      "key " + quoteKey(key) +
                          " holds a module value, and this node loads no modules");
    default:
        break;
    }
    throwRdbError(RdbErrc::UnknownType, at > 0 ? at - 1 : 0,
                  "value type " + std::to_string(type) + " of key " + quoteKey(key) +
                      " is not an RDB type");
}

} // namespace rd::rdb
