#pragma once
// Reading redis.conf text (a file plus the command line's --directive options, which Redis
// appends as extra lines) into Config, and CONFIG REWRITE.
//
// A bad line stops start-up with Redis's block, printed to stderr before exit(1):
//
//   (empty line)
//   *** FATAL CONFIG FILE ERROR (Redis 7.0.15) ***
//   Reading the configuration file, at line 2
//   >>> 'bogus-directive yes'
//   Bad directive or wrong number of arguments
#include "config/config.h"

#include <optional>
#include <string>
#include <vector>

namespace rd {

struct ConfigError
{
    int line = 0;     // 1-based, counted over the file text then the command-line lines
    std::string text; // the offending line, trimmed
    std::string reason;
};

// Applies redis.conf text to config. Stops at the first bad line.
std::optional<ConfigError> applyConfigText(Config &config, const std::string &text);

// Redis's fatal block (with the leading empty line and trailing newline).
std::string formatConfigError(const ConfigError &error);

// Turns "--port 7000 --save '' --bind a b" (argv after the config file) into config lines,
// quoting arguments as Redis does.
std::string commandLineToConfigText(const std::vector<std::string> &args);

// Applies one directive at run time (CONFIG SET uses the table directly; this is for tests
// and subsystems): returns the reason on failure.
std::optional<std::string> applyDirective(Config &config, const std::string &name,
                                          const std::vector<std::string> &args);

// CONFIG REWRITE: keeps comments and the order of the existing file, replaces the lines of
// each directive with its current value, drops lines of directives now at their default that
// were not in the file, and appends the rest. Returns an error text on failure.
std::optional<std::string> rewriteConfigFile(const Config &config, const std::string &path);

} // namespace rd
