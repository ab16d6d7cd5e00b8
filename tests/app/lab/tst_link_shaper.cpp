// The link shaper against a real redis-server: the latency asked is the latency measured, the
// bandwidth cap holds, pause/cut/firewall behave like the network faults they stand for, and the
// proxy port maps back to the real node.
#include "lab/link_shaper.h"

#include "resp_test_client.h"
#include "server_process.h"
#include "wait_until.h"

#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTest>
#include <algorithm>

using rdtest::RespReply;
using rdtest::RespTestClient;

class LinkShaperTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void addedDelayIsMeasuredOnEveryRoundTrip();
    void bandwidthCapLimitsThroughput();
    void pauseHoldsBytesUntilResumed();
    void firewallRejectRefusesWithConnectionRefused();
    void cutDropsConnectionsAndNewOnesHang();
    void downUpstreamIsRefusedLikeAClosedPort();
    void proxyListensOnlyWhereTheUpstreamBinds();
    void routeMapsProxyPortToRealNode();

private:
    quint16 addLink(LinkShaper &shaper, const LinkShape &shape = {},
                    const QList<QHostAddress> &listen = {QHostAddress(QHostAddress::LocalHost)});
    static qint64 pingMs(RespTestClient &client);
    static QAbstractSocket::SocketError connectError(const QString &host, quint16 port);

    rdtest::ServerProcess m_redis{rdtest::ServerKind::Redis};
};

void LinkShaperTest::initTestCase()
{
    QVERIFY2(m_redis.start(), qPrintable(m_redis.lastError()));
}

quint16 LinkShaperTest::addLink(LinkShaper &shaper, const LinkShape &shape,
                                const QList<QHostAddress> &listen)
{
    QString error;
    const quint16 port =
        shaper.addLink(QStringLiteral("replica-1"), listen, QHostAddress(QHostAddress::LocalHost),
                       m_redis.port(), shape, 0, &error);
    if (port == 0)
        qWarning("addLink: %s", qPrintable(error));
    return port;
}

qint64 LinkShaperTest::pingMs(RespTestClient &client)
{
    QElapsedTimer t;
    t.start();
    const RespReply r = client.command({"PING"}, 5000);
    return r.text == "PONG" ? t.elapsed() : -1;
}

QAbstractSocket::SocketError LinkShaperTest::connectError(const QString &host, quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(host, port);
    if (socket.waitForConnected(2000))
        return QAbstractSocket::UnknownSocketError; // connected: no error
    return socket.error();
}

void LinkShaperTest::addedDelayIsMeasuredOnEveryRoundTrip()
{
    LinkShaper shaper;
    const quint16 port = addLink(shaper);
    QVERIFY(port != 0);
    RespTestClient client;
    QVERIFY(client.connectTo(port));
    QVERIFY(pingMs(client) >= 0);
    const qint64 baseline = pingMs(client);
    QVERIFY2(baseline < 30, qPrintable(QString::number(baseline)));

    LinkShape shape;
    shape.delayMs = 80; // one way, each direction: a round trip gets 160 ms
    shaper.setShape(QStringLiteral("replica-1"), shape);
    QList<qint64> samples;
    for (int i = 0; i < 5; ++i)
        samples << pingMs(client);
    std::sort(samples.begin(), samples.end());
    const qint64 median = samples[2];
    QVERIFY2(samples.first() >= 160, qPrintable(QString::number(samples.first())));
    QVERIFY2(median < 160 + 40, qPrintable(QString::number(median)));
    qInfo("PING through the proxy: %lld ms without shaping, median %lld ms with 80 ms each way",
          baseline, median);

    shaper.setShape(QStringLiteral("replica-1"), LinkShape{});
    QVERIFY(pingMs(client) < 30);
}

void LinkShaperTest::bandwidthCapLimitsThroughput()
{
    RespTestClient direct;
    QVERIFY(direct.connectTo(m_redis.port()));
    const QByteArray value(300 * 1024, 'v');
    QCOMPARE(direct.command({"SET", "big", value}).text, QByteArray("OK"));

    LinkShaper shaper;
    LinkShape shape;
    shape.bandwidthBytesPerSec = 200 * 1024;
    const quint16 port = addLink(shaper, shape);
    RespTestClient client;
    QVERIFY(client.connectTo(port));
    QElapsedTimer t;
    t.start();
    const RespReply reply = client.command({"GET", "big"}, 10000);
    const qint64 ms = t.elapsed();
    QCOMPARE(reply.text.size(), value.size());
    // 300 KiB at 200 KiB/s: 1.5 s (minus one small burst).
    QVERIFY2(ms >= 1400 && ms < 2500, qPrintable(QString::number(ms)));
    qInfo("300 KiB at a 200 KiB/s cap took %lld ms", ms);
}

