#include "model/keys/sync_comparison.h"

#include "client/resp_connection.h"
#include "model/keys/byte_text.h"
#include "model/keys/db_commands.h"
#include "model/keys/info_text.h"
#include "model/keys/key_details.h"
#include "model/keys/value_digest.h"

#include <QDateTime>
#include <QTimer>

namespace {
constexpr qint64 kLargeStringBytes = 8 << 20;
// Expiry instants may differ a little between nodes (a replica converts a relative EXPIRE
// with its own clock on older servers); PTTL readings also include the time between reads.
constexpr qint64 kExpireAtToleranceMs = 1000;
constexpr qint64 kTtlToleranceMs = 2000;
const QByteArray kProbeKey = QByteArrayLiteral("__replicadesk_sync_probe__");

QByteArray csvField(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') ||
        bytes.contains('\r')) {
        bytes.replace('"', "\"\"");
        bytes = '"' + bytes + '"';
    }
    return bytes;
}
} // namespace

bool KeyCheck::isSynced() const
{
    for (const ReplicaCheck &r : replicas)
        if (r.verdict != SyncVerdict::Synced)
            return false;
    return true;
}

struct SyncComparison::NodeRead
{
    KeyType type = KeyType::None;
    qint64 expireAt = -2; // unix ms; -1 no expiry; -2 absent
    qint64 ttlMs = -2;
    qint64 size = -1;
    QByteArray fast;
    QByteArray logical;
    QString error;
};

struct SyncComparison::Batch
{
    QList<QByteArray> keys;
    std::vector<std::vector<NodeRead>> reads; // [node][key]; node 0 is the master
    std::vector<qint64> offsets;              // replication offset per node, -1 unknown
    int pending = 0;
    quint64 generation = 0;
};

SyncComparison::SyncComparison(const SyncEndpoint &master, const QList<SyncEndpoint> &replicas,
                               QObject *parent)
    : QObject(parent)
    , m_master(master)
    , m_replicas(replicas)
{
}

SyncComparison::~SyncComparison() = default;

void SyncComparison::setRecheck(int attempts, int firstDelayMs)
{
    m_maxAttempts = qMax(1, attempts);
    m_recheckDelayMs = qMax(0, firstDelayMs);
}

QList<SyncEndpoint> SyncComparison::nodes() const
{
    QList<SyncEndpoint> all{m_master};
    all << m_replicas;
    return all;
}

void SyncComparison::compareKeys(const QList<QByteArray> &keys)
{
    m_patternMode = false;
    m_initialKeys = keys;
    probe();
}

void SyncComparison::comparePattern(const QByteArray &pattern, bool scanReplicas)
{
    m_patternMode = true;
    m_pattern = pattern.isEmpty() ? QByteArrayLiteral("*") : pattern;
    m_scanReplicas = scanReplicas;
    probe();
}

void SyncComparison::cancel()
{
    if (m_state != State::Probing && m_state != State::Running)
        return;
    ++m_generation;
    if (m_scanner)
        m_scanner->cancel();
    m_queue.clear();
    m_recheck.clear();
    m_batchesInFlight = 0;
    m_rechecksScheduled = 0;
    setState(State::Cancelled);
}

void SyncComparison::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

// ---- Capabilities: which digest and expiry commands every node answers ----

void SyncComparison::probe()
{
    ++m_generation;
    m_clock.start();
    m_results.clear();
    m_rowOfKey.clear();
    m_queued.clear();
    m_queue.clear();
    m_recheck.clear();
    m_checked = 0;
    m_queuedCount = 0;
    m_syncedRowsDropped = 0;
    m_error.clear();
    setState(State::Probing);
    const QList<SyncEndpoint> all = nodes();
    struct Probe
    {
        int pending = 0;
        bool digest = true;
        bool dump = true;
        bool expireTime = true;
    };
    auto probe = std::make_shared<Probe>();
    probe->pending = int(all.size());
    const quint64 generation = m_generation;
    for (const SyncEndpoint &node : all) {
        if (!node.connection) {
            m_error = tr("%1 is not connected").arg(node.name);
            setState(State::Failed);
            return;
        }
        DbCommands(node.connection, node.db)
            .pipeline({{"DEBUG", "DIGEST-VALUE", kProbeKey},
                       {"PEXPIRETIME", kProbeKey},
                       {"DUMP", kProbeKey}},
                      this, [this, probe, generation](const QList<RespValue> &replies) {
                          if (generation != m_generation)
                              return;
                          probe->digest = probe->digest && replies[0].isArray();
                          probe->expireTime = probe->expireTime && replies[1].isInteger();
                          probe->dump = probe->dump && !replies[2].isError();
                          if (--probe->pending > 0)
                              return;
                          if (m_fastForced)
                              m_fast = m_forcedFast;
                          else if (probe->digest)
                              m_fast = FastDigest::DebugDigestValue;
                          else if (probe->dump)
                              m_fast = FastDigest::Dump;
                          else
                              m_fast = FastDigest::None;
                          m_expireTime = probe->expireTime;
                          start();
                      });
    }
}

