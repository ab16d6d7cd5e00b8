#include "server_process.h"

#include "free_port.h"
#include "resp_test_client.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QThread>

namespace rdtest {

QString binaryFor(ServerKind kind)
{
    return kind == ServerKind::Node ? QStringLiteral(RD_NODE_BIN)
                                    : QStringLiteral(REDIS_SERVER_BIN);
}

ServerProcess::ServerProcess(ServerKind kind)
    : m_kind(kind)
    , m_dir(std::make_unique<QTemporaryDir>())
{
}

ServerProcess::~ServerProcess()
{
    stop(3000);
}

QString ServerProcess::configPath() const
{
    return m_dir->filePath(QStringLiteral("server.conf"));
}

QString ServerProcess::logPath() const
{
    return m_dir->filePath(QStringLiteral("server.log"));
}

QByteArray ServerProcess::log() const
{
    QFile f(logPath());
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool ServerProcess::start(const QStringList &extraConfig, int timeoutMs)
{
    m_port = freePort();
    QStringList lines = {
        QStringLiteral("port %1").arg(m_port),           QStringLiteral("bind 127.0.0.1"),
        QStringLiteral("dir \"%1\"").arg(m_dir->path()), QStringLiteral("save \"\""),
        QStringLiteral("logfile \"%1\"").arg(logPath()), QStringLiteral("daemonize no"),
    };
    if (m_kind == ServerKind::Redis)
        lines << QStringLiteral("appendonly no");
    lines << extraConfig;
    QFile conf(configPath());
    if (!conf.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_lastError = QStringLiteral("cannot write ") + configPath();
        return false;
    }
    conf.write(lines.join('\n').toUtf8() + '\n');
    conf.close();
    return restart(timeoutMs);
}

bool ServerProcess::restart(int timeoutMs)
{
    m_process.stop();
    if (!m_process.start(binaryFor(m_kind), {configPath()}, m_dir->path())) {
        m_lastError = QStringLiteral("cannot start ") + binaryFor(m_kind);
        return false;
    }
    return waitReady(timeoutMs);
}

bool ServerProcess::waitReady(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (!m_process.isRunning()) {
            m_lastError = QStringLiteral("server exited: ") +
                          QString::fromUtf8(m_process.output()) + QString::fromUtf8(log());
            return false;
        }
        RespTestClient client;
        if (client.connectTo(m_port, QStringLiteral("127.0.0.1"), 200)) {
            if (!password.isEmpty())
                client.command({"AUTH", password.toUtf8()}, 1000);
            const RespReply pong = client.command({"PING"}, 1000);
            if (pong.type == RespReply::Type::Status && pong.text == "PONG")
                return true;
        }
        // Waiting on the process (not sleeping) lets QProcess notice an early exit.
        m_process.process().waitForFinished(20);
    }
    m_lastError =
        QStringLiteral("no PONG within %1 ms; log: ").arg(timeoutMs) + QString::fromUtf8(log());
    return false;
}

void ServerProcess::stop(int timeoutMs)
{
    m_process.stop(timeoutMs);
}

void ServerProcess::kill()
{
    m_process.kill();
}

void ServerProcess::pause()
{
    m_process.pause();
}

void ServerProcess::resume()
{
    m_process.resume();
}

} // namespace rdtest
