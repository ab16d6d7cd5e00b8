#include "store/hash_value.h"

#include "store/encoding_limits.h"
#include "store/value_memory.h"

#include <algorithm>

namespace rd::store {

void HashValue::noteSizes(std::string_view field, std::string_view value)
{
    m_peakSize = std::max(m_peakSize, m_fields.size());
    m_longestElement = std::max({m_longestElement, field.size(), value.size()});
}

bool HashValue::set(std::string_view field, std::string_view value)
{
    if (Field *existing = m_fields.find(field)) {
        m_heapBytes -= stringHeapBytes(existing->value);
        existing->value.assign(value);
        m_heapBytes += stringHeapBytes(existing->value);
        noteSizes(field, value);
        return false;
    }
    const Field *f = m_fields.insertNew(Field{std::string(field), std::string(value)});
    m_heapBytes += fieldBytes(*f);
    noteSizes(field, value);
    return true;
}

bool HashValue::setIfAbsent(std::string_view field, std::string_view value)
{
    if (m_fields.find(field))
        return false;
    const Field *f = m_fields.insertNew(Field{std::string(field), std::string(value)});
    m_heapBytes += fieldBytes(*f);
    noteSizes(field, value);
    return true;
}

bool HashValue::erase(std::string_view field)
{
    return m_fields.erase(field, [&](const Field &f) { m_heapBytes -= fieldBytes(f); });
}

std::unique_ptr<CollectionValue> HashValue::clone() const
{
    auto copy = std::make_unique<HashValue>();
    copy->reserve(size());
    forEach([&](const std::string &f, const std::string &v) { copy->setIfAbsent(f, v); });
    copy->m_peakSize = m_peakSize;
    copy->m_longestElement = m_longestElement;
    return copy;
}

const char *HashValue::encoding() const
{
    const EncodingLimits &limits = encodingLimits();
    return isListpackEncoded(limits.hashMaxListpackEntries, limits.hashMaxListpackValue)
               ? "listpack"
               : "hashtable";
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
    return allocationBytes(decltype(m_fields)::nodeBytes()) + stringHeapBytes(f.name) +
           stringHeapBytes(f.value);
}

std::size_t HashValue::memoryUsage() const
{
    return sizeof(HashValue) + allocationBytes(m_fields.bucketCount() * sizeof(void *)) +
           m_heapBytes;
}

} // namespace rd::store