void LinkShaperTest::pauseHoldsBytesUntilResumed()
{
    LinkShaper shaper;
    const quint16 port = addLink(shaper);
    RespTestClient client;
    QVERIFY(client.connectTo(port));
    LinkShape paused;
    paused.paused = true;
    shaper.setShape(QStringLiteral("replica-1"), paused);
    client.sendRaw(RespTestClient::encode({"PING"}));
    QCOMPARE(client.readReply(300).type, RespReply::Type::None); // held, connection still open
    shaper.setShape(QStringLiteral("replica-1"), LinkShape{});
    QCOMPARE(client.readReply(2000).text, QByteArray("PONG"));
}

void LinkShaperTest::firewallRejectRefusesWithConnectionRefused()
{
    LinkShaper shaper;
    const quint16 port = addLink(shaper);
    RespTestClient established;
    QVERIFY(established.connectTo(port));
    QCOMPARE(established.command({"PING"}).text, QByteArray("PONG"));

    LinkShape firewall;
    firewall.firewallReject = true;
    shaper.setShape(QStringLiteral("replica-1"), firewall);
    QVERIFY(established.waitForDisconnect(2000)); // open flows are reset
    QVERIFY(rdtest::waitUntil(
        [&] {
            return connectError(QStringLiteral("127.0.0.1"), port) ==
                   QAbstractSocket::ConnectionRefusedError;
        },
        2000));

    shaper.setShape(QStringLiteral("replica-1"), LinkShape{});
    QVERIFY(rdtest::waitUntil(
        [&] {
            RespTestClient again;
            return again.connectTo(port, QStringLiteral("127.0.0.1"), 500) &&
                   again.command({"PING"}, 1000).text == "PONG";
        },
        2000));
}

void LinkShaperTest::cutDropsConnectionsAndNewOnesHang()
{
    LinkShaper shaper;
    const quint16 port = addLink(shaper);
    RespTestClient established;
    QVERIFY(established.connectTo(port));
    QCOMPARE(established.command({"PING"}).text, QByteArray("PONG"));

    LinkShape cut;
    cut.cut = true;
    shaper.setShape(QStringLiteral("replica-1"), cut);
    QVERIFY(established.waitForDisconnect(2000));
    RespTestClient hanging;
    QVERIFY(hanging.connectTo(port)); // the port still accepts...
    QCOMPARE(hanging.command({"PING"}, 300).type, RespReply::Type::None); // ...nothing returns

    shaper.setShape(QStringLiteral("replica-1"), LinkShape{});
    QVERIFY(hanging.waitForDisconnect(2000)); // healed: the hanging attempt fails fast
    RespTestClient after;
    QVERIFY(after.connectTo(port));
    QCOMPARE(after.command({"PING"}).text, QByteArray("PONG"));
}

void LinkShaperTest::downUpstreamIsRefusedLikeAClosedPort()
{
    LinkShaper shaper;
    const quint16 port = addLink(shaper);
    shaper.setUpstreamAvailable(QStringLiteral("replica-1"), false);
    QVERIFY(rdtest::waitUntil(
        [&] {
            return connectError(QStringLiteral("127.0.0.1"), port) ==
                   QAbstractSocket::ConnectionRefusedError;
        },
        2000));
    shaper.setUpstreamAvailable(QStringLiteral("replica-1"), true);
    QVERIFY(rdtest::waitUntil(
        [&] {
            return connectError(QStringLiteral("127.0.0.1"), port) ==
                   QAbstractSocket::UnknownSocketError;
        },
        2000));
}

void LinkShaperTest::proxyListensOnlyWhereTheUpstreamBinds()
{
    LinkShaper shaper;
    const quint16 port = addLink(shaper, {}, LinkShaper::listenAddressesFor({"127.0.0.1"}));
    // Linux routes all of 127/8 to lo: 127.0.0.2 is reachable, but nothing listens there.
    QCOMPARE(connectError(QStringLiteral("127.0.0.2"), port),
             QAbstractSocket::ConnectionRefusedError);
    QVERIFY(shaper.setListenAddresses(QStringLiteral("replica-1"),
                                      LinkShaper::listenAddressesFor({"127.0.0.1", "127.0.0.2"})));
    RespTestClient client;
    QVERIFY(client.connectTo(port, QStringLiteral("127.0.0.2")));
    QCOMPARE(client.command({"PING"}).text, QByteArray("PONG"));
}

void LinkShaperTest::routeMapsProxyPortToRealNode()
{
    LinkShaper shaper;
    const quint16 port = addLink(shaper);
    const auto route = shaper.route(port);
    QVERIFY(route);
    QCOMPARE(route->linkId, QStringLiteral("replica-1"));
    QCOMPARE(route->upstreamPort, m_redis.port());
    QCOMPARE(*shaper.proxyPortOf(QStringLiteral("replica-1")), port);
    QVERIFY(!shaper.route(m_redis.port()));
    shaper.removeLink(QStringLiteral("replica-1"));
    QVERIFY(!shaper.route(port));
    QCOMPARE(connectError(QStringLiteral("127.0.0.1"), port),
             QAbstractSocket::ConnectionRefusedError);
}

QTEST_GUILESS_MAIN(LinkShaperTest)
#include "tst_link_shaper.moc"
