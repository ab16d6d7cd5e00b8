// libFuzzer target: arbitrary bytes as an RDB file and as a DUMP payload. The loader must
// return (a value or a named error), never crash, hang or read out of bounds.
//   cmake -DRD_BUILD_FUZZERS=ON -DCMAKE_CXX_COMPILER=clang++ ...
//   fuzz_rdb_loader -max_total_time=600 my-corpus/ tests/fuzz/rdb/corpus/
#include "persistence/dump_payload.h"
#include "persistence/rdb_loader.h"
#include "rdb_test_target.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view bytes(reinterpret_cast<const char *>(data), size);
    rd::rdb::RdbLoadOptions options;
    options.log = false;
    options.dropExpired = false;
    {
        rdtest::MapLoadTarget target;
        rd::rdb::MemorySource source(bytes);
        const auto result = rd::rdb::loadRdb(source, target, options);
        if (!result.ok() && result.error->offset > size)
            __builtin_trap(); // an error must point inside the input
    }
    (void)rd::rdb::parseDumpPayload(bytes, "fuzz");
    return 0;
}
