#pragma once
// Client: the state of one client as the commands see it (selected db, auth, MULTI queue,
// WATCHed keys, blocking, pub/sub subscriptions, name, reply buffer). A Client either belongs
// to a network Connection or is a "fake" client with none (the replica's link to its master
// feeds commands through one, replies discarded).
//
// Replies go to reply(); the server sends them when the command batch is done. To push data to
// a client asynchronously (pub/sub messages, a blocked client served later, a replica's
// stream), append to its reply() and call server.scheduleWrite(client) — or sendRaw().
#include "net/argv.h"
#include "net/reply_buffer.h"

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_set>
#include <vector>

namespace rd {

class Connection;
class Server;
struct CommandSpec;

class Client
{
public:
    enum Flag : uint32_t {
        Master = 1u << 0,          // the link to our master: replies are discarded
        Replica = 1u << 1,         // a replica of ours (set by replication)
        Monitor = 1u << 2,         // MONITOR
        Multi = 1u << 3,           // inside MULTI
        DirtyCas = 1u << 4,        // a WATCHed key changed: EXEC fails
        DirtyExec = 1u << 5,       // a command failed while queueing: EXEC aborts
        CloseAfterReply = 1u << 6, // QUIT, protocol errors
        Blocked = 1u << 7,         // waiting in BLPOP & co.
        CloseAsap = 1u << 8,       // CLIENT KILL, output limits
        Fake = 1u << 9,            // no connection
        PubSub = 1u << 10,         // has subscriptions (RESP2: only (P)(UN)SUBSCRIBE, PING...)
        NoEvict = 1u << 11,
        ExecutingQueued = 1u << 12, // EXEC is running the queue
    };

    Client(Server &server, uint64_t id, Connection *connection);
    ~Client();
    Client(const Client &) = delete;
    Client &operator=(const Client &) = delete;

    Server &server() const { return m_server; }
    uint64_t id() const { return m_id; }
    Connection *connection() const { return m_connection; }
    bool hasFlag(Flag f) const { return (flags & f) != 0; }
    void setFlag(Flag f, bool on = true) { flags = on ? (flags | f) : (flags & ~uint32_t(f)); }

    ReplyBuffer &reply() { return m_reply; }
    // Appends bytes to the output and asks the server to send them soon.
    void sendRaw(std::string_view bytes);
    // Bytes waiting to be sent (reply buffer plus the connection's in-flight write).
    size_t pendingOutputBytes() const;
    // Closes the connection after the pending replies are sent (or at once if asap).
    void close(bool asap = false);

    // "127.0.0.1:53412" / the local address; "" for fake clients.
    std::string peerAddress;
    std::string localAddress;
    std::string name; // CLIENT SETNAME
    int dbIndex = 0;
    bool authenticated = false;
    int resp = 2;
    uint32_t flags = 0;
    int64_t createdMs = 0;
    int64_t lastInteractionMs = 0;

    Argv argv; // the command being run
    const CommandSpec *lastCommand = nullptr;

    // MULTI: queued commands.
    std::vector<Argv> multiQueue;
    // WATCH: (db, key) pairs this client watches.
    std::vector<std::pair<int, std::string>> watchedKeys;

    // Pub/sub (maintained by the pub/sub commands).
    std::unordered_set<std::string> channels;
    std::unordered_set<std::string> patterns;
    size_t subscriptionCount() const { return channels.size() + patterns.size(); }

    // Blocking state (core/blocking.cpp).
    struct BlockState;
    std::unique_ptr<BlockState> block;

    // Output buffer soft limit bookkeeping.
    int64_t softLimitReachedMs = 0;
    // Already in the server's list of clients with replies to send.
    bool pendingWrite = false;
    // Query buffer size as last seen by the connection (CLIENT LIST qbuf).
    size_t queryBufferBytes = 0;
    // Replication may hang its per-replica state here.
    std::shared_ptr<void> replicationState;

private:
    Server &m_server;
    uint64_t m_id;
    Connection *m_connection;
    ReplyBuffer m_reply;
};

} // namespace rd
