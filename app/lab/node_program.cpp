#include "lab/node_program.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace {

bool isExecutable(const QString &path)
{
    const QFileInfo info(path);
    return info.isFile() && info.isExecutable();
}

QString findReplicaDeskNode()
{
    const QString beside =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("replicadesk-node"));
    if (isExecutable(beside))
        return beside;
#ifdef RD_BUILD_NODE_BIN
    if (isExecutable(QStringLiteral(RD_BUILD_NODE_BIN)))
        return QStringLiteral(RD_BUILD_NODE_BIN);
#endif
    return QStandardPaths::findExecutable(QStringLiteral("replicadesk-node"));
}

QString findRedisServer()
{
    QString path = QStandardPaths::findExecutable(QStringLiteral("redis-server"));
    if (path.isEmpty()) // Some distributions keep it out of a normal user's PATH.
        path = QStandardPaths::findExecutable(
            QStringLiteral("redis-server"),
            {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin")});
    return path;
}

} // namespace

QString nodeProgramKey(NodeProgram program)
{
    return program == NodeProgram::RedisServer ? QStringLiteral("redis-server")
                                               : QStringLiteral("replicadesk-node");
}

std::optional<NodeProgram> nodeProgramFromKey(const QString &key)
{
    if (key == QLatin1String("replicadesk-node"))
        return NodeProgram::ReplicaDeskNode;
    if (key == QLatin1String("redis-server"))
        return NodeProgram::RedisServer;
    return std::nullopt;
}

QString nodeProgramPath(NodeProgram program)
{
    return program == NodeProgram::RedisServer ? findRedisServer() : findReplicaDeskNode();
}

bool nodeProgramAvailable(NodeProgram program)
{
    return !nodeProgramPath(program).isEmpty();
}

NodeProgram defaultLabProgram()
{
    const QString wanted = qEnvironmentVariable("REPLICADESK_LAB_PROGRAM");
    if (const auto program = nodeProgramFromKey(wanted))
        return *program;
    return nodeProgramAvailable(NodeProgram::ReplicaDeskNode) ? NodeProgram::ReplicaDeskNode
                                                              : NodeProgram::RedisServer;
}
