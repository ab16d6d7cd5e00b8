#include "client/command_docs.h"

#include <algorithm>

namespace {

// RESP2 map (flat array of key, value) -> lookup.
const RespValue *mapValue(const RespValue &map, const char *key)
{
    if (!map.isArray())
        return nullptr;
    for (qsizetype i = 0; i + 1 < map.size(); i += 2)
        if (map.at(i).bytes() == key)
            return &map.at(i + 1);
    return nullptr;
}

QString text(const RespValue *v)
{
    return v ? QString::fromUtf8(v->bytes()) : QString();
}

bool hasFlag(const RespValue &arg, const char *flag)
{
    const RespValue *flags = mapValue(arg, "flags");
    if (!flags)
        return false;
    for (const RespValue &f : flags->elements())
        if (f.bytes() == flag)
            return true;
    return false;
}

QString renderArguments(const RespValue &args, const QString &separator);

QString renderArgument(const RespValue &arg)
{
    const QString type = text(mapValue(arg, "type"));
    const QString token = text(mapValue(arg, "token"));
    QString body;
    if (type == QLatin1String("pure-token")) {
        body = token;
    } else if (type == QLatin1String("oneof") || type == QLatin1String("block")) {
        const RespValue *inner = mapValue(arg, "arguments");
        body = inner ? renderArguments(*inner, type == QLatin1String("oneof") ? QStringLiteral("|")
                                                                              : QStringLiteral(" "))
                     : QString();
        if (!token.isEmpty())
            body = token + QLatin1Char(' ') + body;
    } else {
        body = text(mapValue(arg, "name"));
        if (!token.isEmpty())
            body = token + QLatin1Char(' ') + body;
    }
    if (hasFlag(arg, "multiple"))
        body += QStringLiteral(" [") + body + QStringLiteral(" ...]");
    if (hasFlag(arg, "optional"))
        body = QLatin1Char('[') + body + QLatin1Char(']');
    return body;
}

QString renderArguments(const RespValue &args, const QString &separator)
{
    QStringList parts;
    for (const RespValue &a : args.elements())
        parts << renderArgument(a);
    return parts.join(separator);
}

CommandDoc docFrom(const QString &name, const RespValue &map)
{
    CommandDoc doc;
    doc.name = name.toUpper().replace(QLatin1Char('|'), QLatin1Char(' '));
    doc.summary = text(mapValue(map, "summary"));
    doc.group = text(mapValue(map, "group"));
    doc.since = text(mapValue(map, "since"));
    if (const RespValue *args = mapValue(map, "arguments"))
        doc.syntax = renderArguments(*args, QStringLiteral(" "));
    return doc;
}

} // namespace

CommandDocs CommandDocs::fromCommandDocs(const RespValue &reply)
{
    CommandDocs docs;
    for (qsizetype i = 0; i + 1 < reply.size(); i += 2) {
        const QString name = QString::fromUtf8(reply.at(i).bytes());
        const RespValue &map = reply.at(i + 1);
        docs.add(docFrom(name, map));
        if (const RespValue *subs = mapValue(map, "subcommands"))
            for (qsizetype j = 0; j + 1 < subs->size(); j += 2)
                docs.add(docFrom(QString::fromUtf8(subs->at(j).bytes()), subs->at(j + 1)));
    }
    return docs;
}

CommandDocs CommandDocs::fromCommand(const RespValue &reply)
{
    CommandDocs docs;
    for (const RespValue &entry : reply.elements()) {
        if (!entry.isArray() || entry.size() == 0)
            continue;
        CommandDoc doc;
        doc.name = QString::fromUtf8(entry.at(0).bytes()).toUpper();
        docs.add(doc);
    }
    return docs;
}

QStringList CommandDocs::names() const
{
    QStringList out = m_docs.keys();
    std::sort(out.begin(), out.end());
    return out;
}

const CommandDoc *CommandDocs::find(const QStringList &words) const
{
    if (words.isEmpty())
        return nullptr;
    if (words.size() >= 2) {
        const auto it =
            m_docs.constFind(words[0].toUpper() + QLatin1Char(' ') + words[1].toUpper());
        if (it != m_docs.constEnd())
            return &it.value();
    }
    const auto it = m_docs.constFind(words[0].toUpper());
    return it == m_docs.constEnd() ? nullptr : &it.value();
}
