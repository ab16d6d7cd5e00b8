#pragma once
// The life cycle of one RespConnection, shared by the GUI-side object and its network worker.
#include <QMetaType>

enum class ConnectionState {
    Disconnected, // not opened, or closed by us
    Connecting,   // TCP/TLS connect and the AUTH/SELECT handshake are under way
    Ready,        // commands flow
    Waiting,      // an attempt failed or the link dropped; the next attempt is scheduled
    Failed,       // gave up: the error is permanent (bad password, TLS setup) or reconnect is off
};

Q_DECLARE_METATYPE(ConnectionState)
