#include "model/keys/bulk_delete.h"

#include "model/keys/key_writer.h"

namespace {
constexpr int kScanCount = 1000;
} // namespace

BulkDelete::BulkDelete(const DbCommands &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
}

void BulkDelete::preview(const QByteArray &pattern)
{
    ++m_generation;
    m_pattern = pattern;
    m_cursor = "0";
    m_matched = 0;
    m_sample.clear();
    m_error.clear();
    m_deleting = false;
    setPhase(Phase::Counting);
    step();
}

void BulkDelete::run(const QByteArray &pattern)
{
    ++m_generation;
    m_pattern = pattern;
    m_cursor = "0";
    m_deleted = 0;
    m_error.clear();
    m_deleting = true;
    setPhase(Phase::Deleting);
    step();
}

void BulkDelete::cancel()
{
    if (m_phase != Phase::Counting && m_phase != Phase::Deleting)
        return;
    ++m_generation;
    setPhase(Phase::Cancelled);
    emit finished(m_phase);
}

void BulkDelete::step()
{
    const quint64 generation = m_generation;
    m_db.command({"SCAN", m_cursor, "MATCH", m_pattern, "COUNT", QByteArray::number(kScanCount)},
                 this, [this, generation](const RespValue &reply) { onScan(generation, reply); });
}

void BulkDelete::onScan(quint64 generation, const RespValue &reply)
{
    if (generation != m_generation)
        return;
    if (reply.isError() || !reply.isArray() || reply.size() != 2) {
        fail(reply);
        return;
    }
    m_cursor = reply.at(0).bytes();
    const bool last = m_cursor == "0";
    QList<QByteArray> keys;
    for (const RespValue &key : reply.at(1).elements())
        keys << key.bytes();
    if (!m_deleting) {
        // SCAN may repeat a key across pages; the count is a preview, the sample is exact.
        m_matched += keys.size();
        for (const QByteArray &key : keys)
            if (m_sample.size() < kSampleSize && !m_sample.contains(key))
                m_sample << key;
        emit progressed();
        if (last) {
            setPhase(Phase::Counted);
            emit finished(m_phase);
        } else {
            step();
        }
        return;
    }
    if (keys.isEmpty()) {
        if (last) {
            setPhase(Phase::Done);
            emit finished(m_phase);
        } else {
            step();
        }
        return;
    }
    KeyWriter(m_db, this).unlink(keys, [this, generation, last](const WriteResult &result) {
        if (generation != m_generation)
            return;
        if (!result.ok) {
            m_error = result.message;
            setPhase(Phase::Failed);
            emit finished(m_phase);
            return;
        }
        m_deleted += result.reply.toInteger();
        emit progressed();
        if (last) {
            setPhase(Phase::Done);
            emit finished(m_phase);
        } else {
            step();
        }
    });
}

void BulkDelete::fail(const RespValue &reply)
{
    m_error = explainWriteError(reply);
    setPhase(Phase::Failed);
    emit finished(m_phase);
}

void BulkDelete::setPhase(Phase phase)
{
    m_phase = phase;
}
