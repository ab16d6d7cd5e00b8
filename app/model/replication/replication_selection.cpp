#include "model/replication/replication_selection.h"

ReplicationSelection::ReplicationSelection(QObject *parent)
    : QObject(parent)
{
}

void ReplicationSelection::select(Kind kind, const QString &id)
{
    if (id.isEmpty())
        kind = Kind::None;
    const QString newId = kind == Kind::None ? QString() : id;
    if (kind == m_kind && newId == m_id)
        return;
    m_kind = kind;
    m_id = newId;
    emit selectionChanged(m_kind, m_id);
}
