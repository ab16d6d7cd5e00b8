#include "model/replication/replication_feed.h"

#include "client/node_connections.h"
#include "model/node_monitor.h"
#include "model/replication/doctor.h"
#include "model/replication/link_state_deriver.h"
#include "model/replication/log_tail.h"
#include "model/replication/node_repl_state.h"
#include "model/replication/replica_log_interpreter.h"

#include <QDateTime>
#include <QTcpSocket>
#include <QTimer>

namespace {

constexpr int kConfigRefreshMs = 5000;
constexpr int kHistoryTail = 64;

// The settings the doctor reads, fetched with one CONFIG GET each (works on every version).
const QList<QByteArray> kConfigKeys = {
    "bind",
    "protected-mode",
    "requirepass",
    "save",
    "appendonly",
    "repl-backlog-size",
    "min-replicas-to-write",
    "min-replicas-max-lag",
    "masterauth",
    "client-output-buffer-limit",
};

double nowSeconds()
{
    return double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
}

std::optional<RolePhase> phaseOf(const RoleReply &role)
{
    if (!role.valid)
        return std::nullopt;
    switch (role.linkState) {
    case ReplicaLinkState::None:
        return RolePhase::None;
    case ReplicaLinkState::Connect:
        return RolePhase::Connect;
    case ReplicaLinkState::Connecting:
        return RolePhase::Connecting;
    case ReplicaLinkState::Handshake:
        return RolePhase::Handshake;
    case ReplicaLinkState::Sync:
        return RolePhase::Sync;
    case ReplicaLinkState::Connected:
        return RolePhase::Connected;
    case ReplicaLinkState::Unknown:
        break;
    }
    return std::nullopt;
}

// "normal 0 0 0 slave 268435456 67108864 60 pubsub ..." -> the replica class's three limits.
void parseReplicaBufferLimit(const QByteArray &value, MasterFacts &facts)
{
    const QList<QByteArray> words = value.split(' ');
    for (qsizetype i = 0; i + 3 < words.size(); ++i) {
        if (words[i] == "slave" || words[i] == "replica") {
            facts.replicaBufferHardLimit = words[i + 1].toLongLong();
            facts.replicaBufferSoftLimit = words[i + 2].toLongLong();
            facts.replicaBufferSoftSeconds = words[i + 3].toInt();
            return;
        }
    }
}

} // namespace

struct ReplicationFeed::Member
{
    FeedNode node;
    NodeConnections *connections = nullptr;
    NodeMonitor *monitor = nullptr;
    bool ownsMonitor = true; // false: the app's shared monitor
    enum class History { Unknown, Yes, No } history = History::Unknown;
    bool replStateInFlight = false;
    std::optional<NodeReplState> replState;
    LinkStateDeriver deriver;
    std::unique_ptr<LogTail> log;
    ReplicaLogInterpreter logInterpreter;
    QHash<QByteArray, QByteArray> config;
    qint64 configAtMs = 0;
    bool configInFlight = false;
    OffsetHistory offsets;
    qint64 lastSyncRead = -1;
    double lastSyncReadT = 0;
    double syncRate = -1;

    ~Member()
    {
        if (!ownsMonitor) {
            if (monitor) // the feed's handlers go, the monitor stays for the other views
                QObject::disconnect(monitor, nullptr, feed, nullptr);
            return;
        }
        delete monitor;
        delete connections;
    }
    QObject *feed = nullptr;
};

