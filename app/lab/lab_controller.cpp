#include "lab/lab_controller.h"

#include "lab/free_ports.h"
#include "lab/lab_file.h"
#include "lab/lab_template.h"
#include "lab/node_config.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTimer>

namespace {

QString randomPassword()
{
    // 128 random bits as hex: no character needs quoting in redis.conf or a URL.
    QByteArray bytes(16, Qt::Uninitialized);
    for (char &c : bytes)
        c = static_cast<char>(QRandomGenerator::system()->bounded(256));
    return QString::fromLatin1(bytes.toHex());
}

bool isUpstreamUp(const LabNode *node)
{
    return node &&
           (node->state() == LabNode::State::Running || node->state() == LabNode::State::Paused);
}

bool isLocalHost(const QString &host)
{
    return host.startsWith(QLatin1String("127.")) || host == QLatin1String("localhost") ||
           host == QLatin1String("0.0.0.0") || host == QLatin1String("::1");
}

} // namespace

LabController::LabController(QObject *parent)
    : QObject(parent)
    , m_shaper(new LinkShaper(this))
    , m_load(new LoadGenerator(this))
{
}

LabController::~LabController()
{
    m_load->stop();
    if (!m_keepRunning)
        stopAllAndWait(3000);
}

QString LabController::defaultLabDir(const QString &name)
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("labs/") + name);
}

QList<LabNode *> LabController::nodes() const
{
    return m_nodes;
}

LabNode *LabController::node(const QString &name) const
{
    for (LabNode *n : m_nodes)
        if (n->name() == name)
            return n;
    return nullptr;
}

QString LabController::masterName() const
{
    for (const LabNodeSpec &n : m_spec.nodes)
        if (!n.isReplica())
            return n.name;
    return {};
}

QList<quint16> LabController::usedPorts() const
{
    QList<quint16> ports;
    for (const LabNodeSpec &n : m_spec.nodes) {
        ports << n.port;
        if (n.isReplica())
            ports << n.link.proxyPort;
    }
    return ports;
}

// ---- Creating and opening -------------------------------------------------------------------

bool LabController::create(const LabSpec &spec, const QString &dir, QString *error)
{
    const QString target = dir.isEmpty() ? defaultLabDir(spec.name) : dir;
    if (QFileInfo::exists(QDir(target).filePath(labFileName()))) {
        if (error)
            *error = tr("%1 already holds a lab; open it instead.").arg(target);
        return false;
    }
    if (!QDir().mkpath(target)) {
        if (error)
            *error = tr("Cannot create the lab folder %1.").arg(target);
        return false;
    }
    closeLab();
    m_spec = spec;
    m_dir = QDir(target).absolutePath();
    m_password = randomPassword();
    for (LabNodeSpec &n : m_spec.nodes) // fresh ports for every node
        n.port = 0;
    if (!prepare(error)) {
        closeLab();
        return false;
    }
    emit labChanged();
    return true;
}

bool LabController::open(const QString &dir, QString *error)
{
    auto spec = loadLabFile(QDir(dir).filePath(labFileName()), error);
    if (!spec)
        return false;
    closeLab();
    m_spec = *spec;
    m_dir = QDir(dir).absolutePath();
    for (const LabNodeSpec &n : m_spec.nodes) {
        m_password = passwordFromConfig(NodeFiles::in(m_dir, n.name).configPath);
        if (!m_password.isEmpty())
            break;
    }
    if (m_password.isEmpty())
        m_password = randomPassword(); // configs were removed: the lab gets a new password
    // Nodes kept running by an earlier session are stopped first, so this lab takes over their
    // ports and data; a saved port someone else took meanwhile is replaced.
    for (LabNodeSpec &n : m_spec.nodes) {
        LabNode::stopLeftover(NodeFiles::in(m_dir, n.name));
        if (!isLoopbackPortFree(n.port))
            n.port = 0;
    }
    if (!prepare(error)) {
        closeLab();
        return false;
    }
    emit labChanged();
    return true;
}

