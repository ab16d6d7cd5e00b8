#include "persistence/dump_payload.h"

#include "persistence/crc64.h"
#include "persistence/rdb_encoding.h"
#include "persistence/rdb_format.h"
#include "persistence/rdb_reader.h"

#include <new>

namespace rd::rdb {

namespace {

constexpr std::size_t kFooterSize = 10; // version (2) + CRC64 (8)

std::string seal(std::string payload)
{
    appendUint16LE(payload, static_cast<std::uint16_t>(kVersion));
    appendUint64LE(payload, crc64(0, payload.data(), payload.size()));
    return payload;
}

template <typename Value> std::string dumpContainer(const Value &value, const WriteOptions &options)
{
    std::string out;
    const std::uint8_t type = rdbTypeOf(value, options);
    out.push_back(static_cast<char>(type));
    appendBody(out, value, type, options);
    return seal(std::move(out));
}

} // namespace

std::string dumpPayload(std::string_view stringValue, const WriteOptions &options)
{
    std::string out(1, static_cast<char>(kTypeString));
    appendStringBody(out, stringValue, options);
    return seal(std::move(out));
}

std::string dumpPayload(const store::ListValue &value, const WriteOptions &options)
{
    return dumpContainer(value, options);
}

std::string dumpPayload(const store::SetValue &value, const WriteOptions &options)
{
    return dumpContainer(value, options);
}

std::string dumpPayload(const store::HashValue &value, const WriteOptions &options)
{
    return dumpContainer(value, options);
}

std::string dumpPayload(const store::ZSetValue &value, const WriteOptions &options)
{
    return dumpContainer(value, options);
}

bool verifyDumpPayload(std::string_view payload)
{
    if (payload.size() < kFooterSize)
        return false;
    const auto *footer =
        reinterpret_cast<const unsigned char *>(payload.data()) + payload.size() - kFooterSize;
    const unsigned version = footer[0] | (unsigned(footer[1]) << 8);
    if (version > static_cast<unsigned>(kVersion))
        return false;
    std::uint64_t stored = 0;
    for (int i = 7; i >= 0; --i)
        stored = (stored << 8) | footer[2 + i];
    return crc64(0, payload.data(), payload.size() - 8) == stored;
}

std::variant<LoadedValue, RdbError> parseDumpPayload(std::string_view payload,
                                                     std::string_view keyForMessages)
{
    if (payload.size() < kFooterSize)
        return RdbError{RdbErrc::Truncated, 0, "payload shorter than its footer"};
    MemorySource source(payload.substr(0, payload.size() - kFooterSize));
    try {
        RdbReader in(source);
        const std::uint8_t type = in.readByte("value type");
        if (!isValueType(type))
            return RdbError{RdbErrc::UnknownType, 0,
                            "byte " + std::to_string(type) + " is not a value type"};
        std::optional<LoadedValue> value = readValue(in, type, keyForMessages);
        if (!value)
            return RdbError{RdbErrc::BadLength, 1, "empty value"};
        return std::move(*value);
    } catch (const RdbFormatError &e) {
        return e.error();
    } catch (const std::bad_alloc &) {
        return RdbError{RdbErrc::Io, 0, "out of memory"};
    }
}

} // namespace rd::rdb
