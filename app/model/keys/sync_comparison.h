#pragma once
// "Synced?": compares keys on a master with the same keys on each of its replicas - presence,
// type, TTL and value - without ever running a long command on a server.
//
// Keys come from one key, a list, or a pattern walked with SCAN on the master (and then on each
// replica, to find keys only a replica has). They are checked in small pipelined batches, one
// or two batches in flight, in phases:
//   A  TYPE + expiry (PEXPIRETIME, or PTTL) of each key, then INFO replication for the offset
//   B  the element count of each key (STRLEN/LLEN/HLEN/SCARD/ZCARD/XLEN)
//   C  a fast digest of each small value: DEBUG DIGEST-VALUE where every node allows it,
//      else DUMP bytes
//   D  for values over the size limit, or whose fast digests differ (DUMP bytes depend on the
//      encoding and on hash-table order), a logical digest read page by page (ValueDigest)
// A key that differs while the replica's offset is behind the master's is "in flight" (the
// replica is N bytes behind) and is checked again a few times before a verdict is final.
#include "client/resp_connection.h"
#include "model/keys/key_name_store.h"
#include "model/keys/key_scanner.h"
#include "model/keys/key_type.h"
#include "model/keys/sync_verdict.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <deque>
#include <memory>
#include <vector>

struct SyncEndpoint
{
    QString name; // shown in the report ("master", "replica-1", "10.0.0.5:6379")
    QPointer<RespConnection> connection;
    int db = 0;
};

struct ReplicaCheck
{
    SyncVerdict verdict = SyncVerdict::Pending;
    SyncDifferences differences;
    KeyType type = KeyType::None;
    qint64 ttlMs = -2;      // -1 no expiry, -2 absent
    qint64 behindBytes = 0; // master offset - replica offset when checked
    QString error;
};

struct KeyCheck
{
    QByteArray key;
    KeyType type = KeyType::None; // on the master
    qint64 ttlMs = -2;
    QList<ReplicaCheck> replicas;
    int attempts = 0;
    bool final = false;

    bool isSynced() const;
};

class SyncComparison : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Probing, Running, Finished, Cancelled, Failed };
    Q_ENUM(State)
    enum class FastDigest { None, DebugDigestValue, Dump };
    Q_ENUM(FastDigest)

    SyncComparison(const SyncEndpoint &master, const QList<SyncEndpoint> &replicas,
                   QObject *parent = nullptr);
    ~SyncComparison() override;

    // Tuning (defaults in brackets).
    void setBatchSize(int keys) { m_batchSize = qMax(1, keys); }              // [100]
    void setBatchesInFlight(int batches) { m_maxBatches = qMax(1, batches); } // [2]
    void setRecheck(int attempts, int firstDelayMs);                          // [4, 200 ms]
    // Values with more elements (bytes for strings) get the paged logical digest.
    void setLargeValueLimit(qint64 elements) { m_largeLimit = elements; } // [10 000 / 8 MB]
    // Synced keys beyond this many are counted but not kept as rows (diverged ones always are).
    void setMaxSyncedRows(int rows) { m_maxSyncedRows = rows; } // [50 000]
    // Forces a fast digest mode instead of probing (tests).
    void forceFastDigest(FastDigest mode)
    {
        m_forcedFast = mode;
        m_fastForced = true;
    }

    void compareKeys(const QList<QByteArray> &keys);
    // scanReplicas: also walk each replica with the pattern to find keys only it has.
    void comparePattern(const QByteArray &pattern, bool scanReplicas = true);
    void cancel();

    State state() const { return m_state; }
    FastDigest fastDigest() const { return m_fast; }
    bool usesExpireTime() const { return m_expireTime; }
    const QList<SyncEndpoint> &replicas() const { return m_replicas; }
    const SyncEndpoint &master() const { return m_master; }
    const QList<KeyCheck> &results() const { return m_results; }
    qint64 keysQueued() const { return m_queuedCount; }
    qint64 keysChecked() const { return m_checked; }
    // Final verdicts per kind over all replicas (a key with 2 replicas counts twice).
    qint64 count(SyncVerdict verdict) const;
    qint64 elapsedMs() const { return m_clock.isValid() ? m_clock.elapsed() : 0; }
    QString errorText() const { return m_error; }

    // The diverged-keys report (or every row): key, replica, verdict, what differs, types,
    // TTLs, replica lag in bytes. Keys as redis-cli-escaped text.
    QByteArray toCsv(bool divergedOnly = true) const;

signals:
    void stateChanged(SyncComparison::State state);
    void rowsAdded(int first, int last);
    void rowChanged(int row);
    void progressed();

private:
    struct NodeRead;
    struct Batch;

    void probe();
    void start();
    void enqueue(const QList<QByteArray> &keys);
    void pump();
    void runBatch(const std::shared_ptr<Batch> &batch);
    void phaseA(const std::shared_ptr<Batch> &batch);
    void phaseB(const std::shared_ptr<Batch> &batch);
    void phaseC(const std::shared_ptr<Batch> &batch);
    void phaseD(const std::shared_ptr<Batch> &batch);
    void judge(const std::shared_ptr<Batch> &batch);
    void batchDone();
    void record(KeyCheck check);
    void startNextScan();
    void maybeFinish();
    void setState(State state);
    QList<SyncEndpoint> nodes() const;

    SyncEndpoint m_master;
    QList<SyncEndpoint> m_replicas;
    State m_state = State::Idle;
    FastDigest m_fast = FastDigest::None;
    FastDigest m_forcedFast = FastDigest::None;
    bool m_fastForced = false;
    bool m_expireTime = false; // PEXPIRETIME on every node
    int m_batchSize = 100;
    int m_maxBatches = 2;
    int m_maxAttempts = 4;
    int m_recheckDelayMs = 200;
    qint64 m_largeLimit = 10000;
    int m_maxSyncedRows = 50000;

    // Work
    QList<QByteArray> m_initialKeys;
    QByteArray m_pattern;
    bool m_patternMode = false;
    bool m_scanReplicas = true;
    int m_scanIndex = -1; // -1 master, then replicas
    KeyScanner *m_scanner = nullptr;
    bool m_scanDone = true;
    KeyNameStore m_queued; // every key queued once
    std::deque<QByteArray> m_queue;
    std::deque<QByteArray> m_recheck;
    int m_batchesInFlight = 0;
    int m_rechecksScheduled = 0;
    quint64 m_generation = 0;

    // Results
    QList<KeyCheck> m_results;
    QHash<QByteArray, int> m_rowOfKey;
    qint64 m_queuedCount = 0;
    qint64 m_checked = 0;
    qint64 m_syncedRowsDropped = 0;
    QString m_error;
    QElapsedTimer m_clock;
};
