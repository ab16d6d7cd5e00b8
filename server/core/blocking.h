#pragma once
// Clients blocked on keys (BLPOP, BRPOP, BLMOVE): per (db, key) a FIFO of waiting clients.
// CommandContext::blockOnKeys() parks the running client; a write that calls keyModified() on
// such a key marks it ready; after the current command the server re-runs the waiting
// clients' commands in FIFO order (handleReadyKeys), and a command that still cannot be served
// keeps its place. A timeout replies the command's timeout reply.
#include "commands/command_context.h"

#include <asio/steady_timer.hpp>

#include <deque>
#include <functional>
#include <list>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "util/string_hash.h"

namespace rd {

class Server;
class Client;

struct Client::BlockState
{
    int db = 0;
    std::vector<std::string> keys;
    BlockTimeoutReply onTimeout = BlockTimeoutReply::NullArray;
    std::unique_ptr<asio::steady_timer> timer;
    Argv argv; // the command to run again
};

struct BlockingRegistry
{
    // Per database: key -> clients waiting on it, oldest first.
    std::vector<std::unordered_map<std::string, std::list<Client *>, TransparentStringHash,
                                   std::equal_to<>>>
        keys;
    std::vector<std::pair<int, std::string>> readyKeys;
    size_t blockedCount = 0;
    bool reprocessing = false; // a blocked command is being run again
    // CLIENT UNBLOCK for a client blocked outside this registry (WAIT, owned by replication):
    // queues its reply (error: -UNBLOCKED, else what its timeout replies) and releases it;
    // false if the client is not blocked there.
    std::function<bool(Client &client, bool error)> unblockOther;
};

void blockClient(Server &server, Client &client, int db, std::span<const std::string> keys,
                 int64_t timeoutMs, BlockTimeoutReply onTimeout);
void unblockClient(Server &server, Client &client);
// Marks (db, key) ready if a client waits on it.
void signalKeyAsReady(Server &server, int db, std::string_view key);
// Serves the clients waiting on ready keys; called after each command.
void handleReadyKeys(Server &server);

} // namespace rd
