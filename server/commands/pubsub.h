#pragma once
// What other subsystems may ask pub/sub (commands/pubsub_commands.cpp): INFO's pubsub_channels
// and pubsub_patterns count distinct channels and patterns with at least one subscriber, as
// Redis 7.0 does (not the sum over clients).
#include <cstddef>

namespace rd {

class Server;

size_t pubsubChannelCount(Server &server);
size_t pubsubPatternCount(Server &server);

} // namespace rd
