#pragma once

#include <algorithm>
#include <chrono>
#include <cmath>
#include <vector>

#include <QJsonObject>
#include <QtGlobal>

namespace swarmplay::bench {

// Milliseconds on one monotonic clock shared by every thread of the benchmark, so that a time
// taken where a request leaves and one taken where an event arrives can be subtracted.
inline double nowMs()
{
    static const auto start = std::chrono::steady_clock::now();
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
        .count();
}

// Rounded for the report (a tenth of a millisecond is below what these figures can tell), and
// divided rather than multiplied so that the JSON shows 8.3, not 8.300000000000001.
inline double rounded(double value, double step = 0.1)
{
    const double scale = std::round(1.0 / step);
    return double(qRound64(value * scale)) / scale;
}

// A handful of measurements of one figure, summarised as the report gives it.
class Samples
{
public:
    void add(double value) { m_values.push_back(value); }
    int count() const { return int(m_values.size()); }
    bool isEmpty() const { return m_values.empty(); }
    // Nearest-rank percentile, p in [0, 100].
    double percentile(double p) const
    {
        if (m_values.empty())
            return 0;
        std::vector<double> v = m_values;
        std::sort(v.begin(), v.end());
        const auto rank = std::size_t(std::max(1.0, std::ceil(p / 100.0 * double(v.size()))));
        return v[std::min(rank, v.size()) - 1];
    }
    double max() const
    {
        return m_values.empty() ? 0 : *std::max_element(m_values.begin(), m_values.end());
    }
    QJsonObject json() const
    {
        return QJsonObject{{QStringLiteral("p50"), rounded(percentile(50))},
                           {QStringLiteral("max"), rounded(max())},
                           {QStringLiteral("n"), count()}};
    }

private:
    std::vector<double> m_values;
};

} // namespace swarmplay::bench
