#pragma once
// ZSetValue: a Redis sorted set. A member -> node table for O(1) ZSCORE plus a skiplist with
// spans for order and O(log n) ranks. Order is score, then member bytes.
//
// API for other subsystems:
//   score(m) -> std::optional<double>;  size(), empty()
//   add(m, score) -> true when m is new (an existing member's score is updated)
//   erase(m) -> true when it existed
//   rank(m) -> std::optional<size_t>, 0-based ascending (ZRANK); size()-1-rank for ZREVRANK
//   byRank(r) -> const Node* (0-based); first()/last(); node->next()/prev()/member()/score()
//   firstInRange/lastInRange(ZScoreRange | ZLexRange) -> const Node* (nullptr when none)
//   countInRange(ZScoreRange | ZLexRange)
//   eraseRange(ZScoreRange | ZLexRange), eraseRankRange(start, end) (0-based, inclusive)
//   forEach(fn(const std::string &member, double score))  ascending order (RDB save, DIGEST)
//   scan(cursor, fn(member, score)) -> next cursor        ZSCAN, Redis's guarantees
//   randomMember(rng) -> const Node*
//   isListpackEncoded(maxEntries, maxValue)  what Redis 7.0's OBJECT ENCODING would say
//   CollectionValue: type(), length(), clone(), memoryUsage(), encoding(), digest()
//   memoryUsage()                           heap bytes estimate, O(1)
// Scores are never NaN (callers reject NaN before calling).
#include "store/collection_value.h"
#include "store/member_table.h"
#include "store/zset_skiplist.h"

#include <memory>
#include <optional>
#include <random>

namespace rd::store {

class ZSetValue final : public CollectionValue
{
public:
    using Node = ZSkipList::Node;

    // CollectionValue
    ObjectType type() const override { return ObjectType::ZSet; }
    std::size_t length() const override { return m_list.size(); }
    std::unique_ptr<CollectionValue> clone() const override;
    std::size_t memoryUsage() const override;
    // "listpack" or "skiplist", from encodingLimits().
    const char *encoding() const override;
    void digest(Digest &d) const override;

    ZSetValue() = default;
    ZSetValue(const ZSetValue &) = delete;
    ZSetValue &operator=(const ZSetValue &) = delete;

    std::size_t size() const { return m_list.size(); }
    bool empty() const { return m_list.size() == 0; }

    std::optional<double> score(std::string_view member) const;
    bool add(std::string_view member, double score);
    bool erase(std::string_view member);

    std::optional<std::size_t> rank(std::string_view member) const;
    const Node *byRank(std::size_t rank) const { return m_list.byRank(rank + 1); }
    const Node *first() const { return m_list.first(); }
    const Node *last() const { return m_list.last(); }

    const Node *firstInRange(const ZScoreRange &r) const { return m_list.firstInRange(r); }
    const Node *lastInRange(const ZScoreRange &r) const { return m_list.lastInRange(r); }
    const Node *firstInRange(const ZLexRange &r) const { return m_list.firstInRange(r); }
    const Node *lastInRange(const ZLexRange &r) const { return m_list.lastInRange(r); }
    std::size_t countInRange(const ZScoreRange &r) const;
    std::size_t countInRange(const ZLexRange &r) const;

    std::size_t eraseRange(const ZScoreRange &r);
    std::size_t eraseRange(const ZLexRange &r);
    std::size_t eraseRankRange(std::size_t start, std::size_t end);

    template <typename F> void forEach(F &&fn) const
    {
        for (const Node *x = m_list.first(); x; x = x->next())
            fn(x->member(), x->score());
    }
    template <typename F> std::uint64_t scan(std::uint64_t cursor, F &&fn) const
    {
        return m_members.scan(cursor, [&](const Node *x) { fn(x->member(), x->score()); });
    }
    const Node *randomMember(std::mt19937_64 &rng) const
    {
        const Node *const *x = m_members.random(rng);
        return x ? *x : nullptr;
    }

    bool isListpackEncoded(std::size_t maxEntries, std::size_t maxValue) const
    {
        return m_peakSize <= maxEntries && m_longestMember <= maxValue;
    }

private:
    struct KeyOfNode
    {
        std::string_view operator()(const Node *x) const { return x->member(); }
    };
    template <typename Range> std::size_t countIn(const Range &r) const;
    void forgetMember(std::string_view member) { m_members.erase(member); }

    // m_list owns the nodes and their member bytes; m_members only points at them.
    ZSkipList m_list;
    MemberTable<const Node *, KeyOfNode> m_members;
    std::size_t m_peakSize = 0;
    std::size_t m_longestMember = 0;
};

} // namespace rd::store
