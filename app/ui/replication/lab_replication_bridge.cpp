#include "ui/replication/lab_replication_bridge.h"

#include "lab/lab_controller.h"
#include "model/replication/replication_feed.h"
#include "model/replication/replication_model.h"
#include "ui/replication/doctor_panel.h"
#include "ui/replication/topology_view.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QTimer>

namespace {

QString shapeText(const LinkShape &s)
{
    QStringList parts;
    if (s.delayMs)
        parts << LabReplicationBridge::tr("+%1 ms").arg(s.delayMs);
    if (s.bandwidthBytesPerSec)
        parts << LabReplicationBridge::tr("%1 KB/s").arg(s.bandwidthBytesPerSec / 1024);
    if (s.paused)
        parts << LabReplicationBridge::tr("paused");
    if (s.cut)
        parts << LabReplicationBridge::tr("cut");
    if (s.firewallReject)
        parts << LabReplicationBridge::tr("firewall");
    return parts.join(QStringLiteral(", "));
}

} // namespace

LabReplicationBridge::LabReplicationBridge(LabController *lab, ReplicationFeed *feed,
                                           ReplicationModel *model, QObject *parent)
    : QObject(parent)
    , m_lab(lab)
    , m_feed(feed)
    , m_model(model)
{
    feed->setAddressResolver([this](const QString &host, int port) -> QString {
        if (!m_lab)
            return {};
        LabNode *n = m_lab->nodeAt(host, quint16(port));
        return n ? n->name() : QString();
    });
    feed->setLinkFactsHook([this](const QString &replica, MasterFacts &master,
                                  ReplicaLinkFacts &link) {
        if (!m_lab || !m_lab->node(replica))
            return;
        const LinkShape shape = m_lab->linkShape(replica);
        link.labFirewallReject = shape.firewallReject;
        link.labLinkCut = shape.cut;
        if (LabNode *up = m_lab->node(upstreamOf(replica))) {
            master.running = up->state() == LabNode::State::Running;
            if (master.bind.isEmpty())
                master.bind = up->spec().bind;
        }
        if (!link.masterAuthSet)
            link.masterAuthSet = m_lab->spec().node(replica)
                                     ? std::optional<bool>(m_lab->spec().node(replica)->masterAuth)
                                     : std::nullopt;
    });
    connect(lab, &LabController::labChanged, this, &LabReplicationBridge::nodesChanged);
    connect(lab, &LabController::allNodesRunning, this, &LabReplicationBridge::refreshAll);
    connect(lab, &LabController::nodeStateChanged, this,
            [this](LabNode *node, LabNode::State) { refreshNodeState(node->name()); });
    connect(lab, &LabController::actionPerformed, this,
            [this](LabController::Action action, const QString &node, const QString &detail) {
                onAction(int(action), node, detail);
            });
}

QString LabReplicationBridge::upstreamOf(const QString &replica) const
{
    const LabNodeSpec *s = m_lab ? m_lab->spec().node(replica) : nullptr;
    return s ? s->upstream : QString();
}

QList<FeedNode> LabReplicationBridge::feedNodes() const
{
    QList<FeedNode> nodes;
    if (!m_lab)
        return nodes;
    for (LabNode *n : m_lab->nodes()) {
        FeedNode f;
        f.id = n->name();
        f.name = n->name();
        f.spec.name = n->name();
        f.spec.host = QStringLiteral("127.0.0.1");
        f.spec.port = n->port();
        f.spec.password = n->password();
        f.spec.connectTimeoutMs = 1000;
        f.spec.commandTimeoutMs = 2000;
        f.lab = true;
        if (n->spec().program == NodeProgram::RedisServer)
            f.logPath = n->files().logPath;
        nodes << f;
    }
    return nodes;
}

void LabReplicationBridge::refreshAll()
{
    if (!m_lab || !m_feed)
        return;
    for (LabNode *n : m_lab->nodes()) {
        refreshNodeState(n->name());
        if (n->spec().isReplica())
            m_feed->setLinkShaping(n->name(), shapeText(m_lab->linkShape(n->name())));
    }
}

