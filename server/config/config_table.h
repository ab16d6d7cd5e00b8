#pragma once
// ConfigTable: the one list of directives. Each entry knows its name (and Redis's old alias),
// how to parse arguments into Config, how to print its value for CONFIG GET, and how to write
// itself back for CONFIG REWRITE. Errors are Redis's exact reason texts ("argument must be 'yes'
// or 'no'"), which the config file reader and CONFIG SET wrap in their own formats.
#include "config/config.h"

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rd {

class ConfigTable
{
public:
    enum Flag : unsigned {
        Immutable = 1 << 0, // only in the config file or on the command line
        Protected = 1 << 1, // CONFIG SET needs enable-protected-configs
        MultiArg = 1 << 2,  // takes several arguments (save, bind, ...)
    };

    // Sets the directive from its arguments. append: true for the second and later lines of
    // the same directive in one file (the first "save" line replaces the defaults, later ones
    // add to it, as in Redis). Returns the reason on failure.
    using Setter = std::function<std::optional<std::string>(
        Config &, const std::vector<std::string> &args, bool append)>;
    using Getter = std::function<std::string(const Config &)>;
    // Lines for CONFIG REWRITE, each the full "name args" line; empty to write nothing.
    using Rewriter = std::function<std::vector<std::string>(const Config &)>;

    struct Directive
    {
        std::string name;
        std::string alias; // Redis's old name (slaveof, slave-read-only, ...), or empty
        unsigned flags = 0;
        Setter set;
        Getter get;
        Rewriter rewrite;
    };

    static const ConfigTable &instance();

    // Finds by name or alias, case-insensitively.
    const Directive *find(std::string_view name) const;
    const std::vector<Directive> &directives() const { return m_directives; }

    // Memory values: "1gb", "10mb", "1k" (1000) / "1kb" (1024), plain bytes.
    static bool parseMemory(std::string_view s, uint64_t &out);
    // The form CONFIG REWRITE writes ("1gb", "64mb", or bytes).
    static std::string memoryToString(uint64_t bytes);

private:
    ConfigTable();
    std::vector<Directive> m_directives;
};

} // namespace rd
