#include "store/zset_value.h"

#include "store/encoding_limits.h"
#include "store/value_memory.h"

#include <cstdio>

#include <algorithm>

namespace rd::store {

std::optional<double> ZSetValue::score(std::string_view member) const
{
    const Node *const *x = m_members.find(member);
    if (!x)
        return std::nullopt;
    return (*x)->score();
}

bool ZSetValue::add(std::string_view member, double score)
{
    if (score == 0)
        score = 0; // one zero: -0 and 0 are the same score, shown as "0"
    if (const Node **x = m_members.find(member)) {
        if ((*x)->score() != score)
            *x = m_list.updateScore((*x)->score(), member, score);
        return false;
    }
    m_members.insertNew(m_list.insert(score, std::string(member)));
    m_peakSize = std::max(m_peakSize, size());
    m_longestMember = std::max(m_longestMember, member.size());
    return true;
}

bool ZSetValue::erase(std::string_view member)
{
    const Node *const *x = m_members.find(member);
    if (!x)
        return false;
    const double s = (*x)->score();
    // Drop the index entry first: its key is a view of the node's bytes.
    std::string bytes(member);
    m_members.erase(member);
    m_list.erase(s, bytes);
    return true;
}

std::optional<std::size_t> ZSetValue::rank(std::string_view member) const
{
    const Node *const *x = m_members.find(member);
    if (!x)
        return std::nullopt;
    return m_list.rankOf((*x)->score(), member) - 1;
}

template <typename Range> std::size_t ZSetValue::countIn(const Range &r) const
{
    const Node *firstNode = m_list.firstInRange(r);
    if (!firstNode)
        return 0;
    const Node *lastNode = m_list.lastInRange(r);
    return m_list.rankOf(lastNode->score(), lastNode->member()) -
           m_list.rankOf(firstNode->score(), firstNode->member()) + 1;
}

std::size_t ZSetValue::countInRange(const ZScoreRange &r) const
{
    return countIn(r);
}

std::size_t ZSetValue::countInRange(const ZLexRange &r) const
{
    return countIn(r);
}

std::size_t ZSetValue::eraseRange(const ZScoreRange &r)
{
    return m_list.eraseRange(r, [&](const std::string &m) { forgetMember(m); });
}

std::size_t ZSetValue::eraseRange(const ZLexRange &r)
{
    return m_list.eraseRange(r, [&](const std::string &m) { forgetMember(m); });
}

std::size_t ZSetValue::eraseRankRange(std::size_t start, std::size_t end)
{
    return m_list.eraseRankRange(start + 1, end + 1,
                                 [&](const std::string &m) { forgetMember(m); });
}

std::unique_ptr<CollectionValue> ZSetValue::clone() const
{
    auto copy = std::make_unique<ZSetValue>();
    copy->m_members.reserve(size());
    // Appending in order from the tail keeps every insert at the front: O(log n) each.
    for (const Node *x = last(); x; x = x->prev())
        copy->add(x->member(), x->score());
    copy->m_peakSize = m_peakSize;
    copy->m_longestMember = m_longestMember;
    return copy;
}

const char *ZSetValue::encoding() const
{
    const EncodingLimits &limits = encodingLimits();
    return isListpackEncoded(limits.zsetMaxListpackEntries, limits.zsetMaxListpackValue)
               ? "listpack"
               : "skiplist";
}

void ZSetValue::digest(Digest &d) const
{
    char buf[64];
    forEach([&](const std::string &member, double score) {
        Digest e;
        e.mix(member);
        const int n = std::snprintf(buf, sizeof buf, "%.17g", score);
        e.mix(std::string_view(buf, static_cast<std::size_t>(n)));
        d.xorIn(e);
    });
}

std::size_t ZSetValue::memoryUsage() const
{
    return sizeof(ZSetValue) + allocationBytes(m_members.bucketCount() * sizeof(void *)) +
           m_members.size() * allocationBytes(decltype(m_members)::nodeBytes()) +
           m_list.heapBytes();
}

} // namespace rd::store
