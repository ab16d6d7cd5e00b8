#include "store/entry.h"

#include "store/memory.h"

#include <new>

namespace rd {

const char *objectTypeName(ObjectType type)
{
    switch (type) {
    case ObjectType::String:
        return "string";
    case ObjectType::List:
        return "list";
    case ObjectType::Set:
        return "set";
    case ObjectType::ZSet:
        return "zset";
    case ObjectType::Hash:
        return "hash";
    }
    return "none";
}

size_t Entry::stringCapacity() const
{
    return mem::usableSize(this) - kHeader - 4 - m_keyLen;
}

size_t Entry::memoryUsage() const
{
    size_t n = mem::usableSize(this);
    if (!isString())
        n += collection()->memoryUsage();
    return n;
}

Entry *Entry::createString(std::string_view key, std::string_view value, uint32_t lru)
{
    void *block = mem::allocate(kHeader + 4 + key.size() + value.size());
    Entry *e = new (block) Entry();
    e->next = nullptr;
    e->m_keyLen = uint32_t(key.size());
    e->m_meta = 0;
    e->setType(ObjectType::String);
    e->setLru(lru);
    e->setStringLength(uint32_t(value.size()));
    std::memcpy(e->payload() + 4, key.data(), key.size());
    if (!value.empty())
        std::memcpy(e->payload() + 4 + key.size(), value.data(), value.size());
    return e;
}

Entry *Entry::createCollection(std::string_view key, std::unique_ptr<CollectionValue> value,
                               uint32_t lru)
{
    void *block = mem::allocate(kHeader + 8 + key.size());
    Entry *e = new (block) Entry();
    e->next = nullptr;
    e->m_keyLen = uint32_t(key.size());
    e->m_meta = 0;
    e->setType(value->type());
    e->setLru(lru);
    CollectionValue *p = value.release();
    std::memcpy(e->payload(), &p, sizeof p);
    std::memcpy(e->payload() + 8, key.data(), key.size());
    return e;
}

void Entry::destroy(Entry *e)
{
    if (!e)
        return;
    if (!e->isString())
        delete e->collection();
    mem::release(e);
}

std::unique_ptr<CollectionValue> Entry::releaseCollection()
{
    std::unique_ptr<CollectionValue> v(collection());
    CollectionValue *none = nullptr;
    std::memcpy(payload(), &none, sizeof none);
    // Leave a valid empty string behind so destroy() frees only the block.
    setType(ObjectType::String);
    return v;
}

Entry *Entry::assignString(Entry *e, std::string_view value)
{
    if (e->isString() && e->stringCapacity() >= value.size()) {
        e->setStringLength(uint32_t(value.size()));
        if (!value.empty())
            std::memmove(e->valueData(), value.data(), value.size());
        return e;
    }
    Entry *n = createString(e->key(), value, e->lru());
    n->m_meta = (e->m_meta & ~0xF0u) | (uint32_t(ObjectType::String) << 4);
    n->next = e->next;
    destroy(e);
    return n;
}

Entry *Entry::resizeString(Entry *e, size_t newLen)
{
    if (e->stringCapacity() < newLen) {
        // Grow geometrically so repeated APPENDs stay linear, as sds does.
        size_t want = newLen < 1024 * 1024 ? newLen * 2 : newLen + 1024 * 1024;
        e = static_cast<Entry *>(mem::reallocate(e, kHeader + 4 + e->m_keyLen + want));
    }
    e->setStringLength(uint32_t(newLen));
    return e;
}

Entry *Entry::assignCollection(Entry *e, std::unique_ptr<CollectionValue> value)
{
    Entry *n = createCollection(e->key(), std::move(value), e->lru());
    n->m_meta = (e->m_meta & ~0xF0u) | (uint32_t(n->type()) << 4);
    n->next = e->next;
    destroy(e);
    return n;
}

} // namespace rd
