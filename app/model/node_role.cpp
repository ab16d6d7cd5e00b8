#include "model/node_role.h"

#include <QCoreApplication>

QString roleDisplayName(NodeRole role)
{
    switch (role) {
    case NodeRole::Master:
        return QCoreApplication::translate("NodeRole", "master");
    case NodeRole::Replica:
        return QCoreApplication::translate("NodeRole", "replica");
    case NodeRole::Sentinel:
        return QCoreApplication::translate("NodeRole", "sentinel");
    case NodeRole::Unknown:
        break;
    }
    return {};
}
