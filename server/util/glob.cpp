#include "util/glob.h"

#include <cctype>

namespace rd {

namespace {

inline char fold(char c, bool nocase)
{
    return nocase ? char(std::tolower(static_cast<unsigned char>(c))) : c;
}

// Recursion is bounded by the number of '*' in the pattern, which is bounded by its length;
// consecutive stars are collapsed so "a*****b" does not explode.
bool match(const char *p, const char *pend, const char *s, const char *send, bool nocase,
           int nesting)
{
    if (nesting > 1000)
        return false;
    while (p < pend && s <= send) {
        switch (*p) {
        case '*':
            while (p + 1 < pend && p[1] == '*')
                ++p;
            if (p + 1 == pend)
                return true;
            for (const char *t = s; t <= send; ++t)
                if (match(p + 1, pend, t, send, nocase, nesting + 1))
                    return true;
            return false;
        case '?':
            if (s == send)
                return false;
            ++s;
            break;
        case '[': {
            if (s == send)
                return false;
            ++p;
            const bool negate = p < pend && *p == '^';
            if (negate)
                ++p;
            bool found = false;
            for (;;) {
                if (p >= pend) {
                    --p; // unterminated class: Redis treats the end as the class end
                    break;
                }
                if (*p == '\\' && p + 1 < pend) {
                    ++p;
                    if (fold(*p, nocase) == fold(*s, nocase))
                        found = true;
                } else if (*p == ']') {
                    break;
                } else if (p + 2 < pend && p[1] == '-') {
                    char lo = fold(p[0], nocase), hi = fold(p[2], nocase);
                    if (lo > hi) {
                        const char t = lo;
                        lo = hi;
                        hi = t;
                    }
                    const char c = fold(*s, nocase);
                    if (c >= lo && c <= hi)
                        found = true;
                    p += 2;
                } else if (fold(*p, nocase) == fold(*s, nocase)) {
                    found = true;
                }
                ++p;
            }
            if (negate)
                found = !found;
            if (!found)
                return false;
            ++s;
            break;
        }
        case '\\':
            if (p + 1 < pend)
                ++p;
            [[fallthrough]];
        default:
            if (s == send || fold(*p, nocase) != fold(*s, nocase))
                return false;
            ++s;
            break;
        }
        ++p;
    }
    while (p < pend && *p == '*')
        ++p;
    return p == pend && s == send;
}

} // namespace

bool globMatch(std::string_view pattern, std::string_view text, bool nocase)
{
    return match(pattern.data(), pattern.data() + pattern.size(), text.data(),
                 text.data() + text.size(), nocase, 0);
}

} // namespace rd
