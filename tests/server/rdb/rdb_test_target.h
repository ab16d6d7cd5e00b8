#pragma once
// A load target that keeps what an RDB held in plain maps, and a canonical text form of any
// loaded value, so tests (and the fuzzer) can compare contents without the node's keyspace.
#include "persistence/rdb_loader.h"

#include <algorithm>
#include <map>
#include <string>
#include <vector>

namespace rdtest {

struct LoadedKey
{
    rd::rdb::LoadedValue value;
    std::optional<std::int64_t> expireAtMs;
};

class MapLoadTarget : public rd::rdb::RdbLoadTarget
{
public:
    explicit MapLoadTarget(int databases = 16)
        : m_databases(databases)
    {
    }
    int databaseCount() const override { return m_databases; }
    bool addKey(int db, std::string key, rd::rdb::LoadedValue value,
                std::optional<std::int64_t> expireAtMs) override
    {
        return dbs[db].emplace(std::move(key), LoadedKey{std::move(value), expireAtMs}).second;
    }
    std::map<int, std::map<std::string, LoadedKey>> dbs;

private:
    int m_databases;
};

// "string:<bytes>", "list:[a,b]", "set:{a,b}" (sorted), "hash:{f=v,...}" (sorted),
// "zset:[m=score,...]" (in order): equal values give equal text whatever their encoding.
inline std::string describe(const rd::rdb::LoadedValue &v)
{
    using namespace rd::store;
    struct Visitor
    {
        std::string operator()(const std::string &s) const { return "string:" + s; }
        std::string operator()(const std::unique_ptr<ListValue> &l) const
        {
            std::string out = "list:[";
            l->forEach([&](const std::string &e) { out += e + ","; });
            return out + "]";
        }
        std::string operator()(const std::unique_ptr<SetValue> &s) const
        {
            std::vector<std::string> m;
            s->forEach([&](const std::string &e) { m.push_back(e); });
            std::sort(m.begin(), m.end());
            std::string out = "set:{";
            for (auto &e : m)
                out += e + ",";
            return out + "}";
        }
        std::string operator()(const std::unique_ptr<HashValue> &h) const
        {
            std::vector<std::string> m;
            h->forEach(
                [&](const std::string &f, const std::string &v) { m.push_back(f + "=" + v); });
            std::sort(m.begin(), m.end());
            std::string out = "hash:{";
            for (auto &e : m)
                out += e + ",";
            return out + "}";
        }
        std::string operator()(const std::unique_ptr<ZSetValue> &z) const
        {
            std::string out = "zset:[";
            z->forEach([&](const std::string &m, double s) {
                char buf[64];
                std::snprintf(buf, sizeof buf, "%.17g", s);
                out += m + "=" + buf + ",";
            });
            return out + "]";
        }
    };
    return std::visit(Visitor{}, v);
}

} // namespace rdtest