void SyncComparison::start()
{
    setState(State::Running);
    if (!m_patternMode) {
        m_scanDone = true;
        enqueue(m_initialKeys);
        maybeFinish();
        return;
    }
    m_scanDone = false;
    m_scanIndex = -1;
    startNextScan();
}

// ---- Key sources: the master's SCAN, then each replica's ----

void SyncComparison::startNextScan()
{
    ++m_scanIndex;
    delete m_scanner;
    m_scanner = nullptr;
    const int last = m_scanReplicas ? int(m_replicas.size()) : 0;
    if (m_scanIndex > last) {
        m_scanDone = true;
        maybeFinish();
        return;
    }
    const SyncEndpoint node = m_scanIndex == 0 ? m_master : m_replicas[m_scanIndex - 1];
    m_scanner = new KeyScanner(DbCommands(node.connection, node.db), this);
    m_scanner->setPageHintRange(500, 2000);
    connect(m_scanner, &KeyScanner::pageReceived, this, &SyncComparison::enqueue);
    connect(m_scanner, &KeyScanner::stateChanged, this, [this, node](KeyScanner::State s) {
        if (s == KeyScanner::State::Failed)
            m_error = tr("SCAN on %1 failed: %2").arg(node.name, m_scanner->errorText());
        if (s == KeyScanner::State::Finished || s == KeyScanner::State::Failed)
            QTimer::singleShot(0, this, &SyncComparison::startNextScan);
    });
    m_scanner->start(m_pattern);
}

void SyncComparison::enqueue(const QList<QByteArray> &keys)
{
    for (const QByteArray &key : keys) {
        bool added = false;
        m_queued.insert(key, &added);
        if (!added)
            continue;
        m_queue.push_back(key);
        ++m_queuedCount;
    }
    // Back-pressure: the walk waits while plenty of keys are queued.
    if (m_scanner && m_queue.size() > size_t(20 * m_batchSize))
        m_scanner->pause();
    emit progressed();
    pump();
}

void SyncComparison::pump()
{
    if (m_state != State::Running)
        return;
    while (m_batchesInFlight < m_maxBatches && (!m_recheck.empty() || !m_queue.empty())) {
        auto batch = std::make_shared<Batch>();
        batch->generation = m_generation;
        // Rechecks first: their verdicts are waiting.
        while (!m_recheck.empty() && batch->keys.size() < m_batchSize) {
            batch->keys << m_recheck.front();
            m_recheck.pop_front();
        }
        while (!m_queue.empty() && batch->keys.size() < m_batchSize) {
            batch->keys << m_queue.front();
            m_queue.pop_front();
        }
        ++m_batchesInFlight;
        runBatch(batch);
    }
    if (m_scanner && m_scanner->state() == KeyScanner::State::Paused &&
        m_queue.size() < size_t(5 * m_batchSize))
        m_scanner->resume();
}

void SyncComparison::runBatch(const std::shared_ptr<Batch> &batch)
{
    const int nodeCount = int(m_replicas.size()) + 1;
    batch->reads.assign(size_t(nodeCount), std::vector<NodeRead>(size_t(batch->keys.size())));
    batch->offsets.assign(size_t(nodeCount), -1);
    phaseA(batch);
}

// ---- Phase A: type, expiry, replication offset ----

