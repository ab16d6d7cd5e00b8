#include "lab/lab_node.h"

#include "lab/node_command.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QPointer>
#include <QThread>

#include <csignal>
#include <cstring>
#include <unistd.h>

namespace {

constexpr int kReadyProbeMs = 15;

} // namespace

LabNode::LabNode(const LabNodeSpec &spec, const NodeFiles &files, QObject *parent)
    : QObject(parent)
    , m_spec(spec)
    , m_files(files)
{
    m_readyProbe.setInterval(kReadyProbeMs);
    connect(&m_readyProbe, &QTimer::timeout, this, &LabNode::probeReady);
}

LabNode::~LabNode()
{
    if (!m_process)
        return;
    if (m_detached) {
        // ~QProcess would kill the child: let the QProcess object go instead (the app is exiting
        // and the user asked to keep the node running).
        m_process->disconnect(this);
        m_process->setParent(nullptr);
        m_process = nullptr;
        return;
    }
    stopAndWait(3000);
}

QString LabNode::stateName(State state)
{
    switch (state) {
    case State::Stopped:
        return tr("stopped");
    case State::Starting:
        return tr("starting");
    case State::Running:
        return tr("running");
    case State::Paused:
        return tr("paused");
    case State::Stopping:
        return tr("stopping");
    case State::Killed:
        return tr("killed");
    case State::Died:
        return tr("died");
    }
    return {};
}

bool LabNode::isAlive() const
{
    return m_state == State::Starting || m_state == State::Running || m_state == State::Paused ||
           m_state == State::Stopping;
}

qint64 LabNode::pid() const
{
    return m_process ? m_process->processId() : 0;
}

void LabNode::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(this, state);
}

bool LabNode::start(QString *error)
{
    if (m_process)
        return true;
    const QString program = nodeProgramPath(m_spec.program);
    if (program.isEmpty()) {
        if (error)
            *error = m_spec.program == NodeProgram::RedisServer
                         ? tr("redis-server is not installed.")
                         : tr("replicadesk-node was not found next to the app.");
        return false;
    }
    QDir().mkpath(m_files.dataDir);
    m_process = new QProcess(this);
    m_process->setProgram(program);
    // Only the config file path: every setting, the password included, is in that 0600 file.
    m_process->setArguments({m_files.configPath});
    m_process->setWorkingDirectory(m_files.dataDir);
    // Whatever the node prints before it opens its logfile (e.g. a fatal config error) lands in
    // the same log, so the log tail explains an early death.
    m_process->setStandardOutputFile(m_files.logPath, QIODevice::Append);
    m_process->setStandardErrorFile(m_files.logPath, QIODevice::Append);
    // Own process group: a Ctrl-C in the app's terminal reaches the app, which then stops the
    // nodes itself, instead of killing them behind its back.
    m_process->setChildProcessModifier([] { ::setpgid(0, 0); });
    connect(m_process, &QProcess::finished, this, &LabNode::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart && m_process) {
            m_exitDescription = tr("failed to start: %1").arg(m_process->errorString());
            m_process->deleteLater();
            m_process = nullptr;
            setState(State::Died);
            emit died(this, m_exitDescription, logTail());
        }
    });
    m_killRequested = false;
    m_exitDescription.clear();
    setState(State::Starting);
    m_process->start();
    m_readyProbe.start();
    return true;
}

void LabNode::probeReady()
{
    if (m_state != State::Starting) {
        m_readyProbe.stop();
        return;
    }
    if (m_probeInFlight)
        return;
    m_probeInFlight = true;
    command(
        {"PING"},
        [this](const RespValue &reply) {
            m_probeInFlight = false;
            if (m_state == State::Starting && reply.isStatus() && reply.bytes() == "PONG") {
                m_readyProbe.stop();
                setState(State::Running);
            }
        },
        1000);
}

void LabNode::sendSignal(int signal)
{
    if (m_process && m_process->processId() > 0)
        ::kill(static_cast<pid_t>(m_process->processId()), signal);
}

