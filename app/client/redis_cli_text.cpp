#include "client/redis_cli_text.h"

#include <QCoreApplication>

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

QByteArray formatWithPrefix(const RespValue &r, const QByteArray &prefix)
{
    switch (r.type()) {
    case RespValue::Type::Error:
        return "(error) " + r.bytes() + '\n';
    case RespValue::Type::Status:
        return r.bytes() + '\n';
    case RespValue::Type::Integer:
        return "(integer) " + QByteArray::number(r.toInteger()) + '\n';
    case RespValue::Type::Bulk:
        return quoteBytes(r.bytes()) + '\n';
    case RespValue::Type::Nil:
        return "(nil)\n";
    case RespValue::Type::Array: {
        if (r.size() == 0)
            return "(empty array)\n";
        // Index width follows the element count; nested arrays indent by "NN) ".
        const int width = int(QByteArray::number(r.size()).size());
        const QByteArray nested = prefix + QByteArray(width + 2, ' ');
        QByteArray out;
        for (qsizetype i = 0; i < r.size(); ++i) {
            if (i > 0)
                out += prefix;
            out += QByteArray::number(i + 1).rightJustified(width, ' ') + ") ";
            out += formatWithPrefix(r.at(i), nested);
        }
        return out;
    }
    }
    return {};
}

} // namespace

QByteArray quoteBytes(const QByteArray &bytes)
{
    QByteArray out;
    out.reserve(bytes.size() + 2);
    out += '"';
    for (char c : bytes) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '"':
            out += "\\\"";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\a':
            out += "\\a";
            break;
        case '\b':
            out += "\\b";
            break;
        default:
            if (uchar(c) >= 0x20 && uchar(c) < 0x7f)
                out += c;
            else
                out += "\\x" + QByteArray::number(uchar(c), 16).rightJustified(2, '0');
        }
    }
    out += '"';
    return out;
}

QByteArray formatReply(const RespValue &reply)
{
    return formatWithPrefix(reply, {});
}

QByteArray formatReplyFor(const QList<QByteArray> &argv, const RespValue &reply)
{
    // redis-cli's list of commands whose bulk reply is a human-readable report.
    const QByteArray name = argv.value(0).toLower();
    const QByteArray sub = argv.value(1).toLower();
    const bool report =
        name == "info" || name == "lolwut" ||
        (name == "debug" && (sub == "htstats" || sub == "htstats-key")) ||
        (name == "memory" && (sub == "stats" || sub == "doctor" || sub == "malloc-stats")) ||
        (name == "cluster" && (sub == "nodes" || sub == "info")) ||
        (name == "client" && (sub == "list" || sub == "info")) ||
        (name == "latency" && (sub == "graph" || sub == "doctor"));
    if (report && reply.isBulk()) {
        QByteArray out = reply.bytes();
        if (!out.endsWith('\n'))
            out += '\n';
        return out;
    }
    return formatReply(reply);
}

std::optional<QList<QByteArray>> splitCommandLine(const QByteArray &line, QString *error)
{
    auto fail = [error]() -> std::optional<QList<QByteArray>> {
        if (error)
            *error = QCoreApplication::translate("RedisCliText", "Invalid argument(s): "
                                                                 "unbalanced quotes");
        return std::nullopt;
    };
    QList<QByteArray> args;
    qsizetype i = 0;
    const qsizetype n = line.size();
    while (true) {
        while (i < n && isSpace(line[i]))
            ++i;
        if (i >= n)
            return args;
        QByteArray current;
        bool inDouble = false;
        bool inSingle = false;
        bool done = false;
        while (!done) {
            if (inDouble) {
                if (i >= n)
                    return fail();
                const char c = line[i];
                if (c == '\\' && i + 3 < n && line[i + 1] == 'x' && hexValue(line[i + 2]) >= 0 &&
                    hexValue(line[i + 3]) >= 0) {
                    current += char(hexValue(line[i + 2]) * 16 + hexValue(line[i + 3]));
                    i += 3;
                } else if (c == '\\' && i + 1 < n) {
                    ++i;
                    switch (line[i]) {
                    case 'n':
                        current += '\n';
                        break;
                    case 'r':
                        current += '\r';
                        break;
                    case 't':
                        current += '\t';
                        break;
                    case 'b':
                        current += '\b';
                        break;
                    case 'a':
                        current += '\a';
                        break;
                    default:
                        current += line[i];
                    }
                } else if (c == '"') {
                    // The closing quote must end the argument.
                    if (i + 1 < n && !isSpace(line[i + 1]))
                        return fail();
                    done = true;
                } else {
                    current += c;
                }
            } else if (inSingle) {
                if (i >= n)
                    return fail();
                const char c = line[i];
                if (c == '\\' && i + 1 < n && line[i + 1] == '\'') {
                    ++i;
                    current += '\'';
                } else if (c == '\'') {
                    if (i + 1 < n && !isSpace(line[i + 1]))
                        return fail();
                    done = true;
                } else {
                    current += c;
                }
            } else {
                if (i >= n)
                    break;
                const char c = line[i];
                if (isSpace(c)) {
                    done = true;
                } else if (c == '"') {
                    inDouble = true;
                } else if (c == '\'') {
                    inSingle = true;
                } else {
                    current += c;
                }
            }
            if (i < n)
                ++i;
        }
        args.append(current);
    }
}
