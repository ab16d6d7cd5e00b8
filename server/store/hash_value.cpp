#include "store/hash_value.h"

#include "store/encoding_limits.h"
#include "store/memory.h"
#include "store/value_memory.h"

#include <cstring>
#include <utility>

namespace rd::store {

namespace {

// Unsigned LEB128: one byte up to 127, two up to 16383 (every field within default limits).
std::size_t putVarint(char *out, std::size_t v)
{
    std::size_t n = 0;
    while (v >= 0x80) {
        out[n++] = char((v & 0x7F) | 0x80);
        v >>= 7;
    }
    out[n++] = char(v);
    return n;
}

bool getVarint(const char *p, std::size_t avail, std::size_t &v, std::size_t &used)
{
    v = 0;
    for (std::size_t i = 0, shift = 0; i < avail && shift < 64; ++i, shift += 7) {
        const auto b = static_cast<unsigned char>(p[i]);
        v |= std::size_t(b & 0x7F) << shift;
        if (!(b & 0x80)) {
            used = i + 1;
            return true;
        }
    }
    return false;
}

// One packed entry for (field, value), built in `out`.
void encodeEntry(std::string &out, std::string_view field, std::string_view value)
{
    out.clear();
    char len[10];
    out.append(len, putVarint(len, field.size()));
    out.append(field);
    out.append(len, putVarint(len, value.size()));
    out.append(value);
}

} // namespace

HashValue::~HashValue()
{
    if (m_data)
        mem::release(m_data);
}

bool HashValue::readEntry(std::size_t offset, PackedEntry &e) const
{
    if (offset >= m_bytes)
        return false;
    const char *p = m_data + offset;
    std::size_t avail = m_bytes - offset, flen, vlen, used;
    if (!getVarint(p, avail, flen, used))
        return false;
    std::size_t pos = used;
    e.field = std::string_view(p + pos, flen);
    pos += flen;
    if (!getVarint(p + pos, avail - pos, vlen, used))
        return false;
    pos += used;
    e.value = std::string_view(p + pos, vlen);
    e.offset = offset;
    e.size = pos + vlen;
    return true;
}

bool HashValue::findPacked(std::string_view field, PackedEntry &e) const
{
    for (std::size_t off = 0; readEntry(off, e); off += e.size)
        if (e.field == field)
            return true;
    return false;
}

void HashValue::splicePacked(std::size_t offset, std::size_t oldSize, std::string_view entry)
{
    const std::size_t newBytes = m_bytes - oldSize + entry.size();
    const std::size_t tail = m_bytes - offset - oldSize;
    if (entry.size() > oldSize) // grow first, then move the tail right
        m_data = static_cast<char *>(mem::reallocate(m_data, newBytes));
    if (tail)
        std::memmove(m_data + offset + entry.size(), m_data + offset + oldSize, tail);
    if (!entry.empty())
        std::memcpy(m_data + offset, entry.data(), entry.size());
    if (entry.size() < oldSize) { // shrink after the tail moved left
        if (newBytes == 0) {
            mem::release(m_data);
            m_data = nullptr;
        } else {
            m_data = static_cast<char *>(mem::reallocate(m_data, newBytes));
        }
    }
    m_bytes = std::uint32_t(newBytes);
}

bool HashValue::fitsPacked(std::size_t newCount, std::string_view field,
                           std::string_view value) const
{
    const EncodingLimits &limits = encodingLimits();
    return newCount <= limits.hashMaxListpackEntries &&
           field.size() <= limits.hashMaxListpackValue &&
           value.size() <= limits.hashMaxListpackValue &&
           std::size_t(m_bytes) + field.size() + value.size() + 20 < (std::size_t(1) << 31);
}

void HashValue::convertToTable()
{
    auto table = std::make_unique<Table>();
    table->reserve(m_count);
    m_heapBytes = 0;
    forEachPacked([&](std::string_view f, std::string_view v) {
        const Field *added = table->insertNew(Field{std::string(f), std::string(v)});
        m_heapBytes += fieldBytes(*added);
    });
    m_table = std::move(table);
    if (m_data)
        mem::release(m_data);
    m_data = nullptr;
    m_bytes = m_count = 0;
}

bool HashValue::insertTable(std::string_view field, std::string_view value)
{
    if (Field *existing = m_table->find(field)) {
        m_heapBytes -= stringHeapBytes(existing->value);
        existing->value.assign(value);
        m_heapBytes += stringHeapBytes(existing->value);
        return false;
    }
    const Field *f = m_table->insertNew(Field{std::string(field), std::string(value)});
    m_heapBytes += fieldBytes(*f);
    return true;
}

const std::string *HashValue::get(std::string_view field) const
{
    if (m_table) {
        const Field *f = m_table->find(field);
        return f ? &f->value : nullptr;
    }
    PackedEntry e;
    if (!findPacked(field, e))
        return nullptr;
    thread_local std::string scratch;
    scratch.assign(e.value);
    return &scratch;
}

bool HashValue::contains(std::string_view field) const
{
    if (m_table)
        return m_table->find(field) != nullptr;
    PackedEntry e;
    return findPacked(field, e);
}

bool HashValue::set(std::string_view field, std::string_view value)
{
    if (m_table)
        return insertTable(field, value);
    PackedEntry e;
    const bool exists = findPacked(field, e);
    if (!fitsPacked(m_count + (exists ? 0 : 1), field, value)) {
        convertToTable();
        return insertTable(field, value);
    }
    thread_local std::string entry;
    encodeEntry(entry, field, value);
    if (exists) {
        splicePacked(e.offset, e.size, entry);
        return false;
    }
    splicePacked(m_bytes, 0, entry);
    ++m_count;
    return true;
}

bool HashValue::setIfAbsent(std::string_view field, std::string_view value)
{
    if (contains(field))
        return false;
    return set(field, value);
}

bool HashValue::erase(std::string_view field)
{
    if (m_table)
        return m_table->erase(field, [&](const Field &f) { m_heapBytes -= fieldBytes(f); });
    PackedEntry e;
    if (!findPacked(field, e))
        return false;
    splicePacked(e.offset, e.size, {});
    --m_count;
    return true;
}

void HashValue::reserve(std::size_t count)
{
    if (!m_table && count > encodingLimits().hashMaxListpackEntries)
        convertToTable();
    if (m_table)
        m_table->reserve(count);
}

const HashValue::Field *HashValue::randomField(std::mt19937_64 &rng) const
{
    if (m_table)
        return m_table->random(rng);
    if (m_count == 0)
        return nullptr;
    std::size_t index = std::uniform_int_distribution<std::size_t>(0, m_count - 1)(rng);
    thread_local Field scratch;
    PackedEntry e;
    for (std::size_t off = 0; readEntry(off, e); off += e.size) {
        if (index-- == 0) {
            scratch.name.assign(e.field);
            scratch.value.assign(e.value);
            return &scratch;
        }
    }
    return nullptr;
}

std::unique_ptr<CollectionValue> HashValue::clone() const
{
    auto copy = std::make_unique<HashValue>();
    if (m_table) {
        copy->m_table = std::make_unique<Table>();
        copy->m_table->reserve(size());
        forEach([&](const std::string &f, const std::string &v) { copy->insertTable(f, v); });
        return copy;
    }
    if (m_bytes) {
        copy->m_data = static_cast<char *>(mem::allocate(m_bytes));
        std::memcpy(copy->m_data, m_data, m_bytes);
    }
    copy->m_bytes = m_bytes;
    copy->m_count = m_count;
    return copy;
}

void HashValue::digest(Digest &d) const
{
    forEach([&](const std::string &f, const std::string &v) {
        Digest e;
        e.mix(f);
        e.mix(v);
        d.xorIn(e);
    });
}

std::size_t HashValue::fieldBytes(const Field &f)
{
    return allocationBytes(Table::nodeBytes()) + stringHeapBytes(f.name) + stringHeapBytes(f.value);
}

std::size_t HashValue::memoryUsage() const
{
    if (m_table)
        return sizeof(HashValue) + allocationBytes(sizeof(Table)) +
               allocationBytes(m_table->bucketCount() * sizeof(void *)) + m_heapBytes;
    return sizeof(HashValue) + (m_data ? mem::usableSize(m_data) + 8 : 0);
}

} // namespace rd::store
