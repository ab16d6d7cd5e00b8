#pragma once
// CRC-64/Jones as Redis uses it for RDB files and DUMP payloads: polynomial
// 0xad93d23594c935a9, reflected in and out, initial value 0, no final XOR.
// crc64(0, "123456789", 9) == 0xe9c6d914c4b8d9ca.
#include <cstddef>
#include <cstdint>

namespace rd {

// Continues a running CRC over len more bytes; start with crc = 0.
std::uint64_t crc64(std::uint64_t crc, const void *data, std::size_t len);

} // namespace rd
