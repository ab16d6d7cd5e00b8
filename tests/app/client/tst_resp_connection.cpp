// RespConnection against Debian's real redis-server: pipelining, typed errors, AUTH (password
// and ACL user), SELECT, large replies, timeouts, reconnect after a restart, replies delivered
// on the GUI thread and dropped when their context is gone.
#include "client/resp_connection.h"

#include "free_port.h"
#include "resp_test_client.h"
#include "server_process.h"
#include "wait_until.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <optional>

using rdtest::ServerKind;
using rdtest::ServerProcess;

namespace {

ConnectionSpec specFor(quint16 port)
{
    ConnectionSpec spec;
    spec.host = QStringLiteral("127.0.0.1");
    spec.port = port;
    spec.connectTimeoutMs = 3000;
    spec.commandTimeoutMs = 10000;
    return spec;
}

// Sends one command and waits for its reply (the event loop keeps running meanwhile).
std::optional<RespValue> roundTrip(RespConnection &c, const QList<QByteArray> &argv,
                                   int timeoutMs = 10000)
{
    std::optional<RespValue> reply;
    QObject context;
    c.command(argv, &context, [&reply](const RespValue &v) { reply = v; });
    rdtest::waitUntil([&] { return reply.has_value(); }, timeoutMs);
    return reply;
}

} // namespace

