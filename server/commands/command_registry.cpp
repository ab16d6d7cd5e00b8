// Every command family registers here: one declaration and one call per family file.
#include "commands/command_table.h"

namespace rd {

void registerConnectionCommands(CommandTable &t);

void registerAllCommands(CommandTable &t)
{
    registerConnectionCommands(t);
}

} // namespace rd
