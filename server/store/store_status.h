#pragma once
// StoreStatus: how a store operation or argument check failed, in Redis's vocabulary. Commands
// return or receive one and reply with replyStatusError() (commands/status_errors.h), the one
// place that knows Redis's exact error strings.
namespace rd {

enum class StoreStatus {
    Ok,
    WrongType,         // -WRONGTYPE Operation against a key holding the wrong kind of value
    NotInteger,        // value is not an integer or out of range
    NotFloat,          // value is not a valid float
    Syntax,            // syntax error
    NoSuchKey,         // no such key
    IndexOutOfRange,   // index out of range
    Overflow,          // increment or decrement would overflow
    NaNOrInfinity,     // increment would produce NaN or Infinity
    HashNotInteger,    // hash value is not an integer
    HashNotFloat,      // hash value is not a float
    DbIndexOutOfRange, // DB index is out of range
    OutOfMemory,       // -OOM command not allowed when used memory > 'maxmemory'.
    BusyKey,           // -BUSYKEY Target key name already exists.
    StringTooLong,     // string exceeds maximum allowed size (proto-max-bulk-len)
    NotPositive,       // value is out of range, must be positive
    MinMaxNotFloat,    // min or max is not a float
    MinMaxNotString,   // min or max not valid string range item
    TimeoutNotFloat,   // timeout is not a float or out of range
    TimeoutNegative,   // timeout is negative
    SameObject,        // source and destination objects are the same
};

} // namespace rd
