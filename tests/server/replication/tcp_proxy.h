#pragma once
// A small TCP proxy for fault tests: listens on a free loopback port and forwards every
// connection to a target port. cutAll() drops the live connections mid-stream (like a broken
// link); setRefusing(true) closes new connections at once. It runs on its own thread with
// poll(), so it keeps forwarding while the test blocks in a RESP call.
#include <QtGlobal>

#include <atomic>
#include <cstdint>
#include <mutex>
#include <thread>
#include <vector>

namespace rdtest {

class TcpProxy
{
public:
    explicit TcpProxy(quint16 targetPort);
    ~TcpProxy();
    TcpProxy(const TcpProxy &) = delete;
    TcpProxy &operator=(const TcpProxy &) = delete;

    bool start();
    void stop();
    quint16 port() const { return m_port; }

    void cutAll();                 // close every forwarded connection now
    void setRefusing(bool refuse); // accept-and-close new connections while true
    // Throttles target -> client bytes (e.g. a master's snapshot) to about this rate; 0 = off.
    void setRateLimit(std::uint64_t bytesPerSecond) { m_rate = bytesPerSecond; }
    int connectionsAccepted() const { return m_accepted.load(); }
    std::uint64_t bytesToTarget() const { return m_toTarget.load(); }

private:
    struct Pair
    {
        int client = -1;
        int target = -1;
    };
    void run();
    void closePair(Pair &p);

    quint16 m_targetPort;
    quint16 m_port = 0;
    int m_listenFd = -1;
    int m_wakeFds[2] = {-1, -1};
    std::thread m_thread;
    std::atomic<bool> m_running{false};
    std::atomic<bool> m_refusing{false};
    std::atomic<bool> m_cutRequested{false};
    std::atomic<int> m_accepted{0};
    std::atomic<std::uint64_t> m_toTarget{0};
    std::atomic<std::uint64_t> m_rate{0};
    std::vector<Pair> m_pairs; // owned by the proxy thread
};

} // namespace rdtest
