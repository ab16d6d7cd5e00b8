#include "util/split_args.h"

#include <cctype>

namespace rd {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\0' || c == '\v' || c == '\f';
}

} // namespace

bool splitArgs(std::string_view line, std::vector<std::string> &out)
{
    out.clear();
    size_t p = 0;
    const size_t n = line.size();
    for (;;) {
        while (p < n && isSpace(line[p]))
            ++p;
        if (p >= n)
            return true;
        bool inDouble = false, inSingle = false, done = false;
        std::string current;
        while (!done) {
            if (inDouble) {
                if (p >= n)
                    return false; // unterminated quotes
                if (line[p] == '\\' && p + 3 < n && line[p + 1] == 'x' &&
                    hexValue(line[p + 2]) >= 0 && hexValue(line[p + 3]) >= 0) {
                    current.push_back(
                        static_cast<char>(hexValue(line[p + 2]) * 16 + hexValue(line[p + 3])));
                    p += 3;
                } else if (line[p] == '\\' && p + 1 < n) {
                    ++p;
                    switch (line[p]) {
                    case 'n':
                        current.push_back('\n');
                        break;
                    case 'r':
                        current.push_back('\r');
                        break;
                    case 't':
                        current.push_back('\t');
                        break;
                    case 'b':
                        current.push_back('\b');
                        break;
                    case 'a':
                        current.push_back('\a');
                        break;
                    default:
                        current.push_back(line[p]);
                        break;
                    }
                } else if (line[p] == '"') {
                    // The closing quote must be followed by a space or nothing.
                    if (p + 1 < n && !isSpace(line[p + 1]))
                        return false;
                    done = true;
                } else {
                    current.push_back(line[p]);
                }
            } else if (inSingle) {
                if (p >= n)
                    return false;
                if (line[p] == '\\' && p + 1 < n && line[p + 1] == '\'') {
                    ++p;
                    current.push_back('\'');
                } else if (line[p] == '\'') {
                    if (p + 1 < n && !isSpace(line[p + 1]))
                        return false;
                    done = true;
                } else {
                    current.push_back(line[p]);
                }
            } else {
                if (p >= n) {
                    done = true;
                    break;
                }
                switch (line[p]) {
                case ' ':
                case '\n':
                case '\r':
                case '\t':
                case '\0':
                    done = true;
                    break;
                case '"':
                    inDouble = true;
                    break;
                case '\'':
                    inSingle = true;
                    break;
                default:
                    current.push_back(line[p]);
                    break;
                }
            }
            if (p < n)
                ++p;
        }
        out.push_back(std::move(current));
    }
}

std::string quoteArg(std::string_view arg)
{
    std::string s = "\"";
    static const char hex[] = "0123456789abcdef";
    for (unsigned char c : arg) {
        switch (c) {
        case '\\':
            s += "\\\\";
            break;
        case '"':
            s += "\\\"";
            break;
        case '\n':
            s += "\\n";
            break;
        case '\r':
            s += "\\r";
            break;
        case '\t':
            s += "\\t";
            break;
        case '\a':
            s += "\\a";
            break;
        case '\b':
            s += "\\b";
            break;
        default:
            if (std::isprint(c)) {
                s.push_back(static_cast<char>(c));
            } else {
                s += "\\x";
                s.push_back(hex[c >> 4]);
                s.push_back(hex[c & 15]);
            }
        }
    }
    s.push_back('"');
    return s;
}

} // namespace rd
