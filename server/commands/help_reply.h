#pragma once
// The reply of the "<COMMAND> HELP" subcommands: one status line per text line, as Redis's
// addReplyHelp writes them.
#include "commands/command_context.h"

#include <initializer_list>
#include <span>

namespace rd {

inline void replyHelp(CommandContext &ctx, std::span<const char *const> lines)
{
    ctx.reply.arrayHeader(lines.size());
    for (const char *l : lines)
        ctx.reply.status(l);
}

inline void replyHelp(CommandContext &ctx, std::initializer_list<const char *> lines)
{
    replyHelp(ctx, std::span<const char *const>(lines.begin(), lines.size()));
}

} // namespace rd
