#pragma once
// RespParser: turns the bytes a client sent into commands, exactly as Redis 7.0's
// processInlineBuffer / processMultibulkBuffer do, including their error texts.
//
// It is pure (no sockets, no server): feed() looks at the bytes not yet consumed and either
// completes one command, asks for more bytes, or reports a protocol error. It keeps its position
// inside a multibulk request between calls, so a request that arrives one byte at a time is
// parsed in linear time and gives the same result as the whole request at once (the tests check
// this byte by byte).
//
//   RespParser p;            size_t used = 0;
//   switch (p.feed(buf, len, used, argv)) { ... }   // then drop `used` bytes from buf
#include "net/argv.h"

#include <cstddef>
#include <cstdint>
#include <string>

namespace rd {

class RespParser
{
public:
    enum class Status {
        Command,  // argv holds one complete command (never empty)
        NeedMore, // every complete piece was consumed; call again with more bytes
        Error,    // protocol error: reply "-ERR " + errorText() and close the connection
    };

    struct Limits
    {
        int64_t maxBulkLen = 512LL * 1024 * 1024; // proto-max-bulk-len
        bool authenticated = true;                // unauthenticated clients get tighter limits
        bool fromMaster = false;                  // the master link has no bulk limit
    };

    // Inline and count lines longer than this without a newline are refused
    // (PROTO_INLINE_MAX_SIZE).
    static constexpr size_t kInlineMaxSize = 64 * 1024;

    // Parses from data[0, len). `consumed` is set to the bytes the caller must drop, on every
    // status (on Error it is 0). On Command, argv is the command; it is left as is otherwise.
    Status feed(const char *data, size_t len, size_t &consumed, Argv &argv, const Limits &limits);

    // The error reply text without the "-ERR " prefix, e.g. "Protocol error: invalid bulk length".
    const std::string &errorText() const { return m_error; }
    // Whether a multibulk command is half read (for the query buffer accounting).
    bool midCommand() const { return m_multibulkLeft > 0; }
    void reset();

private:
    Status feedInline(const char *data, size_t len, size_t &consumed, Argv &argv);
    Status feedMultibulk(const char *data, size_t len, size_t &consumed, Argv &argv,
                         const Limits &limits);
    Status fail(const char *text, size_t &consumed);

    int64_t m_multibulkLeft = 0; // arguments still expected in the current multibulk command
    int64_t m_bulkLen = -1;      // length of the next argument once its $ line was read
    std::string m_error;
};

} // namespace rd