void SyncComparison::phaseA(const std::shared_ptr<Batch> &batch)
{
    const QList<SyncEndpoint> all = nodes();
    batch->pending = int(all.size());
    for (int n = 0; n < all.size(); ++n) {
        QList<QList<QByteArray>> commands;
        for (const QByteArray &key : batch->keys) {
            commands << QList<QByteArray>{"TYPE", key};
            commands << QList<QByteArray>{m_expireTime ? "PEXPIRETIME" : "PTTL", key};
        }
        commands << QList<QByteArray>{"INFO", "replication"};
        DbCommands(all[n].connection, all[n].db)
            .pipeline(commands, this, [this, batch, n](const QList<RespValue> &replies) {
                if (batch->generation != m_generation)
                    return;
                const qint64 now = QDateTime::currentMSecsSinceEpoch();
                auto &reads = batch->reads[size_t(n)];
                for (qsizetype k = 0; k < batch->keys.size(); ++k) {
                    const RespValue &type = replies[2 * k];
                    const RespValue &expiry = replies[2 * k + 1];
                    NodeRead &read = reads[size_t(k)];
                    if (type.isError()) {
                        read.error = QString::fromUtf8(type.bytes());
                        continue;
                    }
                    read.type = keyTypeFromName(type.bytes());
                    const qint64 value = expiry.isInteger() ? expiry.toInteger() : -2;
                    if (m_expireTime) {
                        read.expireAt = value;
                        read.ttlMs = value >= 0 ? qMax<qint64>(0, value - now) : value;
                    } else {
                        read.ttlMs = value;
                        read.expireAt = value >= 0 ? now + value : value;
                    }
                }
                batch->offsets[size_t(n)] = infoReplicationOffset(replies.last().bytes());
                if (--batch->pending == 0)
                    phaseB(batch);
            });
    }
}

// ---- Phase B: element counts, to keep big values away from DUMP ----

void SyncComparison::phaseB(const std::shared_ptr<Batch> &batch)
{
    const QList<SyncEndpoint> all = nodes();
    batch->pending = 1;
    for (int n = 0; n < all.size(); ++n) {
        QList<QList<QByteArray>> commands;
        QList<int> keyIndexes;
        for (qsizetype k = 0; k < batch->keys.size(); ++k) {
            const QByteArray command = sizeCommandFor(batch->reads[size_t(n)][size_t(k)].type);
            if (command.isEmpty())
                continue;
            commands << QList<QByteArray>{command, batch->keys[k]};
            keyIndexes << int(k);
        }
        if (commands.isEmpty())
            continue;
        ++batch->pending;
        DbCommands(all[n].connection, all[n].db)
            .pipeline(commands, this,
                      [this, batch, n, keyIndexes](const QList<RespValue> &replies) {
                          if (batch->generation != m_generation)
                              return;
                          for (qsizetype i = 0; i < keyIndexes.size(); ++i)
                              batch->reads[size_t(n)][size_t(keyIndexes[i])].size =
                                  replies[i].isInteger() ? replies[i].toInteger() : -1;
                          if (--batch->pending == 0)
                              phaseC(batch);
                      });
    }
    if (--batch->pending == 0)
        phaseC(batch);
}

// ---- Phase C: fast digests of small values ----

void SyncComparison::phaseC(const std::shared_ptr<Batch> &batch)
{
    if (m_fast == FastDigest::None) {
        phaseD(batch);
        return;
    }
    const QList<SyncEndpoint> all = nodes();
    batch->pending = 1;
    for (int n = 0; n < all.size(); ++n) {
        QList<QList<QByteArray>> commands;
        QList<int> keyIndexes;
        for (qsizetype k = 0; k < batch->keys.size(); ++k) {
            const NodeRead &read = batch->reads[size_t(n)][size_t(k)];
            if (read.type == KeyType::None || read.size < 0)
                continue;
            const qint64 limit = read.type == KeyType::String ? kLargeStringBytes : m_largeLimit;
            if (read.size > limit)
                continue;
            if (m_fast == FastDigest::DebugDigestValue)
                commands << QList<QByteArray>{"DEBUG", "DIGEST-VALUE", batch->keys[k]};
            else
                commands << QList<QByteArray>{"DUMP", batch->keys[k]};
            keyIndexes << int(k);
        }
        if (commands.isEmpty())
            continue;
        ++batch->pending;
        DbCommands(all[n].connection, all[n].db)
            .pipeline(commands, this,
                      [this, batch, n, keyIndexes](const QList<RespValue> &replies) {
                          if (batch->generation != m_generation)
                              return;
                          for (qsizetype i = 0; i < keyIndexes.size(); ++i) {
                              const RespValue &r = replies[i];
                              NodeRead &read = batch->reads[size_t(n)][size_t(keyIndexes[i])];
                              if (r.isArray() && r.size() == 1)
                                  read.fast = r.at(0).bytes();
                              else if (r.isBulk())
                                  read.fast = r.bytes();
                          }
                          if (--batch->pending == 0)
                              phaseD(batch);
                      });
    }
    if (--batch->pending == 0)
        phaseD(batch);
}

