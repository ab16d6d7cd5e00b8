#pragma once
// What the server says about its commands (COMMAND DOCS in Redis 7; plain COMMAND as a
// fallback): names for completion, a one-line syntax and summary for the console's hint.
#include "client/resp_value.h"

#include <QHash>
#include <QString>
#include <QStringList>

struct CommandDoc
{
    QString name; // upper case; subcommands as "CONFIG GET"
    QString summary;
    QString syntax; // arguments rendered like the Redis docs: "key [EX seconds|PX ms] ..."
    QString group;
    QString since;
};

class CommandDocs
{
public:
    // From a COMMAND DOCS reply (name, doc-map pairs; maps arrive as flat arrays in RESP2).
    static CommandDocs fromCommandDocs(const RespValue &reply);
    // From a plain COMMAND reply (names only).
    static CommandDocs fromCommand(const RespValue &reply);

    bool isEmpty() const { return m_docs.isEmpty(); }
    QStringList names() const; // sorted
    // Longest known command at the start of `words` ("CONFIG GET" before "CONFIG").
    const CommandDoc *find(const QStringList &words) const;

private:
    void add(const CommandDoc &doc) { m_docs.insert(doc.name, doc); }
    QHash<QString, CommandDoc> m_docs;
};
