#pragma once
// ListValue: a Redis list (a sequence of byte strings).
//
// API for other subsystems:
//   pushFront/pushBack(v), popFront/popBack()   O(1) at both ends
//   size(), empty(), at(i) (0-based from the head; O(1)), set(i, v)
//   insertAt(i, v), eraseAt(i)                  O(distance to the nearer end)
//   removeMatching(v, count)                    LREM semantics (count < 0 scans from the tail)
//   trim(start, stop)                           keep only [start, stop] (inclusive, in range)
//   begin()/end(), forEach(fn(const std::string &))  head to tail (RDB save, DEBUG DIGEST)
//   memoryUsage()                               heap bytes estimate, O(1)
// Redis 7.0 reports every list as "quicklist" in OBJECT ENCODING, so there is nothing to track.
#include "store/collection_value.h"

#include <deque>
#include <memory>
#include <string>
#include <string_view>

namespace rd::store {

class ListValue final : public CollectionValue
{
public:
    // CollectionValue
    ObjectType type() const override { return ObjectType::List; }
    std::size_t length() const override { return m_items.size(); }
    std::unique_ptr<CollectionValue> clone() const override;
    std::size_t memoryUsage() const override;
    const char *encoding() const override { return "quicklist"; }
    void digest(Digest &d) const override;

    using const_iterator = std::deque<std::string>::const_iterator;

    std::size_t size() const { return m_items.size(); }
    bool empty() const { return m_items.empty(); }

    void pushFront(std::string_view v);
    void pushBack(std::string_view v);
    std::string popFront();
    std::string popBack();

    const std::string &at(std::size_t i) const { return m_items[i]; }
    void set(std::size_t i, std::string_view v);
    void insertAt(std::size_t i, std::string_view v);
    void eraseAt(std::size_t i);
    // Removes up to |count| elements equal to v (all when count == 0), from the tail when
    // count < 0. Returns how many were removed.
    std::size_t removeMatching(std::string_view v, long long count);
    // Keeps elements [start, stop]; requires start <= stop < size().
    void trim(std::size_t start, std::size_t stop);
    void clear();

    const_iterator begin() const { return m_items.begin(); }
    const_iterator end() const { return m_items.end(); }
    template <typename F> void forEach(F &&fn) const
    {
        for (const std::string &item : m_items)
            fn(item);
    }

private:
    static std::size_t itemBytes(const std::string &item);

    std::deque<std::string> m_items;
    std::size_t m_heapBytes = 0; // string buffers beyond the deque's slots
};

} // namespace rd::store
