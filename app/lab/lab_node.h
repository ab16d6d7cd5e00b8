#pragma once
// One lab node: a child process of replicadesk-node or redis-server started with its generated
// config file. Start, graceful stop, kill, pause/resume and restart are real process operations
// (SIGTERM, SIGKILL, SIGSTOP/SIGCONT); an exit the lab did not ask for is reported as a death,
// with the tail of the node's log.
#include "lab/lab_spec.h"
#include "lab/node_config.h"

#include "client/resp_value.h"

#include <QObject>
#include <QProcess>
#include <QTimer>

class LabNode : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Stopped,  // not running (never started, or stopped by the lab)
        Starting, // process launched, not answering PING yet
        Running,  // answers PING
        Paused,   // SIGSTOP: the process exists but does nothing
        Stopping, // SIGTERM sent, waiting for it to exit
        Killed,   // SIGKILL by the lab (a fault the user asked for)
        Died,     // exited without the lab asking: crash, fatal config error, ...
    };
    Q_ENUM(State)

    LabNode(const LabNodeSpec &spec, const NodeFiles &files, QObject *parent = nullptr);
    // Stops the process (SIGTERM, then SIGKILL) unless detach() was called.
    ~LabNode() override;

    QString name() const { return m_spec.name; }
    const LabNodeSpec &spec() const { return m_spec; }
    void setSpec(const LabNodeSpec &spec) { m_spec = spec; }
    const NodeFiles &files() const { return m_files; }
    quint16 port() const { return m_spec.port; }
    // The password this node requires (empty if none); used for the lab's own commands.
    QString password() const { return m_password; }
    void setPassword(const QString &password) { m_password = password; }

    State state() const { return m_state; }
    static QString stateName(State state); // translated
    bool isAlive() const;                  // Starting, Running or Paused: a process exists
    qint64 pid() const;
    // Why the last run ended ("exit code 1", "killed by signal 9", ...), translated; empty while
    // running or never run.
    QString exitDescription() const { return m_exitDescription; }

    // Launches the program; the node becomes Running when it answers PING. False (and *error) if
    // the program cannot be found or started.
    bool start(QString *error = nullptr);
    void stop(int graceMs = 5000);        // SIGCONT if paused, SIGTERM, SIGKILL after graceMs
    void stopAndWait(int graceMs = 5000); // the same, blocking: for app exit only
    void kill();                          // SIGKILL
    void pause();                         // SIGSTOP
    void resume();                        // SIGCONT
    void restart();                       // stop, then start when the process is gone
    // Leave the process running when this object goes away (the user asked to keep the lab).
    void detach() { m_detached = true; }

    // A process of this node left running by an earlier session (the user kept the lab running
    // on exit): found by its pidfile and command line, stopped so that this lab can take over.
    // Blocks up to ~3 s. Returns its pid, or 0 if there was none.
    static qint64 stopLeftover(const NodeFiles &files);

    // The last lines of the node's log file (stdout/stderr go there too).
    QString logTail(int maxLines = 40) const;

    // Runs a command on this node (AUTH with its password) without blocking.
    void command(const QList<QByteArray> &argv, std::function<void(const RespValue &)> done,
                 int timeoutMs = 3000);

signals:
    void stateChanged(LabNode *node, LabNode::State state);
    // The process ended without the lab asking. reason: exitDescription(); logTail: last lines.
    void died(LabNode *node, const QString &reason, const QString &logTail);

private:
    void setState(State state);
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void probeReady();
    void sendSignal(int signal);

    LabNodeSpec m_spec;
    NodeFiles m_files;
    QString m_password;
    QProcess *m_process = nullptr;
    State m_state = State::Stopped;
    QString m_exitDescription;
    QTimer m_readyProbe;
    bool m_probeInFlight = false;
    bool m_killRequested = false;
    bool m_restartPending = false;
    bool m_detached = false;
};
