#pragma once
// Deleting every key that matches a pattern, the safe way: first a preview that only counts
// (SCAN MATCH, with a few sample names), then the delete itself as SCAN pages followed by UNLINK
// of each page's keys, so the server never runs one long command. Both can be cancelled.
#include "model/keys/db_commands.h"

#include <QObject>

class BulkDelete : public QObject
{
    Q_OBJECT
public:
    enum class Phase { Idle, Counting, Counted, Deleting, Done, Cancelled, Failed };
    Q_ENUM(Phase)

    explicit BulkDelete(const DbCommands &db, QObject *parent = nullptr);

    void preview(const QByteArray &pattern);
    // Deletes what matches `pattern` now (keys created after the preview included).
    void run(const QByteArray &pattern);
    void cancel();

    Phase phase() const { return m_phase; }
    qint64 matched() const { return m_matched; } // preview: keys counted so far
    qint64 deleted() const { return m_deleted; } // run: keys UNLINK removed
    QList<QByteArray> sample() const { return m_sample; }
    QString errorText() const { return m_error; }

    static constexpr int kSampleSize = 20;

signals:
    void progressed();
    void finished(BulkDelete::Phase phase);

private:
    void step();
    void onScan(quint64 generation, const RespValue &reply);
    void setPhase(Phase phase);
    void fail(const RespValue &reply);

    DbCommands m_db;
    QByteArray m_pattern;
    QByteArray m_cursor = QByteArrayLiteral("0");
    Phase m_phase = Phase::Idle;
    bool m_deleting = false;
    quint64 m_generation = 0;
    qint64 m_matched = 0;
    qint64 m_deleted = 0;
    QList<QByteArray> m_sample;
    QString m_error;
};
