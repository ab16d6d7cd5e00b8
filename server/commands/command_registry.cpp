// Every command family registers here: one declaration and one call per family file.
#include "commands/command_table.h"

namespace rd {

void registerConnectionCommands(CommandTable &t);
void registerTypeCommands(CommandTable &t); // list, hash, set, zset, pub/sub (h-types)
void registerServerCommands(CommandTable &t);
void registerConfigCommands(CommandTable &t);
void registerClientCommands(CommandTable &t);
void registerCommandCommands(CommandTable &t);
void registerDebugCommands(CommandTable &t);
void registerKeyCommands(CommandTable &t);
void registerStringCommands(CommandTable &t);
void registerTransactionCommands(CommandTable &t);
void registerPersistenceCommands(CommandTable &t); // SAVE BGSAVE LASTSAVE DUMP RESTORE (h-rdb)
namespace repl {
void registerReplicationCommands(CommandTable &t);
}

void registerAllCommands(CommandTable &t)
{
    registerConnectionCommands(t);
    registerTypeCommands(t);
    registerServerCommands(t);
    registerConfigCommands(t);
    registerClientCommands(t);
    registerCommandCommands(t);
    registerDebugCommands(t);
    registerKeyCommands(t);
    registerStringCommands(t);
    registerTransactionCommands(t);
    registerPersistenceCommands(t);
    repl::registerReplicationCommands(t);
}

} // namespace rd
