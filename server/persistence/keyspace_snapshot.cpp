#include "persistence/keyspace_snapshot.h"

#include "store/hash_value.h"
#include "store/keyspace.h"
#include "store/list_value.h"
#include "store/memory.h"
#include "store/set_value.h"
#include "store/zset_value.h"

#include <ctime>
#include <type_traits>
#include <variant>

namespace rd::rdb {

RdbWriterOptions writerOptionsFrom(const Config &config)
{
    RdbWriterOptions o;
    o.checksum = config.rdbchecksum;
    o.values.compress = config.rdbcompression;
    o.values.hashMaxListpackEntries = static_cast<std::size_t>(config.hashMaxListpackEntries);
    o.values.hashMaxListpackValue = static_cast<std::size_t>(config.hashMaxListpackValue);
    o.values.zsetMaxListpackEntries = static_cast<std::size_t>(config.zsetMaxListpackEntries);
    o.values.zsetMaxListpackValue = static_cast<std::size_t>(config.zsetMaxListpackValue);
    o.values.setMaxIntsetEntries = static_cast<std::size_t>(config.setMaxIntsetEntries);
    // list-max-listpack-size: negative = node size class (-1 4 KB ... -5 64 KB), positive = a
    // count; a count is approximated by the 8 KB default.
    if (config.listMaxListpackSize < 0 && config.listMaxListpackSize >= -5)
        o.values.listMaxListpackBytes = std::size_t(4096) << (-config.listMaxListpackSize - 1);
    return o;
}

RdbLoadOptions loadOptionsFrom(const Config &config, bool dropExpired)
{
    RdbLoadOptions o;
    o.verifyChecksum = config.rdbchecksum;
    o.dropExpired = dropExpired;
    o.nowMs = Keyspace::wallClockMs();
    return o;
}

RdbAuxInfo snapshotAuxInfo(std::optional<RdbAuxInfo::Replication> replication)
{
    RdbAuxInfo aux;
    aux.ctime = std::int64_t(std::time(nullptr));
    aux.usedMem = static_cast<std::int64_t>(mem::usedMemory());
    aux.replication = std::move(replication);
    return aux;
}

RdbLoadResult loadKeyspaceFile(const std::string &path, Keyspace &keyspace,
                               const RdbLoadOptions &options)
{
    KeyspaceLoadTarget target(keyspace);
    return loadRdbFile(path, target, options);
}

std::error_code writeKeyspace(Keyspace &keyspace, const RdbAuxInfo &aux, const RdbSink &sink,
                              const RdbWriterOptions &options)
{
    RdbWriter w(sink, options);
    w.writeHeader(aux);
    for (int i = 0; i < keyspace.count() && !w.error(); ++i) {
        Database &db = keyspace.db(i);
        if (db.size() == 0)
            continue;
        w.selectDb(i, db.size(), db.expiresCount());
        db.forEach([&](const Entry *e) {
            const std::int64_t when = db.getExpire(e);
            const auto expireAt = when < 0 ? std::nullopt : std::optional<std::int64_t>(when);
            switch (e->type()) {
            case ObjectType::String:
                w.writeKey(e->key(), e->stringValue(), expireAt);
                break;
            case ObjectType::List:
                w.writeKey(e->key(), e->as<store::ListValue>(), expireAt);
                break;
            case ObjectType::Set:
                w.writeKey(e->key(), e->as<store::SetValue>(), expireAt);
                break;
            case ObjectType::Hash:
                w.writeKey(e->key(), e->as<store::HashValue>(), expireAt);
                break;
            case ObjectType::ZSet:
                w.writeKey(e->key(), e->as<store::ZSetValue>(), expireAt);
                break;
            }
        });
    }
    return w.finish();
}

int KeyspaceLoadTarget::databaseCount() const
{
    return m_keyspace.count();
}

bool KeyspaceLoadTarget::addKey(int db, std::string key, LoadedValue value,
                                std::optional<std::int64_t> expireAtMs)
{
    Database &d = m_keyspace.db(db);
    if (d.findRaw(key))
        return false;
    Entry *e = std::visit(
        [&](auto &v) -> Entry * {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, std::string>)
                return d.addString(key, v);
            else
                return d.addCollection(key, std::move(v));
        },
        value);
    if (expireAtMs)
        d.setExpire(e, *expireAtMs);
    return true;
}

bool KeyspaceLoadTarget::addString(int db, std::string_view key, std::string_view value,
                                   std::optional<std::int64_t> expireAtMs)
{
    Database &d = m_keyspace.db(db);
    if (d.findRaw(key))
        return false;
    Entry *e = d.addString(key, value);
    if (expireAtMs)
        d.setExpire(e, *expireAtMs);
    return true;
}

} // namespace rd::rdb
