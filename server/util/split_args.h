#pragma once
// Redis's argument splitting rules (sdssplitargs): shared by redis.conf lines and inline
// requests, so both accept the same quoting: "double quotes" with \n \r \t \b \a \\ \" and \xHH
// escapes, 'single quotes' with \' only, and a closing quote must be followed by a space.
#include <string>
#include <string_view>
#include <vector>

namespace rd {

// Splits line into out (cleared first). Returns false on unbalanced quotes, as Redis does.
bool splitArgs(std::string_view line, std::vector<std::string> &out);

// The reverse of splitArgs for one argument: a double-quoted form with escapes (sdscatrepr),
// e.g. for CONFIG REWRITE and for command-line options turned into config lines.
std::string quoteArg(std::string_view arg);

} // namespace rd