// ---- Phase D: logical digests where the fast one cannot decide ----

void SyncComparison::phaseD(const std::shared_ptr<Batch> &batch)
{
    const QList<SyncEndpoint> all = nodes();
    batch->pending = 1;
    auto request = [this, batch, &all](int n, int k) {
        NodeRead &read = batch->reads[size_t(n)][size_t(k)];
        if (!read.logical.isEmpty() || !read.error.isEmpty())
            return;
        read.logical = "…"; // requested
        ++batch->pending;
        ValueDigest::compute(DbCommands(all[n].connection, all[n].db), batch->keys[k], read.type,
                             this, [this, batch, n, k](const ValueDigest::Result &result) {
                                 if (batch->generation != m_generation)
                                     return;
                                 NodeRead &r = batch->reads[size_t(n)][size_t(k)];
                                 r.logical = result.digest;
                                 if (!result.error.isEmpty())
                                     r.error = result.error;
                                 if (--batch->pending == 0)
                                     judge(batch);
                             });
    };
    for (int k = 0; k < batch->keys.size(); ++k) {
        const NodeRead &master = batch->reads[0][size_t(k)];
        if (master.type == KeyType::None || !master.error.isEmpty())
            continue;
        for (int n = 1; n < all.size(); ++n) {
            const NodeRead &replica = batch->reads[size_t(n)][size_t(k)];
            if (replica.type != master.type || !replica.error.isEmpty())
                continue;
            const bool decided =
                !master.fast.isEmpty() && !replica.fast.isEmpty() && master.fast == replica.fast;
            if (decided)
                continue;
            request(0, k);
            request(n, k);
        }
    }
    if (--batch->pending == 0)
        judge(batch);
}

// ---- Verdicts ----

void SyncComparison::judge(const std::shared_ptr<Batch> &batch)
{
    const int replicaCount = int(m_replicas.size());
    QList<QByteArray> again;
    for (int k = 0; k < batch->keys.size(); ++k) {
        const QByteArray &key = batch->keys[k];
        const NodeRead &master = batch->reads[0][size_t(k)];
        KeyCheck check;
        check.key = key;
        check.type = master.type;
        check.ttlMs = master.ttlMs;
        check.attempts = 1;
        const int row = m_rowOfKey.value(key, -1);
        if (row >= 0)
            check.attempts = m_results[row].attempts + 1;
        bool everywhereAbsent = master.type == KeyType::None && master.error.isEmpty();
        bool settled = true;
        for (int r = 0; r < replicaCount; ++r) {
            const NodeRead &replica = batch->reads[size_t(r + 1)][size_t(k)];
            ReplicaCheck rc;
            rc.type = replica.type;
            rc.ttlMs = replica.ttlMs;
            const qint64 masterOffset = batch->offsets[0];
            const qint64 replicaOffset = batch->offsets[size_t(r + 1)];
            if (masterOffset >= 0 && replicaOffset >= 0)
                rc.behindBytes = qMax<qint64>(0, masterOffset - replicaOffset);
            if (replica.type != KeyType::None)
                everywhereAbsent = false;
            if (!master.error.isEmpty() || !replica.error.isEmpty()) {
                rc.verdict = SyncVerdict::Error;
                rc.error = !master.error.isEmpty() ? master.error : replica.error;
            } else if (master.type == KeyType::None && replica.type == KeyType::None) {
                rc.verdict = SyncVerdict::Synced;
            } else if (master.type == KeyType::None) {
                rc.verdict = SyncVerdict::Extra;
            } else if (replica.type == KeyType::None) {
                rc.verdict = SyncVerdict::Missing;
            } else {
                if (master.type != replica.type)
                    rc.differences |= SyncDifference::Type;
                const bool masterExpires = master.expireAt >= 0;
                const bool replicaExpires = replica.expireAt >= 0;
                const qint64 tolerance = m_expireTime ? kExpireAtToleranceMs : kTtlToleranceMs;
                if (masterExpires != replicaExpires ||
                    (masterExpires && qAbs(master.expireAt - replica.expireAt) > tolerance))
                    rc.differences |= SyncDifference::Ttl;
                if (master.type == replica.type) {
                    const bool logical = !master.logical.isEmpty() && !replica.logical.isEmpty();
                    const bool same =
                        logical ? master.logical == replica.logical : master.fast == replica.fast;
                    if (!same)
                        rc.differences |= SyncDifference::Value;
                }
                rc.verdict = rc.differences ? SyncVerdict::Differs : SyncVerdict::Synced;
            }
            const bool mismatch = rc.verdict == SyncVerdict::Missing ||
                                  rc.verdict == SyncVerdict::Extra ||
                                  rc.verdict == SyncVerdict::Differs;
            if (mismatch && rc.behindBytes > 0)
                rc.verdict = SyncVerdict::InFlight;
            if (mismatch)
                settled = false;
            check.replicas << rc;
        }
        // A key deleted everywhere since the walk saw it is not a finding.
        if (everywhereAbsent && m_patternMode && row < 0) {
            ++m_checked;
            continue;
        }
        check.final = settled || check.attempts >= m_maxAttempts;
        if (!check.final)
            again << key;
        record(check);
    }
    if (!again.isEmpty()) {
        const int attempt = m_results[m_rowOfKey.value(again.first())].attempts;
        const int delay = m_recheckDelayMs * (1 << qMin(attempt - 1, 4));
        ++m_rechecksScheduled;
        const quint64 generation = m_generation;
        QTimer::singleShot(delay, this, [this, again, generation] {
            if (generation != m_generation)
                return;
            --m_rechecksScheduled;
            for (const QByteArray &key : again)
                m_recheck.push_back(key);
            pump();
        });
    }
    batchDone();
}

