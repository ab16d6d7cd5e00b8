#pragma once
// The DUMP/RESTORE payload, byte-compatible with Redis 7.0:
//   <type byte> <value body as in an RDB file> <u16 LE RDB version> <u64 LE CRC64 of all before>
// so a payload DUMPed by redis-server RESTOREs in the node and the other way round.
#include "persistence/rdb_error.h"
#include "persistence/rdb_value_codec.h"

#include <string>
#include <string_view>
#include <variant>

namespace rd::rdb {

std::string dumpPayload(std::string_view stringValue, const WriteOptions &options);
std::string dumpPayload(const store::ListValue &value, const WriteOptions &options);
std::string dumpPayload(const store::SetValue &value, const WriteOptions &options);
std::string dumpPayload(const store::HashValue &value, const WriteOptions &options);
std::string dumpPayload(const store::ZSetValue &value, const WriteOptions &options);

// Redis's verifyDumpPayload: at least 10 bytes, footer version <= 10 and a matching CRC64.
// RESTORE answers "-ERR DUMP payload version or checksum are wrong" when this fails.
bool verifyDumpPayload(std::string_view payload);

// Decodes a verified payload. An RdbError (RESTORE answers "-ERR Bad data format") for a
// damaged body, an empty container, or a type the node cannot hold.
std::variant<LoadedValue, RdbError> parseDumpPayload(std::string_view payload,
                                                     std::string_view keyForMessages);

} // namespace rd::rdb