ReplicationFeed::ReplicationFeed(ReplicationModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_doctorTimer(new QTimer(this))
{
    m_doctorTimer->setInterval(1000);
    connect(m_doctorTimer, &QTimer::timeout, this, &ReplicationFeed::evaluateDoctor);
    m_doctorTimer->start();
}

ReplicationFeed::~ReplicationFeed() = default;

ReplicationFeed::Member *ReplicationFeed::member(const QString &id) const
{
    const auto it = m_members.constFind(id);
    return it == m_members.cend() ? nullptr : it->get();
}

NodeMonitor *ReplicationFeed::monitor(const QString &id) const
{
    const Member *m = member(id);
    return m ? m->monitor : nullptr;
}

bool ReplicationFeed::hasNodeHistory(const QString &id) const
{
    const Member *m = member(id);
    return m && m->history == Member::History::Yes;
}

void ReplicationFeed::setSamplingInterval(int ms)
{
    m_samplingMs = qMax(20, ms);
    for (const auto &m : std::as_const(m_members))
        if (m->ownsMonitor)
            m->monitor->setReplicationInterval(m_samplingMs);
}

void ReplicationFeed::setDoctorInterval(int ms)
{
    m_doctorTimer->setInterval(qMax(100, ms));
}

void ReplicationFeed::setNodeOverride(const QString &id, std::optional<NodeHealth> health,
                                      const QString &note)
{
    m_overrides.insert(id, {health, note});
    if (m_model) {
        if (const ReplicationNode *n = m_model->node(id)) {
            ReplicationNode copy = *n;
            if (health)
                copy.health = *health;
            copy.note = note;
            m_model->setNode(copy);
        }
    }
}

void ReplicationFeed::setLinkShaping(const QString &replicaId, const QString &text)
{
    m_shaping.insert(replicaId, text);
    if (m_model) {
        if (const ReplicationLink *l = m_model->link(replicaId)) {
            ReplicationLink copy = *l;
            copy.shaping = text;
            m_model->setLink(copy);
        }
    }
}

void ReplicationFeed::setNodes(const QList<FeedNode> &nodes)
{
    QStringList keep;
    for (const FeedNode &n : nodes) {
        Member *existing = member(n.id);
        const bool sameMonitor =
            existing &&
            (existing->ownsMonitor ? n.monitor.isNull() : existing->monitor == n.monitor.data());
        if (existing && sameMonitor && existing->node.spec.sameEndpoint(n.spec) &&
            existing->node.spec.password == n.spec.password) {
            existing->node = n;
            keep << n.id;
            continue;
        }
        if (existing)
            m_members.remove(n.id);
        auto m = std::make_shared<Member>();
        m->node = n;
        m->feed = this;
        if (n.monitor && n.monitor->node()) {
            m->ownsMonitor = false;
            m->monitor = n.monitor;
            m->connections = n.monitor->node();
        } else {
            m->connections = new NodeConnections(n.spec);
            m->monitor = new NodeMonitor(m->connections);
            m->monitor->setReplicationInterval(m_samplingMs);
            m->monitor->setHistoryCapacity(60);
        }
        if (!n.logPath.isEmpty())
            m->log = std::make_unique<LogTail>(n.logPath, true);
        const QString id = n.id;
        connect(m->monitor, &NodeMonitor::replicationUpdated, this,
                [this, id] { onReplicationSample(id); });
        connect(m->monitor, &NodeMonitor::reachabilityChanged, this, [this, id](bool reachable) {
            if (!reachable)
                if (Member *mm = member(id))
                    apply(*mm);
        });
        if (!m->ownsMonitor) {
            // The owner may drop its node before telling us: forget the member with it.
            NodeMonitor *shared = m->monitor;
            connect(shared, &QObject::destroyed, this, [this, id, shared] {
                const auto it = m_members.constFind(id);
                if (it != m_members.cend() && (*it)->monitor == shared) {
                    (*it)->monitor = nullptr;
                    m_members.remove(id);
                }
            });
        }
        m_members.insert(n.id, m);
        m->monitor->start(); // no-op for a shared monitor that runs already
        keep << n.id;
    }
    for (const QString &id : std::as_const(m_order)) {
        if (!keep.contains(id)) {
            m_members.remove(id);
            if (m_model)
                m_model->removeNode(id);
        }
    }
    m_order = keep;
    if (m_model) {
        for (const FeedNode &n : nodes) {
            if (!m_model->node(n.id)) {
                ReplicationNode node;
                node.id = n.id;
                node.name = n.name;
                node.address = n.spec.address();
                node.lab = n.lab;
                m_model->setNode(node);
            }
        }
    }
}

QString ReplicationFeed::resolve(const QString &host, int port) const
{
    if (m_resolver) {
        const QString id = m_resolver(host, port);
        if (!id.isEmpty())
            return id;
    }
    for (const auto &m : m_members) {
        const ConnectionSpec &s = m->node.spec;
        const bool sameHost =
            s.host == host ||
            (s.host == QLatin1String("localhost") && host == QLatin1String("127.0.0.1")) ||
            (host == QLatin1String("localhost") && s.host == QLatin1String("127.0.0.1"));
        if (sameHost && s.port == port)
            return m->node.id;
    }
    return {};
}

void ReplicationFeed::onReplicationSample(const QString &id)
{
    Member *m = member(id);
    if (!m)
        return;
    const NodeRole role = m->monitor->nodeRole();
    if (m->history != Member::History::No && role != NodeRole::Master)
        requestReplState(*m);
    else
        apply(*m);
    if (QDateTime::currentMSecsSinceEpoch() - m->configAtMs > kConfigRefreshMs)
        requestConfig(*m);
    emit nodeSampled(id);
}

void ReplicationFeed::requestReplState(Member &m)
{
    if (m.replStateInFlight)
        return;
    m.replStateInFlight = true;
    const QString id = m.node.id;
    m.connections->monitoring()->pipeline(
        {{"REPLSTATE"}, {"REPLSTATE", "HISTORY", QByteArray::number(kHistoryTail)}}, this,
        [this, id](const QList<RespValue> &replies) {
            Member *mm = member(id);
            if (!mm)
                return;
            mm->replStateInFlight = false;
            if (replies.size() == 2 && isUnknownCommandError(replies[0])) {
                mm->history = Member::History::No; // a real Redis: derive from INFO/ROLE
            } else if (replies.size() == 2) {
                if (auto state = parseNodeReplState(replies[0])) {
                    mm->history = Member::History::Yes;
                    mm->replState = *state;
                    const ReplicaTimeline *t = m_model ? m_model->timeline(id) : nullptr;
                    if (t && quint64(state->transitionsTotal) < t->lastSeq())
                        m_model->restartSequence(id); // a new process: numbering restarted
                    if (m_model && state->isReplica)
                        m_model->appendTransitions(id, parseNodeReplHistory(replies[1]),
                                                   StateSource::NodeHistory);
                }
            }
            apply(*mm);
        });
}

void ReplicationFeed::requestConfig(Member &m)
{
    if (m.configInFlight)
        return;
    m.configInFlight = true;
    m.configAtMs = QDateTime::currentMSecsSinceEpoch();
    QList<QList<QByteArray>> commands;
    for (const QByteArray &key : kConfigKeys)
        commands.append({"CONFIG", "GET", key});
    const QString id = m.node.id;
    m.connections->monitoring()->pipeline(
        commands, this, [this, id](const QList<RespValue> &replies) {
            Member *mm = member(id);
            if (!mm)
                return;
            mm->configInFlight = false;
            for (const RespValue &r : replies) {
                if (r.isArray() && r.size() >= 2)
                    mm->config.insert(r.at(0).bytes(), r.at(1).bytes());
            }
        });
}

void ReplicationFeed::apply(Member &m)
{
    if (!m_model)
        return;
    const double now = nowSeconds();
    const InfoReply &info = m.monitor->info();
    const ReplicationInfo &r = info.replication;
    const ReplicationNode *existing = m_model->node(m.node.id);
    ReplicationNode n = existing ? *existing : ReplicationNode{};
    n.id = m.node.id;
    n.name = m.node.name;
    n.address = m.node.spec.address();
    n.lab = m.node.lab;
    const bool reachable = m.monitor->isReachable();
    if (m.monitor->hasSample()) {
        n.role = r.role;
        n.keys = info.hasSection("keyspace") ? info.totalKeys() : n.keys;
        n.usedMemory = info.memory.usedMemory;
        n.masterReplOffset = r.masterReplOffset;
        n.backlogActive = r.replBacklogActive;
        n.backlogSize = r.replBacklogSize;
        n.backlogFirstByte = r.replBacklogFirstByteOffset;
        n.backlogHistlen = r.replBacklogHistlen;
        n.upstreamId =
            r.role == NodeRole::Replica ? resolve(r.masterHost, r.masterPort) : QString();
        if (r.role == NodeRole::Replica && n.upstreamId.isEmpty())
            n.upstreamId = QStringLiteral("%1:%2").arg(r.masterHost).arg(r.masterPort);
    }
    n.health = !reachable                 ? NodeHealth::Down
               : info.persistence.loading ? NodeHealth::Loading
                                          : NodeHealth::Up;
    n.note.clear();
    if (const auto it = m_overrides.constFind(n.id); it != m_overrides.cend()) {
        if (it->first)
            n.health = *it->first;
        n.note = it->second;
    }
    m_model->setNode(n);
    if (!reachable)
        markUnreachable(m, n);
    if (!reachable || !m.monitor->hasSample())
        return;
    if (r.masterReplOffset >= 0)
        m.offsets.record(now, r.masterReplOffset);
    if (r.role == NodeRole::Replica)
        applyLink(m, n, now);
    else if (m_model->link(n.id))
        m_model->removeLink(n.id); // promoted: it has no master link any more
}

// A replica that does not answer cannot report its link: show the link as down, and close the
// exact history's "connected" so the timeline and the chart show when it was lost.
void ReplicationFeed::markUnreachable(Member &m, const ReplicationNode &node)
{
    const ReplicationLink *existing = m_model->link(node.id);
    if (!existing)
        return;
    ReplicationLink l = *existing;
    const QString reason =
        tr("%1 does not answer: %2").arg(node.name, m.monitor->lastError().userText());
    const ReplicaTimeline *t = m_model->timeline(node.id);
    if (t && t->source() == StateSource::NodeHistory && t->state() != ReplicaState::Connect &&
        t->state() != ReplicaState::None) {
        StateTransition down;
        down.timestampUs = QDateTime::currentMSecsSinceEpoch() * 1000;
        down.from = t->state();
        down.to = ReplicaState::Connect;
        down.reason = reason;
        m_model->appendTransitions(node.id, {down}, StateSource::NodeHistory);
    }
    l.state = ReplicaState::Connect;
    l.lastError = reason;
    l.masterSide = MasterSideState::Unknown;
    l.byteLag = -1;
    l.ackAgeS = -1;
    m.replState.reset();
    m_model->setLink(l);
}

void ReplicationFeed::applyLink(Member &m, const ReplicationNode &node, double now)
{
    const InfoReply &info = m.monitor->info();
    const ReplicationInfo &r = info.replication;
    const QString id = node.id;
    const ReplicationLink *existing = m_model->link(id);
    ReplicationLink l = existing ? *existing : ReplicationLink{};
    l.replicaId = id;
    l.masterId = node.upstreamId;
    l.replicaOffset = r.slaveReplOffset;
    l.syncTotalBytes = r.transfer ? r.transfer->totalBytes : -1;
    l.syncReadBytes = r.transfer ? r.transfer->readBytes : -1;
    l.transferStartedUs = 0;
    l.lastErrorOs.clear();
    l.shaping = m_shaping.value(id);

    if (m.history == Member::History::Yes && m.replState) {
        const NodeReplState &s = *m.replState;
        l.source = StateSource::NodeHistory;
        l.state = s.state;
        l.loading = s.loading;
        l.lastError = s.linkUp ? QString() : s.lastError;
        l.lastErrorOs = s.lastErrorOs;
        if (s.state == ReplicaState::Transfer) {
            l.syncTotalBytes = s.transferTotalBytes;
            l.syncReadBytes = s.transferReadBytes;
            l.transferStartedUs = s.transferStartedUs;
        }
        if (s.slaveReplOffset >= 0)
            l.replicaOffset = s.slaveReplOffset;
    } else {
        QList<StateTransition> transitions;
        StateSource source = StateSource::InfoRole;
        if (m.log) {
            source = StateSource::Log;
            for (const QByteArray &raw : m.log->poll())
                if (const auto line = parseRedisLogLine(raw))
                    if (auto t = m.logInterpreter.feed(*line))
                        transitions << *t;
        }
        ReplicaObservation o;
        o.timestampUs = qint64(now * 1e6);
        o.rolePhase = phaseOf(m.monitor->role());
        o.linkUp = r.masterLinkUp;
        o.syncInProgress = r.masterSyncInProgress;
        o.loading = info.persistence.loading;
        o.linkDownSinceSeconds = r.masterLinkDownSinceSeconds.value_or(-1);
        o.masterReplid = QString::fromLatin1(r.masterReplid);
        MasterSyncCounters counters;
        if (const Member *master = member(node.upstreamId);
            master && master->monitor->hasSample()) {
            counters.syncFull = master->monitor->info().stats.syncFull;
            counters.syncPartialOk = master->monitor->info().stats.syncPartialOk;
            counters.syncPartialErr = master->monitor->info().stats.syncPartialErr;
        }
        const QList<StateTransition> derived = m.deriver.observe(o, counters);
        if (source == StateSource::InfoRole)
            transitions = derived;
        m_model->appendTransitions(id, transitions, source);
        l.source = source;
        const ReplicaTimeline *t = m_model->timeline(id);
        l.state = source == StateSource::Log && m.logInterpreter.state() != ReplicaState::None
                      ? m.logInterpreter.state()
                      : m.deriver.state();
        l.loading = o.loading;
        l.lastError = t ? t->lastError() : QString();
    }

    // Snapshot transfer rate from successive byte counts.
    if (l.syncReadBytes > 0 && m.lastSyncRead >= 0 && l.syncReadBytes > m.lastSyncRead &&
        now > m.lastSyncReadT) {
        const double rate = double(l.syncReadBytes - m.lastSyncRead) / (now - m.lastSyncReadT);
        m.syncRate = m.syncRate < 0 ? rate : 0.7 * m.syncRate + 0.3 * rate;
    } else if (l.syncReadBytes < 0) {
        m.syncRate = -1;
    }
    m.lastSyncRead = l.syncReadBytes;
    m.lastSyncReadT = now;
    l.syncRateBytesPerSec = m.syncRate;

    // The master's side: its slaveN line for this replica (matched by listening port).
    l.masterSide = MasterSideState::Unknown;
    l.ackedOffset = -1;
    l.ackAgeS = -1;
    LagSample sample;
    sample.t = now;
    if (const Member *master = member(l.masterId); master && master->monitor->hasSample()) {
        const ReplicationInfo &mr = master->monitor->info().replication;
        for (const ReplicaLine &line : mr.replicas) {
            if (line.port == m.node.spec.port) {
                l.masterSide = masterSideStateFromInfo(line.state);
                l.ackedOffset = line.offset;
                l.ackAgeS = double(line.lag);
                break;
            }
        }
        // A fresh replica reports offset 1 before its first sync: no lag to speak of yet. While
        // a link is down with an older offset, the gap it will have to catch up keeps growing.
        const bool comparable =
            l.state == ReplicaState::Connected ? l.replicaOffset >= 0 : l.replicaOffset > 1;
        if (mr.masterReplOffset >= 0 && comparable && l.state != ReplicaState::Transfer)
            l.byteLag = qMax<qint64>(0, mr.masterReplOffset - l.replicaOffset);
        else
            l.byteLag = -1;
        if (l.byteLag >= 0) {
            sample.lagMs = master->offsets.lagMsFor(l.replicaOffset, now);
            if (sample.lagMs >= 0)
                sample.lagMsSource = LagMsSource::Estimated;
        }
    } else {
        l.byteLag = -1;
    }
    sample.byteLag = l.byteLag;
    sample.ackAgeS = l.masterSide == MasterSideState::Online ? l.ackAgeS : -1;
    m_model->setLink(l);
    m_model->appendLag(id, sample);
}

MasterFacts ReplicationFeed::masterFacts(const QString &id) const
{
    MasterFacts f;
    const Member *m = member(id);
    const ReplicationNode *n = m_model->node(id);
    f.name = n ? n->name : id;
    if (!m)
        return f;
    f.host = m->node.spec.host;
    f.port = m->node.spec.port;
    const auto &c = m->config;
    if (c.contains("bind"))
        f.bind = QString::fromUtf8(c.value("bind")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (c.contains("protected-mode"))
        f.protectedMode = c.value("protected-mode") == "yes";
    if (c.contains("requirepass"))
        f.requirePass = !c.value("requirepass").isEmpty();
    if (c.contains("save"))
        f.rdbSaveDisabled = c.value("save").trimmed().isEmpty();
    if (c.contains("appendonly"))
        f.appendOnly = c.value("appendonly") == "yes";
    f.backlogSize =
        c.contains("repl-backlog-size") ? c.value("repl-backlog-size").toLongLong() : -1;
    f.minReplicasToWrite = c.value("min-replicas-to-write", "0").toInt();
    f.minReplicasMaxLag = c.value("min-replicas-max-lag", "10").toInt();
    if (c.contains("client-output-buffer-limit"))
        parseReplicaBufferLimit(c.value("client-output-buffer-limit"), f);
    f.writeRateBytesPerSec = m->offsets.writeRate();
    if (m->monitor->hasSample()) {
        const ReplicationInfo &r = m->monitor->info().replication;
        if (f.backlogSize < 0)
            f.backlogSize = r.replBacklogSize;
        f.connectedReplicas = r.connectedSlaves;
        if (r.minSlavesGoodSlaves) {
            f.goodReplicas = *r.minSlavesGoodSlaves;
        } else if (f.minReplicasToWrite > 0) {
            int good = 0;
            for (const ReplicaLine &line : r.replicas)
                good += line.state == "online" && line.lag <= f.minReplicasMaxLag;
            f.goodReplicas = good;
        }
    }
    return f;
}

ReplicaLinkFacts ReplicationFeed::linkFacts(const ReplicationLink &link) const
{
    ReplicaLinkFacts f;
    const ReplicationNode *n = m_model->node(link.replicaId);
    f.replicaName = n ? n->name : link.replicaId;
    f.state = link.state;
    const Member *m = member(link.replicaId);
    if (m && m->monitor->hasSample()) {
        f.dialHost = m->monitor->info().replication.masterHost;
        f.dialPort = m->monitor->info().replication.masterPort;
        if (m->config.contains("masterauth"))
            f.masterAuthSet = !m->config.value("masterauth").isEmpty();
    }
    const ReplicaTimeline *t = m_model->timeline(link.replicaId);
    f.lastError = link.lastError;
    if (t) {
        if (f.lastError.isEmpty())
            f.lastError = t->lastError();
        if (t->downSinceUs() > 0)
            f.notUpForSeconds = nowSeconds() - double(t->downSinceUs()) / 1e6;
        if (t->lastOutageUs() > 0) {
            f.lastOutageSeconds = double(t->lastOutageUs()) / 1e6;
            f.fullResyncAfterOutage = t->lastSyncPath() == SyncPath::Full;
        }
    }
    if (link.state == ReplicaState::Connected)
        f.lastError.clear();
    return f;
}

void ReplicationFeed::evaluateDoctor()
{
    if (!m_model)
        return;
    QList<Diagnosis> all;
    for (const ReplicationNode &n : m_model->nodes()) {
        if (n.role != NodeRole::Master && n.role != NodeRole::Replica)
            continue;
        if (const Member *m = member(n.id);
            m && m->monitor->hasSample() && m->monitor->info().replication.connectedSlaves > 0)
            all += Doctor::diagnoseMaster(masterFacts(n.id));
    }
    for (const ReplicationLink &l : m_model->links()) {
        // A replica that does not answer reports nothing about its link; its box says it is down.
        const ReplicationNode *replica = m_model->node(l.replicaId);
        if (replica && replica->health == NodeHealth::Down)
            continue;
        MasterFacts master = masterFacts(l.masterId);
        ReplicaLinkFacts link = linkFacts(l);
        if (m_factsHook)
            m_factsHook(l.replicaId, master, link);
        all += Doctor::diagnoseLink(master, link);
    }
    // Only tell the views when something changed: the panel keeps its selection otherwise.
    auto key = [](const QList<Diagnosis> &ds) {
        QStringList k;
        for (const Diagnosis &d : ds)
            k << d.subject + QLatin1Char('|') + d.title + QLatin1Char('|') + d.explanation;
        return k;
    };
    if (key(all) != key(m_model->diagnoses()))
        m_model->setDiagnoses(all);
}

void ReplicationFeed::testReachability(const QString &replicaId, QObject *context,
                                       std::function<void(bool, const QString &)> done)
{
    const Member *m = member(replicaId);
    if (!m || !m->monitor->hasSample() || m->monitor->info().replication.masterHost.isEmpty()) {
        done(false, tr("The replica's master address is not known yet."));
        return;
    }
    const QString host = m->monitor->info().replication.masterHost;
    const int port = m->monitor->info().replication.masterPort;
    auto *socket = new QTcpSocket(this);
    auto *timer = new QTimer(socket);
    timer->setSingleShot(true);
    QPointer<QObject> guard(context);
    auto finish = [socket, timer, guard, done, host, port](bool ok, const QString &detail) {
        timer->stop();
        socket->disconnect();
        socket->abort();
        socket->deleteLater();
        if (guard)
            done(ok, ok ? tr("%1:%2 accepts connections from this computer.").arg(host).arg(port)
                        : tr("%1:%2 cannot be reached from this computer: %3")
                              .arg(host)
                              .arg(port)
                              .arg(detail));
    };
    connect(socket, &QTcpSocket::connected, socket, [finish] { finish(true, {}); });
    connect(
        socket, &QTcpSocket::errorOccurred, socket,
        [socket, finish](QAbstractSocket::SocketError) { finish(false, socket->errorString()); });
    connect(timer, &QTimer::timeout, socket,
            [finish] { finish(false, tr("Connection timed out")); });
    timer->start(3000);
    socket->connectToHost(host, quint16(port));
}
