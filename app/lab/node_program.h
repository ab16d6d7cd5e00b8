#pragma once
// Which server program a lab node runs: our replicadesk-node, or Debian's redis-server when the
// user picks it (mixed labs). Both read the same redis.conf directives.
#include <QString>
#include <optional>

enum class NodeProgram { ReplicaDeskNode, RedisServer };

// Stable key for lab files: "replicadesk-node" / "redis-server".
QString nodeProgramKey(NodeProgram program);
std::optional<NodeProgram> nodeProgramFromKey(const QString &key);

// Absolute path of the program, or empty when it is not installed. replicadesk-node is looked up
// next to the app binary first, then in the build tree (RD_BUILD_NODE_BIN), then on PATH.
QString nodeProgramPath(NodeProgram program);
bool nodeProgramAvailable(NodeProgram program);

// The program new labs use: $REPLICADESK_LAB_PROGRAM ("replicadesk-node" or "redis-server") if
// set, else replicadesk-node when it is found, else redis-server.
NodeProgram defaultLabProgram();
