#pragma once
// A child process that a test owns: it is always stopped (SIGTERM, then SIGKILL) when the
// object goes away, so no test leaks a server even when an assertion fails half way.
#include <QProcess>
#include <QString>
#include <QStringList>

namespace rdtest {

class ManagedProcess
{
public:
    ManagedProcess() = default;
    ~ManagedProcess();
    ManagedProcess(const ManagedProcess &) = delete;
    ManagedProcess &operator=(const ManagedProcess &) = delete;

    bool start(const QString &program, const QStringList &arguments,
               const QString &workingDirectory = {});
    // Graceful stop: SIGTERM and wait up to timeoutMs, then SIGKILL.
    void stop(int timeoutMs = 5000);
    void kill();
    // True once the process has exited (also when it already had), false after timeoutMs.
    bool waitForExit(int timeoutMs);
    void pause();  // SIGSTOP
    void resume(); // SIGCONT
    bool isRunning() const;
    qint64 pid() const;
    int exitCode() const;
    QByteArray output(); // stdout and stderr so far (merged)
    QProcess &process() { return m_process; }

private:
    QProcess m_process;
    QByteArray m_output;
};

} // namespace rdtest
