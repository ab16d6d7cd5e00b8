#include "store/set_value.h"

#include "store/encoding_limits.h"
#include "store/value_memory.h"

namespace rd::store {

bool SetValue::add(std::string_view member)
{
    if (m_members.find(member))
        return false;
    if (!isCanonicalInteger(member)) {
        ++m_nonIntegerCount;
        m_leftIntset = true; // Redis converts an intset on the first non-integer member
    }
    m_heapBytes += memberBytes(*m_members.insertNew(std::string(member)));
    // Redis converts an intset that outgrows set-max-intset-entries, and never converts back.
    if (size() > encodingLimits().setMaxIntsetEntries)
        m_leftIntset = true;
    return true;
}

bool SetValue::remove(std::string_view member)
{
    return m_members.erase(member, [&](const std::string &m) { forget(m); });
}

std::string SetValue::popRandom(std::mt19937_64 &rng)
{
    const std::string key = *m_members.random(rng);
    std::string popped;
    m_members.erase(key, [&](std::string &m) {
        forget(m);
        popped = std::move(m);
    });
    return popped;
}

std::unique_ptr<CollectionValue> SetValue::clone() const
{
    auto copy = std::make_unique<SetValue>();
    copy->reserve(size());
    forEach([&](const std::string &m) { copy->add(m); });
    return copy;
}

const char *SetValue::encoding() const
{
    return isIntsetEncoded(encodingLimits().setMaxIntsetEntries) ? "intset" : "hashtable";
}

void SetValue::digest(Digest &d) const
{
    forEach([&](const std::string &m) { d.xorIn(m); });
}

void SetValue::forget(const std::string &member)
{
    if (!isCanonicalInteger(member))
        --m_nonIntegerCount;
    m_heapBytes -= memberBytes(member);
}

std::size_t SetValue::memberBytes(const std::string &member)
{
    return allocationBytes(decltype(m_members)::nodeBytes()) + stringHeapBytes(member);
}

std::size_t SetValue::memoryUsage() const
{
    return sizeof(SetValue) + allocationBytes(m_members.bucketCount() * sizeof(void *)) +
           m_heapBytes;
}

} // namespace rd::store
