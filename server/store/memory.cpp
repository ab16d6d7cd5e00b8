#include "store/memory.h"

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <malloc.h>
#include <new>

namespace rd::mem {

namespace {

std::atomic<size_t> g_used{0};

[[noreturn]] void outOfMemory(size_t size)
{
    std::fprintf(stderr, "replicadesk-node: out of memory allocating %zu bytes\n", size);
    std::abort();
}

inline void *counted(void *p)
{
    if (p)
        g_used.fetch_add(malloc_usable_size(p), std::memory_order_relaxed);
    return p;
}

inline void uncount(void *p)
{
    if (p)
        g_used.fetch_sub(malloc_usable_size(p), std::memory_order_relaxed);
}

} // namespace

void *allocate(size_t size)
{
    void *p = counted(std::malloc(size ? size : 1));
    if (!p)
        outOfMemory(size);
    return p;
}

void *reallocate(void *p, size_t size)
{
    uncount(p);
    void *q = std::realloc(p, size ? size : 1);
    if (!q) {
        counted(p);
        outOfMemory(size);
    }
    return counted(q);
}

void release(void *p)
{
    uncount(p);
    std::free(p);
}

size_t usableSize(const void *p)
{
    return p ? malloc_usable_size(const_cast<void *>(p)) : 0;
}

size_t usedMemory()
{
    return g_used.load(std::memory_order_relaxed);
}

const char *allocatorName()
{
    return "libc";
}

} // namespace rd::mem

// The global allocation functions count every block the process allocates with new.
void *operator new(size_t size)
{
    void *p = std::malloc(size ? size : 1);
    if (!p)
        throw std::bad_alloc();
    rd::mem::g_used.fetch_add(malloc_usable_size(p), std::memory_order_relaxed);
    return p;
}

void *operator new[](size_t size)
{
    return operator new(size);
}

void *operator new(size_t size, const std::nothrow_t &) noexcept
{
    void *p = std::malloc(size ? size : 1);
    if (p)
        rd::mem::g_used.fetch_add(malloc_usable_size(p), std::memory_order_relaxed);
    return p;
}

void *operator new[](size_t size, const std::nothrow_t &t) noexcept
{
    return operator new(size, t);
}

void *operator new(size_t size, std::align_val_t align)
{
    size_t a = static_cast<size_t>(align);
    void *p = std::aligned_alloc(a, (size + a - 1) / a * a);
    if (!p)
        throw std::bad_alloc();
    rd::mem::g_used.fetch_add(malloc_usable_size(p), std::memory_order_relaxed);
    return p;
}

void *operator new[](size_t size, std::align_val_t align)
{
    return operator new(size, align);
}

void operator delete(void *p) noexcept
{
    if (!p)
        return;
    rd::mem::g_used.fetch_sub(malloc_usable_size(p), std::memory_order_relaxed);
    std::free(p);
}

void operator delete[](void *p) noexcept
{
    operator delete(p);
}

void operator delete(void *p, size_t) noexcept
{
    operator delete(p);
}

void operator delete[](void *p, size_t) noexcept
{
    operator delete(p);
}

void operator delete(void *p, std::align_val_t) noexcept
{
    operator delete(p);
}

void operator delete[](void *p, std::align_val_t) noexcept
{
    operator delete(p);
}

void operator delete(void *p, size_t, std::align_val_t) noexcept
{
    operator delete(p);
}

void operator delete[](void *p, size_t, std::align_val_t) noexcept
{
    operator delete(p);
}

void operator delete(void *p, const std::nothrow_t &) noexcept
{
    operator delete(p);
}

void operator delete[](void *p, const std::nothrow_t &) noexcept
{
    operator delete(p);
}
