// libFuzzer target for the RESP request parser (built with RD_BUILD_FUZZERS=ON and clang):
//   ./fuzz_resp_parser -max_total_time=60 corpus/
// The first byte picks the chunk size the input is split into.
#include "resp_fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const size_t chunk = size_t(data[0] % 17) + 1;
    if (!respfuzz::check(data + 1, size - 1, chunk))
        __builtin_trap();
    return 0;
}
