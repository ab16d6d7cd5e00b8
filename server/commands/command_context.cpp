#include "commands/command_context.h"

#include "commands/status_errors.h"
#include "core/blocking.h"
#include "core/server.h"
#include "util/numbers.h"

namespace rd {

CommandContext::CommandContext(Server &s, Client &c, const CommandSpec &command)
    : server(s)
    , client(c)
    , argv(c.argv)
    , reply(c.reply())
    , cmd(command)
{
}

Database &CommandContext::db()
{
    return server.keyspace().db(client.dbIndex);
}

Keyspace &CommandContext::keyspace()
{
    return server.keyspace();
}

const Config &CommandContext::config() const
{
    return server.config();
}

int64_t CommandContext::now() const
{
    return server.keyspace().now();
}

void CommandContext::keyModified(std::string_view key, int64_t changes)
{
    keyModified(client.dbIndex, key, changes);
}

void CommandContext::keyModified(int dbIndex, std::string_view key, int64_t changes)
{
    server.addDirty(changes);
    server.signalModifiedKey(dbIndex, key);
}

void CommandContext::addDirty(int64_t changes)
{
    server.addDirty(changes);
}

void CommandContext::propagateAs(std::span<const std::string> newArgv)
{
    m_propagateArgv.assign(newArgv);
    m_hasPropagateAs = true;
}

void CommandContext::propagateAs(std::initializer_list<std::string_view> newArgv)
{
    m_propagateArgv.clear();
    for (std::string_view a : newArgv)
        m_propagateArgv.push(a);
    m_hasPropagateAs = true;
}

void CommandContext::alsoPropagate(int dbIndex, std::span<const std::string> extraArgv)
{
    server.propagate(dbIndex, extraArgv);
}

void CommandContext::alsoPropagate(int dbIndex, std::initializer_list<std::string_view> extraArgv)
{
    Argv a;
    for (std::string_view s : extraArgv)
        a.push(s);
    server.propagate(dbIndex, a.span());
}

bool CommandContext::canBlock() const
{
    return client.connection() != nullptr && !client.hasFlag(Client::ExecutingQueued) &&
           !client.hasFlag(Client::Multi);
}

void CommandContext::blockOnKeys(std::span<const std::string> keys, int64_t timeoutMs,
                                 BlockTimeoutReply onTimeout)
{
    blockClient(server, client, client.dbIndex, keys, timeoutMs, onTimeout);
}

bool CommandContext::reprocessingBlocked() const
{
    return client.block != nullptr;
}

void CommandContext::replyError(StoreStatus status)
{
    replyStatusError(reply, status);
}

void CommandContext::replyWrongArity()
{
    reply.error("wrong number of arguments for '" + cmd.fullName + "' command");
}

bool CommandContext::intArg(size_t index, int64_t &out)
{
    if (parseInt64(argv[index], out))
        return true;
    replyError(StoreStatus::NotInteger);
    return false;
}

} // namespace rd
