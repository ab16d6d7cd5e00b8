#include "core/blocking.h"

#include "core/server.h"
#include "net/connection.h"
#include "store/keyspace.h"

#include <chrono>

namespace rd {

void blockClient(Server &server, Client &client, int db, std::span<const std::string> keys,
                 int64_t timeoutMs, BlockTimeoutReply onTimeout)
{
    BlockingRegistry &reg = server.blocking();
    if (client.block) // re-run of an already blocked client: it keeps its place and timeout
        return;
    auto state = std::make_unique<Client::BlockState>();
    state->db = db;
    state->onTimeout = onTimeout;
    state->argv.assign(client.argv.span());
    for (const std::string &k : keys) {
        bool dup = false;
        for (const std::string &seen : state->keys)
            dup = dup || seen == k;
        if (dup)
            continue;
        state->keys.push_back(k);
        reg.keys[size_t(db)][k].push_back(&client);
    }
    if (timeoutMs > 0) {
        state->timer = std::make_unique<asio::steady_timer>(server.io());
        state->timer->expires_after(std::chrono::milliseconds(timeoutMs));
        const uint64_t id = client.id();
        state->timer->async_wait([&server, id](const std::error_code &ec) {
            if (ec)
                return;
            Client *c = server.findClient(id);
            if (!c || !c->block)
                return;
            server.keyspace().setNow(Keyspace::wallClockMs());
            if (c->block->onTimeout == BlockTimeoutReply::NullArray)
                c->reply().nullArray();
            else
                c->reply().nullBulk();
            unblockClient(server, *c);
            server.scheduleWrite(*c);
            server.flushPendingWrites();
        });
    }
    client.block = std::move(state);
    client.setFlag(Client::Blocked);
    ++reg.blockedCount;
}

void unblockClient(Server &server, Client &client)
{
    if (!client.block)
        return;
    BlockingRegistry &reg = server.blocking();
    auto &byKey = reg.keys[size_t(client.block->db)];
    for (const std::string &k : client.block->keys) {
        auto it = byKey.find(k);
        if (it == byKey.end())
            continue;
        it->second.remove(&client);
        if (it->second.empty())
            byKey.erase(it);
    }
    if (client.block->timer)
        client.block->timer->cancel();
    client.block.reset();
    client.setFlag(Client::Blocked, false);
    --reg.blockedCount;
    // Pipelined commands that arrived while blocked are processed once the reply is out.
    if (Connection *conn = client.connection()) {
        std::weak_ptr<Connection> weak = conn->weak_from_this();
        server.post([weak] {
            if (auto c = weak.lock())
                c->resumeInput();
        });
    }
}

void signalKeyAsReady(Server &server, int db, std::string_view key)
{
    BlockingRegistry &reg = server.blocking();
    if (reg.blockedCount == 0)
        return;
    const auto &byKey = reg.keys[size_t(db)];
    if (byKey.find(key) == byKey.end())
        return;
    for (const auto &r : reg.readyKeys)
        if (r.first == db && r.second == key)
            return;
    reg.readyKeys.emplace_back(db, std::string(key));
}

void handleReadyKeys(Server &server)
{
    BlockingRegistry &reg = server.blocking();
    if (reg.reprocessing)
        return;
    reg.reprocessing = true;
    while (!reg.readyKeys.empty()) {
        std::vector<std::pair<int, std::string>> ready;
        ready.swap(reg.readyKeys);
        for (const auto &[db, key] : ready) {
            auto &byKey = reg.keys[size_t(db)];
            auto it = byKey.find(key);
            if (it == byKey.end())
                continue;
            // Serve in FIFO order while the key exists; copy ids since serving edits the list.
            std::vector<uint64_t> waiting;
            for (Client *c : it->second)
                waiting.push_back(c->id());
            for (uint64_t id : waiting) {
                Client *c = server.findClient(id);
                if (!c || !c->block)
                    continue;
                if (!server.keyspace().db(db).lookupWrite(key))
                    break;
                const CommandSpec *cmd = server.commands().find(c->block->argv[0]);
                if (!cmd)
                    continue;
                c->argv.assign(c->block->argv.span());
                const int savedDb = c->dbIndex;
                const size_t replyBefore = c->reply().size();
                c->dbIndex = c->block->db;
                server.call(*c, *cmd);
                c->dbIndex = savedDb;
                c->argv.clear();
                // Served unless the command blocked again (it then replied nothing).
                if (c->block && c->reply().size() != replyBefore)
                    unblockClient(server, *c);
                server.scheduleWrite(*c);
            }
        }
    }
    reg.reprocessing = false;
}

} // namespace rd
