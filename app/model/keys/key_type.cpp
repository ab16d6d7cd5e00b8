#include "model/keys/key_type.h"

#include <QCoreApplication>

KeyType keyTypeFromName(const QByteArray &name)
{
    if (name == "string")
        return KeyType::String;
    if (name == "list")
        return KeyType::List;
    if (name == "hash")
        return KeyType::Hash;
    if (name == "set")
        return KeyType::Set;
    if (name == "zset")
        return KeyType::ZSet;
    if (name == "stream")
        return KeyType::Stream;
    if (name == "none" || name.isEmpty())
        return KeyType::None;
    return KeyType::Other;
}

QByteArray keyTypeName(KeyType type)
{
    switch (type) {
    case KeyType::String:
        return "string";
    case KeyType::List:
        return "list";
    case KeyType::Hash:
        return "hash";
    case KeyType::Set:
        return "set";
    case KeyType::ZSet:
        return "zset";
    case KeyType::Stream:
        return "stream";
    case KeyType::None:
    case KeyType::Other:
        break;
    }
    return {};
}

QString keyTypeLabel(KeyType type)
{
    switch (type) {
    case KeyType::String:
        return QCoreApplication::translate("KeyType", "String");
    case KeyType::List:
        return QCoreApplication::translate("KeyType", "List");
    case KeyType::Hash:
        return QCoreApplication::translate("KeyType", "Hash");
    case KeyType::Set:
        return QCoreApplication::translate("KeyType", "Set");
    case KeyType::ZSet:
        return QCoreApplication::translate("KeyType", "Sorted set");
    case KeyType::Stream:
        return QCoreApplication::translate("KeyType", "Stream");
    case KeyType::None:
        return QCoreApplication::translate("KeyType", "(no such key)");
    case KeyType::Other:
        break;
    }
    return QCoreApplication::translate("KeyType", "Other");
}
