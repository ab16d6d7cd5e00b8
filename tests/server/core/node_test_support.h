#pragma once
// Helpers for the node core suites: a node process with a connected client, and a one-line
// command helper that splits on spaces (use the argv form for binary or spaced arguments).
#include "resp_test_client.h"
#include "server_process.h"
#include "wait_until.h"

#include <QtTest>
#include <memory>

namespace nodetest {

using rdtest::RespReply;
using rdtest::RespTestClient;
using rdtest::ServerKind;
using rdtest::ServerProcess;

// A started node (or redis-server, to compare) and one connected client.
struct Node
{
    explicit Node(const QStringList &config = {}, ServerKind kind = ServerKind::Node)
        : server(std::make_unique<ServerProcess>(kind))
    {
        ok = server->start(config);
        if (ok)
            ok = client.connectTo(server->port());
    }
    RespReply cmd(const QByteArray &line) { return client.command(rdtest::argv(line)); }
    RespReply cmd(const QList<QByteArray> &argv) { return client.command(argv); }
    // A second connection to the same server.
    std::unique_ptr<RespTestClient> connect()
    {
        auto c = std::make_unique<RespTestClient>();
        if (!c->connectTo(server->port()))
            return nullptr;
        return c;
    }

    std::unique_ptr<ServerProcess> server;
    RespTestClient client;
    bool ok = false;
};

inline QByteArray errorOf(const RespReply &r)
{
    return r.type == RespReply::Type::Error
               ? r.text
               : QByteArray("<not an error: ") + r.toDebugString() + ">";
}

} // namespace nodetest

#define NODE_CHECK(node) QVERIFY2((node).ok, qPrintable((node).server->lastError()))

#define QCOMPARE_STATUS(reply, expected)                                                           \
    do {                                                                                           \
        const auto r_ = (reply);                                                                   \
        QCOMPARE(r_.toDebugString(), QByteArray(expected));                                        \
    } while (0)

namespace nodetest {

// One step of a command script: the command line (split on spaces) and the reply as
// RespReply::toDebugString() renders it ("OK", "(integer) 1", "\"v\"", "(nil)", "(error) ...").
struct Step
{
    const char *command;
    const char *expected;
};

// Runs the steps in order on one connection; reports the first mismatch with its index.
inline QString runScript(RespTestClient &client, std::initializer_list<Step> steps)
{
    int i = 0;
    for (const Step &s : steps) {
        const QByteArray got = client.command(rdtest::argv(s.command)).toDebugString();
        if (got != QByteArray(s.expected))
            return QStringLiteral("step %1 `%2`: got %3, expected %4")
                .arg(i)
                .arg(QString::fromUtf8(s.command), QString::fromUtf8(got),
                     QString::fromUtf8(s.expected));
        ++i;
    }
    return {};
}

} // namespace nodetest

// Runs a script on the node and, as the oracle, on Debian's redis-server: both must give the
// expected replies.
#define RUN_SCRIPT_ON_BOTH(extraConfig, ...)                                                       \
    do {                                                                                           \
        nodetest::Node node_(extraConfig);                                                         \
        NODE_CHECK(node_);                                                                         \
        const QString nodeErr_ = nodetest::runScript(node_.client, __VA_ARGS__);                   \
        QVERIFY2(nodeErr_.isEmpty(), qPrintable(QStringLiteral("node: ") + nodeErr_));             \
        nodetest::Node redis_(extraConfig, rdtest::ServerKind::Redis);                             \
        NODE_CHECK(redis_);                                                                        \
        const QString redisErr_ = nodetest::runScript(redis_.client, __VA_ARGS__);                 \
        QVERIFY2(redisErr_.isEmpty(), qPrintable(QStringLiteral("redis-server: ") + redisErr_));   \
    } while (0)
