#pragma once
#include <QtGlobal>

namespace rdtest {

// A TCP port on 127.0.0.1 that was free a moment ago (bound to port 0, then released).
// Each call returns a different port than the previous calls in this process.
quint16 freePort();

} // namespace rdtest
