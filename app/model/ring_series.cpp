#include "model/ring_series.h"

#include <algorithm>

RingSeries::RingSeries(int capacity)
    : m_times(std::size_t(std::max(1, capacity)))
    , m_values(std::size_t(std::max(1, capacity)))
{
}

void RingSeries::append(double time, double value)
{
    const std::size_t cap = m_times.size();
    if (std::size_t(m_size) < cap) {
        const std::size_t slot = (m_head + std::size_t(m_size)) % cap;
        m_times[slot] = time;
        m_values[slot] = value;
        ++m_size;
    } else {
        m_times[m_head] = time;
        m_values[m_head] = value;
        m_head = (m_head + 1) % cap;
    }
}

void RingSeries::clear()
{
    m_head = 0;
    m_size = 0;
}

void RingSeries::setCapacity(int capacity)
{
    capacity = std::max(1, capacity);
    if (capacity == this->capacity())
        return;
    QVector<double> t, v;
    copyTo(t, v);
    m_times.assign(std::size_t(capacity), 0);
    m_values.assign(std::size_t(capacity), 0);
    m_head = 0;
    m_size = 0;
    for (qsizetype i = std::max<qsizetype>(0, t.size() - capacity); i < t.size(); ++i)
        append(t[i], v[i]);
}

void RingSeries::copyTo(QVector<double> &times, QVector<double> &values) const
{
    times.resize(m_size);
    values.resize(m_size);
    for (int i = 0; i < m_size; ++i) {
        times[i] = timeAt(i);
        values[i] = valueAt(i);
    }
}

double RingSeries::maxSince(double since) const
{
    double best = 0;
    for (int i = m_size - 1; i >= 0 && timeAt(i) >= since; --i)
        best = std::max(best, valueAt(i));
    return best;
}