void SyncComparison::record(KeyCheck check)
{
    const int row = m_rowOfKey.value(check.key, -1);
    if (row >= 0) {
        m_results[row] = std::move(check);
        emit rowChanged(row);
        return;
    }
    ++m_checked;
    // Past the row budget, synced keys are only counted: the report is about divergence.
    const bool synced = check.final && check.isSynced();
    if (synced && m_results.size() >= m_maxSyncedRows) {
        ++m_syncedRowsDropped;
        return;
    }
    m_rowOfKey.insert(check.key, int(m_results.size()));
    m_results << std::move(check);
    emit rowsAdded(int(m_results.size()) - 1, int(m_results.size()) - 1);
}

void SyncComparison::batchDone()
{
    --m_batchesInFlight;
    emit progressed();
    pump();
    maybeFinish();
}

void SyncComparison::maybeFinish()
{
    if (m_state != State::Running)
        return;
    if (m_scanDone && m_queue.empty() && m_recheck.empty() && m_batchesInFlight == 0 &&
        m_rechecksScheduled == 0)
        setState(State::Finished);
}

qint64 SyncComparison::count(SyncVerdict verdict) const
{
    qint64 total = verdict == SyncVerdict::Synced ? m_syncedRowsDropped * m_replicas.size() : 0;
    for (const KeyCheck &check : m_results)
        for (const ReplicaCheck &r : check.replicas)
            if (r.verdict == verdict)
                ++total;
    return total;
}

QByteArray SyncComparison::toCsv(bool divergedOnly) const
{
    QByteArray out = "key,replica,verdict,differences,master_type,replica_type,master_ttl_ms,"
                     "replica_ttl_ms,replica_behind_bytes,error\n";
    for (const KeyCheck &check : m_results) {
        for (int r = 0; r < check.replicas.size(); ++r) {
            const ReplicaCheck &rc = check.replicas[r];
            if (divergedOnly && !isDiverged(rc.verdict))
                continue;
            QList<QByteArray> fields{
                csvField(bytesToDisplayText(check.key)),
                csvField(m_replicas.value(r).name),
                syncVerdictKey(rc.verdict),
                csvField(syncDifferencesLabel(rc.differences)),
                keyTypeName(check.type),
                keyTypeName(rc.type),
                QByteArray::number(check.ttlMs),
                QByteArray::number(rc.ttlMs),
                QByteArray::number(rc.behindBytes),
                csvField(rc.error),
            };
            out += fields.join(',') + '\n';
        }
    }
    return out;
}
