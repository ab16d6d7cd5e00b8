#pragma once
// Shared bits of the lab suites: which program runs replicating nodes, and whether a process
// is still alive (the "no leaked processes" checks).
#include "lab/node_program.h"

#include <QtGlobal>
#include <cerrno>
#include <csignal>
#include <sys/types.h>

namespace labtest {

// Lab nodes in these suites run on $RD_LAB_TEST_PROGRAM ("replicadesk-node" or
// "redis-server") if set, else on the lab's default: our replicadesk-node.
inline NodeProgram replicationProgram()
{
    if (const auto p = nodeProgramFromKey(qEnvironmentVariable("RD_LAB_TEST_PROGRAM")))
        return *p;
    return defaultLabProgram();
}

inline bool processExists(qint64 pid)
{
    return pid > 0 && (::kill(static_cast<pid_t>(pid), 0) == 0 || errno != ESRCH);
}

} // namespace labtest
