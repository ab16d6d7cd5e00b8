#pragma once
// The master's answer to PSYNC <replid> <offset>: continue from the backlog, or a full resync,
// with the exact line Redis logs for each outcome (masterTryPartialResynchronization()).
#include "replication/backlog.h"
#include "replication/replication_ids.h"

#include <string>
#include <vector>

namespace rd::repl {

enum class PsyncVerdict {
    Continue,               // +CONTINUE, then the backlog from the offset
    FullResyncRequested,    // the replica sent "?"
    IdMismatch,             // neither our ID nor our secondary ID
    SecondaryOffsetTooHigh, // our secondary ID, but past the fork point
    OutsideBacklog,         // no backlog, or the offset is not held
};

struct PsyncDecision
{
    PsyncVerdict verdict = PsyncVerdict::FullResyncRequested;
    // Redis's log lines for this outcome, in order (empty for Continue: the caller logs how many
    // bytes it sends).
    std::vector<std::string> logLines;
    bool accepted() const { return verdict == PsyncVerdict::Continue; }
};

// backlog may be null (no replica ever attached). replicaName is "<ip>:<port>".
PsyncDecision decidePsync(const ReplicationIds &ids, const Backlog *backlog,
                          std::int64_t masterReplOffset, std::string_view requestedId,
                          std::int64_t requestedOffset, std::string_view replicaName);

} // namespace rd::repl
