// The replication command family: SYNC, PSYNC, REPLCONF, REPLICAOF/SLAVEOF, ROLE, WAIT and
// ReplicaDesk's REPLSTATE. Handlers only find the server's Replication and hand over.
#include "commands/command_context.h"
#include "core/server.h"
#include "persistence/persistence.h"
#include "replication/replication.h"

#include <map>
#include <memory>
#include <mutex>

namespace rd::repl {

namespace {

template <void (Replication::*Method)(CommandContext &)> void forward(CommandContext &ctx)
{
    if (Replication *r = Replication::of(ctx.server))
        return (r->*Method)(ctx);
    ctx.replyError("replication is not available on this server");
}

std::mutex g_ownedMutex;
std::map<const Server *, std::unique_ptr<Replication>> g_owned;

} // namespace

void registerReplicationCommands(CommandTable &t)
{
    t.add({"sync", forward<&Replication::syncCommand>, 1, "admin noscript no-multi", 0, 0, 0,
           "server", "Internal command used for replication", "1.0.0"});
    t.add({"psync", forward<&Replication::syncCommand>, -3, "admin noscript no-multi", 0, 0, 0,
           "server", "Internal command used for replication", "2.8.0"});
    t.add({"replconf", forward<&Replication::replconfCommand>, -1,
           "admin noscript loading stale allow-busy", 0, 0, 0, "server",
           "An internal command for configuring the replication stream", "3.0.0"});
    t.add({"replicaof", forward<&Replication::replicaofCommand>, 3, "admin noscript stale", 0, 0, 0,
           "server", "Configure a server as replica of another, or promote it to a master.",
           "5.0.0"});
    t.add({"slaveof", forward<&Replication::replicaofCommand>, 3, "admin noscript stale", 0, 0, 0,
           "server",
           "Sets a Redis server as a replica of another, or promotes it to being a master.",
           "1.0.0"});
    t.add({"role", forward<&Replication::roleCommand>, 1, "noscript loading stale fast", 0, 0, 0,
           "server", "Returns the replication role.", "2.8.12"});
    t.add({"wait", forward<&Replication::waitCommand>, 3, "noscript", 0, 0, 0, "generic",
           "Blocks until the asynchronous replication of all preceding write commands sent by the "
           "connection is completed.",
           "3.0.0"});
    t.add({"replstate", forward<&Replication::replstateCommand>, -1, "loading stale fast", 0, 0, 0,
           "server",
           "ReplicaDesk: the exact replica state, transfer progress, link errors and transition "
           "history.",
           "0.1.0"});
}

void installReplication(Server &server)
{
    auto repl = std::make_unique<Replication>(server);
    Replication *r = repl.get();
    {
        std::lock_guard lock(g_ownedMutex);
        auto &slot = g_owned[&server];
        // A server that was destroyed without shutting down left its object here; it still
        // points at that server's loop, so it is let go rather than destroyed.
        (void)slot.release();
        slot = std::move(repl);
    }
    server.addWriteGuard([r]() -> std::optional<std::string> {
        if (!r->enoughGoodReplicas())
            return std::string("-NOREPLICAS Not enough good replicas to write.");
        return std::nullopt;
    });
    server.addShutdownHook([&server](bool) {
        std::unique_ptr<Replication> mine;
        {
            std::lock_guard lock(g_ownedMutex);
            auto it = g_owned.find(&server);
            if (it != g_owned.end()) {
                mine = std::move(it->second);
                g_owned.erase(it);
            }
        }
        return true;
    });
    // Snapshots this node saves carry its stream position, so that after a restart it can
    // PSYNC from where the file left off; the start-up load tells that position back.
    std::optional<CachedMaster> loaded;
    if (persistence::Persistence *p = persistence::persistenceOf(server)) {
        p->setReplicationInfoProvider(
            [r]() -> std::optional<rdb::RdbAuxInfo::Replication> { return r->saveInfo(); });
        const auto &info = p->startupLoadInfo();
        if (info && info->replId && info->replOffset)
            loaded = CachedMaster{*info->replId, *info->replOffset, info->replStreamDb.value_or(0)};
    }
    r->start(loaded);
}

} // namespace rd::repl
