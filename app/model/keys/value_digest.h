#pragma once
// A digest of a value's logical content, read page by page so no single command walks a big
// value: GETRANGE slices, LRANGE/ZRANGE/XRANGE pages (order matters), HSCAN/SSCAN walks (order
// does not: element digests are summed, duplicates from the walk skipped). Two nodes holding the
// same value get the same digest whatever their encodings, unlike DUMP bytes.
#include "model/keys/db_commands.h"
#include "model/keys/key_type.h"

#include <QObject>
#include <QSet>
#include <functional>

class ValueDigest : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        QByteArray digest; // hex; empty with an error
        qint64 elements = 0;
        QString error;
    };
    using Done = std::function<void(const Result &)>;

    // Starts at once; `done` runs once, then the object deletes itself.
    static void compute(const DbCommands &db, const QByteArray &key, KeyType type, QObject *context,
                        Done done, int pageSize = 1000);

private:
    ValueDigest(const DbCommands &db, const QByteArray &key, KeyType type, int pageSize,
                QObject *context, Done done);
    void next();
    void onPage(const RespValue &reply);
    void finish(const QString &error = {});
    void addOrdered(const QByteArray &bytes);
    void addUnordered(const QList<QByteArray> &element);

    DbCommands m_db;
    QByteArray m_key;
    KeyType m_type;
    int m_pageSize;
    Done m_done;
    qint64 m_position = 0;
    QByteArray m_cursor = QByteArrayLiteral("0");
    QByteArray m_streamFrom = QByteArrayLiteral("-");
    bool m_started = false;
    class QCryptographicHash *m_hash = nullptr; // ordered content, then the unordered sum
    quint64 m_sumLow = 0;                       // order-independent: sum of 128-bit element digests
    quint64 m_sumHigh = 0;
    QSet<QByteArray> m_seen; // element ids already summed (HSCAN/SSCAN repeat elements)
    qint64 m_elements = 0;
};
