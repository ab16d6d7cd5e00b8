#pragma once
// Argv: the arguments of one command, as bytes.
//
// The slots are reused from one command to the next (a string keeps its capacity when it is
// assigned again), so parsing a pipelined stream of commands does not allocate once the slots
// have grown to the size of the arguments. Handlers see it as a contiguous array of std::string.
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace rd {

class Argv
{
public:
    Argv() = default;
    Argv(std::initializer_list<std::string_view> args)
    {
        for (std::string_view a : args)
            append().assign(a.data(), a.size());
    }
    explicit Argv(std::span<const std::string> args)
    {
        for (const std::string &a : args)
            append() = a;
    }

    size_t size() const { return m_count; }
    bool empty() const { return m_count == 0; }
    size_t slotCount() const { return m_slots.size(); }
    std::string &operator[](size_t i) { return m_slots[i]; }
    const std::string &operator[](size_t i) const { return m_slots[i]; }
    std::string *begin() { return m_slots.data(); }
    std::string *end() { return m_slots.data() + m_count; }
    const std::string *begin() const { return m_slots.data(); }
    const std::string *end() const { return m_slots.data() + m_count; }
    std::span<const std::string> span() const { return {m_slots.data(), m_count}; }
    operator std::span<const std::string>() const { return span(); }

    // Drops the arguments but keeps the slots (and their capacity) for the next command.
    void clear() { m_count = 0; }
    // A new empty argument at the end.
    std::string &append()
    {
        if (m_count == m_slots.size())
            m_slots.emplace_back();
        std::string &s = m_slots[m_count++];
        s.clear();
        return s;
    }
    // Frees every slot (after a command with many or large arguments).
    void release()
    {
        std::vector<std::string>().swap(m_slots);
        m_count = 0;
    }
    void push(std::string_view a) { append().assign(a.data(), a.size()); }
    void assign(std::span<const std::string> args)
    {
        clear();
        for (const std::string &a : args)
            append() = a;
    }
    // Bytes held by the slots (for CLIENT LIST's argv-mem and the query buffer accounting).
    size_t memoryUsage() const
    {
        size_t n = m_slots.capacity() * sizeof(std::string);
        for (const std::string &s : m_slots)
            n += s.capacity() > 15 ? s.capacity() : 0;
        return n;
    }

private:
    std::vector<std::string> m_slots;
    size_t m_count = 0;
};

} // namespace rd
