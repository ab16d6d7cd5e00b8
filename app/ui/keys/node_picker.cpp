#include "ui/keys/node_picker.h"

NodePicker::NodePicker(NodeRegistry *registry, QWidget *parent)
    : QComboBox(parent)
    , m_registry(registry)
{
    setObjectName(QStringLiteral("NodePicker"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setMinimumContentsLength(24);
    if (registry) {
        connect(registry, &NodeRegistry::nodeAdded, this, &NodePicker::rebuild);
        connect(registry, &NodeRegistry::nodeRemoved, this, &NodePicker::rebuild);
        connect(registry, &NodeRegistry::topologyChanged, this, &NodePicker::rebuild);
    }
    connect(this, &QComboBox::currentIndexChanged, this, [this] {
        const NodeId id = currentNode();
        if (id == m_last)
            return;
        m_last = id;
        emit nodeChanged(id);
    });
    rebuild();
}

QString NodePicker::describe(NodeRegistry *registry, NodeId id)
{
    const ConnectionSpec spec = registry->spec(id);
    const QString role = roleDisplayName(registry->role(id));
    const QString name = spec.name.isEmpty() || spec.name == spec.address()
                             ? spec.address()
                             : tr("%1 — %2").arg(spec.name, spec.address());
    return role.isEmpty() ? name : tr("%1 (%2)").arg(name, role);
}

void NodePicker::rebuild()
{
    const NodeId keep = currentNode();
    QSignalBlocker block(this);
    clear();
    if (m_registry) {
        for (NodeId id : m_registry->nodeIds())
            addItem(describe(m_registry, id), id);
    }
    if (count() == 0)
        addItem(tr("No server — connect one in the Connections dock"), 0);
    const int index = findData(keep);
    setCurrentIndex(index >= 0 ? index : 0);
    block.unblock();
    const NodeId now = currentNode();
    if (now != m_last) {
        m_last = now;
        emit nodeChanged(now);
    }
}

NodeId NodePicker::currentNode() const
{
    return currentData().toInt();
}

void NodePicker::setCurrentNode(NodeId id)
{
    const int index = findData(id);
    if (index >= 0)
        setCurrentIndex(index);
}
