#include "model/keys/key_name_store.h"

#include <QHashFunctions>

quint32 KeyNameStore::hashOf(QByteArrayView name)
{
    const size_t h = qHashBits(name.data(), size_t(name.size()), 0x9e3779b9u);
    return quint32(h ^ (h >> 32));
}

QByteArrayView KeyNameStore::view(Id id) const
{
    const quint64 begin = id == 0 ? 0 : m_ends[id - 1];
    return QByteArrayView(m_arena.data() + begin, qsizetype(m_ends[id] - begin));
}

qsizetype KeyNameStore::slotFor(QByteArrayView name, quint32 hash) const
{
    const qsizetype mask = qsizetype(m_slots.size()) - 1;
    qsizetype slot = qsizetype(hash) & mask;
    while (true) {
        const Id id = m_slots[size_t(slot)];
        if (id == kEmpty)
            return slot;
        if (m_hashes[id] == hash && view(id) == name)
            return slot;
        slot = (slot + 1) & mask;
    }
}

std::optional<KeyNameStore::Id> KeyNameStore::find(QByteArrayView name) const
{
    if (m_slots.empty())
        return std::nullopt;
    const Id id = m_slots[size_t(slotFor(name, hashOf(name)))];
    if (id == kEmpty)
        return std::nullopt;
    return id;
}

KeyNameStore::Id KeyNameStore::insert(QByteArrayView name, bool *added)
{
    // Keep the load factor under 0.7 so probes stay short.
    if ((m_ends.size() + 1) * 10 >= m_slots.size() * 7)
        grow();
    const quint32 hash = hashOf(name);
    const qsizetype slot = slotFor(name, hash);
    if (m_slots[size_t(slot)] != kEmpty) {
        if (added)
            *added = false;
        return m_slots[size_t(slot)];
    }
    const Id id = Id(m_ends.size());
    m_arena.append(name.data(), size_t(name.size()));
    m_ends.push_back(m_arena.size());
    m_hashes.push_back(hash);
    m_slots[size_t(slot)] = id;
    if (added)
        *added = true;
    return id;
}

void KeyNameStore::grow()
{
    const size_t capacity = m_slots.empty() ? 1024 : m_slots.size() * 2;
    std::vector<Id> table(capacity, kEmpty);
    const size_t mask = capacity - 1;
    for (Id id = 0; id < Id(m_ends.size()); ++id) {
        size_t slot = m_hashes[id] & mask;
        while (table[slot] != kEmpty)
            slot = (slot + 1) & mask;
        table[slot] = id;
    }
    m_slots.swap(table);
}

qint64 KeyNameStore::memoryBytes() const
{
    return qint64(m_arena.capacity() + m_ends.capacity() * sizeof(quint64) +
                  m_hashes.capacity() * sizeof(quint32) + m_slots.capacity() * sizeof(Id));
}

void KeyNameStore::clear()
{
    std::string().swap(m_arena);
    std::vector<quint64>().swap(m_ends);
    std::vector<quint32>().swap(m_hashes);
    std::vector<Id>().swap(m_slots);
}
