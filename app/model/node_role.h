#pragma once
// What a server is in a replication group, as INFO/ROLE report it.
#include <QMetaType>
#include <QString>

enum class NodeRole { Unknown, Master, Replica, Sentinel };

Q_DECLARE_METATYPE(NodeRole)

// The role as the UI names it ("master", "replica", "sentinel", translated); empty when unknown.
QString roleDisplayName(NodeRole role);
