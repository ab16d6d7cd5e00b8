#include "replication/psync_decision.h"

#include <strings.h>

namespace rd::repl {

namespace {

// Redis compares IDs with strcasecmp().
bool sameId(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && ::strncasecmp(a.data(), b.data(), a.size()) == 0;
}

} // namespace

PsyncDecision decidePsync(const ReplicationIds &ids, const Backlog *backlog,
                          std::int64_t masterReplOffset, std::string_view requestedId,
                          std::int64_t requestedOffset, std::string_view replicaName)
{
    PsyncDecision d;
    const std::string name(replicaName);
    const bool primary = sameId(requestedId, ids.replid);
    const bool secondary = sameId(requestedId, ids.replid2);
    if (!primary && (!secondary || requestedOffset > ids.secondReplidOffset)) {
        if (requestedId == "?") {
            d.verdict = PsyncVerdict::FullResyncRequested;
            d.logLines.push_back("Full resync requested by replica " + name);
        } else if (!secondary) {
            d.verdict = PsyncVerdict::IdMismatch;
            d.logLines.push_back(
                "Partial resynchronization not accepted: Replication ID mismatch (Replica asked "
                "for '" +
                std::string(requestedId) + "', my replication IDs are '" + ids.replid + "' and '" +
                ids.replid2 + "')");
        } else {
            d.verdict = PsyncVerdict::SecondaryOffsetTooHigh;
            d.logLines.push_back(
                "Partial resynchronization not accepted: Requested offset for second ID was " +
                std::to_string(requestedOffset) + ", but I can reply up to " +
                std::to_string(ids.secondReplidOffset));
        }
        return d;
    }
    if (!backlog || !backlog->holds(requestedOffset)) {
        d.verdict = PsyncVerdict::OutsideBacklog;
        d.logLines.push_back(
            "Unable to partial resync with replica " + name +
            " for lack of backlog (Replica request was: " + std::to_string(requestedOffset) + ").");
        if (requestedOffset > masterReplOffset)
            d.logLines.push_back("Warning: replica " + name +
                                 " tried to PSYNC with an offset that is greater than the master "
                                 "replication offset.");
        return d;
    }
    d.verdict = PsyncVerdict::Continue;
    return d;
}

} // namespace rd::repl
