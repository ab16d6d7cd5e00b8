#pragma once
// What the value panel shows about a key before its value: type, TTL, size, encoding, memory.
#include "model/keys/db_commands.h"
#include "model/keys/key_type.h"

#include <functional>

struct KeyDetails
{
    QByteArray key;
    KeyType type = KeyType::None; // None: the key does not exist (any more)
    qint64 ttlMs = -2;            // PTTL: -1 no expiry, -2 no such key
    qint64 size = -1;             // STRLEN, or LLEN/HLEN/SCARD/ZCARD/XLEN
    QByteArray encoding;          // OBJECT ENCODING ("listpack", "hashtable", ...)
    qint64 memoryBytes = -1;      // MEMORY USAGE, when the server has it
    QString error;                // the server's error, if a request failed

    bool exists() const { return type != KeyType::None; }
};

// Two pipelined round trips: TYPE/PTTL/OBJECT ENCODING/MEMORY USAGE, then the size command for
// that type. `done` is dropped if `context` goes away first.
void inspectKey(const DbCommands &db, const QByteArray &key, const QObject *context,
                std::function<void(const KeyDetails &)> done);

// The command that counts a type's elements ("LLEN"), empty for None/Other.
QByteArray sizeCommandFor(KeyType type);
