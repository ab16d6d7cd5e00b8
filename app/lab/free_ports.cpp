#include "lab/free_ports.h"

#include <QTcpServer>
#include <memory>
#include <vector>

QList<quint16> pickFreeLoopbackPorts(int count, const QList<quint16> &avoid)
{
    // Keep every probe bound until all are picked, so the kernel hands out distinct ports.
    std::vector<std::unique_ptr<QTcpServer>> held;
    QList<quint16> ports;
    for (int attempts = 0; ports.size() < count && attempts < count + 64; ++attempts) {
        auto server = std::make_unique<QTcpServer>();
        if (!server->listen(QHostAddress::LocalHost, 0))
            break;
        const quint16 port = server->serverPort();
        held.push_back(std::move(server));
        if (!avoid.contains(port))
            ports << port;
    }
    return ports;
}

bool isLoopbackPortFree(quint16 port)
{
    QTcpServer server;
    return port != 0 && server.listen(QHostAddress::LocalHost, port);
}
