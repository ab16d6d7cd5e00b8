#pragma once
// Shared bits of the lab suites: which program runs replicating nodes, and whether a process
// is still alive (the "no leaked processes" checks).
#include "lab/node_program.h"

#include <QtGlobal>
#include <cerrno>
#include <csignal>
#include <sys/types.h>

namespace labtest {

// Nodes that must replicate run on this program: $RD_LAB_TEST_PROGRAM if set, else the lab's
// own default (replicadesk-node once it is built, else redis-server).
inline NodeProgram replicationProgram()
{
    if (const auto p = nodeProgramFromKey(qEnvironmentVariable("RD_LAB_TEST_PROGRAM")))
        return *p;
    return NodeProgram::RedisServer;
}

inline bool processExists(qint64 pid)
{
    return pid > 0 && (::kill(static_cast<pid_t>(pid), 0) == 0 || errno != ESRCH);
}

} // namespace labtest
