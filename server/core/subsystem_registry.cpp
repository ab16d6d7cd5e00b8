// One line per subsystem that hooks into a starting server (see core/subsystems.h). Keep the
// order: persistence loads the dataset before replication starts its link.
#include "core/subsystems.h"

namespace rd {

void installTypeSubsystems(Server &server); // encoding limits, pub/sub (h-types)

void installSubsystems(Server &server)
{
    installTypeSubsystems(server);
}

} // namespace rd
