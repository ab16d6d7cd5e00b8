// WATCH bookkeeping: which clients watch which keys, and invalidation when a key is modified
// (EXEC then fails for those clients). signalModifiedKey also wakes clients blocked on the key.
#include "core/blocking.h"
#include "core/server.h"

namespace rd {

void Server::watchKey(Client &c, int db, std::string_view key)
{
    for (const auto &w : c.watchedKeys)
        if (w.first == db && w.second == key)
            return;
    auto &byKey = m_watchedKeys[size_t(db)];
    auto it = byKey.find(key);
    if (it == byKey.end())
        it = byKey.emplace(std::string(key), std::vector<Client *>{}).first;
    it->second.push_back(&c);
    c.watchedKeys.emplace_back(db, std::string(key));
    ++m_watchedKeyCount;
}

void Server::unwatchAll(Client &c)
{
    for (const auto &[db, key] : c.watchedKeys) {
        auto &byKey = m_watchedKeys[size_t(db)];
        auto it = byKey.find(key);
        if (it == byKey.end())
            continue;
        std::erase(it->second, &c);
        if (it->second.empty())
            byKey.erase(it);
        --m_watchedKeyCount;
    }
    c.watchedKeys.clear();
    c.setFlag(Client::DirtyCas, false);
}

void Server::signalModifiedKey(int db, std::string_view key)
{
    if (m_watchedKeyCount) {
        auto &byKey = m_watchedKeys[size_t(db)];
        auto it = byKey.find(key);
        if (it != byKey.end())
            for (Client *c : it->second)
                c->setFlag(Client::DirtyCas);
    }
    signalKeyAsReady(*this, db, key);
}

void Server::signalFlushedDb(int db)
{
    // Called before the flush: watchers of keys that exist now see their transaction fail.
    if (!m_watchedKeyCount)
        return;
    for (int i = 0; i < m_keyspace.count(); ++i) {
        if (db != -1 && i != db)
            continue;
        for (auto &[key, clients] : m_watchedKeys[size_t(i)]) {
            if (!m_keyspace.db(i).findRaw(key))
                continue;
            for (Client *c : clients)
                c->setFlag(Client::DirtyCas);
        }
    }
}

} // namespace rd
