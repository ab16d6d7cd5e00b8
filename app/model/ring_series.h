#pragma once
// A bounded time series: the newest `capacity` (time, value) points, oldest dropped first.
// One ring per series keeps memory flat however long the app monitors. Times are seconds
// since the epoch (double), the unit QCustomPlot's time axes use.
#include <QVector>
#include <vector>

class RingSeries
{
public:
    explicit RingSeries(int capacity = 600);

    void append(double time, double value);
    void clear();
    void setCapacity(int capacity); // keeps the newest points

    int capacity() const { return int(m_times.size()); }
    int size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    // i = 0 is the oldest point kept.
    double timeAt(int i) const { return m_times[index(i)]; }
    double valueAt(int i) const { return m_values[index(i)]; }
    double lastTime() const { return timeAt(m_size - 1); }
    double lastValue() const { return valueAt(m_size - 1); }
    // Copies in time order (what a plot's setData wants).
    void copyTo(QVector<double> &times, QVector<double> &values) const;
    // Largest value among points with time >= since (0 when none).
    double maxSince(double since) const;

private:
    std::size_t index(int i) const { return (m_head + std::size_t(i)) % m_times.size(); }

    std::vector<double> m_times;
    std::vector<double> m_values;
    std::size_t m_head = 0; // oldest point
    int m_size = 0;
};