void LabReplicationBridge::refreshNodeState(const QString &name)
{
    LabNode *n = m_lab ? m_lab->node(name) : nullptr;
    if (!n || !m_feed)
        return;
    switch (n->state()) {
    case LabNode::State::Running:
        m_feed->setNodeOverride(name, std::nullopt, {});
        break;
    case LabNode::State::Paused:
        m_feed->setNodeOverride(name, NodeHealth::Paused, tr("paused (SIGSTOP)"));
        break;
    case LabNode::State::Starting:
        m_feed->setNodeOverride(name, NodeHealth::Unknown, tr("starting"));
        break;
    case LabNode::State::Stopping:
        m_feed->setNodeOverride(name, NodeHealth::Down, tr("stopping"));
        break;
    case LabNode::State::Stopped:
        m_feed->setNodeOverride(name, NodeHealth::Down, tr("stopped"));
        break;
    case LabNode::State::Killed:
        m_feed->setNodeOverride(name, NodeHealth::Down, tr("killed (SIGKILL)"));
        break;
    case LabNode::State::Died:
        m_feed->setNodeOverride(name, NodeHealth::Down, tr("died: %1").arg(n->exitDescription()));
        break;
    }
}

void LabReplicationBridge::onAction(int action, const QString &node, const QString &detail)
{
    if (!m_model)
        return;
    QString text;
    switch (LabController::Action(action)) {
    case LabController::Action::Killed:
        text = tr("%1 killed").arg(node);
        break;
    case LabController::Action::Paused:
        text = tr("%1 paused").arg(node);
        break;
    case LabController::Action::Resumed:
        text = tr("%1 resumed").arg(node);
        break;
    case LabController::Action::Restarted:
        text = tr("%1 restarted").arg(node);
        break;
    case LabController::Action::Started:
        text = tr("%1 started").arg(node);
        break;
    case LabController::Action::Stopped:
        text = tr("%1 stopped").arg(node);
        break;
    case LabController::Action::Promoted:
        text = tr("%1 promoted").arg(node);
        break;
    case LabController::Action::Repointed:
        text = tr("%1 re-pointed to %2").arg(node, detail);
        break;
    case LabController::Action::LinkShaped:
        text = tr("%1 link: %2").arg(node, detail);
        if (m_feed && m_lab)
            m_feed->setLinkShaping(node, shapeText(m_lab->linkShape(node)));
        break;
    case LabController::Action::BindChanged:
        text = tr("%1 bind %2").arg(node, detail);
        break;
    case LabController::Action::BindFault:
        text = tr("%1 dials %2").arg(node, detail);
        break;
    case LabController::Action::Added:
    case LabController::Action::Removed:
        return; // shown by the topology itself
    }
    const bool isReplica =
        m_lab && m_lab->spec().node(node) && m_lab->spec().node(node)->isReplica();
    m_model->addMarker({double(QDateTime::currentMSecsSinceEpoch()) / 1000.0,
                        LagMarkerKind::LabAction, isReplica ? node : QString(), text});
}

void LabReplicationBridge::runOnNode(const QString &name, const QList<QByteArray> &argv)
{
    LabNode *n = m_lab ? m_lab->node(name) : nullptr;
    if (!n)
        return;
    QPointer<LabReplicationBridge> self(this);
    const QString command = QString::fromUtf8(argv.join(' '));
    n->command(argv, [self, name, command](const RespValue &reply) {
        if (!self)
            return;
        if (reply.isError())
            emit self->message(
                tr("%1: %2 failed: %3").arg(name, command, QString::fromUtf8(reply.bytes())));
        else
            emit self->message(tr("%1: %2 done").arg(name, command));
    });
}

// The seed's replicas were new servers that had never synced. A lab replica that synced before
// keeps the received snapshot (with the replication ID and offset) and would resume with a
// partial resync, so it is stopped, its data folder emptied, and started again.
void LabReplicationBridge::restartEmpty(const QString &replica)
{
    LabNode *node = m_lab ? m_lab->node(replica) : nullptr;
    if (!node)
        return;
    QPointer<LabController> lab = m_lab;
    const QString dataDir = node->files().dataDir;
    auto startFresh = [lab, replica, dataDir] {
        QDir dir(dataDir);
        for (const QFileInfo &entry :
             dir.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)) {
            if (entry.isDir())
                QDir(entry.absoluteFilePath()).removeRecursively();
            else
                QFile::remove(entry.absoluteFilePath());
        }
        if (lab)
            lab->startNode(replica);
    };
    if (!node->isAlive()) {
        startFresh();
        return;
    }
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection =
        connect(m_lab, &LabController::nodeStateChanged, this,
                [this, replica, startFresh, connection](LabNode *n, LabNode::State) {
                    if (n->name() != replica || n->isAlive())
                        return;
                    QObject::disconnect(*connection);
                    QTimer::singleShot(0, this, startFresh); // not inside the lab's signal
                });
    m_lab->stopNode(replica);
}

