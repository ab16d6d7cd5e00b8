#pragma once
// The "name:value\r\n" lines every INFO section is made of (the server's sections, persistence,
// replication).
#include <cstdint>
#include <string>
#include <string_view>

namespace rd::info {

inline void field(std::string &out, const char *name, std::string_view value)
{
    out += name;
    out += ':';
    out += value;
    out += "\r\n";
}

inline void field(std::string &out, const char *name, std::int64_t value)
{
    field(out, name, std::string_view(std::to_string(value)));
}

} // namespace rd::info
