#include "replication/master_handshake.h"

#include "replication/replication_ids.h"
#include "replication/replication_stream.h"

#include <charconv>

namespace rd::repl {

namespace {

using Action = MasterHandshake::Action;
using Kind = Action::Kind;

Action act(Kind kind, std::string bytes = {})
{
    Action a;
    a.kind = kind;
    a.bytes = std::move(bytes);
    return a;
}

bool startsWith(std::string_view s, std::string_view prefix)
{
    return s.substr(0, prefix.size()) == prefix;
}

std::string command(std::initializer_list<std::string> argv)
{
    return encodeMultibulk(std::span<const std::string>(argv.begin(), argv.size()));
}

} // namespace

MasterHandshake::MasterHandshake(ReplStateMachine &machine, LogSink log, HandshakeConfig config)
    : m_machine(machine)
    , m_log(std::move(log))
    , m_config(std::move(config))
{
}

void MasterHandshake::log(LogLevel level, const std::string &message)
{
    if (m_log)
        m_log(level, message);
}

MasterHandshake::Action MasterHandshake::fail(std::string reason)
{
    // Not logged here: the link logs it when it moves back to `connect`.
    Action a = act(Kind::Fail);
    a.reason = std::move(reason);
    return a;
}

MasterHandshake::Action MasterHandshake::onConnected()
{
    m_machine.transitionTo(ReplState::ReceivePingReply,
                           "Non blocking connect for SYNC fired the event.");
    return act(Kind::Send, "*1\r\n$4\r\nPING\r\n");
}

MasterHandshake::Action MasterHandshake::onLine(std::string_view line)
{
    if (line.empty()) // a keepalive newline; the master may send them while it prepares
        return act(Kind::Wait);
    switch (m_machine.state()) {
    case ReplState::ReceivePingReply:
        return onPingReply(line);
    case ReplState::ReceiveAuthReply:
        return onAuthReply(line);
    case ReplState::ReceivePortReply:
        return onReplconfReply(line, "listening-port",
                               m_config.announceIp.empty() ? ReplState::ReceiveCapaReply
                                                           : ReplState::ReceiveIpReply);
    case ReplState::ReceiveIpReply:
        return onReplconfReply(line, "ip-address", ReplState::ReceiveCapaReply);
    case ReplState::ReceiveCapaReply:
        return onReplconfReply(line, "capa", ReplState::SendPsync);
    case ReplState::ReceivePsyncReply:
        return onPsyncReply(line);
    default:
        return fail("Unexpected reply from master during the handshake in state " +
                    std::string(stateName(m_machine.state())) + ": " + std::string(line));
    }
}

MasterHandshake::Action MasterHandshake::onPingReply(std::string_view line)
{
    // -NOAUTH and friends are fine here: AUTH follows in the handshake.
    if (line[0] != '+' && !startsWith(line, "-NOAUTH") && !startsWith(line, "-NOPERM") &&
        !startsWith(line, "-ERR operation not permitted"))
        return fail("Error reply to PING from master: '" + std::string(line) + "'");
    m_machine.transitionTo(ReplState::SendHandshake,
                           "Master replied to PING, replication can continue...");
    return sendHandshake();
}

MasterHandshake::Action MasterHandshake::sendHandshake()
{
    std::string bytes;
    std::string sent;
    if (!m_config.masterAuth.empty()) {
        bytes += m_config.masterUser.empty()
                     ? command({"AUTH", m_config.masterAuth})
                     : command({"AUTH", m_config.masterUser, m_config.masterAuth});
        sent += "AUTH, ";
    }
    bytes += command({"REPLCONF", "listening-port", std::to_string(m_config.listeningPort)});
    sent += "REPLCONF listening-port " + std::to_string(m_config.listeningPort) + ", ";
    if (!m_config.announceIp.empty()) {
        bytes += command({"REPLCONF", "ip-address", m_config.announceIp});
        sent += "REPLCONF ip-address " + m_config.announceIp + ", ";
    }
    bytes += command({"REPLCONF", "capa", "eof", "capa", "psync2"});
    sent += "REPLCONF capa eof capa psync2";
    m_machine.transitionTo(m_config.masterAuth.empty() ? ReplState::ReceivePortReply
                                                       : ReplState::ReceiveAuthReply,
                           "Handshake sent: " + sent, LogLevel::Verbose);
    return act(Kind::Send, std::move(bytes));
}

MasterHandshake::Action MasterHandshake::onAuthReply(std::string_view line)
{
    if (line[0] == '-')
        return fail("Unable to AUTH to MASTER: " + std::string(line));
    m_machine.transitionTo(ReplState::ReceivePortReply, "Master accepted AUTH", LogLevel::Verbose);
    return act(Kind::Wait);
}

MasterHandshake::Action MasterHandshake::onReplconfReply(std::string_view line, const char *option,
                                                         ReplState next)
{
    if (line[0] == '-')
        log(LogLevel::Notice, std::string("(Non critical) Master does not understand REPLCONF ") +
                                  option + ": " + std::string(line));
    if (next != ReplState::SendPsync) {
        m_machine.transitionTo(next, std::string("Master replied to REPLCONF ") + option,
                               LogLevel::Verbose);
        return act(Kind::Wait);
    }
    m_machine.transitionTo(ReplState::SendPsync, "Master replied to REPLCONF capa",
                           LogLevel::Verbose);
    return sendPsync();
}

MasterHandshake::Action MasterHandshake::sendPsync()
{
    if (m_config.cached) {
        const std::string offset = std::to_string(m_config.cached->offset + 1);
        m_machine.transitionTo(ReplState::ReceivePsyncReply,
                               "Trying a partial resynchronization (request " +
                                   m_config.cached->replid + ":" + offset + ").");
        return act(Kind::Send, command({"PSYNC", m_config.cached->replid, offset}));
    }
    m_machine.transitionTo(ReplState::ReceivePsyncReply,
                           "Partial resynchronization not possible (no cached master)");
    return act(Kind::Send, command({"PSYNC", "?", "-1"}));
}

MasterHandshake::Action MasterHandshake::onPsyncReply(std::string_view line)
{
    if (startsWith(line, "+FULLRESYNC")) {
        // "+FULLRESYNC <40-char id> <offset>"
        const std::string_view rest = line.size() > 12 ? line.substr(12) : std::string_view();
        const auto space = rest.find(' ');
        std::int64_t offset = -1;
        if (space == kReplIdLength) {
            const std::string_view off = rest.substr(space + 1);
            auto [p, ec] = std::from_chars(off.data(), off.data() + off.size(), offset);
            if (ec != std::errc() || p != off.data() + off.size())
                offset = -1;
        }
        if (space != kReplIdLength || offset < 0)
            return fail("Master replied with wrong +FULLRESYNC syntax.");
        Action a = act(Kind::FullResync);
        a.replid = std::string(rest.substr(0, kReplIdLength));
        a.offset = offset;
        m_machine.transitionTo(ReplState::Transfer, "Full resync from master: " + a.replid + ":" +
                                                        std::to_string(offset));
        return a;
    }
    if (startsWith(line, "+CONTINUE")) {
        log(LogLevel::Notice, "Successful partial resynchronization with master.");
        Action a = act(Kind::Continue);
        const std::string_view id = line.size() > 10 ? line.substr(10) : std::string_view();
        if (id.size() == kReplIdLength && m_config.cached && id != m_config.cached->replid) {
            a.replid = std::string(id);
            a.idChanged = true;
            log(LogLevel::Warning, "Master replication ID changed to " + a.replid);
        }
        m_machine.transitionTo(
            ReplState::Connected,
            "MASTER <-> REPLICA sync: Master accepted a Partial Resynchronization.");
        return a;
    }
    if (startsWith(line, "-NOMASTERLINK") || startsWith(line, "-LOADING"))
        return fail("Master is currently unable to PSYNC but should be in the future: " +
                    std::string(line));
    if (startsWith(line, "-ERR"))
        log(LogLevel::Warning, "Master does not support PSYNC or is in error state (reply: " +
                                   std::string(line) + ")");
    else
        log(LogLevel::Warning, "Unexpected reply to PSYNC from master: " + std::string(line));
    // Like Redis: fall back to the old protocol on the same socket; its payload has no
    // +FULLRESYNC line, so the id and offset are unknown until the RDB's aux fields say.
    m_machine.transitionTo(ReplState::Transfer, "Retrying with SYNC...");
    Action a = act(Kind::FullResync, "SYNC\r\n");
    a.offset = -1;
    return a;
}

} // namespace rd::repl