bool LabReplicationBridge::reproduceBoundToLoopback(const QString &replica, QString *error)
{
    if (!m_lab || !m_lab->setBindFault(replica, true, error))
        return false;
    restartEmpty(replica);
    emit message(tr("%1 now dials 127.0.0.2, where its master does not listen (the seed's "
                    "\"master bound to 127.0.0.1\"); it was restarted empty, as a new replica.")
                     .arg(replica));
    return true;
}

bool LabReplicationBridge::reproduceFirewall(const QString &replica, QString *error)
{
    if (!m_lab)
        return false;
    LinkShape shape = m_lab->linkShape(replica);
    shape.firewallReject = true;
    if (!m_lab->setLinkShape(replica, shape, error))
        return false;
    restartEmpty(replica);
    emit message(tr("A firewall now rejects %1's connections to its master (the seed's \"No "
                    "route to host\"); it was restarted empty, as a new replica.")
                     .arg(replica));
    return true;
}

bool LabReplicationBridge::applyFix(const Diagnosis &d, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!m_lab || !m_lab->isOpen())
        return fail(tr("Fixes can be applied to lab nodes only."));
    const bool subjectIsLab = m_lab->node(d.subject) != nullptr;
    if (!subjectIsLab)
        return fail(tr("%1 is not a lab node: run the commands shown instead.").arg(d.subject));
    const LabNodeSpec *spec = m_lab->spec().node(d.subject);
    const QString master = spec && spec->isReplica() ? spec->upstream : d.subject;
    switch (d.action) {
    case FixAction::OpenFirewall: {
        LinkShape shape = m_lab->linkShape(d.subject);
        shape.firewallReject = false;
        return m_lab->setLinkShape(d.subject, shape, error);
    }
    case FixAction::BindMasterAddress: {
        const LabNodeSpec *m = m_lab->spec().node(master);
        if (!m || !spec)
            return fail(tr("No master for %1.").arg(d.subject));
        QStringList bind = m->bind;
        if (!bind.contains(spec->link.dialHost))
            bind << spec->link.dialHost;
        return m_lab->setNodeBind(master, bind, error);
    }
    case FixAction::SetMasterAuth:
        runOnNode(d.subject, {"CONFIG", "SET", "masterauth", m_lab->password().toUtf8()});
        return true;
    case FixAction::DisableProtectedMode:
        runOnNode(master, {"CONFIG", "SET", "protected-mode", "no"});
        return true;
    case FixAction::ResizeBacklog:
        runOnNode(master,
                  {"CONFIG", "SET", "repl-backlog-size", QByteArray::number(d.suggestedValue)});
        return true;
    case FixAction::EnablePersistence:
        runOnNode(master, {"CONFIG", "SET", "appendonly", "yes"});
        return true;
    case FixAction::RaiseOutputBufferLimit:
        runOnNode(master,
                  {"CONFIG", "SET", "client-output-buffer-limit",
                   "replica " + QByteArray::number(qMax<qint64>(d.suggestedValue, 512LL << 20)) +
                       " " + QByteArray::number(qMax<qint64>(d.suggestedValue / 4, 128LL << 20)) +
                       " 120"});
        return true;
    case FixAction::LowerMinReplicas:
        runOnNode(master, {"CONFIG", "SET", "min-replicas-to-write",
                           QByteArray::number(qMax<qint64>(0, d.suggestedValue))});
        return true;
    case FixAction::None:
        break;
    }
    return fail(tr("There is nothing to apply for this finding."));
}