void LabNode::stop(int graceMs)
{
    if (!m_process || m_state == State::Stopping)
        return;
    if (m_state == State::Paused)
        sendSignal(SIGCONT); // a stopped process cannot act on SIGTERM
    setState(State::Stopping);
    m_process->terminate();
    QPointer<QProcess> process = m_process;
    QTimer::singleShot(graceMs, this, [process] {
        if (process && process->state() != QProcess::NotRunning)
            process->kill();
    });
}

void LabNode::stopAndWait(int graceMs)
{
    if (!m_process)
        return;
    stop(graceMs);
    QProcess *process = m_process;
    if (!process->waitForFinished(graceMs) && m_process == process) {
        process->kill();
        process->waitForFinished(3000);
    }
}

void LabNode::kill()
{
    if (!m_process)
        return;
    m_killRequested = true;
    m_process->kill();
}

void LabNode::pause()
{
    if (m_state != State::Running && m_state != State::Starting)
        return;
    sendSignal(SIGSTOP);
    m_readyProbe.stop();
    setState(State::Paused);
}

void LabNode::resume()
{
    if (m_state != State::Paused)
        return;
    sendSignal(SIGCONT);
    setState(State::Starting); // answers PING again within a few ms
    m_readyProbe.start();
}

void LabNode::restart()
{
    if (!m_process) {
        start();
        return;
    }
    m_restartPending = true;
    stop();
}

void LabNode::onFinished(int exitCode, QProcess::ExitStatus status)
{
    m_readyProbe.stop();
    m_probeInFlight = false;
    const State before = m_state;
    m_exitDescription = status == QProcess::CrashExit
                            ? tr("terminated by signal %1 (%2)")
                                  .arg(exitCode)
                                  .arg(QString::fromLocal8Bit(strsignal(exitCode)))
                            : tr("exit code %1").arg(exitCode);
    m_process->deleteLater();
    m_process = nullptr;
    if (before == State::Stopping) {
        setState(State::Stopped);
    } else if (m_killRequested) {
        setState(State::Killed);
    } else {
        setState(State::Died);
        emit died(this, m_exitDescription, logTail());
    }
    if (m_restartPending) {
        m_restartPending = false;
        start();
    }
}

QString LabNode::logTail(int maxLines) const
{
    QFile file(m_files.logPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    constexpr qint64 kWindow = 64 * 1024;
    if (file.size() > kWindow)
        file.seek(file.size() - kWindow);
    QList<QByteArray> lines = file.readAll().split('\n');
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    if (lines.size() > maxLines)
        lines = lines.mid(lines.size() - maxLines);
    return QString::fromUtf8(lines.join('\n'));
}

void LabNode::command(const QList<QByteArray> &argv, std::function<void(const RespValue &)> done,
                      int timeoutMs)
{
    NodeCommand::send(this, m_spec.port, m_password, argv, std::move(done), timeoutMs);
}

qint64 LabNode::stopLeftover(const NodeFiles &files)
{
    QFile pidFile(files.pidPath);
    if (!pidFile.open(QIODevice::ReadOnly))
        return 0;
    const qint64 pid = pidFile.readAll().trimmed().toLongLong();
    QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
    if (pid <= 0 || !cmdline.open(QIODevice::ReadOnly) ||
        !cmdline.readAll().contains(QFile::encodeName(files.configPath)))
        return 0; // gone, or the pid now belongs to another program
    ::kill(static_cast<pid_t>(pid), SIGCONT);
    ::kill(static_cast<pid_t>(pid), SIGTERM);
    QDeadlineTimer deadline(3000);
    while (::kill(static_cast<pid_t>(pid), 0) == 0 && !deadline.hasExpired())
        QThread::msleep(10);
    if (::kill(static_cast<pid_t>(pid), 0) == 0)
        ::kill(static_cast<pid_t>(pid), SIGKILL);
    return pid;
}
