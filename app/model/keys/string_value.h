#pragma once
// Loading a string value without pulling a huge one whole: up to `maxBytes` are read (GETRANGE),
// and the caller learns the full length and whether the value was cut.
#include "model/keys/db_commands.h"

#include <functional>

struct StringValue
{
    QByteArray bytes;
    qint64 totalSize = 0;
    bool truncated = false;
    bool missing = false; // the key is gone
    QString error;
};

void loadStringValue(const DbCommands &db, const QByteArray &key, qint64 maxBytes,
                     const QObject *context, std::function<void(const StringValue &)> done);
