// Every command family registers here: one declaration and one call per family file.
#include "commands/command_table.h"

namespace rd {

void registerConnectionCommands(CommandTable &t);
void registerTypeCommands(CommandTable &t); // list, hash, set, zset, pub/sub (h-types)
void registerPersistenceCommands(CommandTable &t); // SAVE BGSAVE LASTSAVE DUMP RESTORE (h-rdb)

void registerAllCommands(CommandTable &t)
{
    registerConnectionCommands(t);
    registerTypeCommands(t);
    registerPersistenceCommands(t);
}

} // namespace rd
