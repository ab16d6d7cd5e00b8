#include "persistence/rdb_loader.h"

#include "log/logger.h"
#include "persistence/rdb_format.h"

#include <cerrno>
#include <chrono>
#include <cstring>
#include <fcntl.h>
#include <new>
#include <sys/stat.h>
#include <unistd.h>

namespace rd::rdb {

namespace {

// Redis names module types by a 9-character name packed into the top 54 bits of the id.
std::string moduleTypeName(std::uint64_t moduleId)
{
    static const char charset[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    std::string name(9, '?');
    std::uint64_t id = moduleId >> 10;
    for (int j = 8; j >= 0; --j) {
        name[static_cast<std::size_t>(j)] = charset[id & 63];
        id >>= 6;
    }
    return name;
}

std::int64_t currentTimeMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

class Loader
{
public:
    Loader(RdbReader &in, RdbLoadTarget &target, const RdbLoadOptions &options, RdbLoadInfo &info)
        : m_in(in)
        , m_target(target)
        , m_options(options)
        , m_info(info)
        , m_now(options.nowMs ? options.nowMs : currentTimeMs())
    {
    }

    void run()
    {
        readHeader();
        while (readRecord()) {
        }
        readChecksum();
        if (m_options.log)
            serverLogf(LogLevel::Notice, "Done loading RDB, keys loaded: %llu, keys expired: %llu.",
                       static_cast<unsigned long long>(m_info.keysLoaded),
                       static_cast<unsigned long long>(m_info.keysExpired));
    }

private:
    void log(LogLevel level, const std::string &line) const
    {
        if (m_options.log)
            serverLog(level, line);
    }

    // "REDIS" + four ASCII digits.
    void readHeader()
    {
        char magic[5];
        for (std::size_t i = 0; i < sizeof magic; ++i) {
            if (m_in.atEnd())
                m_in.fail(i == 0 ? RdbErrc::BadMagic : RdbErrc::Truncated, i,
                          i == 0 ? "empty input, expected the \"REDIS\" signature"
                                 : "input ends inside the \"REDIS\" signature");
            magic[i] = static_cast<char>(m_in.readByte("signature"));
            if (magic[i] != kMagic[i])
                m_in.fail(RdbErrc::BadMagic, 0, "wrong signature, this is not an RDB file");
        }
        int version = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = static_cast<char>(m_in.readByte("version"));
            if (c < '0' || c > '9')
                m_in.fail(RdbErrc::BadVersion, 5, "version field is not four digits");
            version = version * 10 + (c - '0');
        }
        if (version < kMinVersion || version > kVersion)
            m_in.fail(RdbErrc::BadVersion, 5,
                      "Can't handle RDB format version " + std::to_string(version));
        m_info.rdbVersion = version;
    }

    // One opcode or key; false after the EOF opcode.
    bool readRecord()
    {
        const std::uint64_t at = m_in.offset();
        const std::uint8_t type = m_in.readByte("opcode");
        switch (type) {
        case kOpExpireTimeMs:
            m_expireAt = m_in.readInt64LE("expire time");
            return true;
        case kOpExpireTime:
            m_expireAt = std::int64_t(m_in.readUint32LE("expire time")) * 1000;
            return true;
        case kOpFreq:
            m_in.readByte("LFU frequency");
            return true;
        case kOpIdle:
            m_in.readLength("LRU idle time");
            return true;
        case kOpEof:
            return false;
        case kOpSelectDb: {
            const std::uint64_t db = m_in.readLength("database number");
            if (db >= static_cast<std::uint64_t>(m_target.databaseCount()))
                m_in.fail(RdbErrc::BadDatabase, at,
                          "the file selects database " + std::to_string(db) +
                              " but this node has " + std::to_string(m_target.databaseCount()) +
                              " (raise `databases`)");
            m_db = static_cast<int>(db);
            return true;
        }
        case kOpResizeDb: {
            const std::uint64_t keys = m_in.readLength("database size");
            const std::uint64_t expires = m_in.readLength("expires size");
            // A hint only; never reserve more than the input could hold.
            const auto left = m_in.remaining();
            m_target.reserve(m_db, left ? std::min(keys, *left / 3) : 0,
                             left ? std::min(expires, *left / 10) : 0);
            return true;
        }
        case kOpAux:
            readAux();
            return true;
        case kOpModuleAux:
            skipModuleAux(at);
            return true;
        case kOpFunction2:
            skipFunction();
            return true;
        case kOpFunctionPreGa:
            m_in.fail(RdbErrc::Unsupported, at,
                      "pre-release (7.0-rc) function format is not supported");
        default:
            break;
        }
        if (!isValueType(type))
            m_in.fail(RdbErrc::UnknownType, at,
                      "byte " + std::to_string(type) + " is neither an opcode nor a value type");
        readKey(type);
        return true;
    }

    void readKey(std::uint8_t type)
    {
        const std::uint64_t keyAt = m_in.offset();
        m_in.readStringInto(m_key, "key");
        const std::optional<std::int64_t> expireAt = m_expireAt;
        m_expireAt.reset();
        const bool expired = expireAt && m_options.dropExpired && *expireAt < m_now;
        bool added = true;
        if (type == kTypeString) {
            // The common case, without a temporary value: straight from the read buffers.
            m_in.readStringInto(m_value, "string value");
            if (expired) {
                ++m_info.keysExpired;
                return;
            }
            added = m_target.addString(m_db, m_key, m_value, expireAt);
        } else {
            std::optional<LoadedValue> value = readValue(m_in, type, m_key);
            if (!value) {
                if (m_info.emptyKeysSkipped++ < 10)
                    log(LogLevel::Notice, "rdbLoadObject skipping empty key: " + m_key);
                return;
            }
            if (expired) {
                ++m_info.keysExpired;
                return;
            }
            added = m_target.addKey(m_db, m_key, std::move(*value), expireAt);
        }
        if (!added)
            m_in.fail(RdbErrc::BadEncoding, keyAt,
                      "RDB has duplicated key " + quoteKey(m_key) + " in DB " +
                          std::to_string(m_db));
        ++m_info.keysLoaded;
    }

    void readAux()
    {
        const std::string name = m_in.readString("AUX field name");
        const std::string value = m_in.readString("AUX field value");
        auto asInt = [&]() -> std::optional<std::int64_t> {
            char *end = nullptr;
            errno = 0;
            const long long v = std::strtoll(value.c_str(), &end, 10);
            if (value.empty() || errno != 0 || *end != '\0')
                return std::nullopt;
            return v;
        };
        if (name == "redis-ver") {
            m_info.redisVersion = value;
            log(LogLevel::Notice, "Loading RDB produced by version " + value);
        } else if (name == "ctime") {
            m_info.ctime = asInt();
            if (m_info.ctime) {
                const std::int64_t age = std::max<std::int64_t>(0, m_now / 1000 - *m_info.ctime);
                log(LogLevel::Notice, "RDB age " + std::to_string(age) + " seconds");
            }
        } else if (name == "used-mem") {
            m_info.usedMem = asInt();
            if (m_info.usedMem && m_options.log)
                serverLogf(LogLevel::Notice, "RDB memory usage when created %.2f Mb",
                           double(*m_info.usedMem) / (1024 * 1024));
        } else if (name == "repl-stream-db") {
            if (auto v = asInt())
                m_info.replStreamDb = static_cast<int>(*v);
        } else if (name == "repl-id") {
            m_info.replId = value;
        } else if (name == "repl-offset") {
            m_info.replOffset = asInt();
        } else if (name == "redis-bits" || name == "aof-base" || name == "aof-preamble" ||
                   name == "lua") {
            // Known, nothing for the node to do.
        } else if (!name.empty() && name[0] == '%') {
            log(LogLevel::Notice, "RDB '" + name + "': " + value);
        } else {
            log(LogLevel::Debug, "Unrecognized RDB AUX field: '" + name + "'");
        }
    }

    // MODULE_AUX: module id, "when" (as a UINT opcode + value), then a self-describing
    // serialized value we can walk without the module.
    void skipModuleAux(std::uint64_t at)
    {
        const std::uint64_t moduleId = m_in.readLength("module id");
        const std::uint64_t whenOpcode = m_in.readLength("module aux when opcode");
        m_in.readLength("module aux when");
        if (whenOpcode != kModuleOpUint)
            m_in.fail(RdbErrc::BadEncoding, at, "module aux data has an invalid 'when' opcode");
        for (;;) {
            const std::uint64_t opAt = m_in.offset();
            const std::uint64_t op = m_in.readLength("module value opcode");
            if (op == kModuleOpEof)
                break;
            switch (op) {
            case kModuleOpSint:
            case kModuleOpUint:
                m_in.readLength("module integer");
                break;
            case kModuleOpFloat:
                m_in.skipBytes(4, "module float");
                break;
            case kModuleOpDouble:
                m_in.skipBytes(8, "module double");
                break;
            case kModuleOpString:
                m_in.skipString("module string");
                break;
            default:
                m_in.fail(RdbErrc::BadEncoding, opAt,
                          "unknown module value opcode " + std::to_string(op));
            }
        }
        log(LogLevel::Warning, "Skipping auxiliary data of module '" + moduleTypeName(moduleId) +
                                   "': this node loads no modules");
    }

    void skipFunction()
    {
        const std::string code = m_in.readString("function library");
        std::string firstLine = code.substr(0, code.find('\n'));
        if (firstLine.size() > 100)
            firstLine.resize(100);
        log(LogLevel::Warning,
            "Skipping function library (" + firstLine + "): this node has no Redis functions");
    }

    void readChecksum()
    {
        const std::uint64_t expected = m_in.crc();
        if (m_info.rdbVersion < 5)
            return;
        const std::uint64_t at = m_in.offset();
        const std::uint64_t stored = m_in.readUint64LE("checksum");
        if (!m_options.verifyChecksum)
            return;
        if (stored == 0) {
            log(LogLevel::Notice, "RDB file was saved with checksum disabled: no check performed.");
            return;
        }
        if (stored != expected) {
            char text[128];
            std::snprintf(text, sizeof text, "Wrong RDB checksum expected: (%llx) but got (%llx).",
                          static_cast<unsigned long long>(stored),
                          static_cast<unsigned long long>(expected));
            m_in.fail(RdbErrc::BadChecksum, at, text);
        }
        m_info.checksumChecked = true;
    }

    RdbReader &m_in;
    RdbLoadTarget &m_target;
    const RdbLoadOptions &m_options;
    RdbLoadInfo &m_info;
    const std::int64_t m_now;
    int m_db = 0;
    std::optional<std::int64_t> m_expireAt;
    std::string m_key;   // reused for every key: no allocation per key once grown
    std::string m_value; // the same for string values
};

} // namespace

RdbLoadResult loadRdb(RdbSource &source, RdbLoadTarget &target, const RdbLoadOptions &options)
{
    RdbLoadResult result;
    std::optional<RdbReader> in;
    try {
        in.emplace(source);
        Loader(*in, target, options, result.info).run();
    } catch (const RdbFormatError &e) {
        result.error = e.error();
    } catch (const std::bad_alloc &) {
        result.error = RdbError{RdbErrc::Io, in ? in->offset() : 0, "out of memory while loading"};
    }
    if (in)
        result.info.bytesRead = in->offset();
    return result;
}

RdbLoadResult loadRdbFile(const std::string &path, RdbLoadTarget &target,
                          const RdbLoadOptions &options)
{
    RdbLoadResult result;
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        result.fileMissing = errno == ENOENT;
        result.error =
            RdbError{RdbErrc::Io, 0, "cannot open " + path + ": " + std::strerror(errno)};
        return result;
    }
    struct stat st
    {
    };
    std::optional<std::uint64_t> size;
    if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode))
        size = static_cast<std::uint64_t>(st.st_size);
    FdSource source(fd, size);
    result = loadRdb(source, target, options);
    ::close(fd);
    return result;
}

} // namespace rd::rdb
