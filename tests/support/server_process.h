#pragma once
// A Redis-compatible server started by a test on a free loopback port, in its own temporary
// folder, with a generated config file. Either Debian's real redis-server (the interop peer) or
// our replicadesk-node. Stopped when the object goes away.
#include "managed_process.h"

#include <QStringList>
#include <QTemporaryDir>
#include <memory>

namespace rdtest {

enum class ServerKind { Node, Redis };

class ServerProcess
{
public:
    explicit ServerProcess(ServerKind kind);
    ~ServerProcess();

    // extraConfig: redis.conf lines appended after the defaults (port, bind, dir, save "",
    // appendonly no, logfile). Returns false (and fills lastError()) if the server did not answer
    // PING within timeoutMs.
    bool start(const QStringList &extraConfig = {}, int timeoutMs = 10000);
    // Starts again on the same port, folder and config (e.g. after kill()).
    bool restart(int timeoutMs = 10000);
    void stop(int timeoutMs = 5000);
    void kill();
    void pause();
    void resume();

    quint16 port() const { return m_port; }
    ServerKind kind() const { return m_kind; }
    QString dir() const { return m_dir->path(); }
    QString configPath() const;
    QString logPath() const;
    QByteArray log() const;
    QString lastError() const { return m_lastError; }
    ManagedProcess &process() { return m_process; }
    QString password; // set before start() to AUTH during the readiness check

private:
    bool waitReady(int timeoutMs);

    ServerKind m_kind;
    quint16 m_port = 0;
    std::unique_ptr<QTemporaryDir> m_dir;
    ManagedProcess m_process;
    QString m_lastError;
};

QString binaryFor(ServerKind kind);

} // namespace rdtest
