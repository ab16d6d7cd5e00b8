#pragma once
// The replica's side of the handshake with its master, as Redis 7.0 runs it
// (syncWithMaster / slaveTryPartialResynchronization): PING, then AUTH and the REPLCONFs in one
// pipelined burst, one reply read per sub-state, then PSYNC. Pure: the link hands it reply
// lines and writes the bytes it returns; every state change goes through the state machine.
#include "replication/repl_state_machine.h"

#include <optional>
#include <string>
#include <string_view>

namespace rd::repl {

// What a replica remembers of a master it lost, to ask for the missing bytes only.
struct CachedMaster
{
    std::string replid;
    std::int64_t offset = 0; // last applied stream byte (reploff)
    int db = 0;
};

struct HandshakeConfig
{
    std::string masterUser; // masteruser
    std::string masterAuth; // masterauth
    int listeningPort = 0;  // replica-announce-port, else port
    std::string announceIp; // replica-announce-ip
    std::optional<CachedMaster> cached;
};

class MasterHandshake
{
public:
    struct Action
    {
        enum class Kind {
            Wait,       // read the next reply line
            Send,       // write `bytes`, then read the next reply line
            Fail,       // drop the link and log `reason` (Redis's line); retry after backoff
            FullResync, // +FULLRESYNC (or the SYNC fallback): the payload follows; state is
                        // Transfer
            Continue,   // +CONTINUE: the stream follows; state is Connected
        };
        Kind kind = Kind::Wait;
        std::string bytes;
        std::string reason;
        std::string replid;      // FullResync: the master's id (empty after a SYNC fallback)
        std::int64_t offset = 0; // FullResync: the master offset the snapshot corresponds to
        bool idChanged = false;  // Continue: the master announced a new id
    };

    MasterHandshake(ReplStateMachine &machine, LogSink log, HandshakeConfig config);

    // The TCP connect completed: returns PING (state ReceivePingReply).
    Action onConnected();
    // One reply line, without the trailing CRLF.
    Action onLine(std::string_view line);

    const HandshakeConfig &config() const { return m_config; }

private:
    Action onPingReply(std::string_view line);
    Action sendHandshake();
    Action onAuthReply(std::string_view line);
    Action onReplconfReply(std::string_view line, const char *option, ReplState next);
    Action sendPsync();
    Action onPsyncReply(std::string_view line);
    Action fail(std::string reason);
    void log(LogLevel level, const std::string &message);

    ReplStateMachine &m_machine;
    LogSink m_log;
    HandshakeConfig m_config;
};

} // namespace rd::repl
