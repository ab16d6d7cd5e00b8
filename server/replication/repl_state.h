#pragma once
// The replica side of a master link, named exactly as Redis 7.0 names it (src/server.h,
// repl_state), so INFO, ROLE, the logs and the app's state diagram share one vocabulary.
#include <cstdint>
#include <optional>
#include <string_view>

namespace rd::repl {

enum class ReplState : std::uint8_t {
    None,              // not a replica
    Connect,           // must connect; the 1 Hz cron (or a backoff timer) retries
    Connecting,        // non-blocking connect in flight
    ReceivePingReply,  // PING sent, waiting for +PONG (or -NOAUTH, which AUTH will fix)
    SendHandshake,     // about to write AUTH and the REPLCONFs in one burst
    ReceiveAuthReply,  // skipped without masterauth
    ReceivePortReply,  // reply to REPLCONF listening-port
    ReceiveIpReply,    // skipped unless replica-announce-ip is set
    ReceiveCapaReply,  // reply to REPLCONF capa eof capa psync2
    SendPsync,         // about to send PSYNC <id> <offset> (or ? -1)
    ReceivePsyncReply, // waiting for +FULLRESYNC / +CONTINUE
    Transfer,          // receiving the RDB payload
    Connected,         // applying the command stream
};

inline constexpr int kReplStateCount = static_cast<int>(ReplState::Connected) + 1;

// Redis's lowercase name: "connect", "receive_ping_reply", "transfer", ...
std::string_view stateName(ReplState state);
std::optional<ReplState> stateFromName(std::string_view name);

// The coarse name ROLE reports: none, connect, connecting, handshake, sync, connected.
std::string_view roleStateName(ReplState state);

// States 3..10 of Redis's enum: everything between the TCP connect and the payload.
bool isHandshakeState(ReplState state);

} // namespace rd::repl
