#pragma once
// ZSkipList: the ordered index of a sorted set. A skiplist whose links carry spans (the number
// of elements they jump over), so rank <-> element is O(log n) as in Redis's zskiplist.
// Order: score ascending, then member bytes (memcmp, a shorter prefix first).
// The list owns its nodes and their member bytes; ZSetValue keeps a member -> node table.
#include <cstddef>
#include <cstdint>
#include <random>
#include <string>
#include <string_view>

namespace rd::store {

// A score interval as ZRANGEBYSCORE parses it ("(1.5" is exclusive).
struct ZScoreRange
{
    double min = 0;
    double max = 0;
    bool minExclusive = false;
    bool maxExclusive = false;

    bool aboveMin(double v) const { return minExclusive ? v > min : v >= min; }
    bool belowMax(double v) const { return maxExclusive ? v < max : v <= max; }
    bool contains(double v) const { return aboveMin(v) && belowMax(v); }
    bool isEmpty() const { return min > max || (min == max && (minExclusive || maxExclusive)); }
};

// One end of a ZRANGEBYLEX interval: "-", "+", "[bytes" or "(bytes".
struct ZLexBound
{
    enum class Kind { NegativeInfinity, PositiveInfinity, Value };
    Kind kind = Kind::Value;
    std::string value;
    bool exclusive = false;
};

struct ZLexRange
{
    ZLexBound min;
    ZLexBound max;

    bool aboveMin(std::string_view member) const;
    bool belowMax(std::string_view member) const;
    bool contains(std::string_view member) const { return aboveMin(member) && belowMax(member); }
    bool isEmpty() const;
};

// Redis's member order: memcmp on the common prefix, then the shorter first.
int compareMembers(std::string_view a, std::string_view b);

class ZSkipList
{
public:
    static constexpr int kMaxLevel = 32;

    class Node
    {
    public:
        const std::string &member() const { return m_member; }
        double score() const { return m_score; }
        // The next/previous element in order, nullptr at the ends.
        const Node *next() const { return level(0).forward; }
        const Node *prev() const { return m_backward; }

    private:
        friend class ZSkipList;
        struct Level
        {
            Node *forward;
            std::size_t span;
        };
        Node(std::string member, double score, int levels)
            : m_member(std::move(member))
            , m_score(score)
            , m_levelCount(levels)
        {
        }
        Level &level(int i) { return reinterpret_cast<Level *>(this + 1)[i]; }
        const Level &level(int i) const { return reinterpret_cast<const Level *>(this + 1)[i]; }

        std::string m_member;
        double m_score;
        Node *m_backward = nullptr;
        int m_levelCount;
    };

    ZSkipList();
    ~ZSkipList();
    ZSkipList(const ZSkipList &) = delete;
    ZSkipList &operator=(const ZSkipList &) = delete;

    std::size_t size() const { return m_length; }
    const Node *first() const { return m_header->level(0).forward; }
    const Node *last() const { return m_tail; }

    // Inserts a member that is not in the list yet.
    Node *insert(double score, std::string member);
    // Removes the element (score, member); false when absent. The member bytes are moved to
    // *removedMember when given.
    bool erase(double score, std::string_view member, std::string *removedMember = nullptr);
    // Changes an element's score, in place when its position does not move.
    Node *updateScore(double currentScore, std::string_view member, double newScore);

    // 1-based rank of (score, member), 0 when absent.
    std::size_t rankOf(double score, std::string_view member) const;
    // Element at a 1-based rank, nullptr when out of range.
    const Node *byRank(std::size_t rank) const;

    const Node *firstInRange(const ZScoreRange &range) const;
    const Node *lastInRange(const ZScoreRange &range) const;
    const Node *firstInRange(const ZLexRange &range) const;
    const Node *lastInRange(const ZLexRange &range) const;

    // Remove every element in the range; onRemove(member) runs before each node is freed.
    // Return the number removed.
    template <typename F> std::size_t eraseRange(const ZScoreRange &range, F &&onRemove)
    {
        return eraseWhile([&](const Node *x) { return !range.aboveMin(x->m_score); },
                          [&](const Node *x) { return range.belowMax(x->m_score); }, onRemove);
    }
    template <typename F> std::size_t eraseRange(const ZLexRange &range, F &&onRemove)
    {
        return eraseWhile([&](const Node *x) { return !range.aboveMin(x->m_member); },
                          [&](const Node *x) { return range.belowMax(x->m_member); }, onRemove);
    }
    // Ranks are 1-based and inclusive, start <= end.
    template <typename F>
    std::size_t eraseRankRange(std::size_t start, std::size_t end, F &&onRemove);

    // Bytes held by nodes (allocations and member buffers), kept current on every write.
    std::size_t heapBytes() const { return m_heapBytes; }

private:
    static bool before(const Node *x, double score, std::string_view member);
    int randomLevel();
    Node *createNode(int levels, double score, std::string member);
    void destroyNode(Node *x);
    static std::size_t nodeBytes(const Node *x);
    void unlink(Node *x, Node **update);

    template <typename SkipPred, typename KeepPred, typename F>
    std::size_t eraseWhile(SkipPred &&skip, KeepPred &&inRange, F &onRemove)
    {
        Node *update[kMaxLevel];
        Node *x = m_header;
        for (int i = m_level - 1; i >= 0; --i) {
            while (x->level(i).forward && skip(x->level(i).forward))
                x = x->level(i).forward;
            update[i] = x;
        }
        x = x->level(0).forward;
        std::size_t removed = 0;
        while (x && inRange(x)) {
            Node *next = x->level(0).forward;
            unlink(x, update);
            onRemove(x->m_member);
            destroyNode(x);
            ++removed;
            x = next;
        }
        return removed;
    }

    Node *m_header;
    Node *m_tail = nullptr;
    std::size_t m_length = 0;
    int m_level = 1;
    std::size_t m_heapBytes = 0;
    std::minstd_rand m_rng{0x5eed};
};

template <typename F>
std::size_t ZSkipList::eraseRankRange(std::size_t start, std::size_t end, F &&onRemove)
{
    Node *update[kMaxLevel];
    Node *x = m_header;
    std::size_t traversed = 0;
    for (int i = m_level - 1; i >= 0; --i) {
        while (x->level(i).forward && traversed + x->level(i).span < start) {
            traversed += x->level(i).span;
            x = x->level(i).forward;
        }
        update[i] = x;
    }
    ++traversed;
    x = x->level(0).forward;
    std::size_t removed = 0;
    while (x && traversed <= end) {
        Node *next = x->level(0).forward;
        unlink(x, update);
        onRemove(x->m_member);
        destroyNode(x);
        ++removed;
        ++traversed;
        x = next;
    }
    return removed;
}

} // namespace rd::store
