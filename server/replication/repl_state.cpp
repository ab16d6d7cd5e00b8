#include "replication/repl_state.h"

#include <array>

namespace rd::repl {

namespace {

constexpr std::array<std::string_view, kReplStateCount> kNames = {
    "none",
    "connect",
    "connecting",
    "receive_ping_reply",
    "send_handshake",
    "receive_auth_reply",
    "receive_port_reply",
    "receive_ip_reply",
    "receive_capa_reply",
    "send_psync",
    "receive_psync_reply",
    "transfer",
    "connected",
};

} // namespace

std::string_view stateName(ReplState state)
{
    return kNames[static_cast<std::size_t>(state)];
}

std::optional<ReplState> stateFromName(std::string_view name)
{
    for (std::size_t i = 0; i < kNames.size(); ++i) {
        if (kNames[i] == name)
            return static_cast<ReplState>(i);
    }
    return std::nullopt;
}

bool isHandshakeState(ReplState state)
{
    return state >= ReplState::ReceivePingReply && state <= ReplState::ReceivePsyncReply;
}

std::string_view roleStateName(ReplState state)
{
    switch (state) {
    case ReplState::None:
        return "none";
    case ReplState::Connect:
        return "connect";
    case ReplState::Connecting:
        return "connecting";
    case ReplState::Transfer:
        return "sync";
    case ReplState::Connected:
        return "connected";
    default:
        return "handshake";
    }
}

} // namespace rd::repl
