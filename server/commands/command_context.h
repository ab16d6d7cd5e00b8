#pragma once
// CommandContext: everything a command handler may use while it runs.
//
//   void getCommand(CommandContext &ctx) {
//       Entry *e = ctx.db().lookupRead(ctx.argv[1]);
//       if (!e) return ctx.reply.nullBulk();
//       if (!e->isString()) return ctx.replyError(StoreStatus::WrongType);
//       ctx.reply.bulk(e->stringValue());
//   }
//
// After a write, a handler calls keyModified(key) once per key it changed: that counts the
// change in dirty (the server propagates the command only if dirty moved), invalidates WATCHes
// and wakes clients blocked on the key. By default the command is propagated to replicas as
// received; propagateAs() replaces that (SET EX -> SET PXAT), alsoPropagate() adds a command
// (SPOP -> SREM), preventPropagation() drops it.
#include "commands/command_table.h"
#include "core/client.h"
#include "net/argv.h"
#include "net/reply_buffer.h"
#include "store/store_status.h"

#include <cstdint>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>

namespace rd {

class Server;
class Database;
class Keyspace;
struct Config;

// What a blocked client receives when its timeout expires.
enum class BlockTimeoutReply { NullArray, NullBulk };

class CommandContext
{
public:
    CommandContext(Server &server, Client &client, const CommandSpec &cmd);

    Server &server;
    Client &client;
    Argv &argv;
    ReplyBuffer &reply;
    const CommandSpec &cmd;

    Database &db();
    Keyspace &keyspace();
    const Config &config() const;
    int64_t now() const; // the command's time in unix ms

    // --- signalling changes --------------------------------------------------------------------
    void keyModified(std::string_view key, int64_t changes = 1);
    void keyModified(int db, std::string_view key, int64_t changes = 1);
    void addDirty(int64_t changes = 1);

    // --- propagation ----------------------------------------------------------------------------
    void propagateAs(std::span<const std::string> newArgv);
    void propagateAs(std::initializer_list<std::string_view> newArgv);
    void alsoPropagate(int db, std::span<const std::string> extraArgv);
    void alsoPropagate(int db, std::initializer_list<std::string_view> extraArgv);
    void preventPropagation() { m_preventPropagation = true; }

    // --- blocking (BLPOP, BRPOP, BLMOVE)
    // ----------------------------------------------------------- False inside MULTI/EXEC and for
    // clients without a connection: reply the timeout reply.
    bool canBlock() const;
    // Blocks the client on keys (of the current db) until one is signalled by keyModified, then
    // runs the same command again; timeoutMs 0 = forever. While the command is re-run because a
    // key became ready, calling blockOnKeys again keeps the client's place in the queues.
    void blockOnKeys(std::span<const std::string> keys, int64_t timeoutMs,
                     BlockTimeoutReply onTimeout);
    bool reprocessingBlocked() const;

    // --- replies
    // ----------------------------------------------------------------------------------
    void replyError(StoreStatus status);
    void replyError(std::string_view text) { reply.error(text); }
    void replyWrongArity();
    void replySyntaxError() { replyError(StoreStatus::Syntax); }
    // Parses an integer argument; on failure replies "value is not an integer or out of range".
    bool intArg(size_t index, int64_t &out);

    // Used by the server after the handler returns.
    bool propagationPrevented() const { return m_preventPropagation; }
    bool hasPropagateAs() const { return m_hasPropagateAs; }
    const Argv &propagateArgv() const { return m_propagateArgv; }

private:
    bool m_preventPropagation = false;
    bool m_hasPropagateAs = false;
    Argv m_propagateArgv;
};

} // namespace rd
