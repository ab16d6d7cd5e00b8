#pragma once
// RdbLoader: reads a whole RDB (version 1..10) into a load target. Every encoding Redis 7.0
// writes or still loads is understood; AUX, FUNCTION2 and MODULE_AUX are read and skipped with
// a log line, FREQ/IDLE are ignored (the node keeps no LRU/LFU data), streams and module values
// are refused naming the key. A damaged input never crashes the node: the load stops at the
// first fault and returns a named RdbError with its byte offset.
//
// The target is an interface, so the same loader fills the live keyspace at start-up, a fresh
// keyspace beside the live one during a full resync (reads keep working until the swap), or a
// plain map in tests and the fuzzer.
#include "persistence/rdb_error.h"
#include "persistence/rdb_reader.h"
#include "persistence/rdb_value_codec.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace rd::rdb {

class RdbLoadTarget
{
public:
    virtual ~RdbLoadTarget() = default;
    // Number of databases the target has; SELECTDB beyond it is an error.
    virtual int databaseCount() const = 0;
    // RESIZEDB hint before the keys of a database arrive.
    virtual void reserve(int db, std::uint64_t keys, std::uint64_t expires)
    {
        (void)db, (void)keys, (void)expires;
    }
    // Adds one key; expireAtMs is absolute Unix ms. Returns false if the key already exists in
    // that database (the file is then reported as damaged, as Redis does).
    virtual bool addKey(int db, std::string key, LoadedValue value,
                        std::optional<std::int64_t> expireAtMs) = 0;
    // A string key (most keys are): the bytes are only valid during the call, so a target can
    // copy them straight into its storage. The default goes through addKey.
    virtual bool addString(int db, std::string_view key, std::string_view value,
                           std::optional<std::int64_t> expireAtMs)
    {
        return addKey(db, std::string(key), LoadedValue(std::string(value)), expireAtMs);
    }
};

struct RdbLoadOptions
{
    bool verifyChecksum = true; // rdbchecksum: a zero stored CRC is never checked
    // A master drops keys whose expiry already passed (counted as expired); a replica keeps
    // them and waits for its master's DEL.
    bool dropExpired = true;
    std::int64_t nowMs = 0; // 0: the current time
    bool log = true;        // Redis's load log lines
};

// What the file said about itself, from its AUX fields.
struct RdbLoadInfo
{
    int rdbVersion = 0;
    std::string redisVersion;
    std::optional<std::int64_t> ctime;
    std::optional<std::int64_t> usedMem;
    std::optional<int> replStreamDb;
    std::optional<std::string> replId;
    std::optional<std::int64_t> replOffset;
    std::uint64_t keysLoaded = 0;
    std::uint64_t keysExpired = 0;
    std::uint64_t emptyKeysSkipped = 0;
    std::uint64_t bytesRead = 0;
    bool checksumChecked = false;
};

struct RdbLoadResult
{
    std::optional<RdbError> error; // empty on success
    bool fileMissing = false;      // loadRdbFile: no such file (not an error at start-up)
    RdbLoadInfo info;
    bool ok() const { return !error.has_value(); }
};

RdbLoadResult loadRdb(RdbSource &source, RdbLoadTarget &target, const RdbLoadOptions &options);

// Opens and loads a file. A missing file sets fileMissing (and an Io error); start-up treats it
// as "start empty".
RdbLoadResult loadRdbFile(const std::string &path, RdbLoadTarget &target,
                          const RdbLoadOptions &options);

} // namespace rd::rdb
