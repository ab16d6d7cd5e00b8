#pragma once
// Differential testing for the data-type suites: our replicadesk-node and Debian's redis-server
// run side by side and receive the same commands; every reply must be identical (types
// included: a nil bulk is not a nil array), or equal as a multiset where Redis documents no
// order (HGETALL, SMEMBERS...).
#include "resp_test_client.h"
#include "server_process.h"

#include <QByteArray>
#include <QList>
#include <QStringList>
#include <memory>

namespace rdtest::types {

// How two replies must agree.
enum class Match {
    Exact,
    // Top-level array elements compared as a multiset (SMEMBERS, HKEYS, SINTER...).
    Unordered,
    // Top-level array of consecutive pairs compared as a multiset of pairs (HGETALL).
    UnorderedPairs,
    // Only the reply's type and element count (random commands: SPOP, SRANDMEMBER...).
    Shape,
};

// Exact rendering of a reply, with its RESP type (for failure messages and comparisons).
QByteArray render(const RespReply &reply);

class DifferentialPair
{
public:
    // Starts both servers (extraConfig applies to both) and connects one client to each.
    bool start(const QStringList &extraConfig = {});
    QString lastError() const { return m_error; }

    RespTestClient &node() { return *m_nodeClient; }
    RespTestClient &redis() { return *m_redisClient; }
    ServerProcess &nodeServer() { return *m_node; }
    ServerProcess &redisServer() { return *m_redis; }

    // Sends argv to both servers. Returns an empty string when the replies agree, else a
    // message with the command and both replies.
    QByteArray compare(const QList<QByteArray> &argv, Match match = Match::Exact);
    // Runs a script: one command per line, arguments separated by spaces, each compared
    // exactly; stops at the first disagreement and returns its message.
    QByteArray compareScript(const QByteArray &script, Match match = Match::Exact);
    // Sends argv to both without comparing (setup).
    void both(const QList<QByteArray> &argv);

private:
    std::unique_ptr<ServerProcess> m_node;
    std::unique_ptr<ServerProcess> m_redis;
    std::unique_ptr<RespTestClient> m_nodeClient;
    std::unique_ptr<RespTestClient> m_redisClient;
    QString m_error;
};

} // namespace rdtest::types

// QVERIFY that both servers gave the same reply.
#define RD_SAME(pair, ...)                                                                         \
    do {                                                                                           \
        const QByteArray rdSameMessage = (pair).compare(__VA_ARGS__);                              \
        QVERIFY2(rdSameMessage.isEmpty(), rdSameMessage.constData());                              \
    } while (false)

#define RD_SAME_SCRIPT(pair, ...)                                                                  \
    do {                                                                                           \
        const QByteArray rdSameMessage = (pair).compareScript(__VA_ARGS__);                        \
        QVERIFY2(rdSameMessage.isEmpty(), rdSameMessage.constData());                              \
    } while (false)