bool LabController::launch(const QString &templateText, const QString &dir, QString *error,
                           NodeProgram program)
{
    const auto tmpl = LabTemplate::parse(templateText, error);
    if (!tmpl)
        return false;
    const QString target = dir.isEmpty() ? defaultLabDir(tmpl->folderName()) : dir;
    const QString labFile = QDir(target).filePath(labFileName());
    bool ok = false;
    if (QFileInfo::exists(labFile)) {
        const auto saved = loadLabFile(labFile, error);
        if (!saved)
            return false;
        if (saved->templateKey != tmpl->key()) {
            if (error)
                *error = tr("%1 holds a \"%2\" lab, not \"%3\"; choose another folder with --dir.")
                             .arg(target, saved->templateKey, tmpl->key());
            return false;
        }
        ok = open(target, error);
    } else {
        ok = create(tmpl->build(program), target, error);
    }
    if (ok)
        startAll();
    return ok;
}

bool LabController::prepare(QString *error)
{
    // Ports: nodes first, then link proxies (the shaper binds those itself).
    QList<quint16> taken = usedPorts();
    int missing = 0;
    for (const LabNodeSpec &n : std::as_const(m_spec.nodes))
        missing += n.port == 0 ? 1 : 0;
    QList<quint16> fresh = pickFreeLoopbackPorts(missing, taken);
    if (fresh.size() < missing) {
        if (error)
            *error = tr("No free loopback ports for the lab.");
        return false;
    }
    for (LabNodeSpec &n : m_spec.nodes)
        if (n.port == 0)
            n.port = fresh.takeFirst();

    for (LabNodeSpec &n : m_spec.nodes) {
        if (!QDir().mkpath(NodeFiles::in(m_dir, n.name).dataDir)) {
            if (error)
                *error = tr("Cannot create the folder for node %1.").arg(n.name);
            return false;
        }
        if (n.isReplica() && !openLink(n, error))
            return false;
    }
    for (const LabNodeSpec &n : std::as_const(m_spec.nodes)) {
        if (!writeConfig(n, error))
            return false;
        m_nodes << makeNode(n);
    }
    return save(error);
}

bool LabController::openLink(LabNodeSpec &replica, QString *error)
{
    const LabNodeSpec *upstream = m_spec.node(replica.upstream);
    if (!upstream) {
        if (error)
            *error =
                tr("Node %1 replicates from unknown node %2.").arg(replica.name, replica.upstream);
        return false;
    }
    QString why;
    const quint16 port =
        m_shaper->addLink(replica.name, LinkShaper::listenAddressesFor(upstream->bind),
                          QHostAddress(QHostAddress::LocalHost), upstream->port, replica.link.shape,
                          replica.link.proxyPort, &why);
    if (port == 0) {
        if (error)
            *error = tr("Cannot open the link proxy for %1: %2").arg(replica.name, why);
        return false;
    }
    replica.link.proxyPort = port;
    m_shaper->setUpstreamAvailable(replica.name, isUpstreamUp(node(replica.upstream)));
    return true;
}

bool LabController::writeConfig(const LabNodeSpec &spec, QString *error) const
{
    const NodeFiles files = NodeFiles::in(m_dir, spec.name);
    NodeConfigInput input;
    input.labName = m_spec.name;
    input.password = m_password;
    input.replicaOfPort = spec.link.proxyPort;
    return writePrivateFile(files.configPath, renderNodeConfig(spec, files, input), error);
}

LabNode *LabController::makeNode(const LabNodeSpec &spec)
{
    auto *n = new LabNode(spec, NodeFiles::in(m_dir, spec.name), this);
    n->setPassword(spec.requirePassword ? m_password : QString());
    connect(n, &LabNode::stateChanged, this, &LabController::onNodeState);
    connect(n, &LabNode::died, this, &LabController::nodeDied);
    return n;
}

void LabController::updateNode(const LabNodeSpec &spec)
{
    QString why;
    if (!writeConfig(spec, &why))
        emit actionFailed(why);
    if (LabNode *n = node(spec.name)) {
        n->setSpec(spec);
        n->setPassword(spec.requirePassword ? m_password : QString());
    }
}

