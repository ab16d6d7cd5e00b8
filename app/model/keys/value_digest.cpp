#include "model/keys/value_digest.h"

#include <QCryptographicHash>
#include <QPointer>
#include <cstring>

namespace {
constexpr qint64 kStringSlice = 1 << 20;

QByteArray lengthPrefixed(const QByteArray &bytes)
{
    QByteArray out = QByteArray::number(bytes.size());
    out += ':';
    out += bytes;
    return out;
}
} // namespace

void ValueDigest::compute(const DbCommands &db, const QByteArray &key, KeyType type,
                          QObject *context, Done done, int pageSize)
{
    auto *digest = new ValueDigest(db, key, type, pageSize, context, std::move(done));
    digest->next();
}

ValueDigest::ValueDigest(const DbCommands &db, const QByteArray &key, KeyType type, int pageSize,
                         QObject *context, Done done)
    : QObject(context)
    , m_db(db)
    , m_key(key)
    , m_type(type)
    , m_pageSize(qMax(1, pageSize))
    , m_done(std::move(done))
{
    m_hash = new QCryptographicHash(QCryptographicHash::Sha256);
    m_hash->addData(keyTypeName(type) + '\n');
}

void ValueDigest::next()
{
    QList<QByteArray> argv;
    const QByteArray page = QByteArray::number(m_pageSize);
    switch (m_type) {
    case KeyType::String:
        argv = {"GETRANGE", m_key, QByteArray::number(m_position),
                QByteArray::number(m_position + kStringSlice - 1)};
        break;
    case KeyType::List:
        argv = {"LRANGE", m_key, QByteArray::number(m_position),
                QByteArray::number(m_position + m_pageSize - 1)};
        break;
    case KeyType::ZSet:
        argv = {"ZRANGE", m_key, QByteArray::number(m_position),
                QByteArray::number(m_position + m_pageSize - 1), "WITHSCORES"};
        break;
    case KeyType::Hash:
        argv = {"HSCAN", m_key, m_cursor, "COUNT", page};
        break;
    case KeyType::Set:
        argv = {"SSCAN", m_key, m_cursor, "COUNT", page};
        break;
    case KeyType::Stream:
        argv = {"XRANGE", m_key, m_streamFrom, "+", "COUNT", page};
        break;
    default:
        finish(tr("No digest for this type"));
        return;
    }
    m_db.command(argv, this, [this](const RespValue &reply) { onPage(reply); });
}

void ValueDigest::addOrdered(const QByteArray &bytes)
{
    m_hash->addData(lengthPrefixed(bytes));
}

void ValueDigest::addUnordered(const QList<QByteArray> &element)
{
    if (m_seen.contains(element.first()))
        return;
    m_seen.insert(element.first());
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const QByteArray &part : element)
        h.addData(lengthPrefixed(part));
    const QByteArray d = h.result();
    quint64 low = 0;
    quint64 high = 0;
    std::memcpy(&low, d.constData(), 8);
    std::memcpy(&high, d.constData() + 8, 8);
    const quint64 before = m_sumLow;
    m_sumLow += low;
    m_sumHigh += high + (m_sumLow < before ? 1 : 0);
    ++m_elements;
}

void ValueDigest::onPage(const RespValue &reply)
{
    if (reply.isError()) {
        finish(QString::fromUtf8(reply.bytes()));
        return;
    }
    bool done = false;
    switch (m_type) {
    case KeyType::String:
        addOrdered(reply.bytes());
        m_position += reply.bytes().size();
        m_elements = m_position;
        done = reply.bytes().size() < kStringSlice;
        break;
    case KeyType::List:
    case KeyType::ZSet: {
        const int stride = m_type == KeyType::ZSet ? 2 : 1;
        for (qsizetype i = 0; i + stride - 1 < reply.size(); i += stride) {
            addOrdered(reply.at(i).bytes());
            if (stride == 2) // scores normalised: servers may print one double two ways
                addOrdered(QByteArray::number(reply.at(i + 1).bytes().toDouble(), 'g', 17));
            ++m_elements;
        }
        m_position += reply.size() / stride;
        done = reply.size() / stride < m_pageSize;
        break;
    }
    case KeyType::Hash:
    case KeyType::Set: {
        if (!reply.isArray() || reply.size() != 2) {
            finish(tr("Unexpected reply"));
            return;
        }
        m_cursor = reply.at(0).bytes();
        const RespValue &items = reply.at(1);
        const int stride = m_type == KeyType::Hash ? 2 : 1;
        for (qsizetype i = 0; i + stride - 1 < items.size(); i += stride) {
            QList<QByteArray> element{items.at(i).bytes()};
            if (stride == 2)
                element << items.at(i + 1).bytes();
            addUnordered(element);
        }
        done = m_cursor == "0";
        break;
    }
    case KeyType::Stream: {
        for (const RespValue &entry : reply.elements()) {
            const QByteArray id = entry.at(0).bytes();
            addOrdered(id);
            for (const RespValue &field : entry.at(1).elements())
                addOrdered(field.bytes());
            ++m_elements;
            m_streamFrom = '(' + id;
        }
        done = reply.size() < m_pageSize;
        break;
    }
    default:
        break;
    }
    if (done)
        finish();
    else
        next();
}

void ValueDigest::finish(const QString &error)
{
    Result result;
    result.error = error;
    result.elements = m_elements;
    if (error.isEmpty()) {
        if (m_type == KeyType::Hash || m_type == KeyType::Set) {
            m_hash->addData(QByteArray::number(m_sumHigh, 16) + '.' +
                            QByteArray::number(m_sumLow, 16) + '.' +
                            QByteArray::number(m_elements));
        }
        result.digest = m_hash->result().toHex();
    }
    delete m_hash;
    m_hash = nullptr;
    const Done done = std::move(m_done);
    deleteLater();
    done(result);
}
