#pragma once
// Every edit the key browser makes, as Redis commands on one database, each reporting a
// WriteResult. Deletes use UNLINK (the server frees big values in the background). A READONLY
// reply is completed with the master's address from INFO replication before it is reported.
#include "model/keys/db_commands.h"
#include "model/keys/key_type.h"
#include "model/keys/write_result.h"

#include <QPointer>
#include <functional>

class KeyWriter
{
public:
    using Done = std::function<void(const WriteResult &)>;

    // `context`: the replies are dropped if it is destroyed first.
    KeyWriter(const DbCommands &db, const QObject *context)
        : m_db(db)
        , m_context(context)
    {
    }

    // SET keeping the TTL (KEEPTTL).
    void setString(const QByteArray &key, const QByteArray &value, Done done) const;
    // ms > 0: PEXPIRE; ms <= 0: PERSIST.
    void setTtl(const QByteArray &key, qint64 ms, Done done) const;
    // RENAMENX unless overwrite; fails with BUSYKEY-style text if the target exists.
    void rename(const QByteArray &from, const QByteArray &to, bool overwrite, Done done) const;
    void unlink(const QList<QByteArray> &keys, Done done) const;

    void listSet(const QByteArray &key, qint64 index, const QByteArray &value, Done done) const;
    void listPush(const QByteArray &key, const QByteArray &value, bool tail, Done done) const;
    // LSET the element to a unique marker, then LREM it, in one MULTI/EXEC.
    void listRemoveAt(const QByteArray &key, qint64 index, Done done) const;
    void hashSet(const QByteArray &key, const QByteArray &field, const QByteArray &value,
                 Done done) const;
    void hashDelete(const QByteArray &key, const QByteArray &field, Done done) const;
    // HDEL old + HSET new in one MULTI/EXEC.
    void hashRenameField(const QByteArray &key, const QByteArray &from, const QByteArray &to,
                         const QByteArray &value, Done done) const;
    void setAdd(const QByteArray &key, const QByteArray &member, Done done) const;
    void setRemove(const QByteArray &key, const QByteArray &member, Done done) const;
    void setReplace(const QByteArray &key, const QByteArray &from, const QByteArray &to,
                    Done done) const;
    void zsetAdd(const QByteArray &key, const QByteArray &member, double score, Done done) const;
    void zsetRemove(const QByteArray &key, const QByteArray &member, Done done) const;

    // A new key with a first element: string value, list element, hash field+value, set member,
    // zset member+score. Refused if the key exists. ttlMs > 0 sets an expiry in the same
    // MULTI/EXEC.
    void createKey(KeyType type, const QByteArray &key, const QList<QByteArray> &first,
                   qint64 ttlMs, Done done) const;

    // Runs argv lists as MULTI ... EXEC and reports the first error (queued or executed).
    void transaction(const QList<QList<QByteArray>> &commands, Done done) const;
    // One command: ok unless it replies an error (or `isOk` says otherwise).
    void run(const QList<QByteArray> &argv, Done done,
             std::function<bool(const RespValue &)> isOk = {}) const;

    static QByteArray formatScore(double score);

private:
    void finish(const RespValue &reply, bool ok, const Done &done) const;

    DbCommands m_db;
    QPointer<const QObject> m_context;
};
