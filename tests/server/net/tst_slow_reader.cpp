// A client that reads a large pipelined reply slowly (small receive buffer, small reads) gets
// every byte in order, while the server's view of what is still unsent (CLIENT LIST omem)
// shrinks as the socket drains and is 0 once all was read. Runs against the node and against
// Debian's redis-server; only the node is held to omem <= unread bytes (Redis counts whole
// reply blocks).
#include "resp_test_client.h"
#include "server_process.h"
#include "wait_until.h"

#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <set>

using namespace rdtest;

Q_DECLARE_METATYPE(rdtest::ServerKind)

namespace {

QByteArray bulk(const QByteArray &s)
{
    return "$" + QByteArray::number(s.size()) + "\r\n" + s + "\r\n";
}

// A deterministic value whose every 8-byte word differs, so a shifted or repeated chunk shows.
QByteArray pattern(int size, int seed)
{
    QByteArray b;
    b.reserve(size);
    for (int i = 0; b.size() < size; ++i)
        b += QByteArray::number(seed * 1000003 + i, 36).rightJustified(8, '.');
    b.truncate(size);
    return b;
}

// The omem= field of the CLIENT LIST line of the client named `name`; -1 if not found.
qint64 omemOf(RespTestClient &admin, const QByteArray &name)
{
    const RespReply r = admin.command({"CLIENT", "LIST"});
    for (const QByteArray &line : r.text.split('\n')) {
        if (!line.contains(" name=" + name + " "))
            continue;
        for (const QByteArray &field : line.split(' '))
            if (field.startsWith("omem="))
                return field.mid(5).toLongLong();
    }
    return -1;
}

// A blocking POSIX socket with a small receive buffer: the server's writes stay partial.
class SlowReader
{
public:
    ~SlowReader()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    bool connectTo(quint16 port)
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        if (m_fd < 0)
            return false;
        const int rcvbuf = 4096; // before connect, so the advertised window stays small
        ::setsockopt(m_fd, SOL_SOCKET, SO_RCVBUF, &rcvbuf, sizeof rcvbuf);
        timeval tv{10, 0};
        ::setsockopt(m_fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_port = htons(port);
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        return ::connect(m_fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0;
    }
    bool send(const QByteArray &bytes)
    {
        qsizetype done = 0;
        while (done < bytes.size()) {
            const ssize_t n =
                ::send(m_fd, bytes.constData() + done, size_t(bytes.size() - done), 0);
            if (n <= 0)
                return false;
            done += n;
        }
        return true;
    }
    // Up to `max` bytes; empty on timeout or close.
    QByteArray read(int max)
    {
        QByteArray b(max, Qt::Uninitialized);
        const ssize_t n = ::recv(m_fd, b.data(), size_t(max), 0);
        b.truncate(n > 0 ? qsizetype(n) : 0);
        return b;
    }

private:
    int m_fd = -1;
};

} // namespace

class TstSlowReader : public QObject
{
    Q_OBJECT
private slots:
    void largePipelinedRepliesArriveWholeAndInOrder_data()
    {
        QTest::addColumn<ServerKind>("kind");
        QTest::newRow("node") << ServerKind::Node;
        QTest::newRow("redis") << ServerKind::Redis;
    }
    void largePipelinedRepliesArriveWholeAndInOrder()
    {
        QFETCH(ServerKind, kind);
        ServerProcess server(kind);
        QVERIFY2(server.start({}), qPrintable(server.lastError()));
        RespTestClient admin;
        QVERIFY(admin.connectTo(server.port()));

        // Two 1 MB strings and a 2000-element list (~230 KB per LRANGE).
        const QByteArray big1 = pattern(1 << 20, 1), big2 = pattern(1 << 20, 2);
        QCOMPARE(admin.command({"SET", "big1", big1}).text, QByteArray("OK"));
        QCOMPARE(admin.command({"SET", "big2", big2}).text, QByteArray("OK"));
        QList<QByteArray> items;
        QList<QByteArray> rpush = {"RPUSH", "list"};
        for (int i = 0; i < 2000; ++i) {
            items << pattern(100, 10 + i);
            rpush << items.back();
        }
        QCOMPARE(admin.command(rpush).integer, qint64(items.size()));
        QByteArray lrange = "*" + QByteArray::number(items.size()) + "\r\n";
        for (const QByteArray &it : items)
            lrange += bulk(it);

        SlowReader reader;
        QVERIFY(reader.connectTo(server.port()));
        QByteArray request = RespTestClient::encode({"CLIENT", "SETNAME", "slow"});
        QByteArray expected = "+OK\r\n";
        for (int round = 0; round < 6; ++round) {
            request += RespTestClient::encode({"GET", "big1"});
            request += RespTestClient::encode({"LRANGE", "list", "0", "-1"});
            request += RespTestClient::encode({"INCR", "n"});
            request += RespTestClient::encode({"GET", "big2"});
            expected +=
                bulk(big1) + lrange + ":" + QByteArray::number(round + 1) + "\r\n" + bulk(big2);
        }
        QVERIFY(reader.send(request));

        // Read in small chunks; every 64 KB look at what the server still holds for us.
        QByteArray got;
        got.reserve(expected.size());
        std::set<qint64> omemSeen;
        qint64 nextProbe = 0;
        while (got.size() < expected.size()) {
            const QByteArray chunk = reader.read(4096);
            QVERIFY2(!chunk.isEmpty(), qPrintable(QStringLiteral("stalled after %1 of %2 bytes")
                                                      .arg(got.size())
                                                      .arg(expected.size())));
            got += chunk;
            if (got.size() >= nextProbe) {
                nextProbe = got.size() + 64 * 1024;
                const qint64 omem = omemOf(admin, "slow");
                // The node holds exactly the unsent bytes, never more than we have not read
                // yet. (Redis counts whole reply blocks, a partly sent one included.)
                if (kind == ServerKind::Node && omem >= 0)
                    QVERIFY2(omem <= expected.size() - got.size(),
                             qPrintable(QStringLiteral("omem %1 > unread %2")
                                            .arg(omem)
                                            .arg(expected.size() - got.size())));
                if (omem > 0)
                    omemSeen.insert(omem);
            }
        }
        QCOMPARE(got.size(), expected.size());
        if (got != expected) {
            qsizetype i = 0;
            while (got[i] == expected[i])
                ++i;
            QFAIL(qPrintable(QStringLiteral("first differing byte at offset %1").arg(i)));
        }
        // The held bytes shrank step by step as the socket drained (not one lump to the end).
        QVERIFY2(omemSeen.size() >= 3, qPrintable(QString::number(omemSeen.size())));
        QVERIFY(waitUntil([&] { return omemOf(admin, "slow") == 0; }, 5000));
        // The connection still answers normally.
        QVERIFY(reader.send(RespTestClient::encode({"GET", "n"})));
        QCOMPARE(reader.read(64), QByteArray("$1\r\n6\r\n"));
    }
};

QTEST_GUILESS_MAIN(TstSlowReader)
#include "tst_slow_reader.moc"
