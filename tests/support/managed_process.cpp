#include "managed_process.h"

#include <csignal>
#include <sys/types.h>

namespace rdtest {

ManagedProcess::~ManagedProcess()
{
    stop(3000);
}

bool ManagedProcess::start(const QString &program, const QStringList &arguments,
                           const QString &workingDirectory)
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    if (!workingDirectory.isEmpty())
        m_process.setWorkingDirectory(workingDirectory);
    m_process.start(program, arguments);
    return m_process.waitForStarted(5000);
}

void ManagedProcess::stop(int timeoutMs)
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    resume(); // a paused process cannot handle SIGTERM
    m_process.terminate();
    if (!m_process.waitForFinished(timeoutMs)) {
        m_process.kill();
        m_process.waitForFinished(3000);
    }
}

void ManagedProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(3000);
}

bool ManagedProcess::waitForExit(int timeoutMs)
{
    // QProcess::waitForFinished is false for a process that has already finished.
    if (m_process.state() == QProcess::NotRunning)
        return true;
    return m_process.waitForFinished(timeoutMs);
}

void ManagedProcess::pause()
{
    if (isRunning())
        ::kill(static_cast<pid_t>(m_process.processId()), SIGSTOP);
}

void ManagedProcess::resume()
{
    if (isRunning())
        ::kill(static_cast<pid_t>(m_process.processId()), SIGCONT);
}

bool ManagedProcess::isRunning() const
{
    return m_process.state() != QProcess::NotRunning;
}

qint64 ManagedProcess::pid() const
{
    return m_process.processId();
}

int ManagedProcess::exitCode() const
{
    return m_process.exitCode();
}

QByteArray ManagedProcess::output()
{
    m_output += m_process.readAll();
    return m_output;
}

} // namespace rdtest
