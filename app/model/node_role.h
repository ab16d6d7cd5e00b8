#pragma once
// What a server is in a replication group, as INFO/ROLE report it.
#include <QMetaType>

enum class NodeRole { Unknown, Master, Replica, Sentinel };

Q_DECLARE_METATYPE(NodeRole)
