#include "tcp_proxy.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>

namespace rdtest {

namespace {

int connectLoopback(quint16 port)
{
    int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(port);
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

// Copies what is readable on `from` to `to` (at most `limit` bytes); false when either side
// is gone.
bool pump(int from, int to, std::atomic<std::uint64_t> *counter, std::size_t limit = 65536)
{
    char buf[65536];
    const ssize_t n = ::read(from, buf, std::min(sizeof buf, limit));
    if (n <= 0)
        return false;
    ssize_t off = 0;
    while (off < n) {
        const ssize_t w = ::write(to, buf + off, size_t(n - off));
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            return false;
        off += w;
    }
    if (counter)
        *counter += std::uint64_t(n);
    return true;
}

} // namespace

TcpProxy::TcpProxy(quint16 targetPort)
    : m_targetPort(targetPort)
{
}

TcpProxy::~TcpProxy()
{
    stop();
}

bool TcpProxy::start()
{
    m_listenFd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    int one = 1;
    ::setsockopt(m_listenFd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::bind(m_listenFd, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0 ||
        ::listen(m_listenFd, 16) != 0)
        return false;
    socklen_t len = sizeof a;
    ::getsockname(m_listenFd, reinterpret_cast<sockaddr *>(&a), &len);
    m_port = ntohs(a.sin_port);
    if (::pipe2(m_wakeFds, O_CLOEXEC | O_NONBLOCK) != 0)
        return false;
    m_running = true;
    m_thread = std::thread([this] { run(); });
    return true;
}

void TcpProxy::stop()
{
    if (!m_running.exchange(false))
        return;
    const char c = 'x';
    (void)::write(m_wakeFds[1], &c, 1);
    m_thread.join();
    for (Pair &p : m_pairs)
        closePair(p);
    m_pairs.clear();
    ::close(m_listenFd);
    ::close(m_wakeFds[0]);
    ::close(m_wakeFds[1]);
}

void TcpProxy::cutAll()
{
    m_cutRequested = true;
    const char c = 'c';
    (void)::write(m_wakeFds[1], &c, 1);
    // Wait until the proxy thread has done it, so the test acts on a cut link.
    while (m_cutRequested.load())
        std::this_thread::yield();
}

void TcpProxy::setRefusing(bool refuse)
{
    m_refusing = refuse;
}

void TcpProxy::closePair(Pair &p)
{
    if (p.client >= 0)
        ::close(p.client);
    if (p.target >= 0)
        ::close(p.target);
    p.client = p.target = -1;
}

void TcpProxy::run()
{
    while (m_running) {
        std::vector<pollfd> fds;
        fds.push_back({m_wakeFds[0], POLLIN, 0});
        fds.push_back({m_listenFd, POLLIN, 0});
        for (const Pair &p : m_pairs) {
            fds.push_back({p.client, POLLIN, 0});
            fds.push_back({p.target, POLLIN, 0});
        }
        if (::poll(fds.data(), fds.size(), 200) < 0 && errno != EINTR)
            return;
        if (fds[0].revents) {
            char drain[64];
            while (::read(m_wakeFds[0], drain, sizeof drain) > 0) {
            }
        }
        if (m_cutRequested) {
            for (Pair &p : m_pairs)
                closePair(p);
            m_pairs.clear();
            m_cutRequested = false;
            continue;
        }
        if (fds[1].revents & POLLIN) {
            const int c = ::accept4(m_listenFd, nullptr, nullptr, SOCK_CLOEXEC);
            if (c >= 0) {
                ++m_accepted;
                const int t = m_refusing ? -1 : connectLoopback(m_targetPort);
                if (t < 0)
                    ::close(c);
                else
                    m_pairs.push_back({c, t});
            }
        }
        for (std::size_t i = 0; i < m_pairs.size() && 2 + 2 * i + 1 < fds.size(); ++i) {
            Pair &p = m_pairs[i];
            bool ok = true;
            if (fds[2 + 2 * i].revents & (POLLIN | POLLHUP | POLLERR))
                ok = pump(p.client, p.target, &m_toTarget);
            if (ok && fds[2 + 2 * i + 1].revents & (POLLIN | POLLHUP | POLLERR)) {
                const std::uint64_t rate = m_rate;
                // Throttled: a twentieth of the rate, then 50 ms of rest.
                ok = pump(p.target, p.client, nullptr,
                          rate ? std::size_t(std::max<std::uint64_t>(1, rate / 20)) : 65536);
                if (rate)
                    std::this_thread::sleep_for(std::chrono::milliseconds(50));
            }
            if (!ok)
                closePair(p);
        }
        std::erase_if(m_pairs, [](const Pair &p) { return p.client < 0; });
    }
}

} // namespace rdtest
