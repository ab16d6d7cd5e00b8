#include "model/keys/info_text.h"

#include <QList>

QByteArray infoField(const QByteArray &infoText, const QByteArray &field)
{
    const QByteArray prefix = field + ':';
    qsizetype pos = 0;
    while (pos < infoText.size()) {
        qsizetype end = infoText.indexOf('\n', pos);
        if (end < 0)
            end = infoText.size();
        const QByteArray line = infoText.mid(pos, end - pos).trimmed();
        if (line.startsWith(prefix))
            return line.mid(prefix.size());
        pos = end + 1;
    }
    return {};
}

QMap<int, DbKeyCount> infoKeyspace(const QByteArray &infoText)
{
    QMap<int, DbKeyCount> out;
    for (const QByteArray &raw : infoText.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (!line.startsWith("db"))
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            continue;
        bool ok = false;
        const int db = line.mid(2, colon - 2).toInt(&ok);
        if (!ok)
            continue;
        DbKeyCount count;
        for (const QByteArray &pair : line.mid(colon + 1).split(',')) {
            const qsizetype eq = pair.indexOf('=');
            if (eq < 0)
                continue;
            const QByteArray name = pair.left(eq);
            const qint64 value = pair.mid(eq + 1).toLongLong();
            if (name == "keys")
                count.keys = value;
            else if (name == "expires")
                count.expires = value;
        }
        out.insert(db, count);
    }
    return out;
}

qint64 infoReplicationOffset(const QByteArray &infoText)
{
    bool ok = false;
    if (infoIsReplica(infoText)) {
        const qint64 replica = infoField(infoText, "slave_repl_offset").toLongLong(&ok);
        if (ok)
            return replica;
    }
    const qint64 master = infoField(infoText, "master_repl_offset").toLongLong(&ok);
    return ok ? master : -1;
}

bool infoIsReplica(const QByteArray &infoText)
{
    return infoField(infoText, "role") == "slave";
}
