#pragma once
// Constants of the RDB file format as Redis 7.0 reads and writes it (RDB_VERSION 10).
#include <cstdint>
#include <string_view>

namespace rd::rdb {

constexpr std::string_view kMagic = "REDIS";
constexpr int kVersion = 10; // what we write; also the newest we accept
constexpr int kMinVersion = 1;

// Opcodes that may appear where a value type is expected.
enum Opcode : std::uint8_t {
    kOpFunction2 = 0xF5,     // one string: a whole Lua library (7.0 GA)
    kOpFunctionPreGa = 0xF6, // 7.0 release-candidate function format, not supported by 7.0 GA
    kOpModuleAux = 0xF7,
    kOpIdle = 0xF8, // LRU idle time in seconds, before the key's type byte
    kOpFreq = 0xF9, // LFU counter, one byte, before the key's type byte
    kOpAux = 0xFA,
    kOpResizeDb = 0xFB,
    kOpExpireTimeMs = 0xFC, // int64 LE absolute Unix ms
    kOpExpireTime = 0xFD,   // int32 LE absolute Unix seconds (old files)
    kOpSelectDb = 0xFE,
    kOpEof = 0xFF,
};

// Value types (the byte before each key).
enum Type : std::uint8_t {
    kTypeString = 0,
    kTypeList = 1,
    kTypeSet = 2,
    kTypeZset = 3, // scores as ASCII doubles
    kTypeHash = 4,
    kTypeZset2 = 5, // scores as binary doubles
    kTypeModule = 6,
    kTypeModule2 = 7,
    kTypeHashZipmap = 9,
    kTypeListZiplist = 10,
    kTypeSetIntset = 11,
    kTypeZsetZiplist = 12,
    kTypeHashZiplist = 13,
    kTypeListQuicklist = 14, // nodes are ziplists
    kTypeStreamListpacks = 15,
    kTypeHashListpack = 16,
    kTypeZsetListpack = 17,
    kTypeListQuicklist2 = 18, // nodes are listpacks (or plain single elements)
    kTypeStreamListpacks2 = 19,
};

inline bool isValueType(int t)
{
    return (t >= 0 && t <= 7) || (t >= 9 && t <= 19);
}

// Special string encodings (length byte 11xxxxxx).
enum StringEncoding : std::uint8_t {
    kEncInt8 = 0,
    kEncInt16 = 1,
    kEncInt32 = 2,
    kEncLzf = 3,
};

// quicklist2 node containers.
constexpr std::uint64_t kQuicklistNodePlain = 1;
constexpr std::uint64_t kQuicklistNodePacked = 2;

// Module serialized-value opcodes (self-describing, used to skip MODULE_AUX payloads).
enum ModuleOpcode : std::uint64_t {
    kModuleOpEof = 0,
    kModuleOpSint = 1,
    kModuleOpUint = 2,
    kModuleOpFloat = 3,
    kModuleOpDouble = 4,
    kModuleOpString = 5,
};

} // namespace rd::rdb
