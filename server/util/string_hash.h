#pragma once
// A transparent hash so unordered containers keyed by std::string can be searched with a
// std::string_view without building a temporary string.
#include <functional>
#include <string>
#include <string_view>

namespace rd {

struct TransparentStringHash
{
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    size_t operator()(const std::string &s) const { return std::hash<std::string_view>{}(s); }
};

} // namespace rd
