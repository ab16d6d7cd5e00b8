#include "free_port.h"

#include <QSet>
#include <QTcpServer>

namespace rdtest {

quint16 freePort()
{
    static QSet<quint16> handedOut;
    for (int attempt = 0; attempt < 100; ++attempt) {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0))
            continue;
        const quint16 port = probe.serverPort();
        if (!handedOut.contains(port)) {
            handedOut.insert(port);
            return port;
        }
    }
    qFatal("no free loopback port found");
}

} // namespace rdtest