bool LabController::save(QString *error) const
{
    if (!isOpen())
        return false;
    return saveLabFile(QDir(m_dir).filePath(labFileName()), m_spec, error);
}

void LabController::closeLab()
{
    m_load->stop();
    m_startAllPending = false;
    if (!m_keepRunning)
        stopAllAndWait(3000);
    for (const LabNodeSpec &n : std::as_const(m_spec.nodes))
        m_shaper->removeLink(n.name);
    qDeleteAll(m_nodes);
    m_nodes.clear();
    const bool wasOpen = isOpen();
    m_spec = {};
    m_dir.clear();
    m_password.clear();
    if (wasOpen)
        emit labChanged();
}

// ---- Running --------------------------------------------------------------------------------

void LabController::startAll()
{
    m_startAllPending = true;
    m_startedThisRound.clear();
    startPendingReplicas();
    if (allRunning()) {
        m_startAllPending = false;
        emit allNodesRunning();
    }
}

void LabController::startPendingReplicas()
{
    // Each node is started at most once per startAll(), so a node that dies at once is shown
    // as dead rather than restarted in a loop.
    auto tryStart = [this](LabNode *n) {
        if (m_startedThisRound.contains(n->name()))
            return;
        m_startedThisRound.insert(n->name());
        QString why;
        if (!n->start(&why))
            emit actionFailed(tr("%1: %2").arg(n->name(), why));
    };
    for (LabNode *n : std::as_const(m_nodes))
        if (!n->isAlive() && !n->spec().isReplica())
            tryStart(n);
    for (LabNode *n : std::as_const(m_nodes)) {
        if (n->isAlive() || !n->spec().isReplica())
            continue;
        // A replica waits while its upstream is on its way up; a dead upstream is not waited for
        // (the replica then shows the connection error, as it would for real).
        const LabNode *up = node(n->spec().upstream);
        const bool upstreamComing =
            up &&
            (up->state() == LabNode::State::Starting ||
             (up->state() == LabNode::State::Stopped && !m_startedThisRound.contains(up->name())));
        if (!isUpstreamUp(up) && upstreamComing)
            continue;
        tryStart(n);
    }
}

void LabController::stopAll(int graceMs)
{
    m_startAllPending = false;
    for (LabNode *n : std::as_const(m_nodes))
        n->stop(graceMs);
}

void LabController::stopAllAndWait(int graceMs)
{
    m_startAllPending = false;
    for (LabNode *n : std::as_const(m_nodes))
        n->stop(graceMs); // all at once, then wait for each
    for (LabNode *n : std::as_const(m_nodes))
        n->stopAndWait(graceMs);
}

bool LabController::allRunning() const
{
    if (m_nodes.isEmpty())
        return false;
    for (const LabNode *n : m_nodes)
        if (n->state() != LabNode::State::Running)
            return false;
    return true;
}

bool LabController::anyAlive() const
{
    for (const LabNode *n : m_nodes)
        if (n->isAlive())
            return true;
    return false;
}

void LabController::onNodeState(LabNode *n, LabNode::State state)
{
    refreshUpstreamAvailability(n->name());
    emit nodeStateChanged(n, state);
    if (!m_startAllPending)
        return;
    startPendingReplicas();
    if (allRunning()) {
        m_startAllPending = false;
        emit allNodesRunning();
    }
}

void LabController::refreshUpstreamAvailability(const QString &upstream)
{
    const bool up = isUpstreamUp(node(upstream));
    for (const QString &replica : m_spec.replicasOf(upstream))
        m_shaper->setUpstreamAvailable(replica, up);
}

