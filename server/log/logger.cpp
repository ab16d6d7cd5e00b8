#include "log/logger.h"

#include <cstdarg>
#include <cstdio>
#include <ctime>
#include <fcntl.h>
#include <sys/time.h>
#include <unistd.h>

namespace rd {

namespace {

struct LogState
{
    LogLevel level = LogLevel::Notice;
    int fd = STDOUT_FILENO;
    long serverPid = -1;
    char role = 'M';
};

LogState &state()
{
    static LogState s;
    return s;
}

} // namespace

bool parseLogLevel(std::string_view name, LogLevel &out)
{
    static const struct
    {
        const char *name;
        LogLevel level;
    } levels[] = {{"debug", LogLevel::Debug},
                  {"verbose", LogLevel::Verbose},
                  {"notice", LogLevel::Notice},
                  {"warning", LogLevel::Warning}};
    for (const auto &l : levels) {
        if (name.size() == std::char_traits<char>::length(l.name)) {
            bool same = true;
            for (size_t i = 0; i < name.size() && same; ++i)
                same = (name[i] | 0x20) == l.name[i];
            if (same) {
                out = l.level;
                return true;
            }
        }
    }
    return false;
}

const char *logLevelName(LogLevel level)
{
    switch (level) {
    case LogLevel::Debug:
        return "debug";
    case LogLevel::Verbose:
        return "verbose";
    case LogLevel::Notice:
        return "notice";
    case LogLevel::Warning:
        return "warning";
    }
    return "notice";
}

void Logger::setLevel(LogLevel level)
{
    state().level = level;
}

LogLevel Logger::level()
{
    return state().level;
}

bool Logger::setFile(const std::string &path)
{
    LogState &s = state();
    int fd = STDOUT_FILENO;
    if (!path.empty()) {
        fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
        if (fd < 0)
            return false;
    }
    if (s.fd != STDOUT_FILENO)
        ::close(s.fd);
    s.fd = fd;
    return true;
}

void Logger::setServerPid(long pid)
{
    state().serverPid = pid;
}

void Logger::setRole(char role)
{
    state().role = role;
}

void Logger::write(LogLevel level, std::string_view message)
{
    LogState &s = state();
    if (level < s.level)
        return;
    static const char marks[] = {'.', '-', '*', '#'};
    struct timeval tv;
    gettimeofday(&tv, nullptr);
    struct tm tm;
    localtime_r(&tv.tv_sec, &tm);
    char when[64];
    const size_t off = strftime(when, sizeof when, "%d %b %Y %H:%M:%S.", &tm);
    std::snprintf(when + off, sizeof when - off, "%03d", int(tv.tv_usec / 1000));
    const long pid = long(getpid());
    const char role = pid == s.serverPid ? s.role : 'C';
    char head[128];
    const int n = std::snprintf(head, sizeof head, "%ld:%c %s %c ", pid, role, when,
                                marks[static_cast<int>(level)]);
    std::string line(head, size_t(n));
    line.append(message.data(), message.size());
    line.push_back('\n');
    // One write per line keeps lines whole when a fork child logs to the same file.
    ssize_t ignored = ::write(s.fd, line.data(), line.size());
    (void)ignored;
}

void serverLog(LogLevel level, std::string_view message)
{
    Logger::write(level, message);
}

void serverLogf(LogLevel level, const char *fmt, ...)
{
    if (level < Logger::level())
        return;
    char buf[8192];
    va_list ap;
    va_start(ap, fmt);
    const int n = std::vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    Logger::write(level,
                  std::string_view(buf, size_t(n) < sizeof buf ? size_t(n) : sizeof buf - 1));
}

} // namespace rd
