#pragma once
// Compares secrets in time that depends only on their lengths, never on where they differ
// (password checks: AUTH, HELLO AUTH).
#include <string_view>

namespace rd {

inline bool constantTimeEquals(std::string_view a, std::string_view b)
{
    // Compare over the longer length so the time does not reveal a prefix match either.
    const size_t n = a.size() > b.size() ? a.size() : b.size();
    unsigned char diff = static_cast<unsigned char>(a.size() != b.size());
    for (size_t i = 0; i < n; ++i) {
        const unsigned char x = i < a.size() ? static_cast<unsigned char>(a[i]) : 0;
        const unsigned char y = i < b.size() ? static_cast<unsigned char>(b[i]) : 0;
        diff |= x ^ y;
    }
    return diff == 0;
}

} // namespace rd
