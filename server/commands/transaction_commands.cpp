// Transactions: MULTI EXEC DISCARD WATCH UNWATCH. Commands are queued by the dispatcher (it
// replies +QUEUED); EXEC runs the queue with call(), so the writes are propagated together,
// wrapped in MULTI/EXEC, once EXEC returns.
#include "commands/command_context.h"
#include "core/server.h"
#include "store/keyspace.h"

namespace rd {

namespace {

void discardTransaction(Server &server, Client &c)
{
    c.multiQueue.clear();
    c.setFlag(Client::Multi, false);
    c.setFlag(Client::DirtyExec, false);
    server.unwatchAll(c);
}

void multiCommand(CommandContext &ctx)
{
    if (ctx.client.hasFlag(Client::Multi))
        return ctx.replyError("MULTI calls can not be nested");
    ctx.client.setFlag(Client::Multi);
    ctx.reply.ok();
}

// A key WATCHed while it existed that has logically expired since makes EXEC fail (7.0).
bool watchedKeyExpired(Server &server, Client &c)
{
    for (const auto &[db, key] : c.watchedKeys) {
        Database &d = server.keyspace().db(db);
        const Entry *e = d.findRaw(key);
        if (e && d.isExpired(e))
            return true;
    }
    return false;
}

void execCommand(CommandContext &ctx)
{
    Client &c = ctx.client;
    Server &server = ctx.server;
    ctx.preventPropagation(); // the queued commands propagate themselves
    if (!c.hasFlag(Client::Multi))
        return ctx.replyError("EXEC without MULTI");
    if (c.hasFlag(Client::DirtyExec)) {
        discardTransaction(server, c);
        return ctx.replyError("-EXECABORT Transaction discarded because of previous errors.");
    }
    if (c.hasFlag(Client::DirtyCas) || watchedKeyExpired(server, c)) {
        discardTransaction(server, c);
        return ctx.reply.nullArray();
    }
    std::vector<Argv> queue;
    queue.swap(c.multiQueue);
    c.setFlag(Client::Multi, false);
    server.unwatchAll(c);
    ctx.reply.arrayHeader(queue.size());
    Argv saved;
    saved.assign(c.argv.span());
    c.setFlag(Client::ExecutingQueued);
    for (Argv &q : queue) {
        c.argv.assign(q.span());
        const CommandSpec *cmd = server.resolveCommand(c.argv);
        if (!cmd) {
            c.reply().error("unknown command");
            continue;
        }
        server.call(c, *cmd);
    }
    c.setFlag(Client::ExecutingQueued, false);
    c.argv.assign(saved.span());
}

void discardCommand(CommandContext &ctx)
{
    if (!ctx.client.hasFlag(Client::Multi))
        return ctx.replyError("DISCARD without MULTI");
    discardTransaction(ctx.server, ctx.client);
    ctx.reply.ok();
}

void watchCommand(CommandContext &ctx)
{
    if (ctx.client.hasFlag(Client::Multi))
        return ctx.replyError("WATCH inside MULTI is not allowed");
    for (size_t i = 1; i < ctx.argv.size(); ++i)
        ctx.server.watchKey(ctx.client, ctx.client.dbIndex, ctx.argv[i]);
    ctx.reply.ok();
}

void unwatchCommand(CommandContext &ctx)
{
    ctx.server.unwatchAll(ctx.client);
    ctx.reply.ok();
}

} // namespace

void registerTransactionCommands(CommandTable &t)
{
    t.add({"multi", multiCommand, 1, "noscript loading stale fast allow-busy", 0, 0, 0,
           "transactions", "Starts a transaction.", "1.2.0"});
    t.add({"exec", execCommand, 1, "noscript loading stale skip-slowlog", 0, 0, 0, "transactions",
           "Executes all commands in a transaction.", "1.2.0"});
    t.add({"discard", discardCommand, 1, "noscript loading stale fast allow-busy", 0, 0, 0,
           "transactions", "Discards a transaction.", "2.0.0"});
    t.add({"watch", watchCommand, -2, "noscript loading stale fast allow-busy", 1, -1, 1,
           "transactions", "Monitors changes to keys to determine the execution of a transaction.",
           "2.2.0"});
    t.add({"unwatch", unwatchCommand, 1, "noscript loading stale fast allow-busy", 0, 0, 0,
           "transactions", "Forgets about watched keys of a transaction.", "2.2.0"});
}

} // namespace rd
