#pragma once
// Memory accounting for INFO used_memory, MEMORY USAGE and maxmemory.
//
// Every heap allocation of the process is counted: the global operator new/delete are replaced
// (memory.cpp) and the keyspace's own blocks go through allocate()/release(). The count is the
// allocator's usable size of each live block, so used_memory is a real measure of the heap the
// data and the server hold, as Redis's zmalloc counter is.
#include <cstddef>

namespace rd::mem {

void *allocate(size_t size); // never returns null (aborts on OOM, like zmalloc)
void *reallocate(void *p, size_t size);
void release(void *p);
size_t usableSize(const void *p); // what the allocator really gave for p

size_t usedMemory();         // bytes in live blocks now
const char *allocatorName(); // for INFO mem_allocator

} // namespace rd::mem
