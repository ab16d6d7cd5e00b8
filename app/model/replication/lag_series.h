#pragma once
// Replication lag of one replica over time, in a fixed-size ring buffer (one per replica), so a
// chart fed 10 times a second for hours keeps constant memory.
#include <QtGlobal>
#include <vector>

// How the lag in milliseconds was obtained; the chart says which.
enum class LagMsSource {
    None,      // not known (no writes yet, link down)
    Measured,  // observed directly (a probe key's timestamp read back from the replica)
    Estimated, // from the master's offset history: when the master wrote the first byte the
               // replica has not applied yet
};

struct LagSample
{
    double t = 0;        // Unix time, seconds
    qint64 byteLag = -1; // master_repl_offset - replica offset; -1 unknown
    double ackAgeS = -1; // seconds since the replica's last REPLCONF ACK (INFO slaveN lag=)
    double lagMs = -1;
    LagMsSource lagMsSource = LagMsSource::None;
};

class LagSeries
{
public:
    static constexpr int kDefaultCapacity = 36000; // one hour at 10 samples/s

    explicit LagSeries(int capacity = kDefaultCapacity);

    void append(const LagSample &sample);
    void clear();
    int size() const { return m_size; }
    int capacity() const { return int(m_buffer.size()); }
    // 0 = oldest kept sample.
    const LagSample &at(int index) const;
    const LagSample &last() const { return at(m_size - 1); }
    bool isEmpty() const { return m_size == 0; }
    // Index of the first sample with t >= `t` (size() if none).
    int lowerBound(double t) const;
    // Samples appended in total, including those the ring has overwritten.
    qint64 appendedCount() const { return m_appended; }

private:
    std::vector<LagSample> m_buffer;
    int m_head = 0; // index of the oldest sample
    int m_size = 0;
    qint64 m_appended = 0;
};

// The master's replication offset over time, to turn a replica's byte lag into time.
class OffsetHistory
{
public:
    explicit OffsetHistory(int capacity = 6000);

    void record(double t, qint64 masterOffset);
    // Milliseconds since the master wrote the first byte a replica at `replicaOffset` has not
    // applied: 0 when it has everything, nullopt-like -1 when the history does not reach back.
    double lagMsFor(qint64 replicaOffset, double now) const;
    // Bytes per second appended to the stream over the last `windowS` seconds (-1 unknown).
    double writeRate(double windowS = 10.0) const;
    qint64 latestOffset() const;
    bool isEmpty() const { return m_points.empty(); }

private:
    struct Point
    {
        double t;
        qint64 offset;
    };
    std::vector<Point> m_points; // ring, oldest at m_head
    int m_capacity;
    int m_head = 0;
    const Point &point(int i) const { return m_points[(m_head + i) % m_points.size()]; }
};
