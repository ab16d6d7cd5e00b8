// replicadesk-node [config-file] [--directive value ...]
// Reads the configuration as redis-server does (the file, then the command-line options as
// extra lines), logs Redis's start-up lines, daemonizes if asked, and runs the server.
#include "config/config_file.h"
#include "core/server.h"
#include "log/logger.h"

#include "rd_version.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <unistd.h>
#include <vector>

namespace {

void printVersion()
{
    std::printf("replicadesk-node v=%s (Redis %s compatible)\n", RD_VERSION,
                RD_REDIS_COMPAT_VERSION);
}

void printUsage()
{
    std::fprintf(stderr, "Usage: replicadesk-node [/path/to/redis.conf] [options]\n"
                         "       replicadesk-node - (read config from stdin)\n"
                         "       replicadesk-node -v or --version\n"
                         "       replicadesk-node -h or --help\n\n"
                         "Examples:\n"
                         "       replicadesk-node (run the server with default conf)\n"
                         "       replicadesk-node /etc/redis/6379.conf\n"
                         "       replicadesk-node --port 7777\n"
                         "       replicadesk-node --port 7777 --replicaof 127.0.0.1 8888\n"
                         "       replicadesk-node /etc/myredis.conf --loglevel verbose\n");
}

std::string absolutePath(const std::string &path)
{
    if (path.empty() || path[0] == '/')
        return path;
    char cwd[4096];
    if (!getcwd(cwd, sizeof cwd))
        return path;
    return std::string(cwd) + "/" + path;
}

void daemonize()
{
    if (fork() != 0)
        std::exit(0); // the parent exits; the child goes on
    setsid();
    const int fd = open("/dev/null", O_RDWR, 0);
    if (fd != -1) {
        dup2(fd, STDIN_FILENO);
        dup2(fd, STDOUT_FILENO);
        dup2(fd, STDERR_FILENO);
        if (fd > STDERR_FILENO)
            close(fd);
    }
}

} // namespace

int main(int argc, char **argv)
{
    using namespace rd;
    std::vector<std::string> args(argv + 1, argv + argc);
    if (!args.empty() && (args[0] == "-v" || args[0] == "--version")) {
        printVersion();
        return 0;
    }
    if (!args.empty() && (args[0] == "-h" || args[0] == "--help")) {
        printUsage();
        return 0;
    }

    Config config;
    {
        char cwd[4096];
        if (getcwd(cwd, sizeof cwd))
            config.dir = cwd;
    }
    std::string text;
    size_t firstOption = 0;
    if (!args.empty() && (args[0] == "-" || args[0].rfind("--", 0) != 0)) {
        firstOption = 1;
        if (args[0] == "-") {
            std::stringstream ss;
            ss << std::cin.rdbuf();
            text = ss.str();
        } else {
            std::ifstream f(args[0]);
            if (!f) {
                std::fprintf(stderr, "Fatal error, can't open config file '%s': %s\n",
                             args[0].c_str(), std::strerror(errno));
                return 1;
            }
            std::stringstream ss;
            ss << f.rdbuf();
            text = ss.str();
            config.configFile = absolutePath(args[0]);
        }
    }
    const std::vector<std::string> options(args.begin() + long(firstOption), args.end());
    if (!options.empty()) {
        if (!text.empty() && text.back() != '\n')
            text += "\n";
        text += commandLineToConfigText(options);
    }
    if (auto err = applyConfigText(config, text)) {
        std::fputs(formatConfigError(*err).c_str(), stderr);
        return 1;
    }
    Logger::setLevel(config.loglevel);
    if (!Logger::setFile(config.logfile)) {
        std::fprintf(stderr, "Can't open the log file: %s\n", std::strerror(errno));
        return 1;
    }

    serverLog(LogLevel::Warning, "oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo");
    serverLogf(LogLevel::Warning,
               "Redis version=%s, bits=%d, commit=00000000, modified=0, pid=%d, just started "
               "(replicadesk-node %s)",
               RD_REDIS_COMPAT_VERSION, int(sizeof(void *) * 8), int(getpid()), RD_VERSION);
    if (args.empty())
        serverLogf(LogLevel::Warning,
                   "Warning: no config file specified, using the default config. In order to "
                   "specify a config file use %s /path/to/redis.conf",
                   argv[0]);
    else
        serverLog(LogLevel::Warning, "Configuration loaded");

    if (config.daemonize)
        daemonize();

    Server server(std::move(config));
    if (!server.start())
        return 1;
    return server.run();
}
