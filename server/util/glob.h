#pragma once
// Redis's glob-style matching (stringmatchlen): * ? [abc] [^a] [a-z] and \ escapes. Used by
// KEYS, SCAN MATCH, CONFIG GET and PSUBSCRIBE so patterns mean the same as in Redis.
#include <string_view>

namespace rd {

bool globMatch(std::string_view pattern, std::string_view text, bool nocase = false);

} // namespace rd
