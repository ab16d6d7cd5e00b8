#pragma once
// How replication code emits Redis-format log lines without depending on who prints them:
// the node wires this to serverLog; tests capture the lines.
#include "log/logger.h"

#include <functional>
#include <string_view>

namespace rd::repl {

using rd::LogLevel;
using LogSink = std::function<void(LogLevel level, std::string_view message)>;

} // namespace rd::repl
