#pragma once
// The Redis value types the browser knows, as TYPE names them.
#include <QByteArray>
#include <QMetaType>
#include <QString>

enum class KeyType { None, String, List, Hash, Set, ZSet, Stream, Other };

// From a TYPE reply ("string", "zset", "none", ...); unknown names (module types) are Other.
KeyType keyTypeFromName(const QByteArray &name);
// The TYPE name ("zset"); empty for None/Other.
QByteArray keyTypeName(KeyType type);
// Translated label for the user ("Sorted set").
QString keyTypeLabel(KeyType type);

Q_DECLARE_METATYPE(KeyType)
