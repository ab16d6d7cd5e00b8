#include "differential.h"

#include <algorithm>

namespace rdtest::types {

QByteArray render(const RespReply &reply)
{
    using T = RespReply::Type;
    switch (reply.type) {
    case T::None:
        return "(no reply)";
    case T::Status:
        return "+" + reply.text;
    case T::Error:
        return "-" + reply.text;
    case T::Integer:
        return ":" + QByteArray::number(reply.integer);
    case T::Bulk:
        return "\"" + reply.text.toPercentEncoding(" !#$&'()*+,-./:;<=>?@[]^_`{|}~") + "\"";
    case T::Nil:
        return "(nil)";
    case T::NilArray:
        return "(nil-array)";
    case T::Array: {
        QByteArray out = "[";
        for (int i = 0; i < reply.elements.size(); ++i)
            out += (i ? ", " : "") + render(reply.elements[i]);
        return out + "]";
    }
    }
    return {};
}

namespace {

QByteArray canonical(const RespReply &reply, Match match)
{
    if (reply.type != RespReply::Type::Array || match == Match::Exact)
        return render(reply);
    if (match == Match::Shape)
        return "array of " + QByteArray::number(reply.elements.size());
    QList<QByteArray> parts;
    const int step = match == Match::UnorderedPairs ? 2 : 1;
    for (int i = 0; i + step - 1 < reply.elements.size(); i += step) {
        QByteArray part = render(reply.elements[i]);
        if (step == 2)
            part += " => " + render(reply.elements[i + 1]);
        parts << part;
    }
    std::sort(parts.begin(), parts.end());
    return "{" + parts.join(", ") + "}";
}

QByteArray commandLine(const QList<QByteArray> &argv)
{
    QByteArray line;
    for (const QByteArray &a : argv)
        line += (line.isEmpty() ? "" : " ") + a;
    return line;
}

} // namespace

bool DifferentialPair::start(const QStringList &extraConfig)
{
    m_node = std::make_unique<ServerProcess>(ServerKind::Node);
    m_redis = std::make_unique<ServerProcess>(ServerKind::Redis);
    if (!m_node->start(extraConfig)) {
        m_error = "node: " + m_node->lastError();
        return false;
    }
    if (!m_redis->start(extraConfig)) {
        m_error = "redis: " + m_redis->lastError();
        return false;
    }
    m_nodeClient = std::make_unique<RespTestClient>();
    m_redisClient = std::make_unique<RespTestClient>();
    if (!m_nodeClient->connectTo(m_node->port()) || !m_redisClient->connectTo(m_redis->port())) {
        m_error = QStringLiteral("cannot connect");
        return false;
    }
    return true;
}

QByteArray DifferentialPair::compare(const QList<QByteArray> &argv, Match match)
{
    const RespReply ours = m_nodeClient->command(argv);
    const RespReply theirs = m_redisClient->command(argv);
    const QByteArray a = canonical(ours, match);
    const QByteArray b = canonical(theirs, match);
    if (a == b && ours.type != RespReply::Type::None)
        return {};
    return commandLine(argv) + "\n   node:  " + render(ours) + "\n   redis: " + render(theirs);
}

QByteArray DifferentialPair::compareScript(const QByteArray &script, Match match)
{
    for (const QByteArray &raw : script.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QByteArray message = compare(rdtest::argv(line), match);
        if (!message.isEmpty())
            return message;
    }
    return {};
}

void DifferentialPair::both(const QList<QByteArray> &argv)
{
    m_nodeClient->command(argv);
    m_redisClient->command(argv);
}

} // namespace rdtest::types
