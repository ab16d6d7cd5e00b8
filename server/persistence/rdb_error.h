#pragma once
// Named RDB errors. Every decoding failure carries the byte offset in the file (or payload)
// where it was found, so a damaged file is reported as "truncated at byte offset 1234: ...".
//
// The decoders throw RdbFormatError internally (parsing is deeply nested and must stop at the
// first fault); the public entry points (RdbLoader, DUMP/RESTORE) catch it and hand back an
// RdbError value, so no exception crosses a subsystem boundary.
#include <cstdint>
#include <exception>
#include <string>
#include <string_view>
#include <system_error>

namespace rd {

enum class RdbErrc {
    BadMagic = 1, // the file does not start with "REDIS"
    BadVersion,   // version digits unreadable or outside 1..10
    Truncated,    // input ended in the middle of something
    BadChecksum,  // CRC64 at the end does not match
    BadLength,    // a length that is impossible (too big, wrong for its container)
    BadEncoding,  // an unknown encoding byte or malformed compact structure
    UnknownType,  // a byte that is neither an opcode nor a value type
    Unsupported,  // a valid value the node cannot hold (streams, modules)
    BadDatabase,  // SELECTDB beyond the configured number of databases
    Io,           // the operating system refused a read or write
};

const std::error_category &rdbCategory();
std::error_code make_error_code(RdbErrc code);
// Short name of the kind, e.g. "truncated", "bad checksum".
const char *rdbErrcName(RdbErrc code);

struct RdbError
{
    RdbErrc code = RdbErrc::Io;
    std::uint64_t offset = 0;
    std::string detail;

    // "<kind> at byte offset <offset>: <detail>"
    std::string message() const;
};

class RdbFormatError : public std::exception
{
public:
    explicit RdbFormatError(RdbError error);
    const RdbError &error() const { return m_error; }
    const char *what() const noexcept override { return m_what.c_str(); }

private:
    RdbError m_error;
    std::string m_what;
};

[[noreturn]] void throwRdbError(RdbErrc code, std::uint64_t offset, std::string detail);

// A key for messages: quoted, with bytes outside printable ASCII escaped as \xNN (redis-cli style),
// cut after 128 bytes.
std::string quoteKey(std::string_view key);

} // namespace rd

template <> struct std::is_error_code_enum<rd::RdbErrc> : std::true_type
{
};
