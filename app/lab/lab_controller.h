#pragma once
// The local lab: creates a lab folder from a template (or reopens one), runs its nodes as child
// processes, routes every replication link through the link shaper, and carries out the user's
// actions (start, stop, kill, pause, restart, add/remove, promote, re-point, shape, faults).
// Views ask it which node stands behind an address (nodeAt / realAddress), so a link's proxy
// port is always shown as the real node it leads to.
#include "lab/lab_node.h"
#include "lab/lab_spec.h"
#include "lab/link_shaper.h"
#include "lab/load_generator.h"

#include <QHash>
#include <QObject>
#include <QPair>
#include <QSet>

class LabController : public QObject
{
    Q_OBJECT
public:
    // What the user did to the lab, for charts' markers and logs.
    enum class Action {
        Started,
        Stopped,
        Killed,
        Paused,
        Resumed,
        Restarted,
        Added,
        Removed,
        Promoted,
        Repointed,
        LinkShaped,
        BindChanged,
        BindFault,
    };
    Q_ENUM(Action)

    explicit LabController(QObject *parent = nullptr);
    // Stops every node (SIGTERM, then SIGKILL) unless keepNodesRunning() was called.
    ~LabController() override;

    // <AppDataLocation>/labs/<name>
    static QString defaultLabDir(const QString &name);
    static QString labFileName() { return QStringLiteral("lab.json"); }

    // A new lab in `dir` (empty: the default folder for spec.name). Assigns free loopback ports,
    // a random password, writes one 0600 config per node and the lab file. Fails if `dir`
    // already holds a lab. Nodes are not started.
    bool create(const LabSpec &spec, const QString &dir, QString *error = nullptr);
    // Reopens a saved lab folder (ports that are taken meanwhile are replaced).
    bool open(const QString &dir, QString *error = nullptr);
    // --lab seed|star:N|chain:N [--dir DIR]: reopens the folder if it holds a lab of that
    // template, else creates it; then starts every node.
    bool launch(const QString &templateText, const QString &dir, QString *error = nullptr,
                NodeProgram program = defaultLabProgram());
    bool save(QString *error = nullptr) const;
    // Stops every node and forgets the lab (the folder stays on disk).
    void closeLab();
    bool isOpen() const { return !m_dir.isEmpty(); }

    QString labDir() const { return m_dir; }
    const LabSpec &spec() const { return m_spec; }
    // The lab password, read from the config files (never stored elsewhere).
    QString password() const { return m_password; }

    QList<LabNode *> nodes() const; // in lab order
    LabNode *node(const QString &name) const;
    // The top of the tree: the first node that replicates from nobody.
    QString masterName() const;
    LinkShaper *shaper() const { return m_shaper; }
    LoadGenerator *loadGenerator() const { return m_load; }

    // Masters first, then each replica as soon as its upstream answers PING, so the first
    // replication attempt already succeeds. allNodesRunning() fires when every node answers.
    void startAll();
    void stopAll(int graceMs = 5000);
    void stopAllAndWait(int graceMs = 5000); // blocking: app exit only
    bool allRunning() const;
    bool anyAlive() const;
    // The user wants the nodes to outlive the app: replicas are re-pointed straight at their
    // upstream (the proxies die with the app) and the processes are left running.
    void keepNodesRunning();

    // Node actions. Errors from the live node arrive later through actionFailed().
    bool startNode(const QString &name, QString *error = nullptr);
    void stopNode(const QString &name);
    void killNode(const QString &name);
    void pauseNode(const QString &name);
    void resumeNode(const QString &name);
    void restartNode(const QString &name);
    // A new replica of `upstream`; returns its name, empty on error. Started if the lab runs.
    QString addReplica(const QString &upstream, NodeProgram program, QString *error = nullptr);
    bool removeNode(const QString &name, QString *error = nullptr);
    // REPLICAOF NO ONE on the replica, then every other replica of its old master (and the old
    // master itself) is re-pointed at it.
    bool promote(const QString &name, QString *error = nullptr);
    bool repoint(const QString &replica, const QString &upstream, QString *error = nullptr);

    // Link shaping and the seed's two faults.
    bool setLinkShape(const QString &replica, const LinkShape &shape, QString *error = nullptr);
    LinkShape linkShape(const QString &replica) const;
    // The seed's "master bound to 127.0.0.1": the replica dials 127.0.0.2 instead, where its
    // upstream does not listen, and gets "Connection refused".
    bool setBindFault(const QString &replica, bool on, QString *error = nullptr);
    // Changes a node's `bind` (config file, CONFIG SET on the live node, and the proxies that
    // stand in for it). E.g. {"127.0.0.1", "127.0.0.2"} fixes the bind fault.
    bool setNodeBind(const QString &name, const QStringList &bind, QString *error = nullptr);

    // Port mapping for every view: the lab node reached at host:port, either its own port or a
    // link's proxy port (which stands for the link's upstream node); nullptr if none.
    LabNode *nodeAt(const QString &host, quint16 port) const;
    // host:port with a link proxy port replaced by the real node's address.
    QPair<QString, quint16> realAddress(const QString &host, quint16 port) const;
    // The replica whose link owns this proxy port; empty if none.
    QString linkAtProxyPort(quint16 port) const;

signals:
    void labChanged(); // opened, closed, a node added or removed, topology changed
    void nodeStateChanged(LabNode *node, LabNode::State state);
    void nodeDied(LabNode *node, const QString &reason, const QString &logTail);
    void allNodesRunning();
    void actionPerformed(LabController::Action action, const QString &node, const QString &detail);
    void actionFailed(const QString &message);

private:
    bool prepare(QString *error); // ports, links, configs, node objects for m_spec
    bool writeConfig(const LabNodeSpec &spec, QString *error = nullptr) const;
    bool openLink(LabNodeSpec &replica, QString *error);
    LabNode *makeNode(const LabNodeSpec &spec);
    void updateNode(const LabNodeSpec &spec); // config file + the LabNode's copy
    void onNodeState(LabNode *node, LabNode::State state);
    void startPendingReplicas();
    void refreshUpstreamAvailability(const QString &upstream);
    // REPLICAOF (and CONFIG SET masterauth first when needed) on a live replica.
    void applyReplicaOf(const QString &replica);
    void runOrReport(const QString &nodeName, const QList<QByteArray> &argv,
                     std::function<void()> then = {});
    void performed(Action action, const QString &node, const QString &detail = {});
    QList<quint16> usedPorts() const;

    LabSpec m_spec;
    QString m_dir;
    QString m_password;
    QList<LabNode *> m_nodes;
    LinkShaper *m_shaper;
    LoadGenerator *m_load;
    bool m_startAllPending = false;
    QSet<QString> m_startedThisRound;
    bool m_keepRunning = false;
};
