#include "ui/connections/lab_registration.h"

#include "lab/lab_controller.h"

#include <algorithm>

namespace {

ConnectionSpec labNodeSpec(const LabNode &node)
{
    ConnectionSpec spec;
    spec.name = node.name();
    spec.host = QStringLiteral("127.0.0.1");
    spec.port = node.port();
    spec.password = node.password(); // memory only: lab nodes are never saved as profiles
    // Local processes: a node that does not answer quickly is stopped or paused.
    spec.connectTimeoutMs = 1000;
    spec.commandTimeoutMs = 2000;
    return spec;
}

} // namespace

LabRegistration::LabRegistration(LabController *lab, NodeRegistry *registry, QObject *parent)
    : QObject(parent)
    , m_lab(lab)
    , m_registry(registry)
{
    registry->setAddressMapper([this](const QString &host, quint16 port) {
        return m_lab ? m_lab->realAddress(host, port) : qMakePair(host, port);
    });
    connect(lab, &LabController::labChanged, this, &LabRegistration::sync);
    sync();
}

LabRegistration::~LabRegistration()
{
    if (m_registry)
        m_registry->setAddressMapper({});
}

NodeId LabRegistration::nodeOf(const QString &labNodeName) const
{
    if (!m_lab || !m_registry)
        return 0;
    const LabNode *node = m_lab->node(labNodeName);
    return node ? m_registry->findByAddress(QStringLiteral("127.0.0.1"), node->port()) : 0;
}

void LabRegistration::sync()
{
    if (!m_registry)
        return;
    QList<ConnectionSpec> wanted;
    if (m_lab && m_lab->isOpen())
        for (const LabNode *node : m_lab->nodes())
            wanted << labNodeSpec(*node);
    // Gone first: a reopened lab may reuse an address for another node.
    for (NodeId id : m_registry->nodeIds()) {
        if (m_registry->origin(id) != NodeOrigin::Lab)
            continue;
        const ConnectionSpec current = m_registry->spec(id);
        const bool stillWanted =
            std::any_of(wanted.cbegin(), wanted.cend(), [&current](const ConnectionSpec &w) {
                return w.sameEndpoint(current) && w.name == current.name &&
                       w.password == current.password;
            });
        if (!stillWanted)
            m_registry->removeNode(id);
    }
    for (const ConnectionSpec &spec : std::as_const(wanted))
        m_registry->addNode(spec, NodeOrigin::Lab);
}
