#pragma once
// A small selector of the monitored servers (NodeRegistry), shown at the top of the key browser
// and the config editor: "replica-1 — 127.0.0.1:7001 (replica)". Follows nodes being added and
// removed; keeps the selection when it can.
#include "model/node_registry.h"

#include <QComboBox>
#include <QPointer>

class NodePicker : public QComboBox
{
    Q_OBJECT
public:
    explicit NodePicker(NodeRegistry *registry, QWidget *parent = nullptr);

    NodeId currentNode() const;
    void setCurrentNode(NodeId id);
    NodeRegistry *registry() const { return m_registry; }
    // "name (role)" for a node, as listed.
    static QString describe(NodeRegistry *registry, NodeId id);

signals:
    void nodeChanged(NodeId id);

private:
    void rebuild();

    QPointer<NodeRegistry> m_registry;
    NodeId m_last = 0;
};
