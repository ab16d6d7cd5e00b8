#include "model/replication/lag_series.h"

#include <algorithm>

LagSeries::LagSeries(int capacity)
    : m_buffer(std::size_t(qMax(2, capacity)))
{
}

void LagSeries::append(const LagSample &sample)
{
    const int cap = capacity();
    if (m_size < cap) {
        m_buffer[std::size_t((m_head + m_size) % cap)] = sample;
        ++m_size;
    } else {
        m_buffer[std::size_t(m_head)] = sample;
        m_head = (m_head + 1) % cap;
    }
    ++m_appended;
}

void LagSeries::clear()
{
    m_head = 0;
    m_size = 0;
}

const LagSample &LagSeries::at(int index) const
{
    return m_buffer[std::size_t((m_head + index) % capacity())];
}

int LagSeries::lowerBound(double t) const
{
    int lo = 0;
    int hi = m_size;
    while (lo < hi) {
        const int mid = (lo + hi) / 2;
        if (at(mid).t < t)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

OffsetHistory::OffsetHistory(int capacity)
    : m_capacity(qMax(2, capacity))
{
}

void OffsetHistory::record(double t, qint64 masterOffset)
{
    // A master restart or a new replication ID can move the offset back: start over.
    if (!m_points.empty() && masterOffset < latestOffset()) {
        m_points.clear();
        m_head = 0;
    }
    if (int(m_points.size()) < m_capacity) {
        m_points.push_back({t, masterOffset});
    } else {
        m_points[std::size_t(m_head)] = {t, masterOffset};
        m_head = (m_head + 1) % m_capacity;
    }
}

qint64 OffsetHistory::latestOffset() const
{
    if (m_points.empty())
        return -1;
    return point(int(m_points.size()) - 1).offset;
}

double OffsetHistory::lagMsFor(qint64 replicaOffset, double now) const
{
    const int n = int(m_points.size());
    if (n == 0)
        return -1;
    if (replicaOffset >= latestOffset())
        return 0;
    // The first sample whose offset is past the replica's: that byte was written between the
    // previous sample and this one. Interpolate inside the interval.
    int lo = 0;
    int hi = n;
    while (lo < hi) {
        const int mid = (lo + hi) / 2;
        if (point(mid).offset <= replicaOffset)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == 0)
        return -1; // the replica is behind the oldest point we kept
    const Point &before = point(lo - 1);
    const Point &after = point(lo);
    const double span = double(after.offset - before.offset);
    const double frac = span > 0 ? double(replicaOffset + 1 - before.offset) / span : 1.0;
    const double written = before.t + std::clamp(frac, 0.0, 1.0) * (after.t - before.t);
    return std::max(0.0, (now - written) * 1000.0);
}

double OffsetHistory::writeRate(double windowS) const
{
    const int n = int(m_points.size());
    if (n < 2)
        return -1;
    const Point &last = point(n - 1);
    int first = n - 2;
    while (first > 0 && last.t - point(first).t < windowS)
        --first;
    const double dt = last.t - point(first).t;
    if (dt <= 0)
        return -1;
    return double(last.offset - point(first).offset) / dt;
}
