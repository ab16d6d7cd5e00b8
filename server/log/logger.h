#pragma once
// The node's log, in Redis's line format so the app parses one format for both servers:
//
//   <pid>:<role> <dd Mon yyyy HH:MM:SS.mmm> <level> <message>
//
// role: 'M' master, 'S' replica (setRole), 'C' for any process other than the server's own
// (a fork child saving an RDB, or before the server recorded its pid). level: '.' debug,
// '-' verbose, '*' notice, '#' warning. Lines below `loglevel` are dropped.
//
//   serverLog(LogLevel::Notice, "Ready to accept connections");
//   serverLogf(LogLevel::Warning, "Failed listening on port %d (tcp), aborting.", port);
#include <string>
#include <string_view>

namespace rd {

enum class LogLevel { Debug = 0, Verbose = 1, Notice = 2, Warning = 3 };

// Parses "debug", "verbose", "notice", "warning" (Redis's names); false if unknown.
bool parseLogLevel(std::string_view name, LogLevel &out);
const char *logLevelName(LogLevel level);

class Logger
{
public:
    static void setLevel(LogLevel level);
    static LogLevel level();
    // "" logs to stdout. Returns false (and keeps the old target) if the file cannot be opened.
    static bool setFile(const std::string &path);
    // Records the server's pid: lines from other pids are tagged 'C'.
    static void setServerPid(long pid);
    // 'M' or 'S'.
    static void setRole(char role);

    static void write(LogLevel level, std::string_view message);
};

void serverLog(LogLevel level, std::string_view message);
void serverLogf(LogLevel level, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

} // namespace rd
