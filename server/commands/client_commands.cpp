// CLIENT ID SETNAME GETNAME LIST INFO KILL NO-EVICT REPLY UNBLOCK HELP, in Redis 7.0's formats.
#include "commands/command_context.h"
#include "commands/help_reply.h"
#include "core/blocking.h"
#include "core/server.h"
#include "net/connection.h"
#include "util/numbers.h"

#include <strings.h>

namespace rd {

namespace {

bool equalsNoCase(std::string_view a, const char *b)
{
    return a.size() == std::char_traits<char>::length(b) && strncasecmp(a.data(), b, a.size()) == 0;
}

std::string clientFlags(const Client &c)
{
    std::string f;
    if (c.hasFlag(Client::Replica))
        f += c.hasFlag(Client::Monitor) ? "O" : "S";
    else if (c.hasFlag(Client::Monitor))
        f += 'O';
    if (c.hasFlag(Client::Master))
        f += 'M';
    if (c.subscriptionCount() > 0)
        f += 'P';
    if (c.hasFlag(Client::Multi))
        f += 'x';
    if (c.hasFlag(Client::Blocked))
        f += 'b';
    if (c.hasFlag(Client::DirtyCas))
        f += 'd';
    if (c.hasFlag(Client::CloseAfterReply))
        f += 'c';
    if (c.hasFlag(Client::CloseAsap))
        f += 'A';
    if (c.hasFlag(Client::NoEvict))
        f += 'e';
    if (f.empty())
        f = "N";
    return f;
}

// One CLIENT LIST line (without the trailing newline), field for field as Redis 7.0.
std::string clientInfoLine(Server &server, Client &c)
{
    const int64_t now = server.keyspace().now();
    Connection *conn = c.connection();
    const size_t qbuf = conn ? conn->queryBufferBytes() : 0;
    const size_t qcap = conn ? conn->queryBufferCapacity() : 0;
    const size_t obl = c.reply().size();
    const size_t omem = c.pendingOutputBytes();
    size_t multiMem = 0;
    for (const Argv &a : c.multiQueue)
        multiMem += a.memoryUsage();
    const size_t argvMem = c.argv.memoryUsage();
    std::string cmd = c.lastCommand ? c.lastCommand->fullName : "NULL";
    std::string s;
    s.reserve(320);
    s += "id=" + std::to_string(c.id());
    s += " addr=" + c.peerAddress;
    s += " laddr=" + c.localAddress;
    s += " fd=" + std::to_string(conn ? conn->fd() : -1);
    s += " name=" + c.name;
    s += " age=" + std::to_string((now - c.createdMs) / 1000);
    s += " idle=" + std::to_string((now - c.lastInteractionMs) / 1000);
    s += " flags=" + clientFlags(c);
    s += " db=" + std::to_string(c.dbIndex);
    s += " sub=" + std::to_string(c.channels.size());
    s += " psub=" + std::to_string(c.patterns.size());
    s += " ssub=0";
    s += " multi=" + std::to_string(c.hasFlag(Client::Multi) ? int64_t(c.multiQueue.size()) : -1);
    s += " qbuf=" + std::to_string(qbuf);
    s += " qbuf-free=" + std::to_string(qcap > qbuf ? qcap - qbuf : 0);
    s += " argv-mem=" + std::to_string(argvMem);
    s += " multi-mem=" + std::to_string(multiMem);
    s += " rbs=" + std::to_string(c.reply().bytes().capacity());
    s += " rbp=" + std::to_string(obl);
    s += " obl=" + std::to_string(obl);
    s += " oll=0";
    s += " omem=" + std::to_string(omem);
    s += " tot-mem=" + std::to_string(qcap + argvMem + multiMem + c.reply().bytes().capacity() +
                                      omem + sizeof(Client));
    s += " events=r";
    s += (conn && conn->pendingWriteBytes() ? "w" : "");
    s += " cmd=" + cmd;
    s += " user=default redir=-1 resp=" + std::to_string(c.resp);
    return s;
}

void clientIdCommand(CommandContext &ctx)
{
    ctx.reply.integer(int64_t(ctx.client.id()));
}

void clientSetnameCommand(CommandContext &ctx)
{
    const std::string &name = ctx.argv[2];
    for (char c : name)
        if (c < '!' || c > '~')
            return ctx.replyError(
                "Client names cannot contain spaces, newlines or special characters.");
    ctx.client.name = name;
    ctx.reply.ok();
}

void clientGetnameCommand(CommandContext &ctx)
{
    if (ctx.client.name.empty())
        ctx.reply.nullBulk();
    else
        ctx.reply.bulk(ctx.client.name);
}

bool clientMatchesType(const Client &c, std::string_view type)
{
    if (equalsNoCase(type, "normal"))
        return !(c.flags & (Client::Replica | Client::Master)) && c.subscriptionCount() == 0;
    if (equalsNoCase(type, "replica") || equalsNoCase(type, "slave"))
        return c.hasFlag(Client::Replica);
    if (equalsNoCase(type, "pubsub"))
        return c.subscriptionCount() > 0;
    if (equalsNoCase(type, "master"))
        return c.hasFlag(Client::Master);
    return false;
}

bool isClientType(std::string_view type)
{
    for (const char *t : {"normal", "replica", "slave", "pubsub", "master"})
        if (equalsNoCase(type, t))
            return true;
    return false;
}

void clientListCommand(CommandContext &ctx)
{
    std::string type;
    std::vector<uint64_t> ids;
    if (ctx.argv.size() >= 4 && equalsNoCase(ctx.argv[2], "type") && ctx.argv.size() == 4) {
        type = ctx.argv[3];
        if (!isClientType(type))
            return ctx.replyError("Unknown client type '" + type + "'");
    } else if (ctx.argv.size() >= 4 && equalsNoCase(ctx.argv[2], "id")) {
        for (size_t i = 3; i < ctx.argv.size(); ++i) {
            int64_t id;
            if (!parseInt64(ctx.argv[i], id) || id <= 0)
                return ctx.replyError("Invalid client ID");
            ids.push_back(uint64_t(id));
        }
    } else if (ctx.argv.size() != 2) {
        return ctx.replySyntaxError();
    }
    std::string out;
    ctx.server.forEachClient([&](Client &c) {
        if (!type.empty() && !clientMatchesType(c, type))
            return;
        if (!ids.empty() && std::find(ids.begin(), ids.end(), c.id()) == ids.end())
            return;
        out += clientInfoLine(ctx.server, c);
        out += '\n';
    });
    ctx.reply.bulk(out);
}

void clientInfoCommand(CommandContext &ctx)
{
    ctx.reply.bulk(clientInfoLine(ctx.server, ctx.client) + "\n");
}

void killClient(CommandContext &ctx, Client &target)
{
    // The caller's own connection closes after this reply; others close right away.
    if (&target == &ctx.client)
        target.setFlag(Client::CloseAfterReply);
    else
        target.close(true);
}

void clientKillCommand(CommandContext &ctx)
{
    if (ctx.argv.size() == 3) {
        // Old form: CLIENT KILL addr:port
        Client *found = nullptr;
        ctx.server.forEachClient([&](Client &c) {
            if (!found && c.peerAddress == ctx.argv[2])
                found = &c;
        });
        if (!found)
            return ctx.replyError("No such client");
        killClient(ctx, *found);
        ctx.reply.ok();
        return;
    }
    if (ctx.argv.size() % 2 != 0)
        return ctx.replySyntaxError();
    int64_t id = 0;
    std::string addr, laddr, type;
    bool skipMe = true;
    for (size_t i = 2; i < ctx.argv.size(); i += 2) {
        const std::string &opt = ctx.argv[i];
        const std::string &val = ctx.argv[i + 1];
        if (equalsNoCase(opt, "id")) {
            if (!parseInt64(val, id) || id <= 0)
                return ctx.replyError("client-id should be greater than 0");
        } else if (equalsNoCase(opt, "type")) {
            if (!isClientType(val))
                return ctx.replyError("Unknown client type '" + val + "'");
            type = val;
        } else if (equalsNoCase(opt, "addr")) {
            addr = val;
        } else if (equalsNoCase(opt, "laddr")) {
            laddr = val;
        } else if (equalsNoCase(opt, "skipme")) {
            if (equalsNoCase(val, "yes"))
                skipMe = true;
            else if (equalsNoCase(val, "no"))
                skipMe = false;
            else
                return ctx.replySyntaxError();
        } else if (equalsNoCase(opt, "user")) {
            if (val != "default")
                return ctx.replyError("No such user '" + val + "'");
        } else {
            return ctx.replySyntaxError();
        }
    }
    std::vector<Client *> victims;
    ctx.server.forEachClient([&](Client &c) {
        if (id && c.id() != uint64_t(id))
            return;
        if (!addr.empty() && c.peerAddress != addr)
            return;
        if (!laddr.empty() && c.localAddress != laddr)
            return;
        if (!type.empty() && !clientMatchesType(c, type))
            return;
        if (skipMe && &c == &ctx.client)
            return;
        victims.push_back(&c);
    });
    for (Client *c : victims)
        killClient(ctx, *c);
    ctx.reply.integer(int64_t(victims.size()));
}

void clientNoEvictCommand(CommandContext &ctx)
{
    if (equalsNoCase(ctx.argv[2], "on"))
        ctx.client.setFlag(Client::NoEvict, true);
    else if (equalsNoCase(ctx.argv[2], "off"))
        ctx.client.setFlag(Client::NoEvict, false);
    else
        return ctx.replySyntaxError();
    ctx.reply.ok();
}

void clientUnblockCommand(CommandContext &ctx)
{
    int64_t id;
    if (!parseInt64(ctx.argv[2], id))
        return ctx.replyError(StoreStatus::NotInteger);
    bool error = false;
    if (ctx.argv.size() == 4) {
        if (equalsNoCase(ctx.argv[3], "error"))
            error = true;
        else if (!equalsNoCase(ctx.argv[3], "timeout"))
            return ctx.replyError("CLIENT UNBLOCK reason should be TIMEOUT or ERROR");
    }
    Client *target = ctx.server.findClient(uint64_t(id));
    if (!target)
        return ctx.reply.integer(0);
    if (!target->block) {
        const auto &other = ctx.server.blocking().unblockOther;
        return ctx.reply.integer(target->hasFlag(Client::Blocked) && other &&
                                 other(*target, error));
    }
    if (error)
        target->reply().error("-UNBLOCKED client unblocked via CLIENT UNBLOCK");
    else if (target->block->onTimeout == BlockTimeoutReply::NullArray)
        target->reply().nullArray();
    else
        target->reply().nullBulk();
    unblockClient(ctx.server, *target);
    ctx.server.scheduleWrite(*target);
    ctx.reply.integer(1);
}

void clientHelpCommand(CommandContext &ctx)
{
    static const char *lines[] = {"CLIENT <subcommand> [<arg> [value] [opt] ...]. Subcommands are:",
                                  "GETNAME",
                                  "    Return the name of the current connection.",
                                  "ID",
                                  "    Return the ID of the current connection.",
                                  "INFO",
                                  "    Return information about the current client connection.",
                                  "KILL <ip:port>",
                                  "    Kill connection made from <ip:port>.",
                                  "KILL <option> <value> [<option> <value> [...]]",
                                  "    Kill connections. Options are:",
                                  "    * ADDR (<ip:port>|<unixsocket>:0)",
                                  "      Kill connections made from the specified address",
                                  "    * LADDR (<ip:port>|<unixsocket>:0)",
                                  "      Kill connections made to specified local address",
                                  "    * TYPE (NORMAL|MASTER|REPLICA|PUBSUB)",
                                  "      Kill connections by type.",
                                  "    * USER <username>",
                                  "      Kill connections authenticated by <username>.",
                                  "    * SKIPME (YES|NO)",
                                  "      Skip killing current connection (default: yes).",
                                  "    * ID <client-id>",
                                  "      Kill connections by client id.",
                                  "LIST [options ...]",
                                  "    Return information about client connections. Options:",
                                  "    * TYPE (NORMAL|MASTER|REPLICA|PUBSUB)",
                                  "      Return clients of specified type.",
                                  "UNBLOCK <clientid> [TIMEOUT|ERROR]",
                                  "    Unblock the specified blocked client.",
                                  "SETNAME <name>",
                                  "    Assign the name <name> to the current connection.",
                                  "NO-EVICT (ON|OFF)",
                                  "    Protect current client connection from eviction.",
                                  "HELP",
                                  "    Prints this help."};
    replyHelp(ctx, lines);
}

} // namespace

void registerClientCommands(CommandTable &t)
{
    t.add({"client", nullptr, -2, "", 0, 0, 0, "connection",
           "A container for client connection commands.", "2.4.0"});
    t.addSubcommand("client",
                    {"id", clientIdCommand, 2, "noscript loading stale", 0, 0, 0, "connection",
                     "Returns the unique client ID of the connection.", "5.0.0"});
    t.addSubcommand("client", {"setname", clientSetnameCommand, 3, "noscript loading stale", 0, 0,
                               0, "connection", "Sets the connection name.", "2.6.9"});
    t.addSubcommand("client", {"getname", clientGetnameCommand, 2, "noscript loading stale", 0, 0,
                               0, "connection", "Returns the name of the connection.", "2.6.9"});
    t.addSubcommand("client", {"list", clientListCommand, -2, "admin noscript loading stale", 0, 0,
                               0, "connection", "Lists open connections.", "2.4.0"});
    t.addSubcommand("client", {"info", clientInfoCommand, 2, "noscript loading stale", 0, 0, 0,
                               "connection", "Returns information about the connection.", "6.2.0"});
    t.addSubcommand("client", {"kill", clientKillCommand, -3, "admin noscript loading stale", 0, 0,
                               0, "connection", "Terminates open connections.", "2.4.0"});
    t.addSubcommand("client",
                    {"no-evict", clientNoEvictCommand, 3, "admin noscript loading stale", 0, 0, 0,
                     "connection", "Sets the client eviction mode of the connection.", "7.0.0"});
    t.addSubcommand(
        "client",
        {"unblock", clientUnblockCommand, -3, "admin noscript loading stale", 0, 0, 0, "connection",
         "Unblocks a client blocked by a blocking command from a different connection.", "5.0.0"});
    t.addSubcommand("client", {"help", clientHelpCommand, 2, "loading stale", 0, 0, 0, "connection",
                               "Returns helpful text about the different subcommands.", "5.0.0"});
}

} // namespace rd
