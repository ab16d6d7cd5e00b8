#pragma once
// How replication code emits Redis-format log lines without depending on who prints them:
// the node wires this to its logger; tests capture the lines.
#include <functional>
#include <string_view>

namespace rd::repl {

// Redis's levels; the glyphs in a log line are '.', '-', '*', '#'.
enum class LogLevel { Debug, Verbose, Notice, Warning };

using LogSink = std::function<void(LogLevel level, std::string_view message)>;

} // namespace rd::repl
