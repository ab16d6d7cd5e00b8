#include "persistence/rdb_error.h"

namespace rd {

namespace {

class RdbCategory : public std::error_category
{
public:
    const char *name() const noexcept override { return "rdb"; }
    std::string message(int code) const override { return rdbErrcName(static_cast<RdbErrc>(code)); }
};

} // namespace

const std::error_category &rdbCategory()
{
    static const RdbCategory category;
    return category;
}

std::error_code make_error_code(RdbErrc code)
{
    return {static_cast<int>(code), rdbCategory()};
}

const char *rdbErrcName(RdbErrc code)
{
    switch (code) {
    case RdbErrc::BadMagic:
        return "bad magic";
    case RdbErrc::BadVersion:
        return "bad version";
    case RdbErrc::Truncated:
        return "truncated";
    case RdbErrc::BadChecksum:
        return "bad checksum";
    case RdbErrc::BadLength:
        return "bad length";
    case RdbErrc::BadEncoding:
        return "bad encoding";
    case RdbErrc::UnknownType:
        return "unknown type";
    case RdbErrc::Unsupported:
        return "unsupported value";
    case RdbErrc::BadDatabase:
        return "bad database";
    case RdbErrc::Io:
        return "I/O error";
    }
    return "unknown error";
}

std::string RdbError::message() const
{
    std::string text = rdbErrcName(code);
    text += " at byte offset ";
    text += std::to_string(offset);
    if (!detail.empty()) {
        text += ": ";
        text += detail;
    }
    return text;
}

RdbFormatError::RdbFormatError(RdbError error)
    : m_error(std::move(error))
    , m_what(m_error.message())
{
}

std::string quoteKey(std::string_view key)
{
    constexpr std::size_t kMaxShown = 128;
    std::string out = "'";
    for (std::size_t i = 0; i < key.size() && i < kMaxShown; ++i) {
        const auto c = static_cast<unsigned char>(key[i]);
        if (c == '\\' || c == '\'') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c >= 0x20 && c < 0x7f) {
            out += static_cast<char>(c);
        } else {
            static const char digits[] = "0123456789abcdef";
            out += "\\x";
            out += digits[c >> 4];
            out += digits[c & 15];
        }
    }
    if (key.size() > kMaxShown)
        out += "...";
    out += "'";
    return out;
}

void throwRdbError(RdbErrc code, std::uint64_t offset, std::string detail)
{
    throw RdbFormatError(RdbError{code, offset, std::move(detail)});
}

} // namespace rd
