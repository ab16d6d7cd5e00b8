#include "commands/status_errors.h"

namespace rd {

std::string_view statusErrorText(StoreStatus status)
{
    switch (status) {
    case StoreStatus::Ok:
        return "";
    case StoreStatus::WrongType:
        return "-WRONGTYPE Operation against a key holding the wrong kind of value";
    case StoreStatus::NotInteger:
        return "value is not an integer or out of range";
    case StoreStatus::NotFloat:
        return "value is not a valid float";
    case StoreStatus::Syntax:
        return "syntax error";
    case StoreStatus::NoSuchKey:
        return "no such key";
    case StoreStatus::IndexOutOfRange:
        return "index out of range";
    case StoreStatus::Overflow:
        return "increment or decrement would overflow";
    case StoreStatus::NaNOrInfinity:
        return "increment would produce NaN or Infinity";
    case StoreStatus::HashNotInteger:
        return "hash value is not an integer";
    case StoreStatus::HashNotFloat:
        return "hash value is not a float";
    case StoreStatus::DbIndexOutOfRange:
        return "DB index is out of range";
    case StoreStatus::OutOfMemory:
        return "-OOM command not allowed when used memory > 'maxmemory'.";
    case StoreStatus::BusyKey:
        return "-BUSYKEY Target key name already exists.";
    case StoreStatus::StringTooLong:
        return "string exceeds maximum allowed size (proto-max-bulk-len)";
    case StoreStatus::NotPositive:
        return "value is out of range, must be positive";
    case StoreStatus::MinMaxNotFloat:
        return "min or max is not a float";
    case StoreStatus::MinMaxNotString:
        return "min or max not valid string range item";
    case StoreStatus::TimeoutNotFloat:
        return "timeout is not a float or out of range";
    case StoreStatus::TimeoutNegative:
        return "timeout is negative";
    case StoreStatus::SameObject:
        return "source and destination objects are the same";
    }
    return "unknown error";
}

void replyStatusError(ReplyBuffer &reply, StoreStatus status)
{
    reply.error(statusErrorText(status));
}

} // namespace rd
