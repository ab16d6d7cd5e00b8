#pragma once
// installSubsystems(server): the one place where optional subsystems (persistence,
// replication, pub/sub) attach their hooks to a starting server. Called by Server::start()
// after the listeners are open and before "Ready to accept connections" (so an RDB is loaded
// before clients are served). Each owner adds one line in subsystem_registry.cpp.
namespace rd {

class Server;
void installSubsystems(Server &server);

} // namespace rd
