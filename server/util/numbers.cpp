#include "util/numbers.h"

#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace rd {

bool parseInt64(std::string_view s, int64_t &out)
{
    const size_t n = s.size();
    if (n == 0 || n > 20)
        return false;
    if (n == 1 && s[0] == '0') {
        out = 0;
        return true;
    }
    size_t p = 0;
    bool negative = false;
    if (s[0] == '-') {
        negative = true;
        if (++p == n)
            return false;
    }
    if (s[p] < '1' || s[p] > '9')
        return false;
    uint64_t v = 0;
    for (; p < n; ++p) {
        const char c = s[p];
        if (c < '0' || c > '9')
            return false;
        if (v > (UINT64_MAX / 10))
            return false;
        v *= 10;
        if (v > UINT64_MAX - uint64_t(c - '0'))
            return false;
        v += uint64_t(c - '0');
    }
    if (negative) {
        if (v > uint64_t(INT64_MAX) + 1)
            return false;
        out = v == uint64_t(INT64_MAX) + 1 ? INT64_MIN : -int64_t(v);
    } else {
        if (v > uint64_t(INT64_MAX))
            return false;
        out = int64_t(v);
    }
    return true;
}

bool parseUInt64(std::string_view s, uint64_t &out)
{
    int64_t v;
    if (!parseInt64(s, v) || v < 0)
        return false;
    out = uint64_t(v);
    return true;
}

bool parseDouble(std::string_view s, double &out)
{
    if (s.empty() || s.size() > 5000 || std::isspace(static_cast<unsigned char>(s[0])))
        return false;
    char buf[5001];
    std::memcpy(buf, s.data(), s.size());
    buf[s.size()] = '\0';
    char *end = nullptr;
    errno = 0;
    const double v = std::strtod(buf, &end);
    if (end != buf + s.size() || (errno == ERANGE && (v == HUGE_VAL || v == -HUGE_VAL || v == 0)) ||
        std::isnan(v))
        return false;
    out = v;
    return true;
}

bool parseLongDouble(std::string_view s, long double &out)
{
    if (s.empty() || s.size() > 5000 || std::isspace(static_cast<unsigned char>(s[0])))
        return false;
    char buf[5001];
    std::memcpy(buf, s.data(), s.size());
    buf[s.size()] = '\0';
    char *end = nullptr;
    errno = 0;
    const long double v = std::strtold(buf, &end);
    if (end != buf + s.size() || errno == ERANGE || std::isnan(v))
        return false;
    out = v;
    return true;
}

void appendInt64(std::string &out, int64_t v)
{
    char buf[24];
    auto r = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, r.ptr);
}

std::string int64ToString(int64_t v)
{
    std::string s;
    appendInt64(s, v);
    return s;
}

std::string formatDouble(double d)
{
    if (std::isnan(d))
        return "nan";
    if (std::isinf(d))
        return d > 0 ? "inf" : "-inf";
    if (d == 0)
        return std::signbit(d) ? "-0" : "0";
    // Integers that a double represents exactly print without exponent, as Redis does.
    if (d > -4503599627370496.0 && d < 4503599627370496.0 && d == std::floor(d))
        return int64ToString(static_cast<int64_t>(d));
    char buf[64];
    const int n = std::snprintf(buf, sizeof buf, "%.17g", d);
    return std::string(buf, size_t(n));
}

std::string formatLongDouble(long double d)
{
    if (std::isinf(d))
        return d > 0 ? "inf" : "-inf";
    char buf[5600];
    int n = std::snprintf(buf, sizeof buf, "%.17Lf", d);
    if (n <= 0 || size_t(n) >= sizeof buf)
        return "0";
    std::string s(buf, size_t(n));
    if (s.find('.') != std::string::npos) {
        while (!s.empty() && s.back() == '0')
            s.pop_back();
        if (!s.empty() && s.back() == '.')
            s.pop_back();
    }
    if (s == "-0")
        s = "0";
    return s;
}

} // namespace rd
