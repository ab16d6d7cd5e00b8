#pragma once
// The one selection shared by every replication view: click a node or a link anywhere and the
// topology, the state machine, the lag chart and the doctor all follow.
#include <QObject>
#include <QString>

class ReplicationSelection : public QObject
{
    Q_OBJECT
public:
    enum class Kind { None, Node, Link };
    Q_ENUM(Kind)

    explicit ReplicationSelection(QObject *parent = nullptr);

    Kind kind() const { return m_kind; }
    // A node id, or for a link the id of its replica (a replica has one master link).
    QString id() const { return m_id; }
    bool isNode(const QString &id) const { return m_kind == Kind::Node && m_id == id; }
    bool isLink(const QString &id) const { return m_kind == Kind::Link && m_id == id; }
    // The replica whose link the views should show: the selected link, or a selected replica.
    QString focusedLink() const { return m_kind == Kind::None ? QString() : m_id; }

    void selectNode(const QString &id) { select(Kind::Node, id); }
    void selectLink(const QString &replicaId) { select(Kind::Link, replicaId); }
    void clear() { select(Kind::None, {}); }
    void select(Kind kind, const QString &id);

signals:
    void selectionChanged(ReplicationSelection::Kind kind, const QString &id);

private:
    Kind m_kind = Kind::None;
    QString m_id;
};
