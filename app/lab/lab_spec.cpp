#include "lab/lab_spec.h"

#include <QSet>

LabNodeSpec *LabSpec::node(const QString &name)
{
    for (LabNodeSpec &n : nodes)
        if (n.name == name)
            return &n;
    return nullptr;
}

const LabNodeSpec *LabSpec::node(const QString &name) const
{
    for (const LabNodeSpec &n : nodes)
        if (n.name == name)
            return &n;
    return nullptr;
}

QStringList LabSpec::replicasOf(const QString &name) const
{
    QStringList out;
    for (const LabNodeSpec &n : nodes)
        if (n.upstream == name)
            out << n.name;
    return out;
}

bool LabSpec::wouldCycle(const QString &replica, const QString &upstream) const
{
    QSet<QString> seen;
    for (QString at = upstream; !at.isEmpty(); at = node(at) ? node(at)->upstream : QString()) {
        if (at == replica || seen.contains(at))
            return true;
        seen.insert(at);
    }
    return false;
}

QString LabSpec::nextReplicaName() const
{
    for (int i = 1;; ++i) {
        const QString name = QStringLiteral("replica-%1").arg(i);
        if (!node(name))
            return name;
    }
}
