#pragma once
// The one background thread that owns every connection's socket and RESP parser, so the GUI
// thread never blocks on the network. Started on first use, stopped when the application quits.
class QThread;

namespace NetworkThread {
QThread *shared();
} // namespace NetworkThread
