#pragma once
// Test data for the key browser suites: mass inserts through `redis-cli --pipe` (what a user
// would do to load a big dataset), and a blocking client on a server.
#include "client/resp_connection.h"

#include "resp_test_client.h"
#include "server_process.h"
#include "wait_until.h"

#include <QFileInfo>
#include <QProcess>
#include <functional>
#include <optional>

namespace keyfixtures {

inline ConnectionSpec specFor(quint16 port)
{
    ConnectionSpec spec;
    spec.host = QStringLiteral("127.0.0.1");
    spec.port = port;
    spec.connectTimeoutMs = 3000;
    spec.commandTimeoutMs = 10000;
    return spec;
}

// One command through the app's client, waiting with the event loop running.
inline std::optional<RespValue> roundTrip(RespConnection &c, const QList<QByteArray> &argv,
                                          int timeoutMs = 10000)
{
    std::optional<RespValue> reply;
    QObject context;
    c.command(argv, &context, [&reply](const RespValue &v) { reply = v; });
    rdtest::waitUntil([&] { return reply.has_value(); }, timeoutMs);
    return reply;
}

// Our node is tested when its binary has been built.
inline bool nodeAvailable()
{
    return QFileInfo(rdtest::binaryFor(rdtest::ServerKind::Node)).isExecutable();
}

// Sends `commands` to the server with redis-cli --pipe; true when every reply was read.
inline bool pipeCommands(quint16 port, const QList<QList<QByteArray>> &commands,
                         QString *error = nullptr)
{
    QByteArray protocol;
    for (const auto &argv : commands)
        protocol += rdtest::RespTestClient::encode(argv);
    QProcess cli;
    cli.start(QStringLiteral(REDIS_CLI_BIN),
              {QStringLiteral("-p"), QString::number(port), QStringLiteral("--pipe")});
    if (!cli.waitForStarted(5000)) {
        if (error)
            *error = cli.errorString();
        return false;
    }
    cli.write(protocol);
    cli.closeWriteChannel();
    if (!cli.waitForFinished(120000)) {
        cli.kill();
        cli.waitForFinished();
        if (error)
            *error = QStringLiteral("redis-cli --pipe timed out");
        return false;
    }
    const QByteArray out = cli.readAllStandardOutput();
    if (cli.exitCode() != 0 || !out.contains("errors: 0")) {
        if (error)
            *error = QString::fromUtf8(out + cli.readAllStandardError());
        return false;
    }
    return true;
}

// SET <name(i)> v<i> for i in [0, count), in batches.
inline bool fillStrings(quint16 port, int count, const std::function<QByteArray(int)> &name,
                        QString *error = nullptr)
{
    QList<QList<QByteArray>> commands;
    commands.reserve(count);
    for (int i = 0; i < count; ++i)
        commands << QList<QByteArray>{"SET", name(i), "v" + QByteArray::number(i)};
    return pipeCommands(port, commands, error);
}

} // namespace keyfixtures

namespace keyfixtures {

inline QByteArray infoText(quint16 port, const QByteArray &section)
{
    rdtest::RespTestClient c;
    if (!c.connectTo(port))
        return {};
    return c.command({"INFO", section}).text;
}

// A master and `replicas` replicas (real processes of one kind) linked with replicaof; start()
// waits until every replica reports master_link_status:up.
struct ReplicaGroup
{
    ReplicaGroup(rdtest::ServerKind kind, int replicas)
        : master(kind)
    {
        for (int i = 0; i < replicas; ++i)
            this->replicas.push_back(std::make_unique<rdtest::ServerProcess>(kind));
    }

    bool start(QString *error, const QStringList &replicaExtra = {})
    {
        if (!master.start()) {
            *error = master.lastError();
            return false;
        }
        for (auto &replica : replicas) {
            QStringList config{QStringLiteral("replicaof 127.0.0.1 %1").arg(master.port())};
            config << replicaExtra;
            if (!replica->start(config)) {
                *error = replica->lastError();
                return false;
            }
        }
        for (auto &replica : replicas) {
            const quint16 port = replica->port();
            if (!rdtest::waitUntil(
                    [port] {
                        return infoText(port, "replication").contains("master_link_status:up");
                    },
                    15000)) {
                *error = QStringLiteral("replica link never came up");
                return false;
            }
        }
        return true;
    }

    // Waits until every replica has processed the master's stream up to its current offset.
    bool waitInSync(int timeoutMs = 10000)
    {
        const QByteArray masterOffset =
            infoField(infoText(master.port(), "replication"), "master_repl_offset");
        return rdtest::waitUntil(
            [&] {
                for (auto &replica : replicas) {
                    const QByteArray info = infoText(replica->port(), "replication");
                    if (infoField(info, "slave_repl_offset").toLongLong() <
                        masterOffset.toLongLong())
                        return false;
                }
                return true;
            },
            timeoutMs);
    }

    static QByteArray infoField(const QByteArray &info, const QByteArray &name)
    {
        for (const QByteArray &line : info.split('\n'))
            if (line.startsWith(name + ':'))
                return line.mid(name.size() + 1).trimmed();
        return {};
    }

    rdtest::ServerProcess master;
    std::vector<std::unique_ptr<rdtest::ServerProcess>> replicas;
};

} // namespace keyfixtures
