// TLS through QSslSocket against redis-server's tls-port: a private CA, a server certificate,
// and a client certificate required by the server (tls-auth-clients yes). Certificates are
// made at test time with the openssl tool.
#include "client/resp_connection.h"

#include "free_port.h"
#include "server_process.h"
#include "wait_until.h"

#include <QProcess>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

using rdtest::ServerKind;
using rdtest::ServerProcess;

namespace {

bool openssl(const QStringList &args, const QString &dir)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForFinished(30000) || p.exitCode() != 0) {
        qWarning() << "openssl" << args << p.readAll();
        return false;
    }
    return true;
}

std::optional<RespValue> roundTrip(RespConnection &c, const QList<QByteArray> &argv)
{
    std::optional<RespValue> reply;
    QObject context;
    c.command(argv, &context, [&reply](const RespValue &v) { reply = v; });
    rdtest::waitUntil([&] { return reply.has_value(); }, 10000);
    return reply;
}

} // namespace

class TestRespConnectionTls : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("Qt has no TLS backend here");
        const QString d = m_certs.path();
        QVERIFY(openssl({"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj",
                         "/CN=ReplicaDesk Test CA", "-keyout", "ca.key", "-out", "ca.crt"},
                        d));
        for (const QString &name : {QStringLiteral("server"), QStringLiteral("client")}) {
            QVERIFY(openssl({"req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=" + name,
                             "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost", "-keyout",
                             name + ".key", "-out", name + ".csr"},
                            d));
            QVERIFY(openssl({"x509", "-req", "-in", name + ".csr", "-CA", "ca.crt", "-CAkey",
                             "ca.key", "-CAcreateserial", "-days", "2", "-copy_extensions", "copy",
                             "-out", name + ".crt"},
                            d));
        }
        m_tlsPort = rdtest::freePort();
        QVERIFY2(m_redis.start({QStringLiteral("tls-port %1").arg(m_tlsPort),
                                "tls-cert-file " + d + "/server.crt",
                                "tls-key-file " + d + "/server.key",
                                "tls-ca-cert-file " + d + "/ca.crt", "tls-auth-clients yes"}),
                 qPrintable(m_redis.lastError()));
    }

    void connectsWithCaAndClientCertificate()
    {
        RespConnection c(tlsSpec(true));
        const auto reply = roundTrip(c, {"PING"});
        QVERIFY2(reply && reply->bytes() == "PONG", reply ? reply->bytes().constData() : "none");
        QCOMPARE(roundTrip(c, {"SET", "over-tls", "yes"})->bytes(), QByteArray("OK"));
    }

    void untrustedServerCertificateIsATlsFailure()
    {
        ConnectionSpec spec = tlsSpec(true);
        spec.tls.caFile.clear(); // system CAs do not know our private CA
        RespConnection c(spec);
        const auto reply = roundTrip(c, {"PING"});
        QCOMPARE(reply->clientErrorKind(), ClientError::Kind::TlsFailure);
        QCOMPARE(c.state(), ConnectionState::Failed); // permanent: no reconnect loop
        QVERIFY(!c.lastError().detail.isEmpty());
    }

    void missingCaFileIsReportedBeforeConnecting()
    {
        ConnectionSpec spec = tlsSpec(true);
        spec.tls.caFile = m_certs.filePath("does-not-exist.crt");
        RespConnection c(spec);
        const auto reply = roundTrip(c, {"PING"});
        QCOMPARE(reply->clientErrorKind(), ClientError::Kind::TlsFailure);
        QVERIFY(c.lastError().detail.contains("does-not-exist.crt"));
    }

private:
    ConnectionSpec tlsSpec(bool withClientCert) const
    {
        ConnectionSpec spec;
        spec.port = m_tlsPort;
        spec.tls.enabled = true;
        spec.tls.caFile = m_certs.filePath("ca.crt");
        if (withClientCert) {
            spec.tls.certFile = m_certs.filePath("client.crt");
            spec.tls.keyFile = m_certs.filePath("client.key");
        }
        return spec;
    }

    QTemporaryDir m_certs;
    ServerProcess m_redis{ServerKind::Redis};
    quint16 m_tlsPort = 0;
};

QTEST_GUILESS_MAIN(TestRespConnectionTls)
#include "tst_resp_connection_tls.moc"
