#pragma once
// Free TCP ports on the loopback interface for lab nodes. A port is free when binding it works;
// it is released right away, so another program could take it before the node binds it (rare
// on loopback; a node that cannot bind dies with a clear log line).
#include <QList>
#include <QtGlobal>

// `count` distinct free ports, none of them in `avoid`.
QList<quint16> pickFreeLoopbackPorts(int count, const QList<quint16> &avoid = {});
bool isLoopbackPortFree(quint16 port);
