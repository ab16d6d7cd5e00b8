// The data-type families (h-types) in one registration call for command_registry.cpp.
#include "commands/command_table.h"

namespace rd {

void registerListCommands(CommandTable &t);
void registerHashCommands(CommandTable &t);
void registerSetCommands(CommandTable &t);
void registerZSetCommands(CommandTable &t);
void registerPubSubCommands(CommandTable &t);

void registerTypeCommands(CommandTable &t)
{
    registerListCommands(t);
    registerHashCommands(t);
    registerSetCommands(t);
    registerZSetCommands(t);
    registerPubSubCommands(t);
}

} // namespace rd
