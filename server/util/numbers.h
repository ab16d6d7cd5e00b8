#pragma once
// Number <-> text conversions with Redis's exact acceptance rules, so that "value is not an
// integer" and "value is not a valid float" happen on the same inputs as in Redis 7.0.
#include <cstdint>
#include <string>
#include <string_view>

namespace rd {

// string2ll: optional '-', no '+', no spaces, no leading zeros, no "-0", within int64.
bool parseInt64(std::string_view s, int64_t &out);
// As parseInt64 but also requires out >= 0 (e.g. counts).
bool parseUInt64(std::string_view s, uint64_t &out);
// strtod over the whole string: no leading space, no trailing bytes, not NaN ("inf" accepted).
bool parseDouble(std::string_view s, double &out);
// strtold, same rules (INCRBYFLOAT, HINCRBYFLOAT).
bool parseLongDouble(std::string_view s, long double &out);

// Appends decimal digits of v.
void appendInt64(std::string &out, int64_t v);
std::string int64ToString(int64_t v);
// Redis 7.0 d2string: integers without a fraction, else %.17g; "inf", "-inf", "nan".
std::string formatDouble(double d);
// Redis ld2string in human mode (INCRBYFLOAT): %.17Lf with trailing zeros removed.
std::string formatLongDouble(long double d);

} // namespace rd