void LabController::keepNodesRunning()
{
    m_keepRunning = true;
    m_load->stop();
    // The link proxies end with the app: point every live replica straight at its upstream.
    int pending = 0;
    QEventLoop loop;
    for (LabNodeSpec spec : std::as_const(m_spec.nodes)) {
        LabNode *n = node(spec.name);
        if (!spec.isReplica() || !n || !n->isAlive())
            continue;
        const LabNodeSpec *up = m_spec.node(spec.upstream);
        spec.link.proxyPort = up->port; // the config file then names the real node
        writeConfig(spec);
        ++pending;
        n->command({"REPLICAOF", "127.0.0.1", QByteArray::number(up->port)},
                   [&pending, &loop](const RespValue &) {
                       if (--pending == 0)
                           loop.quit();
                   });
    }
    if (pending > 0) {
        QTimer::singleShot(2000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    for (LabNode *n : std::as_const(m_nodes))
        n->detach();
}

// ---- Node actions ---------------------------------------------------------------------------

void LabController::performed(Action action, const QString &nodeName, const QString &detail)
{
    emit actionPerformed(action, nodeName, detail);
}

bool LabController::startNode(const QString &name, QString *error)
{
    LabNode *n = node(name);
    if (!n)
        return false;
    if (!n->start(error))
        return false;
    performed(Action::Started, name);
    return true;
}

void LabController::stopNode(const QString &name)
{
    if (LabNode *n = node(name)) {
        n->stop();
        performed(Action::Stopped, name);
    }
}

void LabController::killNode(const QString &name)
{
    if (LabNode *n = node(name)) {
        n->kill();
        performed(Action::Killed, name, QStringLiteral("SIGKILL"));
    }
}

void LabController::pauseNode(const QString &name)
{
    if (LabNode *n = node(name)) {
        n->pause();
        performed(Action::Paused, name, QStringLiteral("SIGSTOP"));
    }
}

void LabController::resumeNode(const QString &name)
{
    if (LabNode *n = node(name)) {
        n->resume();
        performed(Action::Resumed, name, QStringLiteral("SIGCONT"));
    }
}

void LabController::restartNode(const QString &name)
{
    if (LabNode *n = node(name)) {
        n->restart();
        performed(Action::Restarted, name);
    }
}

void LabController::runOrReport(const QString &nodeName, const QList<QByteArray> &argv,
                                std::function<void()> then)
{
    LabNode *n = node(nodeName);
    if (!n || !n->isAlive()) {
        if (then)
            then();
        return;
    }
    n->command(argv, [this, nodeName, argv, then](const RespValue &reply) {
        if (reply.isError())
            emit actionFailed(tr("%1: %2 failed: %3")
                                  .arg(nodeName,
                                       QString::fromUtf8(argv.value(0) + ' ' + argv.value(1)),
                                       QString::fromUtf8(reply.bytes())));
        if (then)
            then();
    });
}

void LabController::applyReplicaOf(const QString &replica)
{
    const LabNodeSpec *s = m_spec.node(replica);
    if (!s)
        return;
    const QList<QByteArray> replicaOf =
        s->isReplica() ? QList<QByteArray>{"REPLICAOF", s->link.dialHost.toUtf8(),
                                           QByteArray::number(s->link.proxyPort)}
                       : QList<QByteArray>{"REPLICAOF", "NO", "ONE"};
    if (s->isReplica() && s->masterAuth) {
        runOrReport(replica, {"CONFIG", "SET", "masterauth", m_password.toUtf8()},
                    [this, replica, replicaOf] { runOrReport(replica, replicaOf); });
    } else {
        runOrReport(replica, replicaOf);
    }
}

QString LabController::addReplica(const QString &upstream, NodeProgram program, QString *error)
{
    const LabNodeSpec *up = m_spec.node(upstream);
    if (!up) {
        if (error)
            *error = tr("There is no node %1.").arg(upstream);
        return {};
    }
    LabNodeSpec r;
    r.name = m_spec.nextReplicaName();
    r.program = program;
    r.protectedMode = true;
    r.masterAuth = up->requirePassword;
    r.upstream = upstream;
    for (const LabNodeSpec &other : std::as_const(m_spec.nodes))
        r.requirePassword = r.requirePassword || (other.isReplica() && other.requirePassword);
    const QList<quint16> ports = pickFreeLoopbackPorts(1, usedPorts());
    if (ports.isEmpty()) {
        if (error)
            *error = tr("No free loopback port for a new node.");
        return {};
    }
    r.port = ports.first();
    QDir().mkpath(NodeFiles::in(m_dir, r.name).dataDir);
    m_spec.nodes << r;
    LabNodeSpec &added = m_spec.nodes.last();
    if (!openLink(added, error) || !writeConfig(added, error)) {
        m_spec.nodes.removeLast();
        return {};
    }
    m_nodes << makeNode(added);
    save();
    emit labChanged();
    if (anyAlive())
        node(r.name)->start();
    performed(Action::Added, r.name, upstream);
    return r.name;
}

bool LabController::removeNode(const QString &name, QString *error)
{
    LabNode *n = node(name);
    if (!n)
        return false;
    if (!m_spec.replicasOf(name).isEmpty()) {
        if (error)
            *error = tr("%1 has replicas: re-point or remove them first.").arg(name);
        return false;
    }
    m_shaper->removeLink(name);
    m_nodes.removeOne(n);
    m_spec.nodes.removeIf([&](const LabNodeSpec &s) { return s.name == name; });
    const QString folder = n->files().dir;
    disconnect(n, nullptr, this, nullptr);
    // The folder goes once the process has exited.
    auto cleanUp = [n, folder] {
        n->deleteLater();
        QDir(folder).removeRecursively();
    };
    if (n->isAlive()) {
        connect(n, &LabNode::stateChanged, this, [n, cleanUp](LabNode *, LabNode::State) {
            if (!n->isAlive())
                cleanUp();
        });
        n->stop(3000);
    } else {
        cleanUp();
    }
    save();
    emit labChanged();
    performed(Action::Removed, name);
    return true;
}

bool LabController::repoint(const QString &replica, const QString &upstream, QString *error)
{
    LabNodeSpec *r = m_spec.node(replica);
    const LabNodeSpec *up = m_spec.node(upstream);
    if (!r || !up || replica == upstream || m_spec.wouldCycle(replica, upstream)) {
        if (error)
            *error = tr("%1 cannot replicate from %2.").arg(replica, upstream);
        return false;
    }
    r->upstream = upstream;
    r->masterAuth = up->requirePassword;
    r->link.proxyPort = 0; // a new link, with its own proxy port
    if (!openLink(*r, error))
        return false;
    updateNode(*r);
    applyReplicaOf(replica);
    save();
    emit labChanged();
    performed(Action::Repointed, replica, upstream);
    return true;
}

bool LabController::promote(const QString &name, QString *error)
{
    LabNodeSpec *s = m_spec.node(name);
    if (!s || !s->isReplica()) {
        if (error)
            *error = tr("%1 is not a replica.").arg(name);
        return false;
    }
    const QString oldUpstream = s->upstream;
    const LabNodeSpec *old = m_spec.node(oldUpstream);
    // The new master keeps the old master's protection, or its replicas' AUTH would fail.
    const bool needsPassword = old->requirePassword && !s->requirePassword;
    s->requirePassword = s->requirePassword || old->requirePassword;
    s->upstream.clear();
    s->link = LabLinkSpec{};
    m_shaper->removeLink(name);
    updateNode(*s);
    // The load generator writes to the master: it follows the promotion once the node is one
    // (it was left writing to the old master, which answers READONLY as a replica).
    const bool replacesTheMaster = !old->isReplica(); // not a sub-tree of a chain
    auto becomeMaster = [this, name, replacesTheMaster] {
        runOrReport(name, {"REPLICAOF", "NO", "ONE"}, [this, name, replacesTheMaster] {
            if (LabNode *n = node(name); replacesTheMaster && n && n->isAlive())
                m_load->retarget(n->port(), n->password());
        });
    };
    if (needsPassword) {
        // Until CONFIG SET gives the node its password, AUTH with it fails ("called without any
        // password configured"): the command would run anyway but be reported as failed.
        if (LabNode *n = node(name))
            n->setPassword(QString());
        runOrReport(name, {"CONFIG", "SET", "requirepass", m_password.toUtf8()},
                    [this, name, becomeMaster] {
                        if (LabNode *n = node(name))
                            n->setPassword(m_password);
                        becomeMaster();
                    });
    } else {
        becomeMaster();
    }
    // If the node was unreachable with AUTH before (no password), its password applies now.
    performed(Action::Promoted, name, oldUpstream);

    QStringList others = m_spec.replicasOf(oldUpstream);
    if (!old->isReplica())
        others << oldUpstream; // the old master comes back as a replica, as after a failover
    for (const QString &other : std::as_const(others))
        if (other != name && !repoint(other, name, error))
            return false;
    save();
    emit labChanged();
    return true;
}

// ---- Links and faults -----------------------------------------------------------------------

bool LabController::setLinkShape(const QString &replica, const LinkShape &shape, QString *error)
{
    LabNodeSpec *r = m_spec.node(replica);
    if (!r || !r->isReplica()) {
        if (error)
            *error = tr("%1 has no replication link.").arg(replica);
        return false;
    }
    r->link.shape = shape;
    if (LabNode *n = node(replica))
        n->setSpec(*r);
    m_shaper->setShape(replica, shape);
    save();
    QStringList parts;
    if (shape.delayMs)
        parts << QStringLiteral("delay %1 ms").arg(shape.delayMs);
    if (shape.bandwidthBytesPerSec)
        parts << QStringLiteral("%1 B/s").arg(shape.bandwidthBytesPerSec);
    if (shape.paused)
        parts << QStringLiteral("paused");
    if (shape.cut)
        parts << QStringLiteral("cut");
    if (shape.firewallReject)
        parts << QStringLiteral("firewall reject");
    performed(Action::LinkShaped, replica,
              parts.isEmpty() ? QStringLiteral("clear") : parts.join(QStringLiteral(", ")));
    return true;
}

LinkShape LabController::linkShape(const QString &replica) const
{
    const LabNodeSpec *r = m_spec.node(replica);
    return r ? r->link.shape : LinkShape{};
}

bool LabController::setBindFault(const QString &replica, bool on, QString *error)
{
    LabNodeSpec *r = m_spec.node(replica);
    if (!r || !r->isReplica()) {
        if (error)
            *error = tr("%1 has no replication link.").arg(replica);
        return false;
    }
    r->link.dialHost = on ? QStringLiteral("127.0.0.2") : QStringLiteral("127.0.0.1");
    updateNode(*r);
    applyReplicaOf(replica);
    save();
    performed(Action::BindFault, replica, r->link.dialHost);
    return true;
}

bool LabController::setNodeBind(const QString &name, const QStringList &bind, QString *error)
{
    LabNodeSpec *s = m_spec.node(name);
    if (!s || bind.isEmpty() || LinkShaper::listenAddressesFor(bind).isEmpty()) {
        if (error)
            *error = tr("Invalid bind addresses for %1.").arg(name);
        return false;
    }
    s->bind = bind;
    updateNode(*s);
    runOrReport(name, {"CONFIG", "SET", "bind", bind.join(QLatin1Char(' ')).toUtf8()});
    for (const QString &replica : m_spec.replicasOf(name))
        if (!m_shaper->setListenAddresses(replica, LinkShaper::listenAddressesFor(bind), error))
            return false;
    save();
    performed(Action::BindChanged, name, bind.join(QLatin1Char(' ')));
    return true;
}

// ---- Port mapping ---------------------------------------------------------------------------

LabNode *LabController::nodeAt(const QString &host, quint16 port) const
{
    if (!isLocalHost(host))
        return nullptr;
    for (LabNode *n : m_nodes)
        if (n->port() == port)
            return n;
    if (const auto route = m_shaper->route(port))
        for (LabNode *n : m_nodes)
            if (n->port() == route->upstreamPort)
                return n;
    return nullptr;
}

QPair<QString, quint16> LabController::realAddress(const QString &host, quint16 port) const
{
    if (isLocalHost(host))
        if (const auto route = m_shaper->route(port))
            return {route->upstreamHost.toString(), route->upstreamPort};
    return {host, port};
}

QString LabController::linkAtProxyPort(quint16 port) const
{
    const auto route = m_shaper->route(port);
    return route ? route->linkId : QString();
}
