#pragma once
// The RDB primitive decoder. RdbReader pulls bytes from an RdbSource (a memory buffer or a file
// descriptor), keeps the byte offset and the running CRC64 of what it consumed, and decodes the
// primitives of the format. Every fault throws RdbFormatError with the offset where the faulty
// item starts; sizes claimed by the input are never trusted for allocation (strings are read
// in bounded chunks), so a damaged length gives "truncated", not an out-of-memory crash.
#include "persistence/rdb_error.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rd::rdb {

class RdbSource
{
public:
    virtual ~RdbSource() = default;
    // Reads up to capacity bytes; returns 0 only at the end of the input. Throws
    // RdbFormatError(Io) on an operating-system error.
    virtual std::size_t read(char *buffer, std::size_t capacity) = 0;
    // Total bytes the source will deliver, when known (a file or a buffer); lets the reader
    // reject a length larger than the rest of the input before reading it.
    virtual std::optional<std::uint64_t> totalSize() const { return std::nullopt; }
};

class MemorySource : public RdbSource
{
public:
    explicit MemorySource(std::string_view bytes)
        : m_bytes(bytes)
    {
    }
    std::size_t read(char *buffer, std::size_t capacity) override;
    std::optional<std::uint64_t> totalSize() const override { return m_bytes.size(); }

private:
    std::string_view m_bytes;
    std::size_t m_pos = 0;
};

// Reads a file descriptor it does not own (a file, a pipe or a socket in blocking mode).
class FdSource : public RdbSource
{
public:
    // knownSize: the file size when the caller knows it (fstat), else nullopt.
    explicit FdSource(int fd, std::optional<std::uint64_t> knownSize = std::nullopt)
        : m_fd(fd)
        , m_size(knownSize)
    {
    }
    std::size_t read(char *buffer, std::size_t capacity) override;
    std::optional<std::uint64_t> totalSize() const override { return m_size; }

private:
    int m_fd;
    std::optional<std::uint64_t> m_size;
    std::uint64_t m_read = 0;
};

// A length field, or the special string encoding when the top two bits were 11.
struct LengthField
{
    std::uint64_t value = 0;
    bool encoded = false;
};

class RdbReader
{
public:
    explicit RdbReader(RdbSource &source);

    std::uint64_t offset() const { return m_consumed; }
    // CRC64 of every byte consumed so far.
    std::uint64_t crc();
    // Bytes left in the input when the source knows its size.
    std::optional<std::uint64_t> remaining() const;
    // True when no byte is left (reads ahead if needed).
    bool atEnd();

    std::uint8_t readByte(const char *what);
    void readExact(void *dest, std::size_t n, const char *what);
    std::string readBytes(std::uint64_t n, const char *what);
    // As readBytes, reusing out's capacity (no allocation once it is big enough).
    void readBytesInto(std::string &out, std::uint64_t n, const char *what);
    void skipBytes(std::uint64_t n, const char *what);

    std::uint16_t readUint16LE(const char *what);
    std::uint32_t readUint32LE(const char *what);
    std::uint64_t readUint64LE(const char *what);
    std::int64_t readInt64LE(const char *what)
    {
        return static_cast<std::int64_t>(readUint64LE(what));
    }

    LengthField readLengthField(const char *what);
    // A plain length; a special encoding here is a "bad length" error.
    std::uint64_t readLength(const char *what);
    // A string in any encoding (raw, C0/C1/C2 integer, C3 LZF), returned as its bytes.
    std::string readString(const char *what);
    void readStringInto(std::string &out, const char *what);
    void skipString(const char *what);
    double readBinaryDouble(const char *what);
    float readBinaryFloat(const char *what);
    double readAsciiDouble(const char *what);

    [[noreturn]] void fail(RdbErrc code, std::uint64_t at, std::string detail) const;

private:
    bool fill(); // false at the end of input
    void checkAvailable(std::uint64_t at, std::uint64_t n, const char *what) const;
    [[noreturn]] void failTruncated(std::uint64_t at, std::uint64_t need, const char *what) const;

    RdbSource &m_source;
    std::vector<char> m_buffer;
    std::size_t m_pos = 0;    // next unread byte in m_buffer
    std::size_t m_end = 0;    // end of valid bytes in m_buffer
    std::size_t m_crcPos = 0; // bytes of m_buffer already folded into m_crc
    std::uint64_t m_crc = 0;
    std::uint64_t m_consumed = 0;
    std::optional<std::uint64_t> m_total;
    std::string m_lzfScratch; // compressed bytes of the LZF string being read
};

} // namespace rd::rdb
