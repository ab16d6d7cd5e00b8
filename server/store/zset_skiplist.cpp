#include "store/zset_skiplist.h"

#include "store/value_memory.h"

#include <cstring>
#include <new>

namespace rd::store {

int compareMembers(std::string_view a, std::string_view b)
{
    const std::size_t common = a.size() < b.size() ? a.size() : b.size();
    const int c = common ? std::memcmp(a.data(), b.data(), common) : 0;
    if (c != 0)
        return c;
    return a.size() < b.size() ? -1 : (a.size() > b.size() ? 1 : 0);
}

namespace {

// Compares a member with a lex bound: -1 below it, 0 equal, 1 above it.
int compareWithBound(std::string_view member, const ZLexBound &bound)
{
    switch (bound.kind) {
    case ZLexBound::Kind::NegativeInfinity:
        return 1;
    case ZLexBound::Kind::PositiveInfinity:
        return -1;
    case ZLexBound::Kind::Value:
        break;
    }
    return compareMembers(member, bound.value);
}

} // namespace

bool ZLexRange::aboveMin(std::string_view member) const
{
    const int c = compareWithBound(member, min);
    return min.exclusive ? c > 0 : c >= 0;
}

bool ZLexRange::belowMax(std::string_view member) const
{
    const int c = compareWithBound(member, max);
    return max.exclusive ? c < 0 : c <= 0;
}

bool ZLexRange::isEmpty() const
{
    using K = ZLexBound::Kind;
    if (min.kind == K::PositiveInfinity || max.kind == K::NegativeInfinity)
        return true;
    if (min.kind == K::NegativeInfinity || max.kind == K::PositiveInfinity)
        return false;
    const int c = compareMembers(min.value, max.value);
    return c > 0 || (c == 0 && (min.exclusive || max.exclusive));
}

ZSkipList::ZSkipList()
{
    m_header = createNode(kMaxLevel, 0, std::string());
    m_heapBytes = 0; // the header is fixed overhead, not data
}

ZSkipList::~ZSkipList()
{
    Node *x = m_header->level(0).forward;
    while (x) {
        Node *next = x->level(0).forward;
        destroyNode(x);
        x = next;
    }
    destroyNode(m_header);
}

std::size_t ZSkipList::nodeBytes(const Node *x)
{
    return allocationBytes(sizeof(Node) + x->m_levelCount * sizeof(Node::Level)) +
           stringHeapBytes(x->m_member);
}

ZSkipList::Node *ZSkipList::createNode(int levels, double score, std::string member)
{
    void *raw = ::operator new(sizeof(Node) + levels * sizeof(Node::Level));
    Node *x = new (raw) Node(std::move(member), score, levels);
    for (int i = 0; i < levels; ++i)
        x->level(i) = Node::Level{nullptr, 0};
    m_heapBytes += nodeBytes(x);
    return x;
}

void ZSkipList::destroyNode(Node *x)
{
    m_heapBytes -= nodeBytes(x);
    x->~Node();
    ::operator delete(x);
}

// Redis's level distribution: each extra level with probability 1/4.
int ZSkipList::randomLevel()
{
    int level = 1;
    while (level < kMaxLevel && (m_rng() & 0xFFFF) < (0xFFFF / 4))
        ++level;
    return level;
}

bool ZSkipList::before(const Node *x, double score, std::string_view member)
{
    return x->m_score < score || (x->m_score == score && compareMembers(x->m_member, member) < 0);
}

ZSkipList::Node *ZSkipList::insert(double score, std::string member)
{
    Node *update[kMaxLevel];
    std::size_t rank[kMaxLevel];
    Node *x = m_header;
    for (int i = m_level - 1; i >= 0; --i) {
        rank[i] = i == m_level - 1 ? 0 : rank[i + 1];
        while (x->level(i).forward && before(x->level(i).forward, score, member)) {
            rank[i] += x->level(i).span;
            x = x->level(i).forward;
        }
        update[i] = x;
    }
    const int level = randomLevel();
    if (level > m_level) {
        for (int i = m_level; i < level; ++i) {
            rank[i] = 0;
            update[i] = m_header;
            update[i]->level(i).span = m_length;
        }
        m_level = level;
    }
    x = createNode(level, score, std::move(member));
    for (int i = 0; i < level; ++i) {
        x->level(i).forward = update[i]->level(i).forward;
        update[i]->level(i).forward = x;
        x->level(i).span = update[i]->level(i).span - (rank[0] - rank[i]);
        update[i]->level(i).span = (rank[0] - rank[i]) + 1;
    }
    for (int i = level; i < m_level; ++i)
        ++update[i]->level(i).span;
    x->m_backward = update[0] == m_header ? nullptr : update[0];
    if (x->level(0).forward)
        x->level(0).forward->m_backward = x;
    else
        m_tail = x;
    ++m_length;
    return x;
}

void ZSkipList::unlink(Node *x, Node **update)
{
    for (int i = 0; i < m_level; ++i) {
        if (update[i]->level(i).forward == x) {
            update[i]->level(i).span += x->level(i).span - 1;
            update[i]->level(i).forward = x->level(i).forward;
        } else {
            --update[i]->level(i).span;
        }
    }
    if (x->level(0).forward)
        x->level(0).forward->m_backward = x->m_backward;
    else
        m_tail = x->m_backward;
    while (m_level > 1 && m_header->level(m_level - 1).forward == nullptr)
        --m_level;
    --m_length;
}

bool ZSkipList::erase(double score, std::string_view member, std::string *removedMember)
{
    Node *update[kMaxLevel];
    Node *x = m_header;
    for (int i = m_level - 1; i >= 0; --i) {
        while (x->level(i).forward && before(x->level(i).forward, score, member))
            x = x->level(i).forward;
        update[i] = x;
    }
    x = x->level(0).forward;
    if (!x || x->m_score != score || x->m_member != member)
        return false;
    unlink(x, update);
    if (removedMember) {
        m_heapBytes -= stringHeapBytes(x->m_member); // the bytes leave with the member
        *removedMember = std::move(x->m_member);
    }
    destroyNode(x);
    return true;
}

ZSkipList::Node *ZSkipList::updateScore(double currentScore, std::string_view member,
                                        double newScore)
{
    Node *update[kMaxLevel];
    Node *x = m_header;
    for (int i = m_level - 1; i >= 0; --i) {
        while (x->level(i).forward && before(x->level(i).forward, currentScore, member))
            x = x->level(i).forward;
        update[i] = x;
    }
    x = x->level(0).forward;
    // The caller guarantees (currentScore, member) is present.
    const Node *prev = x->m_backward;
    const Node *next = x->level(0).forward;
    const bool staysBetween = (prev == nullptr || before(prev, newScore, x->m_member)) &&
                              (next == nullptr || !before(next, newScore, x->m_member));
    if (staysBetween) {
        x->m_score = newScore;
        return x;
    }
    unlink(x, update);
    m_heapBytes -= stringHeapBytes(x->m_member); // insert() counts them again
    std::string moved = std::move(x->m_member);
    destroyNode(x);
    return insert(newScore, std::move(moved));
}

std::size_t ZSkipList::rankOf(double score, std::string_view member) const
{
    std::size_t rank = 0;
    const Node *x = m_header;
    for (int i = m_level - 1; i >= 0; --i) {
        while (x->level(i).forward &&
               (x->level(i).forward->m_score < score ||
                (x->level(i).forward->m_score == score &&
                 compareMembers(x->level(i).forward->m_member, member) <= 0))) {
            rank += x->level(i).span;
            x = x->level(i).forward;
        }
        if (x != m_header && x->m_member == member)
            return rank;
    }
    return 0;
}

const ZSkipList::Node *ZSkipList::byRank(std::size_t rank) const
{
    if (rank == 0 || rank > m_length)
        return nullptr;
    std::size_t traversed = 0;
    const Node *x = m_header;
    for (int i = m_level - 1; i >= 0; --i) {
        while (x->level(i).forward && traversed + x->level(i).span <= rank) {
            traversed += x->level(i).span;
            x = x->level(i).forward;
        }
        if (traversed == rank)
            return x;
    }
    return nullptr;
}

const ZSkipList::Node *ZSkipList::firstInRange(const ZScoreRange &range) const
{
    if (range.isEmpty() || !m_tail || !range.aboveMin(m_tail->m_score))
        return nullptr;
    const Node *x = m_header;
    for (int i = m_level - 1; i >= 0; --i)
        while (x->level(i).forward && !range.aboveMin(x->level(i).forward->m_score))
            x = x->level(i).forward;
    x = x->level(0).forward;
    return x && range.belowMax(x->m_score) ? x : nullptr;
}

const ZSkipList::Node *ZSkipList::lastInRange(const ZScoreRange &range) const
{
    if (range.isEmpty() || !first() || !range.belowMax(first()->m_score))
        return nullptr;
    const Node *x = m_header;
    for (int i = m_level - 1; i >= 0; --i)
        while (x->level(i).forward && range.belowMax(x->level(i).forward->m_score))
            x = x->level(i).forward;
    return x != m_header && range.aboveMin(x->m_score) ? x : nullptr;
}

const ZSkipList::Node *ZSkipList::firstInRange(const ZLexRange &range) const
{
    if (range.isEmpty() || !m_tail || !range.aboveMin(m_tail->m_member))
        return nullptr;
    const Node *x = m_header;
    for (int i = m_level - 1; i >= 0; --i)
        while (x->level(i).forward && !range.aboveMin(x->level(i).forward->m_member))
            x = x->level(i).forward;
    x = x->level(0).forward;
    return x && range.belowMax(x->m_member) ? x : nullptr;
}

const ZSkipList::Node *ZSkipList::lastInRange(const ZLexRange &range) const
{
    if (range.isEmpty() || !first() || !range.belowMax(first()->m_member))
        return nullptr;
    const Node *x = m_header;
    for (int i = m_level - 1; i >= 0; --i)
        while (x->level(i).forward && range.belowMax(x->level(i).forward->m_member))
            x = x->level(i).forward;
    return x != m_header && range.aboveMin(x->m_member) ? x : nullptr;
}

} // namespace rd::store
