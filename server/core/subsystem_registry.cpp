// One line per subsystem that hooks into a starting server (see core/subsystems.h). Keep the
// order: persistence loads the dataset before replication starts its link.
#include "core/subsystems.h"

namespace rd {

void installTypeSubsystems(Server &server); // encoding limits, pub/sub (h-types)
namespace persistence {
void installPersistence(Server &server); // loads the RDB, save rules, INFO persistence (h-rdb)
}
namespace repl {
void installReplication(Server &server);
}

void installSubsystems(Server &server)
{
    installTypeSubsystems(server);
    persistence::installPersistence(server);
    repl::installReplication(server);
}

} // namespace rd
