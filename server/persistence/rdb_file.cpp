#include "persistence/rdb_file.h"

#include "log/logger.h"
#include "persistence/keyspace_snapshot.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace rd::rdb {

std::string joinPath(const std::string &dir, const std::string &name)
{
    if (dir.empty() || (!name.empty() && name[0] == '/'))
        return name;
    return dir.back() == '/' ? dir + name : dir + "/" + name;
}

std::string tempRdbPath(const std::string &dir, pid_t pid)
{
    return joinPath(dir, "temp-" + std::to_string(pid) + ".rdb");
}

namespace {

std::string currentDir()
{
    char buf[4096];
    return ::getcwd(buf, sizeof buf) ? buf : "?";
}

// Makes the rename durable: fsync the directory that holds the file.
void fsyncDirOf(const std::string &path)
{
    const auto slash = path.rfind('/');
    const std::string dir = slash == std::string::npos ? "." : path.substr(0, slash ? slash : 1);
    const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

} // namespace

std::optional<std::string> saveRdbFile(Keyspace &keyspace, const std::string &dir,
                                       const std::string &filename, const RdbAuxInfo &aux,
                                       const RdbWriterOptions &options)
{
    const std::string tmp = tempRdbPath(dir, ::getpid());
    // Log lines name the files relative to the server root dir, as Redis's do.
    const std::string tmpName = "temp-" + std::to_string(::getpid()) + ".rdb";
    const std::string finalPath = joinPath(dir, filename);
    const std::string rootDir = dir.empty() ? currentDir() : dir;
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) {
        const std::string reason = std::strerror(errno);
        serverLogf(LogLevel::Warning,
                   "Failed opening the temp RDB file %s (in server root dir %s) for saving: %s",
                   tmpName.c_str(), rootDir.c_str(), reason.c_str());
        return reason;
    }
    std::error_code ec = writeKeyspace(keyspace, aux, fdSink(fd), options);
    if (!ec && ::fsync(fd) != 0)
        ec = {errno, std::generic_category()};
    if (::close(fd) != 0 && !ec)
        ec = {errno, std::generic_category()};
    if (ec) {
        serverLogf(LogLevel::Warning, "Write error saving DB on disk: %s", ec.message().c_str());
        ::unlink(tmp.c_str());
        return ec.message();
    }
    if (::rename(tmp.c_str(), finalPath.c_str()) != 0) {
        const std::string reason = std::strerror(errno);
        serverLogf(LogLevel::Warning,
                   "Error moving temp DB file %s on the final destination %s (in server root dir "
                   "%s): %s",
                   tmpName.c_str(), filename.c_str(), rootDir.c_str(), reason.c_str());
        ::unlink(tmp.c_str());
        return reason;
    }
    fsyncDirOf(finalPath);
    serverLog(LogLevel::Notice, "DB saved on disk");
    return std::nullopt;
}

} // namespace rd::rdb