class TestRespConnection : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY2(m_redis.start(), qPrintable(m_redis.lastError())); }

    void setAndGetBinaryValue()
    {
        RespConnection c(specFor(m_redis.port()));
        const QByteArray value("\x00\xff\r\nbytes", 9);
        QCOMPARE(roundTrip(c, {"SET", "bin\xfe", value})->bytes(), QByteArray("OK"));
        const auto got = roundTrip(c, {"GET", "bin\xfe"});
        QVERIFY(got->isBulk());
        QCOMPARE(got->bytes(), value);
        QVERIFY(roundTrip(c, {"GET", "missing"})->isNil());
        QVERIFY(c.isReady());
    }

    void pipelinedRepliesArriveInOrderOnTheGuiThread()
    {
        RespConnection c(specFor(m_redis.port()));
        roundTrip(c, {"DEL", "counter"});
        QList<qint64> seen;
        bool allOnGuiThread = true;
        QObject context;
        const int n = 2000;
        for (int i = 0; i < n; ++i)
            c.command({"INCR", "counter"}, &context, [&](const RespValue &v) {
                seen << v.toInteger();
                allOnGuiThread &= QThread::currentThread() == qApp->thread();
            });
        QVERIFY(rdtest::waitUntil([&] { return seen.size() == n; }));
        QVERIFY(allOnGuiThread);
        for (int i = 0; i < n; ++i)
            QCOMPARE(seen[i], qint64(i + 1));
    }

    void pipelineHelperCollectsRepliesInOrder()
    {
        RespConnection c(specFor(m_redis.port()));
        std::optional<QList<RespValue>> replies;
        c.pipeline({{"SET", "p", "1"}, {"INCRBY", "p", "41"}, {"HGET", "p", "f"}, {"GET", "p"}},
                   this, [&](const QList<RespValue> &r) { replies = r; });
        QVERIFY(rdtest::waitUntil([&] { return replies.has_value(); }));
        QCOMPARE(replies->size(), 4);
        QCOMPARE(replies->at(1).toInteger(), 42);
        QCOMPARE(replies->at(2).errorCode(), QByteArray("WRONGTYPE"));
        QVERIFY(!replies->at(2).isClientError());
        QCOMPARE(replies->at(3).bytes(), QByteArray("42"));
    }

    void serverErrorsAreRepliesNotConnectionFailures()
    {
        RespConnection c(specFor(m_redis.port()));
        const auto err = roundTrip(c, {"NOSUCHCOMMAND", "a"});
        QVERIFY(err->isError());
        QVERIFY(err->bytes().startsWith("ERR unknown command 'NOSUCHCOMMAND'"));
        QCOMPARE(roundTrip(c, {"PING"})->bytes(), QByteArray("PONG"));
        QVERIFY(c.isReady());
    }

    void largeRepliesArriveWhole()
    {
        RespConnection c(specFor(m_redis.port()));
        QByteArray big(16 * 1024 * 1024, '\0');
        for (qsizetype i = 0; i < big.size(); ++i)
            big[i] = char(i * 131 % 251);
        QCOMPARE(roundTrip(c, {"SET", "big", big})->bytes(), QByteArray("OK"));
        const auto got = roundTrip(c, {"GET", "big"});
        QCOMPARE(got->bytes().size(), big.size());
        QVERIFY(got->bytes() == big);

        roundTrip(c, {"DEL", "biglist"});
        QList<QByteArray> push{"RPUSH", "biglist"};
        for (int i = 0; i < 100000; ++i)
            push << QByteArray::number(i);
        QCOMPARE(roundTrip(c, push)->toInteger(), 100000);
        const auto list = roundTrip(c, {"LRANGE", "biglist", "0", "-1"});
        QCOMPARE(list->size(), 100000);
        QCOMPARE(list->at(99999).bytes(), QByteArray("99999"));
    }

    void deepRepliesDoNotBreakTheConnection()
    {
        // COMMAND DOCS nests deeper than hiredis 0.14's reader accepts.
        RespConnection c(specFor(m_redis.port()));
        QSignalSpy failed(&c, &RespConnection::connectionFailed);
        const auto docs = roundTrip(c, {"COMMAND", "DOCS"});
        QVERIFY(docs->isArray());
        QVERIFY(docs->size() > 200);
        QCOMPARE(roundTrip(c, {"PING"})->bytes(), QByteArray("PONG"));
        QVERIFY(failed.isEmpty());
    }

    void handlersSeeTheErrorOfTheirConnection()
    {
        RespConnection c(specFor(rdtest::freePort()));
        c.setAutoReconnect(false);
        ClientError seen;
        c.command({"PING"}, this, [&](const RespValue &) { seen = c.lastError(); });
        QVERIFY(rdtest::waitUntil([&] { return seen.isError(); }));
        QCOMPARE(seen.kind, ClientError::Kind::Refused);
    }

    void selectsTheConfiguredDatabase()
    {
        ConnectionSpec spec = specFor(m_redis.port());
        spec.db = 5;
        RespConnection c(spec);
        QCOMPARE(roundTrip(c, {"SET", "in-db5", "yes"})->bytes(), QByteArray("OK"));
        rdtest::RespTestClient probe;
        QVERIFY(probe.connectTo(m_redis.port()));
        QVERIFY(probe.command({"GET", "in-db5"}).isNil());
        probe.command({"SELECT", "5"});
        QCOMPARE(probe.command({"GET", "in-db5"}).text, QByteArray("yes"));
    }

    void namesItselfByPurpose()
    {
        RespConnection c(specFor(m_redis.port()), RespConnection::Purpose::Monitoring);
        const auto name = roundTrip(c, {"CLIENT", "GETNAME"});
        QCOMPARE(name->bytes(), QByteArray("replicadesk-monitor"));
    }

    void passwordAuthentication()
    {
        ServerProcess server(ServerKind::Redis);
        server.password = "s3cret";
        QVERIFY2(server.start({"requirepass s3cret"}), qPrintable(server.lastError()));

        ConnectionSpec spec = specFor(server.port());
        { // no password: NOAUTH, permanent, pending request fails with the same error
            RespConnection c(spec);
            const auto reply = roundTrip(c, {"PING"});
            QVERIFY(reply->isClientError());
            QCOMPARE(reply->clientErrorKind(), ClientError::Kind::NoAuth);
            QCOMPARE(c.state(), ConnectionState::Failed);
            QCOMPARE(c.lastError().kind, ClientError::Kind::NoAuth);
            QVERIFY(c.lastError().userText().contains(spec.address()));
        }
        { // wrong password
            spec.password = "nope";
            RespConnection c(spec);
            QSignalSpy failed(&c, &RespConnection::connectionFailed);
            const auto reply = roundTrip(c, {"PING"});
            QCOMPARE(reply->clientErrorKind(), ClientError::Kind::WrongPass);
            QCOMPARE(failed.size(), 1);
            QCOMPARE(c.state(), ConnectionState::Failed);
        }
        { // right password
            spec.password = "s3cret";
            RespConnection c(spec);
            QCOMPARE(roundTrip(c, {"PING"})->bytes(), QByteArray("PONG"));
        }
    }

    void aclUserAuthentication()
    {
        RespConnection admin(specFor(m_redis.port()));
        QCOMPARE(roundTrip(admin, {"ACL", "SETUSER", "alice", "on", ">wonderland", "~*", "+@all"})
                     ->bytes(),
                 QByteArray("OK"));
        ConnectionSpec spec = specFor(m_redis.port());
        spec.user = "alice";
        spec.password = "wonderland";
        {
            RespConnection c(spec);
            QCOMPARE(roundTrip(c, {"ACL", "WHOAMI"})->bytes(), QByteArray("alice"));
        }
        spec.password = "looking-glass";
        {
            RespConnection c(spec);
            QCOMPARE(roundTrip(c, {"PING"})->clientErrorKind(), ClientError::Kind::WrongPass);
        }
        roundTrip(admin, {"ACL", "DELUSER", "alice"});
    }

    void refusedWhenNothingListens()
    {
        ConnectionSpec spec = specFor(rdtest::freePort());
        RespConnection c(spec);
        c.setAutoReconnect(false);
        const auto reply = roundTrip(c, {"PING"});
        QVERIFY(reply->isClientError());
        QCOMPARE(reply->clientErrorKind(), ClientError::Kind::Refused);
        QCOMPARE(c.lastError().kind, ClientError::Kind::Refused);
        QVERIFY(c.lastError().userText().contains("127.0.0.1"));
    }

    void commandTimeoutOnAStalledServer()
    {
        ServerProcess server(ServerKind::Redis);
        QVERIFY2(server.start(), qPrintable(server.lastError()));
        RespConnection c(specFor(server.port()));
        QCOMPARE(roundTrip(c, {"PING"})->bytes(), QByteArray("PONG"));
        server.pause();
        QElapsedTimer clock;
        clock.start();
        std::optional<RespValue> reply;
        c.command(
            {"PING"}, this, [&](const RespValue &v) { reply = v; }, 300);
        QVERIFY(rdtest::waitUntil([&] { return reply.has_value(); }, 5000));
        QCOMPARE(reply->clientErrorKind(), ClientError::Kind::Timeout);
        QVERIFY(clock.elapsed() < 3000);
        server.resume();
        // The worker reconnects by itself once the server answers again.
        QVERIFY(rdtest::waitUntil([&] { return c.isReady(); }, 10000));
        QCOMPARE(roundTrip(c, {"PING"})->bytes(), QByteArray("PONG"));
    }

    void reconnectsAfterTheServerRestarts()
    {
        ServerProcess server(ServerKind::Redis);
        QVERIFY2(server.start(), qPrintable(server.lastError()));
        RespConnection c(specFor(server.port()));
        c.setAutoReconnect(true, 50, 400);
        QCOMPARE(roundTrip(c, {"SET", "before", "1"})->bytes(), QByteArray("OK"));
        QSignalSpy failed(&c, &RespConnection::connectionFailed);

        server.kill();
        QVERIFY(rdtest::waitUntil([&] { return !failed.isEmpty(); }));
        QCOMPARE(failed.first().first().value<ClientError>().kind,
                 ClientError::Kind::ConnectionLost);
        // While down, requests fail fast with the reason instead of hanging.
        const auto during = roundTrip(c, {"PING"});
        QVERIFY(during->isClientError());

        QVERIFY2(server.restart(), qPrintable(server.lastError()));
        QVERIFY(rdtest::waitUntil([&] { return c.isReady(); }, 10000));
        QCOMPARE(roundTrip(c, {"PING"})->bytes(), QByteArray("PONG"));
    }

    void replyForADestroyedContextIsDropped()
    {
        RespConnection c(specFor(m_redis.port()));
        QCOMPARE(roundTrip(c, {"PING"})->bytes(), QByteArray("PONG"));
        bool calledForDead = false;
        bool calledForLive = false;
        {
            auto *view = new QObject;
            c.command({"DEBUG", "SLEEP", "0.2"}, view,
                      [&calledForDead](const RespValue &) { calledForDead = true; });
            delete view; // the view closes while the request is in flight
        }
        c.command({"PING"}, this, [&](const RespValue &) { calledForLive = true; });
        QVERIFY(rdtest::waitUntil([&] { return calledForLive; }));
        QVERIFY(!calledForDead);
        QCOMPARE(c.pendingCount(), 0);
    }

    void destroyingTheConnectionWithRequestsInFlightIsSafe()
    {
        bool called = false;
        {
            RespConnection c(specFor(m_redis.port()));
            for (int i = 0; i < 100; ++i)
                c.command({"PING"}, this, [&called](const RespValue &) { called = true; });
        }
        // Spin the loop a little: nothing may arrive for the dead connection.
        rdtest::waitUntil([] { return false; }, 200);
        QVERIFY(!called);
    }

private:
    ServerProcess m_redis{ServerKind::Redis};
};

QTEST_GUILESS_MAIN(TestRespConnection)
#include "tst_resp_connection.moc"
