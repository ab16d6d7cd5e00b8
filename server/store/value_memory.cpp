#include "store/value_memory.h"

#include "store/encoding_limits.h"

#include <limits>

namespace rd::store {

EncodingLimits &encodingLimits()
{
    static EncodingLimits limits;
    return limits;
}

bool isCanonicalInteger(std::string_view bytes, long long *value)
{
    if (bytes.empty() || bytes.size() > 20)
        return false;
    std::size_t i = 0;
    const bool negative = bytes[0] == '-';
    if (negative)
        i = 1;
    if (i == bytes.size())
        return false;
    if (bytes[i] == '0')
        return bytes.size() == 1 ? (value ? (*value = 0, true) : true) : false;
    unsigned long long magnitude = 0;
    for (; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (c < '0' || c > '9')
            return false;
        const unsigned digit = static_cast<unsigned>(c - '0');
        if (magnitude > (std::numeric_limits<unsigned long long>::max() - digit) / 10)
            return false;
        magnitude = magnitude * 10 + digit;
    }
    const unsigned long long limit =
        negative ? static_cast<unsigned long long>(std::numeric_limits<long long>::max()) + 1
                 : static_cast<unsigned long long>(std::numeric_limits<long long>::max());
    if (magnitude > limit)
        return false;
    if (value)
        *value =
            negative ? static_cast<long long>(0ULL - magnitude) : static_cast<long long>(magnitude);
    return true;
}

} // namespace rd::store
