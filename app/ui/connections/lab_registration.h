#pragma once
// Keeps the local lab's nodes in the NodeRegistry while a lab is open, so the connections
// sidebar, dashboards, consoles, the key browser and the replication views reach them exactly
// as they reach remote servers (and sample each one once). Lab nodes carry the lab password in
// memory only (NodeOrigin::Lab: never offered for saving) and go away when the lab closes or
// drops them. A link's proxy port is resolved to the real node for topology and discovery.
#include "model/node_registry.h"

#include <QObject>
#include <QPointer>

class LabController;

class LabRegistration : public QObject
{
    Q_OBJECT
public:
    LabRegistration(LabController *lab, NodeRegistry *registry, QObject *parent = nullptr);
    ~LabRegistration() override;

    // The registry's node for a lab node name (0 if none).
    NodeId nodeOf(const QString &labNodeName) const;
    // Adds the lab's nodes that are missing, removes lab nodes that are gone.
    void sync();

private:
    QPointer<LabController> m_lab;
    QPointer<NodeRegistry> m_registry;
};