void LabReplicationBridge::attachDoctor(DoctorPanel *panel)
{
    panel->setApplicableActions({FixAction::OpenFirewall, FixAction::BindMasterAddress,
                                 FixAction::SetMasterAuth, FixAction::DisableProtectedMode,
                                 FixAction::ResizeBacklog, FixAction::EnablePersistence,
                                 FixAction::RaiseOutputBufferLimit, FixAction::LowerMinReplicas});
    connect(panel, &DoctorPanel::applyFixRequested, this, [this](const Diagnosis &d) {
        QString error;
        if (applyFix(d, &error))
            emit message(tr("Applied: %1").arg(d.title));
        else
            emit message(error);
    });
}

void LabReplicationBridge::attachTopology(TopologyView *view)
{
    connect(view, &TopologyView::contextMenuRequested, this,
            &LabReplicationBridge::fillContextMenu);
}

void LabReplicationBridge::fillContextMenu(QMenu *menu, ReplicationSelection::Kind kind,
                                           const QString &id)
{
    if (!m_lab)
        return;
    LabNode *node = m_lab->node(id);
    if (!node)
        return;
    const bool replica = node->spec().isReplica();
    QPointer<LabController> lab = m_lab;
    QPointer<QWidget> parent = menu->parentWidget();
    if (kind == ReplicationSelection::Kind::Node) {
        const bool alive = node->isAlive();
        if (!alive)
            menu->addAction(tr("Start %1").arg(id), this, [lab, id] {
                if (lab)
                    lab->startNode(id);
            });
        if (alive) {
            menu->addAction(tr("Kill %1 (SIGKILL)").arg(id), this, [this, parent, lab, id] {
                if (lab && confirm(parent, tr("Kill node"),
                                   tr("Kill %1 with SIGKILL? Unsaved data is lost.").arg(id)))
                    lab->killNode(id);
            });
            if (node->state() == LabNode::State::Paused)
                menu->addAction(tr("Resume %1").arg(id), this, [lab, id] {
                    if (lab)
                        lab->resumeNode(id);
                });
            else
                menu->addAction(tr("Pause %1 (SIGSTOP)").arg(id), this, [lab, id] {
                    if (lab)
                        lab->pauseNode(id);
                });
            menu->addAction(tr("Restart %1").arg(id), this, [lab, id] {
                if (lab)
                    lab->restartNode(id);
            });
        }
        if (replica)
            menu->addAction(tr("Promote %1 to master").arg(id), this, [this, parent, lab, id] {
                if (!lab ||
                    !confirm(parent, tr("Promote replica"),
                             tr("Make %1 a master and re-point the other replicas of its master "
                                "to it?")
                                 .arg(id)))
                    return;
                QString error;
                if (lab && !lab->promote(id, &error))
                    emit message(error);
            });
    }
    if (!replica)
        return;
    menu->addSeparator();
    const LinkShape shape = m_lab->linkShape(id);
    auto shapeAction = [this, lab, id](std::function<void(LinkShape &)> change) {
        return [this, lab, id, change] {
            if (!lab)
                return;
            LinkShape s = lab->linkShape(id);
            change(s);
            QString error;
            if (!lab->setLinkShape(id, s, &error))
                emit message(error);
        };
    };
    menu->addAction(shape.cut ? tr("Reconnect the link") : tr("Cut the link"), this,
                    shapeAction([](LinkShape &s) { s.cut = !s.cut; }));
    menu->addAction(shape.paused ? tr("Let the link flow") : tr("Hold the link (pause traffic)"),
                    this, shapeAction([](LinkShape &s) { s.paused = !s.paused; }));
    menu->addAction(shape.delayMs ? tr("Remove the added latency") : tr("Add 200 ms latency"), this,
                    shapeAction([](LinkShape &s) { s.delayMs = s.delayMs ? 0 : 200; }));
    menu->addSeparator();
    QMenu *seed = menu->addMenu(tr("Reproduce the seed's failures"));
    seed->addAction(tr("Master bound to 127.0.0.1 (Connection refused)"), this, [this, id] {
        QString error;
        if (!reproduceBoundToLoopback(id, &error))
            emit message(error);
    });
    seed->addAction(tr("Firewall blocks the master's port"), this, [this, id] {
        QString error;
        if (!reproduceFirewall(id, &error))
            emit message(error);
    });
}

bool LabReplicationBridge::confirm(QWidget *parent, const QString &title,
                                   const QString &question) const
{
    if (m_confirm)
        return m_confirm(title, question);
    return QMessageBox::question(parent, title, question) == QMessageBox::Yes;
}
