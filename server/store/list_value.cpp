#include "store/list_value.h"

#include "store/value_memory.h"

namespace rd::store {

std::size_t ListValue::itemBytes(const std::string &item)
{
    return stringHeapBytes(item);
}

void ListValue::pushFront(std::string_view v)
{
    m_items.emplace_front(v);
    m_heapBytes += itemBytes(m_items.front());
}

void ListValue::pushBack(std::string_view v)
{
    m_items.emplace_back(v);
    m_heapBytes += itemBytes(m_items.back());
}

std::string ListValue::popFront()
{
    std::string item = std::move(m_items.front());
    m_items.pop_front();
    m_heapBytes -= itemBytes(item);
    return item;
}

std::string ListValue::popBack()
{
    std::string item = std::move(m_items.back());
    m_items.pop_back();
    m_heapBytes -= itemBytes(item);
    return item;
}

void ListValue::set(std::size_t i, std::string_view v)
{
    m_heapBytes -= itemBytes(m_items[i]);
    m_items[i].assign(v);
    m_heapBytes += itemBytes(m_items[i]);
}

void ListValue::insertAt(std::size_t i, std::string_view v)
{
    auto it = m_items.emplace(m_items.begin() + static_cast<std::ptrdiff_t>(i), v);
    m_heapBytes += itemBytes(*it);
}

void ListValue::eraseAt(std::size_t i)
{
    m_heapBytes -= itemBytes(m_items[i]);
    m_items.erase(m_items.begin() + static_cast<std::ptrdiff_t>(i));
}

std::size_t ListValue::removeMatching(std::string_view v, long long count)
{
    const std::size_t limit =
        count == 0 ? m_items.size() : static_cast<std::size_t>(count < 0 ? -count : count);
    std::size_t removed = 0;
    if (count >= 0) {
        // Compact in place from the head: one pass, stable order.
        auto out = m_items.begin();
        for (auto in = m_items.begin(); in != m_items.end(); ++in) {
            if (removed < limit && *in == v) {
                m_heapBytes -= itemBytes(*in);
                ++removed;
                continue;
            }
            if (out != in)
                *out = std::move(*in);
            ++out;
        }
        m_items.erase(out, m_items.end());
    } else {
        auto out = m_items.rbegin();
        for (auto in = m_items.rbegin(); in != m_items.rend(); ++in) {
            if (removed < limit && *in == v) {
                m_heapBytes -= itemBytes(*in);
                ++removed;
                continue;
            }
            if (out != in)
                *out = std::move(*in);
            ++out;
        }
        m_items.erase(m_items.begin(), out.base());
    }
    return removed;
}

void ListValue::trim(std::size_t start, std::size_t stop)
{
    for (std::size_t i = 0; i < start; ++i)
        m_heapBytes -= itemBytes(m_items[i]);
    for (std::size_t i = stop + 1; i < m_items.size(); ++i)
        m_heapBytes -= itemBytes(m_items[i]);
    m_items.erase(m_items.begin() + static_cast<std::ptrdiff_t>(stop) + 1, m_items.end());
    m_items.erase(m_items.begin(), m_items.begin() + static_cast<std::ptrdiff_t>(start));
}

std::unique_ptr<CollectionValue> ListValue::clone() const
{
    return std::make_unique<ListValue>(*this);
}

void ListValue::digest(Digest &d) const
{
    for (const std::string &item : m_items)
        d.mix(item);
}

void ListValue::clear()
{
    m_items.clear();
    m_heapBytes = 0;
}

std::size_t ListValue::memoryUsage() const
{
    // std::deque keeps elements in 512-byte blocks plus a map of block pointers.
    constexpr std::size_t perBlock = 512 / sizeof(std::string);
    const std::size_t blocks = m_items.size() / perBlock + 1;
    return sizeof(ListValue) + blocks * (allocationBytes(512) + sizeof(void *)) + m_heapBytes;
}

} // namespace rd::store
