// What the core hands to replication: the propagation hook sees each write once, with relative
// expiries made absolute, INCRBYFLOAT as SET KEEPTTL, expired keys as DEL, and transactions
// wrapped in MULTI/EXEC. The node runs in-process on its own thread; a client talks TCP to it.
#include "config/config_file.h"
#include "core/server.h"
#include "resp_test_client.h"
#include "wait_until.h"

#include <QtTest>
#include <mutex>
#include <thread>

using namespace rdtest;

namespace {

struct InProcessNode
{
    InProcessNode()
    {
        rd::Config config;
        rd::applyDirective(config, "dir", {dir.path().toStdString()}); // no stray dump.rdb
        config.port = 0;
        config.bind = {"127.0.0.1"};
        config.save.clear();
        config.hz = 100;
        server = std::make_unique<rd::Server>(config);
        started = server->start(false);
        // Installed after start(), so it replaces the replication subsystem's hook.
        server->setPropagationHook([this](int db, std::span<const std::string> argv) {
            std::lock_guard lock(mutex);
            QByteArray line = QByteArray::number(db) + ":";
            for (const std::string &a : argv)
                line += " " + QByteArray::fromStdString(a);
            propagated << line;
        });
        thread = std::thread([this] { server->run(); });
    }
    ~InProcessNode()
    {
        server->post([this] { server->shutdown(false, true, true); });
        thread.join();
    }
    QList<QByteArray> takePropagated()
    {
        std::lock_guard lock(mutex);
        QList<QByteArray> out;
        out.swap(propagated);
        return out;
    }

    QTemporaryDir dir;
    std::unique_ptr<rd::Server> server;
    std::thread thread;
    std::mutex mutex;
    QList<QByteArray> propagated;
    bool started = false;
};

} // namespace

class TstPropagation : public QObject
{
    Q_OBJECT

private slots:
    void writesArePropagatedOnceReadsNever()
    {
        InProcessNode node;
        QVERIFY(node.started);
        RespTestClient c;
        QVERIFY(c.connectTo(node.server->boundPort()));
        c.command({"SET", "a", "1"});
        c.command({"GET", "a"});
        c.command({"DEL", "nothing"});
        c.command({"SELECT", "3"});
        c.command({"INCR", "n"});
        QCOMPARE(node.takePropagated(), (QList<QByteArray>{"0: SET a 1", "3: INCR n"}));
    }

    void relativeExpiriesBecomeAbsolute()
    {
        InProcessNode node;
        QVERIFY(node.started);
        RespTestClient c;
        QVERIFY(c.connectTo(node.server->boundPort()));
        c.command({"SET", "k", "v", "EX", "100"});
        c.command({"EXPIRE", "k", "200"});
        c.command({"SETEX", "s", "10", "v"});
        c.command({"GETEX", "s", "PX", "5000"});
        c.command({"INCRBYFLOAT", "f", "1.5"});
        const QList<QByteArray> p = node.takePropagated();
        QCOMPARE(p.size(), 5);
        QVERIFY2(QRegularExpression("^0: SET k v PXAT \\d{13}$")
                     .match(QString::fromUtf8(p[0]))
                     .hasMatch(),
                 p[0]);
        QVERIFY2(QRegularExpression("^0: PEXPIREAT k \\d{13}$")
                     .match(QString::fromUtf8(p[1]))
                     .hasMatch(),
                 p[1]);
        QVERIFY2(QRegularExpression("^0: SET s v PXAT \\d{13}$")
                     .match(QString::fromUtf8(p[2]))
                     .hasMatch(),
                 p[2]);
        QVERIFY2(QRegularExpression("^0: PEXPIREAT s \\d{13}$")
                     .match(QString::fromUtf8(p[3]))
                     .hasMatch(),
                 p[3]);
        QCOMPARE(p[4], QByteArray("0: SET f 1.5 KEEPTTL"));
    }

    void transactionsAreWrappedInMultiExec()
    {
        InProcessNode node;
        QVERIFY(node.started);
        RespTestClient c;
        QVERIFY(c.connectTo(node.server->boundPort()));
        c.command({"MULTI"});
        c.command({"SET", "a", "1"});
        c.command({"GET", "a"});
        c.command({"SET", "b", "2"});
        c.command({"EXEC"});
        QCOMPARE(node.takePropagated(),
                 (QList<QByteArray>{"0: MULTI", "0: SET a 1", "0: SET b 2", "0: EXEC"}));
        // A transaction with a single write needs no wrapping.
        c.command({"MULTI"});
        c.command({"SET", "a", "2"});
        c.command({"EXEC"});
        QCOMPARE(node.takePropagated(), (QList<QByteArray>{"0: SET a 2"}));
    }

    void expiredKeysArePropagatedAsDel()
    {
        InProcessNode node;
        QVERIFY(node.started);
        RespTestClient c;
        QVERIFY(c.connectTo(node.server->boundPort()));
        c.command({"SET", "gone", "v", "PX", "20"});
        node.takePropagated();
        // Removed by the active expiry cycle (or lazily), then propagated as DEL.
        QVERIFY(waitUntil([&] { return c.command({"EXISTS", "gone"}).integer == 0; }));
        QVERIFY(waitUntil([&] {
            const QList<QByteArray> p = node.takePropagated();
            return p.contains("0: DEL gone");
        }));
    }

    void pastExpiryDeletesAndPropagatesDel()
    {
        InProcessNode node;
        QVERIFY(node.started);
        RespTestClient c;
        QVERIFY(c.connectTo(node.server->boundPort()));
        c.command({"SET", "k", "v"});
        QCOMPARE(c.command({"EXPIRE", "k", "-1"}).integer, 1);
        QCOMPARE(node.takePropagated(), (QList<QByteArray>{"0: SET k v", "0: DEL k"}));
    }
};

QTEST_GUILESS_MAIN(TstPropagation)
#include "tst_propagation.moc"
