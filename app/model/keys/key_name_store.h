#pragma once
// Key names stored compactly: every name back to back in one byte arena plus one end offset
// per name, and an open-addressing hash index of 32-bit ids for de-duplication (SCAN may return
// a key twice). About name length + 12 bytes per key, instead of a heap object per key.
#include <QByteArrayView>
#include <QtGlobal>

#include <optional>
#include <string>
#include <vector>

class KeyNameStore
{
public:
    using Id = quint32;

    // The id of `name`, inserting it when new (*added tells which).
    Id insert(QByteArrayView name, bool *added = nullptr);
    std::optional<Id> find(QByteArrayView name) const;
    // Valid until the next insert().
    QByteArrayView view(Id id) const;
    qsizetype size() const { return qsizetype(m_ends.size()); }
    // Heap bytes held (arena, offsets, index), for the memory figures the browser shows.
    qint64 memoryBytes() const;
    void clear();

private:
    static constexpr Id kEmpty = 0xFFFFFFFFu;
    static quint32 hashOf(QByteArrayView name);
    void grow();
    qsizetype slotFor(QByteArrayView name, quint32 hash) const;

    std::string m_arena;
    std::vector<quint64> m_ends;   // name i spans [end(i-1), end(i))
    std::vector<quint32> m_hashes; // per name, so growing the index never rehashes bytes
    std::vector<Id> m_slots;       // power-of-two table, kEmpty = free
};
