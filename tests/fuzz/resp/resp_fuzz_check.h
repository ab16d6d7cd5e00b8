#pragma once
// The property both the libFuzzer target and the smoke test check on any input: parsing never
// crashes or reads past the input, consumes only what it was given, never yields an empty
// command, and gives the same commands and the same error whether the bytes arrive at once or
// in pieces of any size.
#include "net/resp_parser.h"

#include <cstdint>
#include <string>
#include <vector>

namespace respfuzz {

struct Outcome
{
    std::vector<std::vector<std::string>> commands;
    std::string error;
    bool operator==(const Outcome &) const = default;
};

inline Outcome parse(const uint8_t *data, size_t size, size_t chunk, bool authenticated)
{
    Outcome out;
    rd::RespParser parser;
    rd::RespParser::Limits limits;
    limits.authenticated = authenticated;
    limits.maxBulkLen = 1 << 20;
    rd::Argv argv;
    std::string buffer;
    size_t fed = 0;
    for (;;) {
        if (fed < size) {
            const size_t n = std::min(chunk, size - fed);
            buffer.append(reinterpret_cast<const char *>(data) + fed, n);
            fed += n;
        }
        for (;;) {
            size_t used = 0;
            const auto st = parser.feed(buffer.data(), buffer.size(), used, argv, limits);
            if (used > buffer.size())
                __builtin_trap();
            buffer.erase(0, used);
            if (st == rd::RespParser::Status::Error) {
                if (parser.errorText().empty())
                    __builtin_trap();
                out.error = parser.errorText();
                return out;
            }
            if (st == rd::RespParser::Status::NeedMore)
                break;
            if (argv.empty())
                __builtin_trap();
            out.commands.emplace_back(argv.begin(), argv.end());
            argv.clear();
        }
        if (fed >= size)
            return out;
    }
}

// Checks the property; returns false (instead of trapping) when whole and chunked differ.
inline bool check(const uint8_t *data, size_t size, size_t chunk)
{
    for (bool auth : {true, false}) {
        const Outcome whole = parse(data, size, size ? size : 1, auth);
        const Outcome pieces = parse(data, size, chunk ? chunk : 1, auth);
        if (!(whole == pieces))
            return false;
    }
    return true;
}

} // namespace respfuzz
